### The catalogue: the age choice for a person whose age is not known, and the page-1 thumbnails.
### Machine-drafted; needs review by a native speaker.

catalogue-age-unknown = ບໍ່ແນ່ໃຈເລື່ອງອາຍຸ: ອາດເປັນເດັກ
catalogue-age-unknown-note = ຈົນກວ່າຈະຮູ້ອາຍຸ ຄົນທີ່ອາດເປັນເດັກຕ້ອງໄດ້ຮັບການດູແລແບບເດັກ: ນີ້ແມ່ນເອກະສານສຳລັບໄວໜຸ່ມອາຍຸ 13 ຫາ 17 ປີ.
catalogue-thumbnail = ໜ້າ 1 ຂອງເອກະສານທີ່ພິມ
