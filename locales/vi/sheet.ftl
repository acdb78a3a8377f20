### "Your rights and the help you can get": sheet, sections and paragraphs.
### Wording per age tier: `id--child-5-8`, `id--child-9-12`, `id--teen-13-17` (or `id--child`
### for both child tiers 9-17), then `id` for adults and as the general fallback.
### Vietnamese: adults are addressed as "bạn", children and teens as "em".

sheet-rights-title = Quyền của bạn và những hỗ trợ bạn có thể nhận
sheet-rights-title--child-5-8 = Chúng tôi ở đây để giúp em.
sheet-rights-title--child = Quyền của em và những giúp đỡ em có thể nhận
sheet-rights-subtitle = Thông tin dành cho những người có thể đã bị mua bán
sheet-rights-subtitle--child-5-8 = Tờ giấy này để em giữ
sheet-rights-subtitle--child = Thông tin dành cho trẻ em và thanh thiếu niên

## Welcome

section-welcome-heading = Trước hết
section-welcome-heading--child-5-8 = Chào em

welcome-not-your-fault = Những gì đã xảy ra với bạn không phải là lỗi của bạn. Bạn có các quyền của mình, và những người ở đây có thể giúp bạn, bất kể quốc tịch, giới tính, tuổi tác hay tình trạng di cư của bạn. Điều này đúng dù bạn đã bị ép làm công việc gì: trên nông trại hay tàu thuyền, trong nhà máy hay nhà riêng, trong mại dâm, ăn xin hay phạm tội. Bạn không cần tự gọi mình là nạn nhân để được giúp đỡ.
welcome-not-your-fault--child-5-8 = Đó không phải lỗi của em. Em không làm gì sai.
welcome-not-your-fault--child-9-12 = Chuyện đã xảy ra không phải lỗi của em. Em không làm gì sai cả. Người lớn ở đây phải giữ em an toàn và giúp em. Sự giúp đỡ dành cho cả bạn trai và bạn gái. Em đã bị ép làm việc gì cũng không quan trọng.
welcome-not-your-fault--teen-13-17 = Những gì đã xảy ra với em không phải là lỗi của em. Em có những quyền của mình, và ở đây có những người làm nhiệm vụ bảo vệ và giúp đỡ em. Sự giúp đỡ dành cho mọi người, cả nam và nữ, dù em đã bị ép làm việc gì.
welcome-this-sheet = Tờ thông tin này giải thích các quyền của bạn, sự giúp đỡ bạn có thể nhận và nơi để tìm. Hãy giữ lại và đọc lại sau. Nếu đọc khó, hãy nhờ người bạn tin đọc cùng bạn. Bạn có thể nhờ nhân viên giải thích lại, bao nhiêu lần cũng được. Bạn có thể dành thời gian để quyết định.
welcome-this-sheet--child-5-8 = Em có thể hỏi. Quên thì hỏi lại nhé.
welcome-this-sheet--child-9-12 = Tờ giấy này nói về quyền của em và sự giúp đỡ. Em có thể giữ và đọc lại. Em có thể nhờ người lớn đọc cùng. Em có thể hỏi lại cùng một câu.
welcome-this-sheet--teen-13-17 = Tờ thông tin này giải thích các quyền của em và sự giúp đỡ em có thể nhận. Hãy giữ lại và đọc lại sau. Em có thể nhờ nhân viên giải thích lại, bao nhiêu lần cũng được.

## Rights

section-rights-heading = Quyền của bạn
section-rights-heading--child-5-8 = Những điều em có thể yên tâm
section-rights-heading--child = Quyền của em
rights-intro = Các quyền này được ghi trong các thỏa thuận quốc tế và khu vực. Không phải nước nào cũng đã ký từng thỏa thuận, và luật của nước này quyết định cách áp dụng. Dưới mỗi quyền là các thỏa thuận có hiệu lực ở đây; luật sư có thể cho bạn biết điều nào áp dụng cho bạn.
rights-intro--child = Đây là các quyền của em. Nhiều nước đã ký các thỏa thuận về những quyền này. Luật sư có thể cho em biết điều nào có hiệu lực ở đây.

## Help

