### The one-page help card.

sheet-card-title = บัตรขอความช่วยเหลือ
sheet-card-title--child-5-8 = ใครช่วยหนูได้บ้าง
sheet-card-subtitle = เก็บบัตรนี้ไว้ ถ้าต้องการความช่วยเหลือ โทรได้เลย
sheet-card-subtitle--child-5-8 = เก็บบัตรนี้ไว้นะ บัตรนี้เป็นของหนู
sheet-card-subtitle--child = เก็บบัตรนี้ไว้ ถ้าเธอต้องการความช่วยเหลือ โทรได้เลย
section-card-call-heading = โทรขอความช่วยเหลือ ไม่มีค่าใช้จ่าย
section-card-call-heading--child-5-8 = โทรขอความช่วยเหลือ
card-call-intro = เบอร์เหล่านี้รับสายทุกวัน คุณไม่ต้องบอกชื่อก็ได้
card-call-intro--child-5-8 = ให้ผู้ใหญ่ช่วยโทรไปพร้อมกับหนูนะ
card-call-intro--child-9-12 = เธอโทรได้ทุกเมื่อ ไม่เสียเงิน
section-card-rights-heading = สิทธิของคุณ
section-card-rights-heading--child-5-8 = จำไว้นะ
section-card-remember-heading = โปรดจำไว้
section-card-remember-heading--child-5-8 = หนูไม่ได้ทำอะไรผิด
