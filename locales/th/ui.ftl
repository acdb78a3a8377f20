### Interface words, notices, pictogram descriptions, legal instruments, tiers and regions.

ui-phone = โทรศัพท์
ui-hotline = สายด่วน
ui-hours = เวลาทำการ
ui-languages = ภาษาที่พูดได้
ui-address = ที่อยู่
ui-email = อีเมล
ui-website = เว็บไซต์
ui-services = บริการ
ui-legal-basis = กฎหมายที่รับรองสิทธินี้
ui-last-verified = ตรวจสอบล่าสุดเมื่อ
ui-provided-by = ให้บริการโดย
ui-where = สถานที่
ui-sample-contact = ตัวอย่าง — ไม่ใช่หน่วยงานจริง
ui-sample-notice = ข้อมูลติดต่อตัวอย่าง: หน่วยงานในเอกสารนี้เป็นเพียงตัวอย่าง หมายเลขโทรศัพท์ก็เป็นเพียงตัวอย่าง ไม่ใช่หน่วยงานจริง อย่าโทรไปที่หมายเลขเหล่านี้
ui-draft-notice = ฉบับแปลร่าง — ยังไม่ได้รับการตรวจทาน
ui-contacts-count = { $count ->
   *[other] มีหน่วยงาน { $count } แห่งที่พร้อมช่วยเหลือ
}
ui-made-with = จัดทำด้วย
ui-page-label = หน้า

hours-every-day = ทุกวัน ตลอด 24 ชั่วโมง
hours-always = ทุกวัน ตลอด 24 ชั่วโมง
hours-mon-fri = วันจันทร์ถึงวันศุกร์ เวลา { $from }–{ $to } น.
hours-mon-sat = วันจันทร์ถึงวันเสาร์ เวลา { $from }–{ $to } น.

condition-free = ไม่มีค่าใช้จ่าย
condition-voluntary = ตามความสมัครใจ
condition-confidential = เก็บเป็นความลับ
condition-unconditional = ไม่จำเป็นต้องคุยกับตำรวจ

ui-complaints = ร้องเรียนเรื่องผู้ช่วยเหลือ
ui-for-whom = สำหรับ

## Who a service is for (printed when it does not take everyone)

target-adult = ผู้ใหญ่ (อายุ 18 ปีขึ้นไป)
target-child = เด็กอายุต่ำกว่า 18 ปี
target-female = ผู้หญิงและเด็กผู้หญิง
target-male = ผู้ชายและเด็กผู้ชาย
target-non-binary = ผู้ที่ไม่ระบุเพศเป็นหญิงหรือชาย
target-labour = ผู้ถูกบังคับใช้แรงงาน
target-sexual = ผู้ถูกแสวงประโยชน์ทางเพศ
target-domestic-servitude = ผู้ถูกบังคับทำงานในบ้าน
target-forced-marriage = ผู้ถูกบังคับแต่งงาน
target-forced-criminality = ผู้ถูกบังคับให้ก่ออาชญากรรม
target-begging = ผู้ถูกบังคับให้ขอทาน

## Pictogram descriptions (alt text)

picto-shield = โล่
picto-lock = แม่กุญแจ
picto-scale = ตราชูแห่งความยุติธรรม
picto-message = กรอบคำพูด
picto-cash = ธนบัตร
picto-clock = นาฬิกา
picto-heart-handshake = หัวใจที่มีสองมือประคองไว้
picto-user-shield = คนที่ถือโล่
picto-friends = ผู้ใหญ่และเด็กอยู่ด้วยกัน
picto-ear = หูที่กำลังฟัง
picto-hand-stop = มือที่ยกขึ้น หมายถึงให้หยุด
picto-home = บ้าน
picto-stethoscope = หูฟังของแพทย์
picto-heart = หัวใจ
picto-language = ตัวอักษรสองระบบวางคู่กัน
picto-id = บัตรประจำตัว
picto-plane = เครื่องบินกำลังลงจอด
picto-phone = โทรศัพท์
picto-writing = มือที่กำลังเขียน
picto-alert = ป้ายสามเหลี่ยมเตือนภัย

## Legal instruments, as cited under each right

instrument-un-protocol = พิธีสารสหประชาชาติเพื่อป้องกัน ปราบปราม และลงโทษการค้ามนุษย์ (ค.ศ. 2000) ข้อ
instrument-actip = อนุสัญญาอาเซียนว่าด้วยการต่อต้านการค้ามนุษย์ โดยเฉพาะสตรีและเด็ก (ACTIP, ค.ศ. 2015) ข้อ
instrument-ohchr-guidelines = หลักการและแนวปฏิบัติที่เสนอแนะว่าด้วยสิทธิมนุษยชนและการค้ามนุษย์ ของสำนักงานข้าหลวงใหญ่สิทธิมนุษยชนแห่งสหประชาชาติ (UN OHCHR, ค.ศ. 2002) แนวปฏิบัติที่
instrument-unicef-guidelines = แนวปฏิบัติของยูนิเซฟว่าด้วยการคุ้มครองเด็กที่ตกเป็นผู้เสียหายจากการค้ามนุษย์ (UNICEF, ค.ศ. 2006) แนวปฏิบัติที่
instrument-uncrc = อนุสัญญาสหประชาชาติว่าด้วยสิทธิเด็ก (ค.ศ. 1989) ข้อ
instrument-coe-convention = อนุสัญญาของสภายุโรปว่าด้วยการต่อต้านการค้ามนุษย์ (ค.ศ. 2005) ข้อ
instrument-eu-directive = คำสั่งสหภาพยุโรปที่ 2011/36/EU ข้อ
instrument-acwc-guidelines = แนวปฏิบัติและกระบวนการระดับภูมิภาคของ ACWC สำหรับผู้เสียหายจากการค้ามนุษย์ ค.ศ.

## Age tiers, as the catalogue names them

tier-child-5-8 = เด็กอายุ 5 ถึง 8 ปี
tier-child-9-12 = เด็กอายุ 9 ถึง 12 ปี
tier-teen-13-17 = เยาวชนอายุ 13 ถึง 17 ปี
tier-adult = ผู้ใหญ่

## Regions

region-sample-destination = ประเทศปลายทางตัวอย่าง (ข้อมูลติดต่อตัวอย่าง)

## Catalogue page

catalogue-title = เอกสารข้อมูล: สิทธิของคุณและความช่วยเหลือที่คุณขอรับได้
catalogue-intro = รวมเอกสารทุกฉบับ ทุกภาษา สำหรับทุกช่วงวัย เลือกภาษาและช่วงอายุของคนที่คุณกำลังช่วยเหลือ หากไม่ทราบอายุและเขาอาจอายุต่ำกว่า 18 ปี ให้เลือกเอกสารสำหรับเด็ก เอกสารแต่ละฉบับมีทั้งไฟล์ PDF สำหรับพิมพ์ และหน้าเว็บสำหรับแชร์
catalogue-draft = ฉบับแปลร่าง — ยังไม่ได้รับการตรวจทานโดยเจ้าของภาษา
catalogue-pdf = ไฟล์ PDF สำหรับพิมพ์
catalogue-html = หน้าเว็บ
region-sample-origin = ประเทศต้นทางตัวอย่าง (ข้อมูลติดต่อตัวอย่าง)
region-sample-border = พื้นที่ชายแดนตัวอย่าง (ข้อมูลติดต่อตัวอย่าง)