section-help-heading = Những hỗ trợ bạn có thể nhận
section-help-heading--child-5-8 = Giúp đỡ dành cho em
section-help-heading--child = Những giúp đỡ em có thể nhận
help-intro = Hỗ trợ là miễn phí. Bạn chọn sự giúp đỡ mình muốn. Hỗ trợ không nên phụ thuộc vào việc bạn có nói chuyện với cảnh sát hay không.
help-intro--child = Mọi sự giúp đỡ đều miễn phí. Em có thể nói em muốn được giúp gì.
help-needs = Hãy cho nhân viên biết nếu bạn bị khuyết tật hay bệnh, đang dùng thuốc, đang mang thai, hoặc đọc khó. Sự giúp đỡ nên phù hợp với nhu cầu của bạn. Bạn cũng có thể dùng các dịch vụ không chỉ dành cho nạn nhân mua bán người.
help-needs--child-5-8 = Giúp đỡ dành cho cả bạn trai và bạn gái. Có gì khó với em không? Nói với chúng tôi.
help-needs--child-9-12 = Giúp đỡ dành cho cả bạn trai và bạn gái. Em bị ốm, hay đang uống thuốc? Hãy nói với người lớn. Nói cả khi em thấy khó nhìn, khó nghe hay khó đọc.
help-needs--teen-13-17 = Hãy cho nhân viên biết nếu em bị khuyết tật hay bệnh, đang dùng thuốc, hoặc đọc khó. Sự giúp đỡ nên phù hợp với em.

## Choices

