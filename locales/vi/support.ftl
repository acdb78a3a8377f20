### Kinds of protection and support.

support-shelter-housing-title = Nơi ở an toàn
support-shelter-housing-body = Nhà ở an toàn hoặc nhà tạm lánh, trong suốt thời gian bạn cần. Bạn có thể hỏi về các quy định trước khi quyết định, kể cả việc bạn có được ra ngoài và liên lạc với gia đình hay không.
support-shelter-housing-body--child-5-8 = Một nơi an toàn để ngủ và ăn.
support-shelter-housing-body--child-9-12 = Một nơi an toàn để ở, ngủ và ăn. Có người lớn chăm sóc em.
support-shelter-housing-body--teen-13-17 = Một nơi ở an toàn. Trước khi quyết định, hãy hỏi về các quy định. Ví dụ như có được ra ngoài hay gọi cho gia đình không.

support-counselling-information-title = Tư vấn và thông tin
support-counselling-information-title--child-5-8 = Người để em trò chuyện
support-counselling-information-body = Người giải thích cho bạn về các quyền và lựa chọn của bạn, trả lời câu hỏi của bạn và giúp bạn lên kế hoạch cho những bước tiếp theo.
support-counselling-information-body--child-5-8 = Người lắng nghe và trả lời em.
support-counselling-information-body--child-9-12 = Người giải thích mọi việc và trả lời câu hỏi của em.
support-counselling-information-body--teen-13-17 = Người giải thích về quyền và các lựa chọn của em. Họ giúp em lên kế hoạch cho bước tiếp theo.

support-medical-care-title = Chăm sóc sức khỏe
support-medical-care-body = Chăm sóc y tế miễn phí từ bác sĩ hoặc y tá, bao gồm điều trị khẩn cấp, khám sức khỏe và chăm sóc sức khỏe tình dục và sinh sản. Bạn có thể yêu cầu được khám bởi bác sĩ nam hoặc nữ theo ý bạn.
support-medical-care-body--child-5-8 = Bác sĩ, y tá khi em ốm đau.
support-medical-care-body--child-9-12 = Bác sĩ hoặc y tá khám sức khỏe cho em. Họ giúp em khi em ốm hay bị thương.
support-medical-care-body--teen-13-17 = Bác sĩ hoặc y tá chăm sóc miễn phí, gồm khám tổng quát và sức khỏe tình dục. Em có thể yêu cầu người khám là nam hay nữ.

support-psychological-support-title = Hỗ trợ tinh thần
support-psychological-support-body = Tư vấn với người được đào tạo, giúp bạn vượt qua nỗi sợ hãi, buồn bã, căng thẳng hay khó ngủ. Việc tư vấn được giữ bí mật.
support-psychological-support-body--child-9-12 = Người được đào tạo để giúp khi em buồn, sợ hay lo lắng.
support-psychological-support-body--teen-13-17 = Chuyên viên tư vấn để em tâm sự về nỗi sợ, nỗi buồn, căng thẳng hay ác mộng. Mọi điều đều được giữ kín.

support-material-financial-assistance-title = Thức ăn, quần áo và tiền
support-material-financial-assistance-body = Thức ăn, quần áo, đồ dùng vệ sinh cá nhân và, nếu có, tiền cho các nhu cầu thiết yếu.
support-material-financial-assistance-body--child-9-12 = Thức ăn, quần áo và những thứ em cần hằng ngày.
support-material-financial-assistance-body--teen-13-17 = Thức ăn, quần áo, đồ dùng tắm giặt, và đôi khi có tiền cho những thứ em cần.

support-legal-support-title = Hỗ trợ pháp lý
support-legal-support-body = Luật sư hoặc cố vấn pháp lý miễn phí, giải thích cho bạn về tình trạng pháp lý, các lựa chọn và mọi vụ kiện tại tòa, đồng thời giúp bạn yêu cầu bồi thường.
support-legal-support-body--child-9-12 = Một luật sư giải thích luật cho em, miễn phí.
support-legal-support-body--teen-13-17 = Một luật sư miễn phí giải thích tình trạng pháp lý của em và vụ kiện nếu có. Luật sư cũng chỉ em cách đòi bồi thường.

support-interpretation-title = Phiên dịch viên
support-interpretation-title--child-5-8 = Người nói tiếng của em
support-interpretation-body = Một phiên dịch viên, để bạn có thể hiểu và được người khác hiểu. Bạn có thể yêu cầu đổi phiên dịch viên khác nếu thấy không thoải mái.
support-interpretation-body--child-5-8 = Người nói được tiếng của em.
support-interpretation-body--child-9-12 = Người nói tiếng của em và giúp em hiểu mọi chuyện.
support-interpretation-body--teen-13-17 = Phiên dịch viên nói ngôn ngữ của em. Nếu không thấy thoải mái, em có thể xin đổi người khác.

support-residence-work-title = Được phép ở lại và làm việc
support-residence-work-title--child = Được phép ở lại
support-residence-work-body = Nếu bạn là người nước ngoài: hỗ trợ xin thời gian suy ngẫm, giấy phép cư trú và, nếu pháp luật cho phép, giấy phép lao động.
support-residence-work-body--child-9-12 = Nếu em đến từ nước khác: giúp em làm giấy tờ để ở lại.
support-residence-work-body--teen-13-17 = Nếu em đến từ nước khác: hỗ trợ xin giấy tờ để ở lại. Khi đủ tuổi, em được hỗ trợ xin phép đi làm.

support-voluntary-return-title = Về nhà an toàn
support-voluntary-return-body = Nếu bạn muốn về nước, bạn sẽ được giúp trở về an toàn và được cung cấp thông tin liên hệ để nhận hỗ trợ khi về đến nơi. Không ai được đưa bạn về trái với ý muốn của bạn khi sự an toàn của bạn còn bị đe dọa.
support-voluntary-return-body--child-9-12 = Nếu em muốn về nhà, người lớn sẽ giúp em về an toàn.
support-voluntary-return-body--teen-13-17 = Nếu em muốn về nhà, em sẽ được giúp đi về an toàn. Khi về đến nơi, em sẽ có người để liên hệ.

support-child-protection-title = Bảo vệ trẻ em
support-child-protection-title--child-5-8 = Người lớn bảo vệ trẻ em
support-child-protection-body = Nhân viên bảo vệ trẻ em bảo đảm rằng trẻ được an toàn và được chăm sóc, và chỉ định người giám hộ khi cần.
support-child-protection-body--child-9-12 = Nhân viên bảo vệ trẻ em giữ cho em an toàn và được chăm sóc.
support-child-protection-body--teen-13-17 = Nhân viên bảo vệ trẻ em bảo đảm em được an toàn và được chăm sóc. Nếu cần, họ sẽ tìm người giám hộ cho em.
