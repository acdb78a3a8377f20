### The one-page help card.

sheet-card-title = កាតជំនួយ
sheet-card-title--child-5-8 = អ្នកណាអាចជួយខ្ញុំបាន
sheet-card-subtitle = សូមរក្សាកាតនេះទុក។ ប្រសិនបើអ្នកត្រូវការជំនួយ សូមទូរស័ព្ទ។
sheet-card-subtitle--child-5-8 = ទុកកាតនេះឱ្យល្អ។ វាជារបស់អ្នក។
sheet-card-subtitle--child = រក្សាកាតនេះទុក។ បើអ្នកត្រូវការជំនួយ សូមទូរស័ព្ទ។
section-card-call-heading = ទូរស័ព្ទសុំជំនួយ ដោយឥតគិតថ្លៃ
section-card-call-heading--child-5-8 = ទូរស័ព្ទសុំជំនួយ
card-call-intro = សូមមើលម៉ោងនៅជាប់លេខនីមួយៗ។ អ្នកមិនចាំបាច់ប្រាប់ឈ្មោះទេ។
card-call-intro--child-5-8 = សុំអ្នកដែលអ្នកទុកចិត្តជួយទូរស័ព្ទ។
card-call-intro--child-9-12 = ឥតគិតថ្លៃ។ មើលម៉ោងនៅជាប់លេខនីមួយៗ។
section-card-rights-heading = សិទ្ធិរបស់អ្នក
section-card-rights-heading--child-5-8 = ចូរចងចាំ
section-card-remember-heading = សូមចងចាំ
card-helpers = គ្មាននរណាដែលជួយអ្នកមានសិទ្ធិធ្វើបាប ប៉ះពាល់អ្នកផ្លូវភេទ ឬសុំអ្វីតបស្នងទេ។ បើគេធ្វើ សូមទូរស័ព្ទលេខនៅលើកាតនេះ។
card-helpers--child-5-8 = មាននរណាធ្វើបាបអ្នក? ប្រាប់មនុស្សធំម្នាក់ទៀត។ ឬទូរស័ព្ទលេខលើកាតនេះ។
card-helpers--child-9-12 = អ្នកជួយមិនអាចធ្វើបាបអ្នក ឬសុំអ្វីតបស្នងទេ។ បើរឿងនេះកើតឡើង ទូរស័ព្ទលេខលើកាតនេះ។
# The pocket card's back: one short line (the sheets carry the whole paragraph).
card-remember = អ្វីដែលបានកើតឡើងចំពោះអ្នក មិនមែនជាកំហុសរបស់អ្នកទេ។