section-choices-heading = Lựa chọn của bạn
section-choices-heading--child-5-8 = Em được chọn
section-choices-heading--child = Lựa chọn của em
choices-voluntary = Hỗ trợ luôn nên là lựa chọn của bạn. Không ai nên ép bạn nhận sự giúp đỡ bạn không muốn, hay giữ bạn ở một nơi trái ý bạn. Nhận giúp đỡ không nên có nghĩa là từ bỏ bất kỳ quyền nào.
choices-voluntary--child-5-8 = Em có thể nói có hoặc không. Có lúc người lớn quyết định, để em an toàn. Họ sẽ nói cho em biết vì sao.
choices-voluntary--child-9-12 = Em có thể nói em muốn được giúp gì. Người lớn phải lắng nghe. Có việc người lớn quyết định, để giữ em an toàn. Họ phải nói cho em biết vì sao.
choices-voluntary--teen-13-17 = Em có thể nói em muốn và không muốn được giúp gì, và người lớn phải lắng nghe. Vì em dưới 18 tuổi, nhân viên bảo vệ trẻ em phải bảo đảm em an toàn. Một số việc, như nơi em ở, có thể được quyết định vì sự an toàn của em. Họ phải hỏi ý kiến em trước, và giải thích lý do.
choices-police = Sự giúp đỡ không bao giờ nên phụ thuộc vào việc nói chuyện với cảnh sát hay ra tòa. Nhưng ở một số nước, việc được phép ở lại gắn với việc giúp vụ án của cảnh sát. Hãy hỏi luật sư điều gì áp dụng ở đây trước khi quyết định. Nếu bạn giúp một vụ án, hãy hỏi sẽ mất bao lâu và bạn phải khai bao nhiêu lần. Hãy hỏi bạn có phải ở lại trong nước không, và có phải gặp bị cáo không.
choices-police--child-5-8 = Em vẫn được giúp, dù không nói với cảnh sát. Người lớn em tin nên ở bên em.
choices-police--child-9-12 = Em vẫn được giúp dù không nói chuyện với cảnh sát. Cảnh sát có thể muốn nói chuyện với em. Một người lớn em tin nên ở bên em. Em có thể xin nghỉ.
choices-police--teen-13-17 = Sự giúp đỡ không nên phụ thuộc vào việc nói chuyện với cảnh sát hay ra tòa. Cảnh sát hoặc tòa vẫn có thể muốn nghe em. Người giám hộ hoặc một người lớn em tin nên ở bên em, cùng một phiên dịch viên. Em có thể xin không phải gặp người đã làm hại em. Em có thể xin không phải kể lại chuyện của mình nhiều lần.
choices-what-next = Điều gì xảy ra tiếp theo: một người nói chuyện với bạn ở nơi riêng tư, có phiên dịch nếu bạn muốn. Họ hỏi bạn cần gì và sợ điều gì. Họ giải thích từng loại giúp đỡ, quy định của nó và kéo dài bao lâu. Một nhân viên phụ trách nên là người liên lạc của bạn.
choices-what-next--child-5-8 = Trước tiên, người lớn nói chuyện với em. Họ nói điều gì sẽ đến.
choices-what-next--child-9-12 = Trước tiên, một người lớn nói chuyện với em ở nơi yên tĩnh. Họ hỏi em cần gì. Họ giải thích điều gì có thể xảy ra tiếp. Em nên có một người giúp mà em luôn có thể hỏi.
choices-what-next--teen-13-17 = Điều gì xảy ra tiếp theo: một nhân viên nói chuyện riêng với em, bằng tiếng của em. Họ hỏi em cần gì và sợ điều gì. Họ giải thích từng loại giúp đỡ và quy định của nó. Một nhân viên phụ trách nên giữ liên lạc với em.
choices-consent = Trước khi bắt đầu bất kỳ hỗ trợ nào, nhân viên nên giải thích bằng ngôn ngữ của bạn, với mọi quy định và những gì bạn phải làm. Họ nên xin sự đồng ý bằng văn bản của bạn. Đừng ký điều gì bạn không hiểu. Hãy xin một bản sao.
choices-consent--child-9-12 = Trước khi giúp, người lớn nên giải thích bằng tiếng của em. Em có thể hỏi trước.
choices-consent--teen-13-17 = Trước khi giúp, nhân viên nên giải thích sự giúp đỡ và quy định bằng tiếng của em. Họ sẽ xin em đồng ý bằng văn bản. Chỉ ký điều em hiểu.
choices-time = Bạn có thể dành thời gian suy nghĩ trước khi quyết định. Bạn có thể được hưởng một thời gian hồi phục và suy ngẫm để nghỉ ngơi và cân nhắc các lựa chọn của mình.
choices-time--child-5-8 = Em cứ từ từ, không cần vội.
choices-time--child-9-12 = Em có thể từ từ suy nghĩ. Em không phải quyết định ngay.
choices-time--teen-13-17 = Em có thể dành thời gian nghỉ ngơi và suy nghĩ trước khi quyết định điều gì.
choices-say-no = Bạn có quyền từ chối bất kỳ sự hỗ trợ hay bảo vệ nào được đề nghị, mà không cần nêu lý do.
choices-say-no--child-5-8 = Không thích điều gì? Nói với người lớn.
choices-say-no--child-9-12 = Em có thể từ chối điều em không muốn. Người lớn sẽ lắng nghe. Nếu họ vẫn quyết định, họ phải nói cho em biết vì sao.
choices-say-no--teen-13-17 = Em có thể từ chối sự giúp đỡ em không muốn. Em không cần nêu lý do. Nếu người lớn vẫn quyết định, họ phải nói cho em biết vì sao.
choices-change-mind = Bạn nên được dừng hỗ trợ và xin lại sau, ở đây hoặc sau khi về nhà. Nếu một nơi không cho bạn rời đi, hãy gọi luật sư hoặc đường dây nóng bên dưới. Trước khi đồng ý, hãy hỏi việc rời đi sẽ thay đổi gì, ví dụ với việc được phép ở lại.
choices-change-mind--child-5-8 = Em có thể đổi ý. Nói với người lớn nhé.
choices-change-mind--child-9-12 = Sau này em có thể đổi ý. Em có thể xin giúp đỡ lại.
choices-change-mind--teen-13-17 = Em có thể đổi ý. Em có thể xin giúp đỡ lại sau, kể cả sau khi về nhà.
choices-at-home = Ở nước bạn cũng có thể có sự giúp đỡ, nhưng không phải ở đâu cũng có. Trước khi đi, hãy nhờ nhân viên tìm một dịch vụ gần nơi bạn sẽ sống. Nếu bạn đồng ý, họ có thể chuyển hồ sơ của bạn và cho bạn tên và số điện thoại của nơi đó.
choices-at-home--child-5-8 = Ở nhà cũng có thể có người giúp.
choices-at-home--child-9-12 = Nếu em về nhà, ở đó có thể cũng có người giúp. Người lớn sẽ cho em biết là ai.
choices-at-home--teen-13-17 = Ở nhà cũng có thể có người giúp. Trước khi đi, hãy hỏi ai sẽ giúp em ở đó, và cách liên lạc với họ.
choices-family = Bạn có thể xin gọi hoặc gặp gia đình, và nhân viên nên giúp bạn. Bạn cũng có thể chọn không liên lạc. Nhân viên không nên liên lạc với gia đình bạn khi bạn chưa đồng ý.
choices-family--child-5-8 = Em có thể xin nói chuyện với gia đình.
choices-family--child-9-12 = Em có thể xin nói chuyện với gia đình. Nếu ai ở nhà làm hại em, hãy nói với người lớn. Người lớn sẽ báo em trước khi gọi gia đình em. Họ có thể gọi đại sứ quán nước em về giấy tờ.
choices-family--teen-13-17 = Em có thể xin gọi hoặc gặp gia đình. Hãy nói với nhân viên nếu em không muốn, hoặc nếu ai ở nhà đã làm hại em. Người lớn có thể cần liên lạc với gia đình hoặc đại sứ quán của em. Họ phải báo em trước và hỏi ý kiến em.
choices-papers = Bạn có thể xin liên lạc với đại sứ quán hoặc lãnh sự quán nước bạn, ví dụ để làm giấy tờ mới hoặc để về nhà. Bạn cũng có thể chọn không liên lạc, và nhân viên nên hỏi bạn trước khi liên lạc. Nếu chủ, người môi giới hay bất kỳ ai giữ hộ chiếu hoặc giấy tờ tùy thân của bạn, hãy nói với nhân viên hoặc luật sư. Nếu cảnh sát hoặc nhân viên giữ giấy tờ của bạn, hãy hỏi vì sao, trong bao lâu, và xin giấy biên nhận.
choices-papers--child-5-8 = Có ai lấy giấy tờ của em không? Nói với người lớn.
choices-papers--child-9-12 = Ai lấy hộ chiếu hay giấy tờ của em? Hãy nói với người lớn.
choices-papers--teen-13-17 = Nếu ai lấy hộ chiếu hoặc giấy tờ tùy thân của em, hãy nói với nhân viên hoặc luật sư. Họ nên giúp em lấy lại hoặc làm giấy tờ mới.

