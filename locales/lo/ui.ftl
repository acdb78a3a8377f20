### Interface words, notices, pictogram descriptions, legal instruments, tiers and regions.

ui-phone = ໂທລະສັບ
ui-hotline = ສາຍດ່ວນ
ui-hours = ເວລາເປີດ
ui-languages = ພາສາທີ່ເວົ້າໄດ້
ui-address = ທີ່ຢູ່
ui-email = ອີເມວ
ui-website = ເວັບໄຊ
ui-services = ບໍລິການ
ui-legal-basis = ສິດນີ້ຂຽນໄວ້ຢູ່ໃສ
ui-last-verified = ກວດສອບເມື່ອ
ui-provided-by = ໃຫ້ບໍລິການໂດຍ
ui-where = ສະຖານທີ່
ui-sample-contact = ຕົວຢ່າງ — ບໍ່ແມ່ນບໍລິການແທ້
ui-sample-notice = ຂໍ້ມູນຕິດຕໍ່ຕົວຢ່າງ: ບໍລິການໃນແຜ່ນຂໍ້ມູນນີ້ເປັນພຽງຕົວຢ່າງ ເບີໂທລະສັບກໍເປັນພຽງຕົວຢ່າງ ບໍ່ແມ່ນບໍລິການແທ້ ຢ່າໂທຫາເບີເຫຼົ່ານີ້
ui-draft-notice = ສະບັບແປຮ່າງ — ຍັງບໍ່ທັນໄດ້ກວດທານ
ui-contacts-count = { $count ->
   *[other] ມີ { $count } ບໍລິການທີ່ສາມາດຊ່ວຍເຈົ້າໄດ້
}
ui-made-with = ສ້າງດ້ວຍ
ui-page-label = ໜ້າ

hours-every-day = ທຸກມື້, 24 ຊົ່ວໂມງ
hours-always = ທຸກມື້, 24 ຊົ່ວໂມງ
hours-mon-fri = ວັນຈັນ ເຖິງ ວັນສຸກ, { $from }–{ $to }
hours-mon-sat = ວັນຈັນ ເຖິງ ວັນເສົາ, { $from }–{ $to }

condition-free = ບໍ່ເສຍຄ່າ
condition-voluntary = ດ້ວຍຄວາມສະໝັກໃຈ
condition-confidential = ຮັກສາຄວາມລັບ
condition-unconditional = ບໍ່ຈຳເປັນຕ້ອງລົມກັບຕຳຫຼວດ

ui-complaints = ຮ້ອງຮຽນເລື່ອງຜູ້ຊ່ວຍເຫຼືອ
ui-for-whom = ສຳລັບ

## Who a service is for (printed when it does not take everyone)

target-adult = ຜູ້ໃຫຍ່ (ອາຍຸ 18 ປີຂຶ້ນໄປ)
target-child = ເດັກອາຍຸຕ່ຳກວ່າ 18 ປີ
target-female = ແມ່ຍິງ ແລະ ເດັກຍິງ
target-male = ຜູ້ຊາຍ ແລະ ເດັກຊາຍ
target-non-binary = ຄົນທີ່ບໍ່ລະບຸເພດຍິງ ຫຼື ຊາຍ
target-labour = ຄົນທີ່ຖືກບັງຄັບໃຊ້ແຮງງານ
target-sexual = ຄົນທີ່ຖືກຂູດຮີດທາງເພດ
target-domestic-servitude = ຄົນທີ່ຖືກບັງຄັບເຮັດວຽກໃນເຮືອນ
target-forced-marriage = ຄົນທີ່ຖືກບັງຄັບແຕ່ງງານ
target-forced-criminality = ຄົນທີ່ຖືກບັງຄັບໃຫ້ກໍ່ອາຊະຍາກຳ
target-begging = ຄົນທີ່ຖືກບັງຄັບໃຫ້ຂໍທານ

## Pictogram descriptions (alt text)

picto-shield = ໂລ່
picto-lock = ແມ່ກະແຈ
picto-scale = ຕາຊັ່ງແຫ່ງຄວາມຍຸຕິທຳ
picto-message = ຟອງຄຳເວົ້າ
picto-cash = ເງິນເຈ້ຍ
picto-clock = ໂມງ
picto-heart-handshake = ຫົວໃຈທີ່ຖືໄວ້ດ້ວຍສອງມື
picto-user-shield = ຄົນທີ່ມີໂລ່
picto-friends = ຜູ້ໃຫຍ່ ແລະ ເດັກຢູ່ນຳກັນ
picto-ear = ຫູທີ່ກຳລັງຮັບຟັງ
picto-hand-stop = ມືທີ່ຍົກຂຶ້ນ ໝາຍຄວາມວ່າຢຸດ
picto-home = ເຮືອນ
picto-stethoscope = ເຄື່ອງຟັງຂອງທ່ານໝໍ
picto-heart = ຫົວໃຈ
picto-language = ຕົວໜັງສືສອງແບບຢູ່ຄຽງຂ້າງກັນ
picto-id = ບັດປະຈຳຕົວ
picto-plane = ເຮືອບິນກຳລັງລົງຈອດ
picto-phone = ໂທລະສັບ
picto-writing = ມືທີ່ກຳລັງຂຽນ
picto-alert = ປ້າຍເຕືອນໄພຮູບສາມຫຼ່ຽມ

