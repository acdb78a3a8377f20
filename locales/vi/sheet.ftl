### "Your rights and the help you can get": sheet, sections and paragraphs.
### Wording per age tier: `id--child-5-8`, `id--child-9-12`, `id--teen-13-17` (or `id--child`
### for both child tiers 9-17), then `id` for adults and as the general fallback.
### Vietnamese: adults are addressed as "bạn", children and teens as "em".

sheet-rights-title = Quyền của bạn và những hỗ trợ bạn có thể nhận
sheet-rights-title--child-5-8 = Em đã an toàn. Chúng tôi có thể giúp em.
sheet-rights-title--child = Quyền của em và những giúp đỡ em có thể nhận
sheet-rights-subtitle = Thông tin dành cho những người có thể đã bị mua bán
sheet-rights-subtitle--child-5-8 = Tờ giấy này để em giữ
sheet-rights-subtitle--child = Thông tin dành cho trẻ em và thanh thiếu niên

## Welcome

section-welcome-heading = Trước hết
section-welcome-heading--child-5-8 = Chào em

welcome-not-your-fault = Những gì đã xảy ra với bạn không phải là lỗi của bạn. Bạn có các quyền của mình, và những người ở đây có thể giúp bạn, bất kể quốc tịch, giới tính, tuổi tác hay tình trạng di cư của bạn, và bất kể bạn đã bị ép làm công việc gì.
welcome-not-your-fault--child-5-8 = Đó không phải lỗi của em. Em không làm gì sai. Người lớn ở đây sẽ bảo vệ em.
welcome-not-your-fault--child-9-12 = Chuyện đã xảy ra không phải lỗi của em. Em không làm gì sai cả. Người lớn ở đây có nhiệm vụ bảo vệ em. Họ sẽ giúp em.
welcome-not-your-fault--teen-13-17 = Những gì đã xảy ra với em không phải là lỗi của em. Em có những quyền của mình. Ở đây có những người làm nhiệm vụ bảo vệ và giúp đỡ em.
welcome-this-sheet = Tờ thông tin này giải thích các quyền của bạn, những hỗ trợ bạn có thể nhận và nơi có thể tìm đến. Hãy giữ lại, đọc lại sau, và hỏi về bất cứ điều gì bạn chưa rõ. Bạn có thể dành thời gian để quyết định.
welcome-this-sheet--child-9-12 = Tờ giấy này nói về quyền của em. Nó cũng nói em được giúp những gì. Em có thể giữ nó. Em có thể hỏi bất cứ điều gì em chưa hiểu.
welcome-this-sheet--teen-13-17 = Tờ thông tin này giải thích quyền của em và những giúp đỡ em có thể nhận. Em hãy giữ lại và đọc lại sau. Có điều gì chưa rõ, em cứ hỏi.

## Rights

section-rights-heading = Quyền của bạn
section-rights-heading--child-5-8 = Những điều em có thể yên tâm
rights-intro = Các quyền này xuất phát từ luật pháp quốc tế và khu vực. Mỗi quyền đều ghi rõ được quy định ở văn bản nào, để bạn hoặc luật sư của bạn có thể viện dẫn.
rights-intro--child = Đây là các quyền của em. Các quyền này được ghi trong những văn bản luật mà nhiều nước đã ký.

## Help

section-help-heading = Những hỗ trợ bạn có thể nhận
section-help-heading--child-5-8 = Giúp đỡ dành cho em
help-intro = Mọi hỗ trợ đều miễn phí. Bạn tự chọn sự hỗ trợ mình muốn. Bạn vẫn được hỗ trợ dù bạn có nói chuyện với cảnh sát hay không.
help-intro--child = Mọi sự giúp đỡ đều miễn phí. Em có thể nói em muốn được giúp gì.

## Choices

