### The one-page help card.

sheet-card-title = Thẻ trợ giúp
sheet-card-title--child-5-8 = Ai có thể giúp em
sheet-card-subtitle = Hãy giữ thẻ này. Khi cần giúp đỡ, bạn hãy gọi điện.
sheet-card-subtitle--child-5-8 = Em giữ thẻ này nhé. Thẻ này là của em.
sheet-card-subtitle--child = Em hãy giữ thẻ này. Khi cần giúp đỡ, em cứ gọi.
section-card-call-heading = Gọi để được giúp đỡ, miễn phí
section-card-call-heading--child-5-8 = Gọi để được giúp
card-call-intro = Các số này nghe máy mỗi ngày. Bạn không cần nói tên mình.
card-call-intro--child-5-8 = Nhờ người lớn gọi cùng em.
card-call-intro--child-9-12 = Em có thể gọi bất cứ lúc nào. Không mất tiền.
section-card-rights-heading = Quyền của bạn
section-card-rights-heading--child-5-8 = Em hãy nhớ
section-card-remember-heading = Hãy nhớ
section-card-remember-heading--child-5-8 = Em không làm gì sai
