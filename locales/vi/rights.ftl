### Rights. Titles and bodies; see content/rights.toml for the legal basis of each.

right-safety-title = Được bảo vệ khỏi bị tổn hại
right-safety-title--child-5-8 = Em có quyền được an toàn
right-safety-title--child = Em có quyền được an toàn
right-safety-body = Bạn có quyền được bảo vệ khỏi tổn hại, đe dọa và trả thù từ những kẻ đã bóc lột bạn hoặc đồng bọn của chúng. Sự bảo vệ cũng có thể bao gồm gia đình bạn. Hãy nói với nhân viên điều bạn sợ, bây giờ hay sau này: nguy cơ của bạn nên được đánh giá lại khi tình hình thay đổi.
right-safety-body--child-5-8 = Không ai được làm đau em.
right-safety-body--child-9-12 = Không ai được làm em đau hay làm em sợ. Người lớn phải giữ cho em an toàn. Nếu em sợ, hãy nói với họ.
right-safety-body--teen-13-17 = Em có quyền được bảo vệ trước bất kỳ ai muốn hại, đe dọa hay trừng phạt em. Gia đình em cũng có thể được bảo vệ. Nếu em sợ, hãy nói với nhân viên, bây giờ hay sau này đều được.

right-privacy-title = Quyền riêng tư và bảo mật
right-privacy-title--child = Thông tin của em được giữ kín
right-privacy-body = Tên, câu chuyện và thông tin cá nhân của bạn được giữ kín. Nhân viên chỉ được chia sẻ khi bạn đồng ý, hoặc khi luật bắt buộc, ví dụ để ngăn tổn hại nghiêm trọng. Họ nên báo bạn trước, và nói ai sẽ biết. Nếu bạn giúp một vụ án, tòa có thể thấy những gì bạn đã khai. Bạn có thể xin nói chuyện ở nơi riêng tư, không ai khác nghe. Không ai nên đưa thông tin của bạn cho báo chí, cộng đồng hay gia đình bạn khi bạn chưa đồng ý.
right-privacy-body--child-5-8 = Chuyện của em được giữ kín. Người giúp có thể phải nói với người khác. Chúng tôi sẽ nói em biết là ai.
right-privacy-body--child-9-12 = Chuyện của em được giữ kín. Đôi khi người lớn phải báo người khác, để giữ trẻ em an toàn. Họ sẽ nói em biết là ai. Em có thể xin nói chuyện ở nơi riêng.
right-privacy-body--teen-13-17 = Tên và câu chuyện của em được giữ kín. Nhân viên chỉ chia sẻ khi em đồng ý, hoặc khi luật bắt buộc để giữ ai đó an toàn. Họ nên báo em trước, và nói ai sẽ biết. Em có thể xin nói chuyện ở nơi không ai khác nghe được.

right-non-punishment-title = Bạn có quyền không bị phạt vì những gì bạn bị ép làm
right-non-punishment-title--child-5-8 = Em không bị phạt đâu
right-non-punishment-title--child = Em sẽ không bị phạt
right-non-punishment-body = Bạn có quyền không bị bắt, giam giữ hay truy tố vì những gì bạn bị ép làm khi bị mua bán. Điều này gồm việc nhập cảnh hay ở lại không hợp lệ, làm việc không giấy tờ hay dùng giấy tờ giả. Bạn cũng có quyền không bị nhốt trong nhà tù, phòng tạm giữ của cảnh sát hay trung tâm giam giữ, kể cả "để bảo vệ bạn" hay vì bạn là nhân chứng. Nếu bạn bị giữ, hãy đòi gặp luật sư và một dịch vụ hỗ trợ nạn nhân.
right-non-punishment-body--child-5-8 = Em không có lỗi. Không ai được nhốt trẻ em.
right-non-punishment-body--child-9-12 = Em có quyền không bị phạt vì những việc người khác ép em làm. Trẻ em không được bị nhốt trong tù hay phòng giam. Nếu điều này xảy ra, hãy đòi gặp luật sư hoặc người giám hộ.
right-non-punishment-body--teen-13-17 = Em có quyền không bị bắt hay bị phạt vì những việc em bị ép làm. Ví dụ là vượt biên không có giấy tờ. Em cũng có quyền không bị nhốt trong nhà tù hay trung tâm giam giữ, kể cả "để bảo vệ em". Nếu điều này xảy ra, hãy đòi gặp luật sư và người giám hộ.