## Safety

section-safety-heading = Giữ an toàn
section-safety-heading--child-5-8 = Khi em thấy sợ
safety-afraid = Nếu bạn sợ những kẻ đã bóc lột bạn, bạn bè của chúng hay bất kỳ ai khác, hãy nói với nhân viên phụ trách trường hợp của bạn. Hoặc gọi một đường dây nóng bên dưới. Họ sẽ cùng bạn lập kế hoạch an toàn, và có thể cùng bạn làm lại bất cứ khi nào tình hình thay đổi.
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
safety-helpers = Không ai giúp bạn được phép làm hại, đe dọa, đụng chạm tình dục hay xúc phạm bạn. Không ai được đòi tiền, tình dục, công việc hay ân huệ để đổi lấy sự giúp đỡ. Nếu điều này xảy ra, hãy nói với luật sư, một dịch vụ khác, nơi nhận khiếu nại hoặc đường dây nóng bên dưới, hoặc cảnh sát. Khiếu nại không bao giờ nên làm bạn mất sự hỗ trợ.
safety-helpers--child-5-8 = Người giúp không bao giờ được làm đau em. Không ai được chạm vào vùng kín của em. Nếu ai làm đau em, nói với người lớn khác.
safety-helpers--child-9-12 = Người giúp không được làm hại em hay chạm vào vùng kín của em. Người giúp không được đòi tiền hay ân huệ. Nếu điều này xảy ra, hãy nói với một người lớn khác em tin. Hoặc gọi một số bên dưới. Đó không phải lỗi của em.
safety-helpers--teen-13-17 = Không ai giúp em được phép làm hại, đụng chạm tình dục, xúc phạm em hay đòi gì để đổi lại. Nếu điều này xảy ra, hãy nói với người giám hộ, luật sư, nơi nhận khiếu nại hoặc đường dây nóng bên dưới. Đó không phải lỗi của em, và em vẫn nên được giúp.

## Contacts

section-contacts-heading = Nơi nhận hỗ trợ
contacts-intro = Bạn có thể tự liên lạc với bất kỳ dịch vụ nào dưới đây. Các dịch vụ này miễn phí. Hãy hỏi từng nơi họ giữ kín điều gì và phải báo cho ai.
contacts-intro--child = Em có thể gọi cho những người này. Không mất tiền.
