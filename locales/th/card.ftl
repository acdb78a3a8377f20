### The one-page help card.

sheet-card-title = บัตรขอความช่วยเหลือ
sheet-card-title--child-5-8 = ใครช่วยหนูได้บ้าง
sheet-card-subtitle = เก็บบัตรนี้ไว้ ถ้าต้องการความช่วยเหลือ โทรได้เลย
sheet-card-subtitle--child-5-8 = เก็บบัตรนี้ไว้นะ บัตรนี้เป็นของหนู
sheet-card-subtitle--child = เก็บบัตรนี้ไว้ ถ้าเธอต้องการความช่วยเหลือ โทรได้เลย
section-card-call-heading = โทรขอความช่วยเหลือ ไม่มีค่าใช้จ่าย
section-card-call-heading--child-5-8 = โทรขอความช่วยเหลือ
section-card-call-heading--child = โทรขอความช่วยเหลือ ไม่เสียเงิน
card-call-intro = ดูเวลาทำการข้างเบอร์แต่ละเบอร์ คุณไม่ต้องบอกชื่อ
card-call-intro--child-5-8 = ขอให้คนที่หนูไว้ใจช่วยโทร
card-call-intro--child-9-12 = ไม่เสียเงิน ดูเวลาข้างเบอร์แต่ละเบอร์
section-card-rights-heading = สิทธิของคุณ
section-card-rights-heading--child-5-8 = จำไว้นะ
section-card-rights-heading--child = สิทธิของเธอ
section-card-remember-heading = โปรดจำไว้
section-card-remember-heading--child = จำไว้นะ
card-helpers = ไม่มีผู้ช่วยเหลือคนใดมีสิทธิทำร้าย แตะต้องทางเพศ หรือขอสิ่งตอบแทนจากคุณ ถ้าเกิดเรื่องนี้ โทรเบอร์ในบัตรนี้
card-helpers--child-5-8 = ถ้ามีคนทำร้ายหนู บอกผู้ใหญ่อีกคน หรือโทรเบอร์ในบัตรนี้
card-helpers--child-9-12 = ผู้ช่วยทำร้ายเธอหรือขอสิ่งตอบแทนไม่ได้ ถ้าเกิดเรื่องนี้ โทรเบอร์ในบัตรนี้
# The pocket card's back: one short line (the sheets carry the whole paragraph).
card-remember = สิ่งที่เกิดขึ้นกับคุณไม่ใช่ความผิดของคุณ