right-information-title = Thông tin về trường hợp của bạn
right-information-title--child = Được biết chuyện gì đang diễn ra
right-information-body = Bạn có quyền được cung cấp thông tin rõ ràng, bằng ngôn ngữ bạn hiểu, về các quyền của bạn, các lựa chọn hỗ trợ và mọi thủ tục pháp lý. Bạn cũng có quyền được có thời gian để suy nghĩ.
right-information-body--child-9-12 = Người lớn phải cho em biết chuyện gì đang xảy ra. Họ sẽ nói bằng tiếng của em. Em có thể hỏi bất cứ lúc nào.
right-information-body--teen-13-17 = Em có quyền biết vụ việc của em và sự hỗ trợ cho em đang ra sao. Thông tin phải bằng ngôn ngữ em hiểu. Em cũng có quyền đặt câu hỏi.

right-compensation-title = Bồi thường
right-compensation-title--child = Tiền bù đắp cho những gì em đã mất
right-compensation-body = Bạn có thể đòi bồi thường cho tổn hại bạn phải chịu và tiền lương chưa được trả. Hãy xin trợ giúp pháp lý miễn phí: một cố vấn pháp lý có thể chỉ cho bạn cách làm.
right-compensation-body--child-9-12 = Em có thể được nhận tiền cho những gì đã xảy ra với em. Hãy xin một luật sư giúp em.
right-compensation-body--teen-13-17 = Em có thể được nhận tiền cho tổn hại em phải chịu. Điều này gồm cả công việc em chưa được trả tiền. Hãy xin một luật sư miễn phí giải thích cách làm.

right-reflection-and-stay-title = Thời gian hồi phục, và có thể được phép ở lại
right-reflection-and-stay-title--child = Thời gian nghỉ ngơi, và có thể được ở lại
right-reflection-and-stay-body = Một số nước cho nạn nhân người nước ngoài một thời gian hồi phục và suy nghĩ, trong thời gian đó bạn không bị trục xuất. Một số nước sau đó cho phép ở lại, tạm thời hoặc lâu dài. Không phải nước nào cũng vậy, và một số nước yêu cầu bạn giúp vụ án của cảnh sát trước. Hãy hỏi cố vấn pháp lý điều gì áp dụng ở đây trước khi quyết định.
right-reflection-and-stay-body--child-9-12 = Em đến từ nước khác? Em có thể được ở lại một thời gian. Luật sư sẽ giải thích điều gì có thể.
right-reflection-and-stay-body--teen-13-17 = Nếu em đến từ nước khác, em có thể có thời gian nghỉ ngơi và quyết định. Một số nước cũng cho em ở lại một thời gian hoặc lâu dài. Luật sư có thể cho em biết điều gì có thể ở đây.

right-recovery-title = Hỗ trợ để hồi phục
right-recovery-title--child = Giúp em thấy khá hơn
right-recovery-body = Bạn có quyền được hỗ trợ để hồi phục về thể chất, tâm lý và xã hội. Sự hỗ trợ này gồm một nơi ở an toàn, chăm sóc y tế, tư vấn và những hỗ trợ khác phù hợp với nhu cầu của bạn.
right-recovery-body--child-9-12 = Em có quyền có nơi ở an toàn và thức ăn. Em được gặp bác sĩ và được đi học. Em có người để trò chuyện.
right-recovery-body--teen-13-17 = Em có quyền có nơi ở an toàn và được chăm sóc sức khỏe. Em cũng có quyền được đi học và có người để tâm sự.

