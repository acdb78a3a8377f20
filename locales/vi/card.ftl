### The one-page help card.

sheet-card-title = Thẻ trợ giúp
sheet-card-title--child-5-8 = Ai có thể giúp em
sheet-card-subtitle = Hãy giữ thẻ này. Khi cần giúp đỡ, bạn hãy gọi điện.
sheet-card-subtitle--child-5-8 = Em giữ thẻ này nhé. Thẻ này là của em.
sheet-card-subtitle--child = Em hãy giữ thẻ này. Khi cần giúp đỡ, em cứ gọi.
section-card-call-heading = Gọi để được giúp đỡ, miễn phí
section-card-call-heading--child-5-8 = Gọi để được giúp
card-call-intro = Xem giờ làm việc bên cạnh mỗi số. Bạn không cần nói tên.
card-call-intro--child-5-8 = Nhờ người em tin giúp em gọi.
card-call-intro--child-9-12 = Gọi miễn phí. Xem giờ bên cạnh mỗi số.
section-card-rights-heading = Quyền của bạn
section-card-rights-heading--child-5-8 = Em hãy nhớ
section-card-rights-heading--child = Quyền của em
section-card-remember-heading = Hãy nhớ
card-helpers = Không ai giúp bạn được phép làm hại, đụng chạm tình dục hay đòi gì để đổi lại. Nếu có, hãy gọi một số trên thẻ này.
card-helpers--child-5-8 = Nếu ai làm đau em, nói với người lớn khác. Hoặc gọi số trên thẻ này.
card-helpers--child-9-12 = Người giúp không được làm hại em hay đòi gì để đổi lại. Nếu có, hãy gọi một số trên thẻ này.
# The pocket card's back: one short line (the sheets carry the whole paragraph).
card-remember = Những gì đã xảy ra với bạn không phải là lỗi của bạn.
