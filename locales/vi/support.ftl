### Kinds of protection and support.

support-shelter-housing-title = Nơi ở an toàn
support-shelter-housing-body = Một nơi ở an toàn, miễn phí. Nơi tạm trú nào cũng có quy định, và một số nơi không cho bạn ra ngoài một mình, giữ điện thoại hay gặp gia đình. Trước khi bạn đồng ý, nhân viên phải nói cho bạn mọi quy định. Hãy hỏi bạn được ở bao lâu, và có được ra ngoài, đi làm, dùng điện thoại và liên lạc với gia đình không. Hãy hỏi điều gì xảy ra nếu bạn muốn rời đi.
support-shelter-housing-body--child-5-8 = Một nơi an toàn để ngủ và ăn. Người lớn phải nói quy định cho em.
support-shelter-housing-body--child-9-12 = Một nơi an toàn để sống, ngủ và ăn. Nơi nào cũng có quy định. Người lớn phải nói quy định cho em trước. Hãy hỏi em sẽ ở bao lâu. Hãy hỏi em có được nói chuyện với gia đình không.
support-shelter-housing-body--teen-13-17 = Một nơi an toàn để sống. Nơi nào cũng có quy định, và một số nơi không cho em ra ngoài một mình hay giữ điện thoại. Trước khi em đồng ý, nhân viên phải nói cho em các quy định. Hãy hỏi em sẽ ở bao lâu, và có được gọi cho gia đình và đi học không.

support-counselling-information-title = Tư vấn và thông tin
support-counselling-information-title--child-5-8 = Người để em trò chuyện
support-counselling-information-body = Người giải thích cho bạn về các quyền và lựa chọn của bạn, trả lời câu hỏi của bạn và giúp bạn lên kế hoạch cho những bước tiếp theo.
support-counselling-information-body--child-9-12 = Người giải thích mọi việc và trả lời câu hỏi của em.
support-counselling-information-body--teen-13-17 = Người giải thích về quyền và các lựa chọn của em. Họ giúp em lên kế hoạch cho bước tiếp theo.

support-medical-care-title = Chăm sóc sức khỏe
support-medical-care-body = Chăm sóc y tế miễn phí từ bác sĩ hoặc y tá, bao gồm điều trị khẩn cấp, khám sức khỏe và chăm sóc sức khỏe tình dục và sinh sản. Bạn có thể yêu cầu được khám bởi bác sĩ nam hoặc nữ theo ý bạn.
support-medical-care-body--child-5-8 = Bác sĩ hoặc y tá. Họ giúp khi em bị ốm.
support-medical-care-body--child-9-12 = Bác sĩ hoặc y tá khám sức khỏe cho em. Họ giúp em khi em ốm hay bị thương.
support-medical-care-body--teen-13-17 = Bác sĩ hoặc y tá chăm sóc miễn phí, gồm khám tổng quát và sức khỏe tình dục. Em có thể yêu cầu người khám là nam hay nữ.

support-psychological-support-title = Hỗ trợ tinh thần
support-psychological-support-body = Tư vấn với người được đào tạo, để giúp với nỗi sợ, buồn bã, căng thẳng hay khó ngủ. Những gì bạn nói được giữ kín, trừ khi cần bảo vệ ai đó khỏi tổn hại nghiêm trọng.
support-psychological-support-body--child-9-12 = Người được đào tạo để giúp khi em buồn, sợ hay lo lắng.
support-psychological-support-body--teen-13-17 = Một người tư vấn được đào tạo để em nói về nỗi sợ, buồn bã, căng thẳng hay ác mộng. Điều đó được giữ kín, trừ khi có ai đang gặp nguy hiểm.

support-material-financial-assistance-title = Thức ăn, quần áo và tiền
support-material-financial-assistance-body = Thức ăn, quần áo, đồ dùng vệ sinh cá nhân và, nếu có, tiền cho các nhu cầu thiết yếu.
support-material-financial-assistance-body--child-9-12 = Thức ăn, quần áo và những thứ em cần hằng ngày.
support-material-financial-assistance-body--teen-13-17 = Thức ăn, quần áo, đồ dùng tắm giặt, và đôi khi có tiền cho những thứ em cần.

