### Kịch bản đọc to (content/sheets/read-aloud.toml): điều nhân viên hoặc phiên dịch viên nói khi
### trao tờ "Quyền của bạn và những hỗ trợ bạn có thể nhận", từng phần theo thứ tự của tờ.
### Machine draft, not reviewed. Adults: "bạn"; children and teens: "em"; the speaker: "tôi".

ra-title = Kịch bản đọc to: quyền và hỗ trợ
ra-subtitle = Dành cho nhân viên và phiên dịch viên: điều cần nói khi trao tờ thông tin. Đọc từng phần một.
ra-subtitle--child-5-8 = Dành cho người giúp trẻ từ 5 đến 8 tuổi. Đọc từng phần một.
ra-subtitle--child = Dành cho người giúp trẻ em và thanh thiếu niên. Đọc từng phần một.
ra-footer-note = Kịch bản cho nhân viên, phiên dịch: đọc to.

## Cues printed before each line

script-say = Nói:
script-ask = Hỏi:
script-pause = Dừng lại
script-do = Làm:

## Before you start

ra-before-heading = Trước khi bắt đầu
ra-before-place = Tìm một nơi yên tĩnh, riêng tư. Không ai khác được nghe. Hỏi họ nói ngôn ngữ nào tốt nhất. Đề nghị một phiên dịch viên họ tin.
ra-before-pace = Đi chậm, từng phần một. Dừng lại nếu họ mệt. Không cần đọc hết hôm nay.
ra-pause = Chờ. Để họ xem và suy nghĩ.
ra-listen = Lắng nghe câu trả lời. Nếu chưa đúng, giải thích lại cách khác.

## Welcome

ra-welcome-give = Đưa tờ thông tin cho họ. Chỉ vào số điện thoại ở trên cùng.
ra-welcome-hello = Xin chào. Tôi tên là ____. Tôi làm việc ở đây, và việc của tôi là giúp bạn. Tờ này là của bạn, bạn giữ lấy.
ra-welcome-hello--child-5-8 = Chào em. Tôi tên là ____. Tôi giúp trẻ em. Tờ này là của em.
ra-welcome-hello--child = Chào em. Tôi tên là ____. Việc của tôi là giúp trẻ em và thanh thiếu niên. Tờ này là của em.
ra-welcome-fault = Điều đã xảy ra với bạn không phải lỗi của bạn. Bạn không cần tự gọi mình là nạn nhân để được giúp.
ra-welcome-fault--child-5-8 = Đó không phải lỗi của em. Em không làm gì sai.
ra-welcome-fault--child = Điều đã xảy ra không phải lỗi của em. Em không làm gì sai.
ra-welcome-time = Chúng ta có thể dành bao nhiêu thời gian cũng được. Bạn có thể bảo tôi dừng bất cứ lúc nào. Tôi có thể nói lại, bao nhiêu lần cũng được.
ra-welcome-time--child-5-8 = Mình đi chậm thôi. Em có thể bảo tôi dừng. Tôi có thể nói lại.
ra-welcome-time--child = Mình đi chậm thôi. Em có thể bảo tôi dừng bất cứ lúc nào. Tôi có thể giải thích lại, bao nhiêu lần cũng được.
ra-welcome-number = Ở trên cùng của tờ có một số điện thoại. Có thể gọi số này để được giúp.
ra-welcome-number--child-5-8 = Nhìn hình điện thoại nhé. Em có thể gọi số này.
ra-welcome-ask = Bạn chỉ cho tôi số điện thoại để gọi khi cần giúp được không?
ra-welcome-ask--child-5-8 = Em chỉ cho tôi số điện thoại được không?

## Rights

