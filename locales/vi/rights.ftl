### Rights. Titles and bodies; see content/rights.toml for the legal basis of each.

right-safety-title = Được bảo vệ khỏi bị tổn hại
right-safety-title--child-5-8 = Em sẽ được giữ an toàn
right-safety-title--child = Em có quyền được an toàn
right-safety-body = Bạn có quyền được bảo vệ khỏi bị tổn hại thêm, bị đe dọa và bị trả thù bởi những kẻ đã bóc lột bạn hoặc đồng bọn của chúng. Sự bảo vệ cũng có thể dành cho gia đình bạn. Hãy cho nhân viên biết bạn sợ điều gì, bây giờ hay sau này: các nguy cơ đối với bạn sẽ được đánh giá lại khi tình hình thay đổi.
right-safety-body--child-5-8 = Không ai được làm hại em. Người lớn sẽ bảo vệ em.
right-safety-body--child-9-12 = Không ai được làm em đau hay làm em sợ. Người lớn phải giữ cho em an toàn. Nếu em sợ, hãy nói với họ.
right-safety-body--teen-13-17 = Em có quyền được bảo vệ trước bất kỳ ai muốn hại, đe dọa hay trừng phạt em. Gia đình em cũng có thể được bảo vệ. Nếu em sợ, hãy nói với nhân viên, bây giờ hay sau này đều được.

right-privacy-title = Quyền riêng tư và bảo mật
right-privacy-title--child-5-8 = Chuyện của em được giữ kín
right-privacy-title--child = Thông tin của em được giữ kín
right-privacy-body = Tên, câu chuyện và thông tin cá nhân của bạn được giữ bí mật. Nhân viên chỉ được chia sẻ những thông tin này khi bạn đồng ý, hoặc khi pháp luật yêu cầu để giữ an toàn cho bạn hay người khác; trong trường hợp đó, họ nên báo cho bạn biết trước. Họ tuyệt đối không được cung cấp thông tin của bạn cho báo chí.
right-privacy-body--child-9-12 = Chuyện của em được giữ kín. Người lớn chỉ chia sẻ với những người giúp bảo vệ em. Họ sẽ cho em biết đó là ai.
right-privacy-body--teen-13-17 = Tên và câu chuyện của em được giữ kín. Nhân viên chỉ chia sẻ khi em đồng ý. Ngoại lệ là khi luật bắt buộc, để giữ an toàn cho ai đó. Họ nên báo cho em trước.

right-non-punishment-title = Bạn sẽ không bị trừng phạt vì những việc bạn đã bị ép làm
right-non-punishment-title--child-5-8 = Em không bị phạt đâu
right-non-punishment-title--child = Em sẽ không bị phạt
right-non-punishment-body = Bạn không nên bị bắt, bị tạm giữ hay bị truy tố vì những hành vi là hậu quả trực tiếp của việc bị mua bán, chẳng hạn như nhập cảnh hoặc lưu trú trái phép, làm việc khi không có giấy tờ hoặc sử dụng giấy tờ giả.
right-non-punishment-body--child-5-8 = Em không bị phạt đâu. Không ai bỏ tù em cả.
right-non-punishment-body--child-9-12 = Em sẽ không bị phạt vì việc người khác bắt em làm. Em sẽ không bị bỏ tù.
right-non-punishment-body--teen-13-17 = Khi bị mua bán, em có thể đã bị ép làm một số việc. Ví dụ như qua biên giới mà không có giấy tờ. Em không nên bị bắt, bị giam hay bị phạt vì những việc đó.

right-information-title = Thông tin về trường hợp của bạn
right-information-title--child = Được biết chuyện gì đang diễn ra
right-information-body = Bạn có quyền được cung cấp thông tin rõ ràng, bằng ngôn ngữ bạn hiểu, về các quyền của bạn, các lựa chọn hỗ trợ và mọi thủ tục pháp lý, và được có thời gian để suy nghĩ.
right-information-body--child-9-12 = Người lớn phải cho em biết chuyện gì đang xảy ra. Họ sẽ nói bằng tiếng của em. Em có thể hỏi bất cứ lúc nào.
right-information-body--teen-13-17 = Em có quyền biết vụ việc của em và sự hỗ trợ cho em đang ra sao. Thông tin phải bằng ngôn ngữ em hiểu. Em cũng có quyền đặt câu hỏi.

right-compensation-title = Bồi thường
right-compensation-title--child = Tiền bù đắp cho những gì em đã mất
right-compensation-body = Bạn có thể yêu cầu bồi thường cho những tổn hại bạn đã phải chịu và tiền công bạn chưa được trả. Một cố vấn pháp lý có thể hướng dẫn bạn cách làm, miễn phí.
right-compensation-body--child-9-12 = Em có thể được nhận tiền bù đắp cho chuyện đã xảy ra. Một luật sư có thể giúp em, miễn phí.
right-compensation-body--teen-13-17 = Em có thể được nhận tiền bồi thường cho những tổn hại em phải chịu. Em cũng có thể đòi tiền công chưa được trả. Một luật sư miễn phí có thể giải thích cách làm.