support-legal-support-title = Hỗ trợ pháp lý
support-legal-support-body = Một luật sư hoặc cố vấn pháp lý để giải thích tình hình pháp lý, các lựa chọn của bạn và mọi vụ án, và giúp bạn đòi bồi thường. Hãy xin trợ giúp pháp lý miễn phí.
support-legal-support-body--child-9-12 = Một luật sư giải thích luật cho em. Hãy xin một luật sư miễn phí.
support-legal-support-body--teen-13-17 = Một luật sư giải thích tình hình pháp lý, mọi vụ án và cách đòi bồi thường. Hãy xin một luật sư miễn phí.

support-interpretation-title = Phiên dịch viên
support-interpretation-title--child-5-8 = Người nói tiếng của em
support-interpretation-body = Một phiên dịch viên, để bạn hiểu và được hiểu. Phiên dịch viên phải giữ kín những gì bạn nói. Bạn có thể xin người khác, ví dụ người không thuộc cộng đồng của bạn, hoặc một người nam hay nữ. Hãy nói với nhân viên nếu bạn không tin phiên dịch viên.
support-interpretation-body--child-5-8 = Người nói tiếng của em. Em có thể xin người khác.
support-interpretation-body--child-9-12 = Người nói tiếng của em và giúp em hiểu. Họ phải giữ kín những gì em nói. Em có thể xin người khác.
support-interpretation-body--teen-13-17 = Một phiên dịch viên nói tiếng của em. Họ phải giữ kín những gì em nói. Em có thể xin người khác, ví dụ nếu em quen họ hoặc không tin họ.

support-residence-work-title = Giúp xin phép ở lại và làm việc
support-residence-work-title--child = Giúp về giấy tờ của em
support-residence-work-body = Nếu bạn là người nước ngoài: giúp xin thời gian suy nghĩ, giấy phép cư trú hoặc giấy phép lao động, khi luật cho phép.
support-residence-work-body--child-9-12 = Em đến từ nước khác? Luật sư có thể giúp về giấy tờ. Người lớn sẽ cho em biết em có được ở lại không.
support-residence-work-body--teen-13-17 = Nếu em đến từ nước khác: luật sư có thể giúp em xin giấy tờ để ở lại. Hãy hỏi điều gì có thể ở đây, và khi nào em có thể đi làm.

support-voluntary-return-title = Về nhà an toàn
support-voluntary-return-body = Nếu bạn muốn về nhà: giúp bạn trở về an toàn và không chậm trễ lâu. Nhân viên nên cho bạn biết sẽ mất bao lâu và cần giấy tờ gì. Nếu về nhà không an toàn cho bạn, hãy nói ngay với nhân viên và luật sư. Bạn có thể được ở lại, hoặc nhận một hình thức bảo vệ khác.
support-voluntary-return-body--child-5-8 = Muốn về nhà? Nói với người lớn. Họ xem nhà có an toàn trước.
support-voluntary-return-body--child-9-12 = Em muốn về nhà không? Hãy nói với người giúp em. Người lớn phải kiểm tra trước là ở đó an toàn. Hãy nói nếu ai ở nhà đã làm hại em. Nên có người đi cùng em.
support-voluntary-return-body--teen-13-17 = Nếu em muốn về nhà, người lớn phải kiểm tra trước là ở đó an toàn cho em. Hãy nói nếu ai ở nhà đã làm hại em. Việc này không nên lâu hơn cần thiết. Em nên đi cùng một người lớn, và nên có người đón em.

support-child-protection-title = Bảo vệ trẻ em
support-child-protection-title--child-5-8 = Người lớn bảo vệ trẻ em
support-child-protection-body = Nhân viên bảo vệ trẻ em bảo đảm rằng trẻ được an toàn và được chăm sóc, và chỉ định người giám hộ khi cần.
support-child-protection-body--child-9-12 = Nhân viên bảo vệ trẻ em giữ cho em an toàn và được chăm sóc.
support-child-protection-body--teen-13-17 = Nhân viên bảo vệ trẻ em bảo đảm em được an toàn và được chăm sóc. Nếu cần, họ sẽ tìm người giám hộ cho em.
