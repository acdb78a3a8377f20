### Kinds of protection and support.

support-shelter-housing-title = ที่พักที่ปลอดภัย
support-shelter-housing-body = ที่พักที่ปลอดภัยหรือบ้านพักคุ้มครอง ได้นานเท่าที่คุณต้องการ คุณถามเรื่องกฎระเบียบก่อนตัดสินใจได้ เช่น ออกไปข้างนอกได้หรือไม่ และติดต่อครอบครัวได้หรือไม่
support-shelter-housing-body--child-5-8 = ที่ปลอดภัยให้หนูนอนและกินข้าว
support-shelter-housing-body--child-9-12 = ที่ปลอดภัยให้เธออยู่ นอน และกินข้าว มีผู้ใหญ่คอยดูแล
support-shelter-housing-body--teen-13-17 = ที่อยู่ที่ปลอดภัย ถามเรื่องกฎต่างๆ ก่อนตัดสินใจได้ เช่น ออกไปข้างนอกหรือโทรหาครอบครัวได้ไหม

support-counselling-information-title = คำแนะนำและข้อมูล
support-counselling-information-title--child-5-8 = คนที่หนูคุยด้วยได้
support-counselling-information-body = มีคนช่วยอธิบายสิทธิและทางเลือกของคุณ ตอบคำถาม และช่วยคุณวางแผนขั้นต่อไป
support-counselling-information-body--child-5-8 = คนที่ฟังหนูและตอบคำถามของหนู
support-counselling-information-body--child-9-12 = คนที่อธิบายเรื่องต่างๆ และตอบคำถามของเธอ
support-counselling-information-body--teen-13-17 = คนที่อธิบายสิทธิและทางเลือกของเธอ และช่วยเธอวางแผนขั้นต่อไป

support-medical-care-title = การรักษาพยาบาล
support-medical-care-body = การรักษาพยาบาลฟรีจากแพทย์หรือพยาบาล รวมถึงการรักษาฉุกเฉิน การตรวจสุขภาพ และการดูแลสุขภาพทางเพศและอนามัยการเจริญพันธุ์ คุณขอแพทย์เพศที่คุณสบายใจได้
support-medical-care-body--child-5-8 = คุณหมอหรือพยาบาล เวลาหนูป่วยหรือเจ็บ
support-medical-care-body--child-9-12 = คุณหมอหรือพยาบาลที่ตรวจดูว่าเธอแข็งแรงดี และช่วยเมื่อเธอป่วยหรือบาดเจ็บ
support-medical-care-body--teen-13-17 = การดูแลฟรีจากหมอหรือพยาบาล รวมถึงการตรวจสุขภาพและสุขภาพทางเพศ เธอขอหมอผู้ชายหรือผู้หญิงก็ได้

support-psychological-support-title = การดูแลด้านจิตใจ
support-psychological-support-body = การให้คำปรึกษากับผู้ที่ผ่านการฝึกอบรม เพื่อช่วยเรื่องความกลัว ความเศร้า ความเครียด หรือปัญหาการนอน ทุกอย่างเป็นความลับ
support-psychological-support-body--child-9-12 = คนที่ได้รับการฝึกมาให้ช่วยเมื่อเธอรู้สึกเศร้า กลัว หรือกังวล
support-psychological-support-body--teen-13-17 = ผู้ให้คำปรึกษาที่ผ่านการฝึกอบรม ให้เธอคุยเรื่องความกลัว ความเศร้า ความเครียด หรือฝันร้าย เรื่องที่คุยเป็นความลับ

support-material-financial-assistance-title = อาหาร เสื้อผ้า และเงิน
support-material-financial-assistance-body = อาหาร เสื้อผ้า ของใช้ส่วนตัว และในบางกรณีอาจมีเงินสำหรับค่าใช้จ่ายที่จำเป็น
support-material-financial-assistance-body--child-9-12 = อาหาร เสื้อผ้า และของที่เธอต้องใช้ทุกวัน
support-material-financial-assistance-body--teen-13-17 = อาหาร เสื้อผ้า ของใช้สำหรับอาบน้ำ และบางครั้งก็มีเงินสำหรับสิ่งที่เธอจำเป็นต้องใช้

