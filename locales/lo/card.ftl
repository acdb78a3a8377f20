### The one-page help card.

sheet-card-title = ບັດຂໍຄວາມຊ່ວຍເຫຼືອ
sheet-card-title--child-5-8 = ໃຜຊ່ວຍຂ້ອຍໄດ້ແດ່
sheet-card-subtitle = ເກັບບັດນີ້ໄວ້ ຖ້າຕ້ອງການຄວາມຊ່ວຍເຫຼືອ ໃຫ້ໂທໄດ້ເລີຍ
sheet-card-subtitle--child-5-8 = ເກັບບັດນີ້ໄວ້ເດີ ມັນເປັນຂອງເຈົ້າ
sheet-card-subtitle--child = ເກັບບັດນີ້ໄວ້ ຖ້າເຈົ້າຕ້ອງການຄວາມຊ່ວຍເຫຼືອ ໃຫ້ໂທໄດ້ເລີຍ
section-card-call-heading = ໂທຂໍຄວາມຊ່ວຍເຫຼືອ ບໍ່ເສຍຄ່າ
section-card-call-heading--child-5-8 = ໂທຂໍຄວາມຊ່ວຍເຫຼືອ
card-call-intro = ເບີເຫຼົ່ານີ້ຮັບສາຍທຸກມື້ ເຈົ້າບໍ່ຈຳເປັນຕ້ອງບອກຊື່
card-call-intro--child-5-8 = ໃຫ້ຜູ້ໃຫຍ່ຊ່ວຍໂທນຳເຈົ້າ
card-call-intro--child-9-12 = ເຈົ້າໂທໄດ້ທຸກເວລາ ບໍ່ເສຍຄ່າ
section-card-rights-heading = ສິດຂອງເຈົ້າ
section-card-rights-heading--child-5-8 = ຈື່ໄວ້ເດີ
section-card-remember-heading = ຈື່ໄວ້
section-card-remember-heading--child-5-8 = ເຈົ້າບໍ່ໄດ້ເຮັດຫຍັງຜິດ