ra-rights-safety = Bạn có quyền được bảo vệ khỏi nguy hại. Hãy nói với chúng tôi bạn sợ điều gì, bây giờ hay sau này.
ra-rights-safety--child-5-8 = Không ai được phép làm đau em.
ra-rights-safety--child = Em có quyền được an toàn. Nếu em sợ, hãy nói với chúng tôi, bây giờ hay sau này.
ra-rights-punish = Bạn không nên bị phạt vì những việc bạn bị ép làm. Bạn không nên bị nhốt, kể cả với lý do "để bảo vệ bạn".
ra-rights-punish--child-5-8 = Em không gặp rắc rối gì đâu.
ra-rights-punish--child = Em không nên bị phạt vì những việc người khác ép em làm. Trẻ em không được bị nhốt.
ra-rights-privacy = Những gì bạn kể với tôi được giữ bí mật. Tôi chỉ chia sẻ nếu bạn đồng ý, hoặc nếu luật buộc tôi, ví dụ để ngăn nguy hại nghiêm trọng. Nếu phải chia sẻ, tôi sẽ báo bạn trước và nói ai sẽ biết.
ra-rights-privacy--child-5-8 = Chuyện của em được giữ kín. Có lúc tôi phải nói với người giúp khác. Để giữ em an toàn. Tôi sẽ nói em biết trước.
ra-rights-privacy--child = Những gì em kể là riêng tư. Có lúc tôi phải nói với người khác, để giữ trẻ em an toàn. Nếu phải nói, tôi sẽ báo em trước.
ra-rights-child = Nếu bạn có thể chưa đủ 18 tuổi, hãy nói với chúng tôi. Trẻ em được bảo vệ thêm.
ra-rights-child--child-5-8 = Một người lớn nên nói thay cho em.
ra-rights-child--child = Nếu bố mẹ em không ở đây, em nên có người giám hộ. Người giám hộ là người lớn đứng về phía em.
ra-rights-ask = Bạn có thể nói bằng lời của mình: khi nào tôi có thể kể với người khác điều bạn đã nói?
ra-rights-ask--child-5-8 = Em có gặp rắc rối không? Em nghĩ sao?
ra-rights-ask--child = Em nói bằng lời của em nhé. Khi nào tôi có thể kể với người khác?

## Help

ra-help-kinds = Bạn có thể được giúp: chỗ ở an toàn, bác sĩ, người để trò chuyện, phiên dịch viên, và giúp tìm luật sư.
ra-help-kinds--child-5-8 = Em có chỗ ngủ an toàn và đồ ăn. Bác sĩ có thể giúp em.
ra-help-kinds--child = Em có thể có chỗ ở an toàn và bác sĩ. Em có người để trò chuyện, và phiên dịch viên.
ra-help-police = Sự giúp đỡ này miễn phí. Nó không bao giờ nên phụ thuộc vào việc nói chuyện với cảnh sát hay ra tòa. Ở một số nước, việc được ở lại gắn với vụ án của cảnh sát: luật sư có thể cho bạn biết ở đây áp dụng điều gì.
ra-help-police--child-5-8 = Giúp đỡ là miễn phí. Em vẫn được giúp, dù không nói với cảnh sát.
ra-help-police--child = Giúp đỡ là miễn phí. Em vẫn được giúp dù không nói chuyện với cảnh sát. Cảnh sát có thể muốn nói chuyện với em. Một người lớn em tin nên ở bên em.
ra-help-ask = Bạn có phải nói chuyện với cảnh sát mới được giúp không? Hãy cho tôi biết bạn nghĩ gì.
ra-help-ask--child-5-8 = Em có phải nói với cảnh sát mới được giúp?
ra-help-ask--child = Em có phải nói chuyện với cảnh sát mới được giúp không? Em nghĩ sao?

## Choices

ra-choices-yours = Sự giúp đỡ luôn nên là lựa chọn của bạn. Bạn quyết định mình muốn sự giúp đỡ nào, và có thể hỏi về từng loại trước khi quyết định.
ra-choices-yours--child-5-8 = Em có thể nói có hoặc không. Chúng tôi sẽ lắng nghe. Có lúc người lớn quyết định, để em an toàn. Chúng tôi sẽ nói em biết vì sao.
ra-choices-yours--child = Em có thể nói em muốn được giúp thế nào. Chúng tôi phải lắng nghe. Có việc người lớn quyết định, để em an toàn. Chúng tôi phải nói em biết vì sao.
ra-choices-no = Bạn có thể từ chối bất kỳ sự giúp đỡ nào, mà không cần nói lý do.
ra-choices-no--child-5-8 = Không thích điều gì? Nói với tôi.
ra-choices-no--child = Em có thể từ chối sự giúp đỡ em không muốn.
ra-choices-change = Bạn có thể đổi ý. Bạn có thể ngừng nhận giúp đỡ sau này. Bạn cũng có thể từ chối bây giờ và xin giúp lại sau, ở đây hoặc ở quê nhà.
ra-choices-change--child-5-8 = Em có thể đổi ý. Chỉ cần nói với tôi.
ra-choices-change--child = Em có thể đổi ý. Em có thể xin giúp lại sau này, kể cả khi đã về nhà.
ra-choices-time = Bạn không phải quyết định hôm nay. Hãy dành thời gian bạn cần để nghỉ ngơi và suy nghĩ.
ra-choices-time--child-5-8 = Em không phải quyết định bây giờ.
ra-choices-time--child = Em không phải quyết định bây giờ. Hãy dành thời gian suy nghĩ.
ra-choices-rules = Trước khi bạn đồng ý điều gì, chúng tôi giải thích mọi quy định: kéo dài bao lâu, có được ra ngoài không, và có được rời đi không. Đừng ký gì bạn không hiểu.
ra-choices-rules--child-5-8 = Người lớn sẽ nói quy định cho em trước.
ra-choices-rules--child = Trước khi em đồng ý, chúng tôi giải thích các quy định. Em có thể hỏi trước.
ra-choices-ask-no = Bạn có thể nói bằng lời của mình: nếu bạn từ chối thì điều gì xảy ra?
ra-choices-ask-no--child-5-8 = Nếu em nói không thì sao?
ra-choices-ask-no--child = Em nói bằng lời của em nhé. Nếu em từ chối thì điều gì xảy ra?
ra-choices-ask-change = Và nếu sau này bạn đổi ý, bạn có thể làm gì?
ra-choices-ask-change--child-5-8 = Sau này em có thể đổi ý không?