support-legal-support-title = ความช่วยเหลือทางกฎหมาย
support-legal-support-body = ทนายความหรือที่ปรึกษากฎหมายที่ไม่คิดค่าใช้จ่าย คอยอธิบายสถานะทางกฎหมาย ทางเลือก และคดีความต่างๆ ของคุณ และช่วยคุณเรียกร้องค่าชดเชย
support-legal-support-body--child-9-12 = ทนายความที่อธิบายเรื่องกฎหมายให้เธอฟัง โดยไม่เสียเงิน
support-legal-support-body--teen-13-17 = ทนายความที่ไม่คิดเงิน คอยอธิบายสถานะทางกฎหมายของเธอ คดีความต่างๆ และวิธีเรียกร้องค่าชดเชย

support-interpretation-title = ล่าม
support-interpretation-title--child-5-8 = คนที่พูดภาษาเดียวกับหนู
support-interpretation-body = ล่ามที่ช่วยให้คุณเข้าใจผู้อื่น และให้ผู้อื่นเข้าใจคุณ หากไม่สบายใจ คุณขอเปลี่ยนล่ามได้
support-interpretation-body--child-5-8 = คนที่พูดภาษาของหนูได้
support-interpretation-body--child-9-12 = คนที่พูดภาษาของเธอได้ และช่วยให้เธอเข้าใจ
support-interpretation-body--teen-13-17 = ล่ามที่พูดภาษาของเธอ ถ้าไม่สบายใจ เธอขอเปลี่ยนล่ามได้

support-residence-work-title = การอนุญาตให้อยู่และทำงาน
support-residence-work-title--child = การได้รับอนุญาตให้อยู่ต่อ
support-residence-work-body = สำหรับคนต่างชาติ: ความช่วยเหลือในการยื่นขอช่วงเวลาพักฟื้นและไตร่ตรอง ใบอนุญาตให้อยู่ในประเทศ และใบอนุญาตทำงานหากกฎหมายเปิดให้ทำได้
support-residence-work-body--child-9-12 = ถ้าเธอมาจากประเทศอื่น: ความช่วยเหลือเรื่องเอกสาร เพื่อให้เธออยู่ที่นี่ได้
support-residence-work-body--teen-13-17 = ถ้าเธอมาจากประเทศอื่น: ความช่วยเหลือในการขอเอกสารเพื่ออยู่ต่อ และขออนุญาตทำงานเมื่อเธออายุถึงเกณฑ์

support-voluntary-return-title = กลับบ้านอย่างปลอดภัย
support-voluntary-return-body = หากคุณต้องการกลับบ้าน จะมีความช่วยเหลือให้คุณเดินทางกลับอย่างปลอดภัย และมีข้อมูลติดต่อหน่วยงานที่ช่วยเหลือคุณได้เมื่อไปถึง ไม่มีใครส่งคุณกลับโดยที่คุณไม่ยินยอมได้ ตราบใดที่ความปลอดภัยของคุณยังมีความเสี่ยง
support-voluntary-return-body--child-9-12 = ถ้าเธออยากกลับบ้าน ผู้ใหญ่จะช่วยให้เธอเดินทางกลับอย่างปลอดภัย
support-voluntary-return-body--teen-13-17 = ถ้าเธออยากกลับบ้าน จะมีคนช่วยให้เธอเดินทางอย่างปลอดภัย และมีคนให้ติดต่อเมื่อไปถึง

support-child-protection-title = การคุ้มครองเด็ก
support-child-protection-title--child-5-8 = ผู้ใหญ่ที่ปกป้องเด็ก
support-child-protection-body = เจ้าหน้าที่คุ้มครองเด็กดูแลให้เด็กปลอดภัยและได้รับการเลี้ยงดู และแต่งตั้งผู้ปกครองให้เมื่อจำเป็น
support-child-protection-body--child-9-12 = เจ้าหน้าที่คุ้มครองเด็กดูแลให้เธอปลอดภัยและได้รับการดูแลอย่างดี
support-child-protection-body--teen-13-17 = เจ้าหน้าที่คุ้มครองเด็กดูแลให้เธอปลอดภัยและได้รับการดูแลอย่างดี และหาผู้ปกครองให้ถ้าเธอจำเป็นต้องมี
