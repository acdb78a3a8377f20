# Machine draft (unreviewed, as every message of this locale): the discreet edition's wording.
# See locales/en/discreet.ftl for what each message is for.

discreet-title = เบอร์โทรศัพท์ที่มีประโยชน์
discreet-note = พลิกไปหน้าถัดไปเพื่ออ่านต่อ
discreet-contact = สายช่วยเหลือ

# Not shown: words a discreet title, file name or first page must not contain, one per line.
discreet-words =
    ค้ามนุษย์
    แสวงประโยชน์
    แสวงหาประโยชน์
    ล่วงละเมิด
    ทารุณ
    ผู้เสียหาย
    เหยื่อ