## Legal instruments, as cited under each right

instrument-un-protocol = ພິທີສານຂອງສະຫະປະຊາຊາດວ່າດ້ວຍການຕ້ານການຄ້າມະນຸດ (ປີ 2000), ມາດຕາ
instrument-actip = ສົນທິສັນຍາອາຊຽນວ່າດ້ວຍການຕ້ານການຄ້າມະນຸດ ໂດຍສະເພາະແມ່ຍິງ ແລະ ເດັກນ້ອຍ (ACTIP, ປີ 2015), ມາດຕາ
instrument-ohchr-guidelines = ຫຼັກການ ແລະ ແນວທາງທີ່ແນະນຳກ່ຽວກັບສິດທິມະນຸດ ແລະ ການຄ້າມະນຸດ ຂອງຫ້ອງການຂ້າຫຼວງໃຫຍ່ສິດທິມະນຸດແຫ່ງສະຫະປະຊາຊາດ (UN OHCHR, ປີ 2002), ແນວທາງທີ
instrument-unicef-guidelines = ແນວທາງຂອງ UNICEF ວ່າດ້ວຍການປົກປ້ອງເດັກທີ່ຖືກເຄາະຮ້າຍຈາກການຄ້າມະນຸດ (ປີ 2006), ແນວທາງທີ
instrument-uncrc = ສົນທິສັນຍາສະຫະປະຊາຊາດວ່າດ້ວຍສິດທິເດັກ (ປີ 1989), ມາດຕາ
instrument-coe-convention = ສົນທິສັນຍາຂອງສະພາເອີຣົບວ່າດ້ວຍການຕ້ານການຄ້າມະນຸດ (ປີ 2005), ມາດຕາ
instrument-eu-directive = ຄຳສັ່ງຂອງສະຫະພາບເອີຣົບ ເລກທີ 2011/36/EU, ມາດຕາ
instrument-acwc-guidelines = ແນວທາງ ແລະ ຂັ້ນຕອນລະດັບພາກພື້ນຂອງ ACWC ສຳລັບຜູ້ຖືກເຄາະຮ້າຍຈາກການຄ້າມະນຸດ, ປີ

## Age tiers, as the catalogue names them

tier-child-5-8 = ເດັກອາຍຸ 5 ເຖິງ 8 ປີ
tier-child-9-12 = ເດັກອາຍຸ 9 ເຖິງ 12 ປີ
tier-teen-13-17 = ໄວໜຸ່ມອາຍຸ 13 ເຖິງ 17 ປີ
tier-adult = ຜູ້ໃຫຍ່

## Regions

region-sample-destination = ປະເທດປາຍທາງຕົວຢ່າງ (ຂໍ້ມູນຕິດຕໍ່ຕົວຢ່າງ)

## Catalogue page

catalogue-title = ແຜ່ນຂໍ້ມູນ: ສິດຂອງເຈົ້າ ແລະ ການຊ່ວຍເຫຼືອທີ່ເຈົ້າສາມາດໄດ້ຮັບ
catalogue-intro = ແຜ່ນຂໍ້ມູນທັງໝົດ ໃນທຸກພາສາ ແລະ ສຳລັບທຸກໄວ ໃຫ້ເລືອກພາສາ ແລະ ອາຍຸຂອງຜູ້ທີ່ທ່ານກຳລັງຊ່ວຍເຫຼືອ ຖ້າບໍ່ຮູ້ອາຍຸຂອງເຂົາເຈົ້າ ແລະ ເຂົາເຈົ້າອາດຈະມີອາຍຸຕ່ຳກວ່າ 18 ປີ ໃຫ້ເລືອກແຜ່ນຂໍ້ມູນສຳລັບເດັກ ແຕ່ລະແຜ່ນມີທັງໄຟລ໌ PDF ສຳລັບພິມ ແລະ ໜ້າເວັບສຳລັບແບ່ງປັນ
catalogue-draft = ສະບັບແປຮ່າງ — ຍັງບໍ່ທັນໄດ້ຮັບການກວດທານຈາກເຈົ້າຂອງພາສາ
catalogue-pdf = PDF ສຳລັບພິມ
catalogue-html = ໜ້າເວັບ
region-sample-origin = ປະເທດຕົ້ນທາງຕົວຢ່າງ (ຂໍ້ມູນຕິດຕໍ່ຕົວຢ່າງ)
region-sample-border = ເຂດຊາຍແດນຕົວຢ່າງ (ຂໍ້ມູນຕິດຕໍ່ຕົວຢ່າງ)
