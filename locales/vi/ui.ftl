### Interface words, notices, pictogram descriptions, legal instruments, tiers and regions.

ui-phone = Điện thoại
ui-hotline = Đường dây nóng
ui-hours = Giờ làm việc
ui-languages = Ngôn ngữ sử dụng
ui-address = Địa chỉ
ui-email = Thư điện tử
ui-website = Trang web
ui-services = Dịch vụ
ui-legal-basis = Văn bản ghi nhận quyền này
ui-last-verified = Kiểm tra ngày
ui-provided-by = Đơn vị cung cấp
ui-where = Ở đâu
ui-sample-contact = MẪU — không phải dịch vụ thật
ui-sample-notice = LIÊN HỆ MẪU: đây không phải dịch vụ thật. Dịch vụ trên tờ này chỉ là ví dụ. Các số điện thoại cũng chỉ là ví dụ. Đừng gọi các số này.
ui-draft-notice = Bản dịch nháp — chưa được kiểm duyệt.
ui-contacts-count = { $count ->
   *[other] Có { $count } dịch vụ có thể giúp bạn.
}
ui-made-with = Được tạo bằng
ui-page-label = Trang

hours-every-day = Tất cả các ngày, 24 giờ
hours-always = Tất cả các ngày, 24 giờ
hours-mon-fri = Thứ Hai đến Thứ Sáu, { $from }–{ $to }
hours-mon-sat = Thứ Hai đến Thứ Bảy, { $from }–{ $to }

condition-free = Miễn phí
condition-voluntary = Tự nguyện
condition-confidential = Bảo mật
condition-unconditional = Không cần nói chuyện với cảnh sát

ui-complaints = Khiếu nại về người giúp đỡ
ui-for-whom = Dành cho

## Who a service is for (printed when it does not take everyone)

target-adult = người lớn (từ 18 tuổi)
target-child = trẻ em dưới 18 tuổi
target-female = phụ nữ và trẻ em gái
target-male = nam giới và trẻ em trai
target-non-binary = người phi nhị nguyên giới
target-labour = người bị cưỡng bức lao động
target-sexual = người bị bóc lột tình dục
target-domestic-servitude = người bị ép làm việc trong nhà
target-forced-marriage = người bị ép kết hôn
target-forced-criminality = người bị ép phạm tội
target-begging = người bị ép ăn xin

## Pictogram descriptions (alt text)

picto-shield = Một tấm khiên
picto-lock = Một ổ khóa
picto-scale = Cán cân công lý
picto-message = Một khung lời thoại
picto-cash = Tiền giấy
picto-clock = Một chiếc đồng hồ
picto-heart-handshake = Một trái tim được hai bàn tay nâng đỡ
picto-user-shield = Một người với tấm khiên
picto-friends = Một người lớn và một trẻ em ở bên nhau
picto-ear = Một cái tai đang lắng nghe
picto-hand-stop = Một bàn tay giơ lên, nghĩa là dừng lại
picto-home = Một ngôi nhà
picto-stethoscope = Ống nghe của bác sĩ
picto-heart = Một trái tim
picto-language = Hai hệ chữ viết đặt cạnh nhau
picto-id = Một thẻ căn cước
picto-plane = Một chiếc máy bay đang hạ cánh
picto-phone = Một chiếc điện thoại
picto-writing = Một bàn tay đang viết
picto-alert = Một biển cảnh báo hình tam giác

## Legal instruments, as cited under each right

instrument-un-protocol = Nghị định thư của Liên Hợp Quốc về phòng, chống mua bán người (2000), Điều
instrument-actip = Công ước ASEAN về phòng, chống mua bán người (ACTIP, 2015), Điều
instrument-ohchr-guidelines = Các Nguyên tắc và Hướng dẫn khuyến nghị của UN OHCHR (2002), Hướng dẫn
instrument-unicef-guidelines = Hướng dẫn của UNICEF về bảo vệ trẻ em là nạn nhân của mua bán người (2006), Hướng dẫn
instrument-uncrc = Công ước của Liên Hợp Quốc về Quyền trẻ em (1989), Điều
instrument-coe-convention = Công ước của Hội đồng châu Âu về hành động phòng, chống mua bán người (2005), Điều
instrument-eu-directive = Chỉ thị 2011/36/EU của Liên minh châu Âu, Điều
instrument-acwc-guidelines = Hướng dẫn và Quy trình khu vực của ACWC dành cho nạn nhân bị mua bán,

## Age tiers, as the catalogue names them

tier-child-5-8 = Trẻ em từ 5 đến 8 tuổi
tier-child-9-12 = Trẻ em từ 9 đến 12 tuổi
tier-teen-13-17 = Thanh thiếu niên từ 13 đến 17 tuổi
tier-adult = Người trưởng thành

## Regions

region-sample-destination = Quốc gia đến mẫu (thông tin liên hệ mẫu)

## Catalogue page

catalogue-title = Tờ thông tin: quyền của bạn và những hỗ trợ bạn có thể nhận
catalogue-intro = Tất cả các tờ thông tin, bằng mọi ngôn ngữ và cho mọi lứa tuổi. Hãy chọn ngôn ngữ và độ tuổi của người bạn đang giúp; nếu không biết tuổi của họ và họ có thể chưa đủ 18 tuổi, hãy chọn tờ thông tin dành cho trẻ em. Mỗi tờ có một bản PDF để in và một trang web để chia sẻ.
catalogue-draft = Bản dịch nháp — chưa được người bản ngữ kiểm duyệt.
catalogue-pdf = Bản PDF để in
catalogue-html = Trang web
region-sample-origin = Quốc gia xuất phát mẫu (thông tin liên hệ mẫu)
region-sample-border = Khu vực biên giới mẫu (thông tin liên hệ mẫu)