section-choices-heading = Lựa chọn của bạn
section-choices-heading--child-5-8 = Em được chọn
choices-voluntary = Mọi hỗ trợ đều là tự nguyện. Không ai có thể ép bạn nhận sự giúp đỡ mà bạn không muốn, và việc nhận giúp đỡ không có nghĩa là bạn từ bỏ bất kỳ quyền nào của mình.
choices-voluntary--child-5-8 = Em có thể nhận sự giúp đỡ. Em cũng có thể nói không.
choices-voluntary--child-9-12 = Em quyết định muốn được giúp gì. Không ai được ép em nhận điều em không muốn.
choices-voluntary--teen-13-17 = Nhận giúp đỡ hay không là do em chọn. Không ai có thể ép em nhận sự giúp đỡ em không muốn.
choices-police = Bạn không bắt buộc phải nói chuyện với cảnh sát hay ra tòa để được giúp đỡ. Sự hỗ trợ không phụ thuộc vào việc đó. Nếu bạn quyết định giúp cảnh sát trong một vụ án, bạn có thể hỏi việc đó gồm những gì và mất bao lâu.
choices-police--child-9-12 = Em vẫn được giúp dù em không nói chuyện với cảnh sát.
choices-police--teen-13-17 = Em không bắt buộc phải nói chuyện với cảnh sát hay ra tòa để được giúp. Nếu em muốn, sẽ có người giải thích trước cho em điều đó nghĩa là gì.
choices-consent = Trước khi bắt đầu bất kỳ hỗ trợ nào, nhân viên cần giải thích cho bạn bằng ngôn ngữ của bạn và xin sự đồng ý bằng văn bản của bạn. Hãy đề nghị họ giải thích trước mọi điều kiện hay quy định.
choices-consent--child-9-12 = Trước khi giúp, người lớn sẽ giải thích bằng tiếng của em. Em có thể hỏi trước.
choices-consent--teen-13-17 = Trước khi bắt đầu giúp đỡ, nhân viên sẽ giải thích bằng ngôn ngữ của em. Họ sẽ xin em đồng ý bằng văn bản. Em hãy hỏi trước về mọi quy định.
choices-time = Bạn có thể dành thời gian suy nghĩ trước khi quyết định. Bạn có thể được hưởng một thời gian hồi phục và suy ngẫm để nghỉ ngơi và cân nhắc các lựa chọn của mình.
choices-time--child-5-8 = Em cứ từ từ, không cần vội.
choices-time--child-9-12 = Em có thể từ từ suy nghĩ. Em không phải quyết định ngay.
choices-time--teen-13-17 = Em có thể dành thời gian nghỉ ngơi và suy nghĩ trước khi quyết định điều gì.
choices-say-no = Bạn có quyền từ chối bất kỳ sự hỗ trợ hay bảo vệ nào được đề nghị, mà không cần nêu lý do.
choices-say-no--child-5-8 = Không thích điều gì? Hãy nói với người lớn.
choices-say-no--child-9-12 = Em có thể từ chối điều em không muốn. Người lớn sẽ lắng nghe em.
choices-say-no--teen-13-17 = Em có thể từ chối bất kỳ sự giúp đỡ nào. Em không cần phải nêu lý do.
choices-change-mind = Bạn có thể ngừng nhận hỗ trợ bất cứ lúc nào, và sau này có thể đề nghị lại, ở đây hoặc sau khi bạn về nước.
choices-change-mind--child-9-12 = Sau này em có thể đổi ý. Em có thể xin giúp đỡ lại.
choices-change-mind--teen-13-17 = Em có thể đổi ý bất cứ lúc nào. Em có thể ngừng nhận giúp đỡ, rồi sau này xin lại.
choices-at-home = Sau khi bạn trở về, ở nước của bạn cũng có hỗ trợ. Trước khi bạn đi, nhân viên có thể cho bạn biết cần liên hệ với ai ở đó.
choices-at-home--child-9-12 = Nếu em về nhà, ở đó cũng có người giúp em. Người lớn sẽ cho em biết ai có thể giúp.
choices-at-home--teen-13-17 = Nếu em về nước, ở đó cũng có người giúp đỡ. Trước khi đi, hãy hỏi em nên liên hệ với ai.

## Safety

section-safety-heading = Giữ an toàn
section-safety-heading--child-5-8 = Khi em thấy sợ
safety-afraid = Nếu bạn sợ những kẻ đã bóc lột bạn, bạn bè của chúng hay bất kỳ ai khác, hãy nói với nhân viên phụ trách trường hợp của bạn hoặc gọi một đường dây nóng bên dưới. Họ sẽ cùng bạn lập kế hoạch an toàn, và có thể cùng bạn làm lại bất cứ khi nào tình hình thay đổi.
safety-afraid--child-5-8 = Em thấy sợ? Hãy nói với người lớn em tin.
safety-afraid--child-9-12 = Nếu em thấy sợ, hãy nói với người lớn mà em tin. Họ sẽ giúp em được an toàn.
safety-afraid--teen-13-17 = Nếu em sợ ai đó, hãy báo cho nhân viên phụ trách em. Em cũng có thể gọi đường dây nóng bên dưới. Họ sẽ cùng em lập kế hoạch an toàn.
safety-danger-now = Nếu bạn đang gặp nguy hiểm ngay lúc này, hãy gọi số khẩn cấp của cảnh sát tại nước bạn đang ở, hoặc một đường dây nóng bên dưới.
safety-danger-now--child-5-8 = Gặp nguy hiểm? Gọi số bên dưới.
safety-danger-now--child-9-12 = Nếu em đang gặp nguy hiểm, hãy gọi một số bên dưới.
safety-danger-now--teen-13-17 = Nếu em đang gặp nguy hiểm, hãy gọi số khẩn cấp hoặc đường dây nóng bên dưới.
safety-discreet = Nếu giữ tờ giấy này không an toàn, hãy ghi lại một số điện thoại rồi bỏ tờ giấy đi. Bạn có thể gọi bằng điện thoại của người khác; đường dây nóng không cần biết tên bạn.
safety-discreet--child-9-12 = Hãy cất tờ giấy này ở nơi an toàn. Nếu khó, hãy nhớ một số điện thoại.
safety-discreet--teen-13-17 = Nếu giữ tờ giấy này không an toàn, hãy ghi lại một số rồi bỏ tờ giấy đi. Khi gọi, em không cần nói tên mình.
safety-family = Nếu gia đình bạn bị đe dọa, hãy nói ra. Sự bảo vệ có thể bao gồm cả những người thân của bạn.
safety-family--child-9-12 = Nếu em lo cho gia đình, hãy nói với người lớn. Họ có thể giúp.
safety-family--teen-13-17 = Nếu gia đình em bị đe dọa, hãy báo cho nhân viên. Gia đình em cũng có thể được bảo vệ.

## Contacts

section-contacts-heading = Nơi nhận hỗ trợ
contacts-intro = Bạn có thể tự liên hệ với bất kỳ dịch vụ nào dưới đây. Các dịch vụ này miễn phí và bảo mật.
contacts-intro--child = Em có thể gọi cho những người này. Không mất tiền.