right-presumed-child-title = Được đối xử như trẻ em
right-presumed-child-title--child = Nếu em có thể chưa đủ 18 tuổi
right-presumed-child-body = Nếu bạn có thể chưa đủ 18 tuổi, bạn phải được đối xử như một trẻ em, với đầy đủ các quyền của trẻ em, cho đến khi xác định được tuổi của bạn.
right-presumed-child-body--child-9-12 = Nếu chưa rõ tuổi em, em sẽ được coi là trẻ em. Nhờ vậy em được bảo vệ nhiều hơn.
right-presumed-child-body--teen-13-17 = Nếu em có thể chưa đủ 18 tuổi, em phải được coi là trẻ em. Điều này áp dụng cho đến khi biết rõ tuổi em. Trẻ em được bảo vệ nhiều hơn.

right-guardian-title = Người giám hộ
right-guardian-title--child = Một người lớn đứng về phía em
right-guardian-body = Trẻ em không có cha mẹ hoặc người chăm sóc ở đây cần được chỉ định một người giám hộ, và cơ quan bảo vệ trẻ em phải tham gia.
right-guardian-body--child-5-8 = Một người lớn nên nói thay cho em.
right-guardian-body--child-9-12 = Nếu bố mẹ em không ở đây, em nên có người giám hộ. Người giám hộ nói thay cho em và giải thích quyền của em. Họ đi cùng em khi gặp cảnh sát hay thẩm phán. Nếu em không vui với người giám hộ, hãy nói với người lớn khác.
right-guardian-body--teen-13-17 = Nếu bố mẹ hoặc người chăm sóc em không ở đây, em nên có người giám hộ. Người giám hộ bảo vệ quyền lợi của em và giải thích quyền của em. Họ nên ở bên em khi cảnh sát, tòa án hay dịch vụ khác nói chuyện với em. Nếu người giám hộ không giúp em, hãy nói với nhân viên bảo vệ trẻ em hoặc đường dây nóng bên dưới.

right-best-interests-title = Lợi ích tốt nhất và ý kiến của bạn
right-best-interests-title--child = Tiếng nói của em rất quan trọng
right-best-interests-body = Mọi quyết định liên quan đến trẻ em phải đặt lợi ích tốt nhất của trẻ lên hàng đầu, và ý kiến của trẻ phải được lắng nghe và xem xét nghiêm túc.
right-best-interests-body--child-5-8 = Em có thể nói em muốn gì. Chúng tôi sẽ lắng nghe.
right-best-interests-body--child-9-12 = Người lớn phải làm điều tốt nhất cho em. Họ phải lắng nghe em muốn gì. Nếu họ quyết định khác, họ phải nói em biết vì sao.
right-best-interests-body--teen-13-17 = Mọi quyết định về em phải vì lợi ích tốt nhất của em. Người lớn phải lắng nghe và coi trọng ý kiến của em. Điều này gồm nơi em ở, liên lạc với gia đình, việc về nhà và mọi vụ án. Nếu họ quyết định trái ý em, họ phải nói em biết vì sao.

right-free-choice-title = Hỗ trợ theo mong muốn của bạn
right-free-choice-title--child = Do em lựa chọn
right-free-choice-body = Hỗ trợ chỉ nên được đưa ra khi bạn đồng ý sau khi được thông tin đầy đủ. Nó không bao giờ nên phụ thuộc vào việc giúp vụ án của cảnh sát hay phiên tòa, hoặc vào việc trả lại bất cứ thứ gì.
right-free-choice-body--child-5-8 = Em được giúp. Không ai được đòi em trả lại gì.
right-free-choice-body--child-9-12 = Em được giúp mà không phải làm gì để đổi lại.
right-free-choice-body--teen-13-17 = Sự giúp đỡ chỉ được đưa ra nếu em đồng ý. Nó không bao giờ nên phụ thuộc vào việc giúp cảnh sát, ra tòa hay trả lại thứ gì.
