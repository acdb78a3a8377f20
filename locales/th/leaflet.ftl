### Leaflet messages (machine-drafted, needs review by a native speaker).

## Call band

call-heading = โทรขอความช่วยเหลือ
call-heading--child-5-8 = เธอโทรได้
call-free = โทรฟรี
call-anonymous = ไม่ต้องบอกชื่อ

## Page footer

footer-note = { "" }
footer-note--child-5-8 = ผู้ใหญ่อ่านแผ่นนี้ไปพร้อมกับหนู
footer-call = ขอความช่วยเหลือ

## Short marks, on every page

mark-draft-short = ฉบับแปลร่าง ยังไม่ได้ตรวจทาน
mark-sample-short = ข้อมูลติดต่อตัวอย่าง ไม่ใช่หน่วยงานจริง

## Pictogram descriptions (alt text) for the pictograms added for one meaning each

picto-smile = ใบหน้ายิ้ม
picto-choice = ทางที่แยกออกเป็นสองทาง
picto-info = ตัวอักษร i ในวงกลม
picto-coins = กองเหรียญ
picto-user-question = คนกับเครื่องหมายคำถาม
picto-mood-heart = ใบหน้ายิ้มกับหัวใจ
