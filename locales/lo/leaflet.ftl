### Leaflet messages (machine-drafted, needs review by a native speaker).

## Call band

call-heading = ໂທຂໍຄວາມຊ່ວຍເຫຼືອ
call-heading--child-5-8 = ເຈົ້າໂທໄດ້
call-free = ໂທຟຣີ
call-anonymous = ບໍ່ຕ້ອງບອກຊື່

## Page footer

footer-note = { "" }
footer-note--child-5-8 = ຜູ້ໃຫຍ່ອ່ານແຜ່ນນີ້ກັບເຈົ້າ
footer-call = ຄວາມຊ່ວຍເຫຼືອ

## Short marks, on every page

mark-draft-short = ສະບັບແປຮ່າງ ຍັງບໍ່ທັນໄດ້ກວດທານ
mark-sample-short = ຂໍ້ມູນຕິດຕໍ່ຕົວຢ່າງ ບໍ່ແມ່ນບໍລິການແທ້

## Pictogram descriptions (alt text) for the pictograms added for one meaning each

picto-smile = ໜ້າຍິ້ມ
picto-choice = ທາງທີ່ແຍກເປັນສອງທາງ
picto-info = ຕົວອັກສອນ i ໃນວົງມົນ
picto-coins = ກອງຫຼຽນ
picto-user-question = ຄົນກັບເຄື່ອງໝາຍຄຳຖາມ
picto-mood-heart = ໜ້າຍິ້ມກັບຫົວໃຈ