right-reflection-and-stay-title = Thời gian hồi phục và quyền được ở lại
right-reflection-and-stay-title--child = Thời gian nghỉ ngơi và được ở lại
right-reflection-and-stay-body = Nếu bạn là người nước ngoài, bạn có thể được hưởng một thời gian hồi phục và suy ngẫm, trong thời gian đó bạn không thể bị buộc rời đi, và sau đó được phép ở lại tạm thời hoặc lâu dài. Hãy hỏi cố vấn pháp lý xem quy định nào áp dụng ở đây.
right-reflection-and-stay-body--child-9-12 = Nếu em đến từ nước khác, em có thể được ở lại ít lâu. Ở đây, em sẽ được nghỉ ngơi và khỏe lại.
right-reflection-and-stay-body--teen-13-17 = Nếu em đến từ nước khác, em có thể có thời gian để nghỉ ngơi và quyết định. Em có thể được phép ở lại một thời gian hoặc lâu dài. Luật sư có thể cho em biết thêm.

right-recovery-title = Hỗ trợ để hồi phục
right-recovery-title--child = Giúp em thấy khá hơn
right-recovery-body = Bạn có quyền được hỗ trợ để hồi phục về thể chất, tâm lý và xã hội: một nơi ở an toàn, chăm sóc y tế, tư vấn và những hỗ trợ khác phù hợp với nhu cầu của bạn.
right-recovery-body--child-9-12 = Em có quyền có nơi ở an toàn và thức ăn. Em được gặp bác sĩ và được đi học. Em có người để trò chuyện.
right-recovery-body--teen-13-17 = Em có quyền có nơi ở an toàn và được chăm sóc sức khỏe. Em cũng có quyền được đi học và có người để tâm sự.

right-presumed-child-title = Được đối xử như trẻ em
right-presumed-child-title--child = Nếu em có thể chưa đủ 18 tuổi
right-presumed-child-body = Nếu bạn có thể chưa đủ 18 tuổi, bạn phải được đối xử như một trẻ em, với đầy đủ các quyền của trẻ em, cho đến khi xác định được tuổi của bạn.
right-presumed-child-body--child-9-12 = Nếu chưa rõ tuổi em, em sẽ được coi là trẻ em. Nhờ vậy em được bảo vệ nhiều hơn.
right-presumed-child-body--teen-13-17 = Nếu em có thể chưa đủ 18 tuổi, em phải được coi là trẻ em. Điều này áp dụng cho đến khi biết rõ tuổi em. Trẻ em được bảo vệ nhiều hơn.

right-guardian-title = Người giám hộ
right-guardian-title--child-5-8 = Một người lớn chỉ dành cho em
right-guardian-title--child = Một người lớn đứng về phía em
right-guardian-body = Trẻ em không có cha mẹ hoặc người chăm sóc ở đây cần được chỉ định một người giám hộ, và cơ quan bảo vệ trẻ em phải tham gia.
right-guardian-body--child-9-12 = Nếu cha mẹ không ở đây, em sẽ có người giám hộ. Đó là người lớn chăm sóc em và lên tiếng cho em.
right-guardian-body--teen-13-17 = Nếu cha mẹ hoặc người chăm sóc em không ở đây, em cần có người giám hộ. Đó là một người lớn bảo vệ quyền lợi của em. Nhân viên bảo vệ trẻ em cũng sẽ giúp em.

right-best-interests-title = Lợi ích tốt nhất và ý kiến của bạn
right-best-interests-title--child-5-8 = Chúng tôi lắng nghe em
right-best-interests-title--child = Tiếng nói của em rất quan trọng
right-best-interests-body = Mọi quyết định liên quan đến trẻ em phải đặt lợi ích tốt nhất của trẻ lên hàng đầu, và ý kiến của trẻ phải được lắng nghe và xem xét nghiêm túc.
right-best-interests-body--child-9-12 = Người lớn phải làm điều tốt nhất cho em. Họ phải lắng nghe điều em muốn.
right-best-interests-body--teen-13-17 = Mọi quyết định về em phải vì lợi ích tốt nhất của em. Người lớn phải lắng nghe ý kiến của em và xem xét nghiêm túc.

right-free-choice-title = Hỗ trợ theo mong muốn của bạn
right-free-choice-title--child = Do em lựa chọn
right-free-choice-body = Sự hỗ trợ chỉ nên được cung cấp khi bạn đã được giải thích đầy đủ và đồng ý, và không bao giờ kèm điều kiện bạn phải tham gia điều tra của cảnh sát hay phiên tòa xét xử.
right-free-choice-body--child-9-12 = Em được giúp mà không phải làm gì để đổi lại.
right-free-choice-body--teen-13-17 = Em chỉ nhận sự giúp đỡ khi em đồng ý. Việc giúp đỡ không bao giờ đòi hỏi em phải giúp cảnh sát hay ra tòa.
