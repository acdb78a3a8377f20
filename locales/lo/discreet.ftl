# Machine draft (unreviewed, as every message of this locale): the discreet edition's wording.
# See locales/en/discreet.ftl for what each message is for.

discreet-title = ເບີໂທລະສັບທີ່ເປັນປະໂຫຍດ
discreet-note = ພິກໄປໜ້າຕໍ່ໄປເພື່ອອ່ານຕື່ມ
discreet-contact = ສາຍຊ່ວຍເຫຼືອ

# Not shown: words a discreet title, file name or first page must not contain, one per line.
discreet-words =
    ຄ້າມະນຸດ
    ຂູດຮີດ
    ສວຍໃຊ້
    ລ່ວງລະເມີດ
    ທາລຸນ
    ຜູ້ຖືກເຄາະຮ້າຍ
    ຜູ້ເຄາະຮ້າຍ
