### The one-page help card.

sheet-card-title = ບັດຂໍຄວາມຊ່ວຍເຫຼືອ
sheet-card-title--child-5-8 = ໃຜຊ່ວຍຂ້ອຍໄດ້ແດ່
sheet-card-subtitle = ເກັບບັດນີ້ໄວ້ ຖ້າຕ້ອງການຄວາມຊ່ວຍເຫຼືອ ໃຫ້ໂທໄດ້ເລີຍ
sheet-card-subtitle--child-5-8 = ເກັບບັດນີ້ໄວ້ເດີ ມັນເປັນຂອງເຈົ້າ
sheet-card-subtitle--child = ເກັບບັດນີ້ໄວ້ ຖ້າເຈົ້າຕ້ອງການຄວາມຊ່ວຍເຫຼືອ ໃຫ້ໂທໄດ້ເລີຍ
section-card-call-heading = ໂທຂໍຄວາມຊ່ວຍເຫຼືອ ບໍ່ເສຍຄ່າ
section-card-call-heading--child-5-8 = ໂທຂໍຄວາມຊ່ວຍເຫຼືອ
card-call-intro = ເບິ່ງເວລາເປີດຂ້າງເບີແຕ່ລະເບີ ເຈົ້າບໍ່ຕ້ອງບອກຊື່
card-call-intro--child-5-8 = ຂໍໃຫ້ຄົນທີ່ເຈົ້າໄວ້ໃຈຊ່ວຍໂທ
card-call-intro--child-9-12 = ບໍ່ເສຍເງິນ ເບິ່ງເວລາຂ້າງເບີແຕ່ລະເບີ
section-card-rights-heading = ສິດຂອງເຈົ້າ
section-card-rights-heading--child-5-8 = ຈື່ໄວ້ເດີ
section-card-remember-heading = ຈື່ໄວ້
card-helpers = ບໍ່ມີຜູ້ຊ່ວຍເຫຼືອຄົນໃດມີສິດທຳຮ້າຍ ແຕະຕ້ອງທາງເພດ ຫຼື ຂໍສິ່ງຕອບແທນຈາກເຈົ້າ ຖ້າເກີດເລື່ອງນີ້ ໂທເບີໃນບັດນີ້
card-helpers--child-5-8 = ມີຄົນທຳຮ້າຍເຈົ້າບໍ? ບອກຜູ້ໃຫຍ່ອີກຄົນ ຫຼື ໂທເບີໃນບັດນີ້
card-helpers--child-9-12 = ຜູ້ຊ່ວຍທຳຮ້າຍເຈົ້າ ຫຼື ຂໍສິ່ງຕອບແທນບໍ່ໄດ້ ຖ້າເກີດເລື່ອງນີ້ ໂທເບີໃນບັດນີ້
# The pocket card's back: one short line (the sheets carry the whole paragraph).
card-remember = ສິ່ງທີ່ເກີດຂຶ້ນກັບເຈົ້າບໍ່ແມ່ນຄວາມຜິດຂອງເຈົ້າ