## Safety

ra-safety-afraid = Nếu bạn sợ ai đó, hãy nói với tôi, hoặc gọi một số trên tờ này. Chúng ta có thể cùng lập kế hoạch an toàn.
ra-safety-afraid--child-5-8 = Sợ à? Nói với người lớn em tin.
ra-safety-afraid--child = Nếu em thấy sợ, hãy nói với người lớn em tin. Hoặc gọi một số trên tờ này.
ra-safety-helpers = Không ai giúp bạn được làm hại bạn, hay đòi tiền, tình dục, công việc hoặc ân huệ. Nếu điều đó xảy ra, bạn có thể khiếu nại, và bạn vẫn nên được giúp.
ra-safety-helpers--child-5-8 = Người giúp không bao giờ được làm đau em. Nếu ai làm vậy, nói với người lớn khác.
ra-safety-helpers--child = Không người giúp nào được làm đau em hay đòi gì đáp lại. Nếu điều đó xảy ra, nói với người lớn khác. Hoặc gọi một số trên tờ này.
ra-safety-ask = Nếu gặp nguy hiểm, bạn có thể gọi cho ai?
ra-safety-ask--child-5-8 = Khi sợ, em có thể nói với ai?

## Contacts (not on the 5-8 sheet)

ra-contacts-show = Cùng xem danh sách trên tờ. Chỉ vào từng số.
ra-contacts-say = Các dịch vụ này miễn phí. Bạn có thể tự liên hệ. Hãy hỏi mỗi nơi họ giữ kín những gì.
ra-contacts-say--child = Em có thể tự gọi những người này. Không mất tiền.
ra-contacts-ask = Bạn sẽ gọi số nào trước?

## To finish

ra-end-heading = Kết thúc
ra-end-remember = Hãy nhớ: đó không phải lỗi của bạn, và bạn là người chọn. Bạn có thể đổi ý. Bạn có thể nhờ tôi giải thích lại, hôm nay hay hôm khác.
ra-end-remember--child-5-8 = Em giỏi lắm. Cảm ơn em đã nghe. Em có thể hỏi tôi lại. Ngày nào cũng được.
ra-end-remember--child = Hãy nhớ: đó không phải lỗi của em. Em có thể nói em muốn gì. Em có thể nhờ tôi giải thích lại, ngày nào cũng được.
ra-end-ask = Bạn muốn hỏi tôi điều gì?
ra-end-ask--child-5-8 = Em có muốn hỏi tôi gì không?
ra-end-note = Ghi lại điều họ chưa hiểu. Giải thích lại vào hôm khác. Đưa họ tờ thông tin bằng ngôn ngữ của họ.

## Recordings: which parts the sheet's web page (HTML) plays (machine draft, not reviewed)

ra-audio-none = Ngôn ngữ này chưa có ghi âm. Hãy đọc to từng phần.
ra-audio-some = Trang web phát được một số phần. Mỗi phần có ghi chú bên dưới.
ra-audio-part = { $voice ->
    [computer] Ghi âm trên trang web: { $recorded } trên { $total } đoạn. Giọng máy tính.
   *[person] Ghi âm trên trang web: { $recorded } trên { $total } đoạn.
}
