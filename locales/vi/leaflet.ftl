### Leaflet messages (machine-drafted, needs review by a native speaker).

## Call band

call-heading = Gọi để được giúp đỡ
call-heading--child-5-8 = Em có thể gọi
call-free = Gọi miễn phí
call-anonymous = Bạn không cần nói tên
call-anonymous--child = Em không cần nói tên

## Page footer

footer-note = { "" }
footer-note--child-5-8 = Người lớn sẽ đọc tờ này cùng em.
footer-call = Trợ giúp

## Short marks, on every page

mark-draft-short = Bản dịch nháp, chưa được kiểm duyệt
mark-sample-short = Liên hệ mẫu, không phải dịch vụ thật

## Pictogram descriptions (alt text) for the pictograms added for one meaning each

picto-smile = Khuôn mặt mỉm cười
picto-choice = Con đường tách làm hai ngả
picto-info = Chữ i trong vòng tròn
picto-coins = Một chồng tiền xu
picto-user-question = Một người với dấu chấm hỏi
picto-mood-heart = Khuôn mặt mỉm cười với trái tim
