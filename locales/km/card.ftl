### The one-page help card.

sheet-card-title = កាតជំនួយ
sheet-card-title--child-5-8 = អ្នកណាអាចជួយខ្ញុំបាន
sheet-card-subtitle = សូមរក្សាកាតនេះទុក។ ប្រសិនបើអ្នកត្រូវការជំនួយ សូមទូរស័ព្ទ។
sheet-card-subtitle--child-5-8 = ទុកកាតនេះឱ្យល្អ។ វាជារបស់អ្នក។
sheet-card-subtitle--child = រក្សាកាតនេះទុក។ បើអ្នកត្រូវការជំនួយ សូមទូរស័ព្ទ។
section-card-call-heading = ទូរស័ព្ទសុំជំនួយ ដោយឥតគិតថ្លៃ
section-card-call-heading--child-5-8 = ទូរស័ព្ទសុំជំនួយ
card-call-intro = លេខទាំងនេះទទួលទូរស័ព្ទរៀងរាល់ថ្ងៃ។ អ្នកមិនចាំបាច់ប្រាប់ឈ្មោះរបស់អ្នកទេ។
card-call-intro--child-5-8 = សុំឱ្យមនុស្សធំទូរស័ព្ទជាមួយអ្នក។
card-call-intro--child-9-12 = អ្នកអាចទូរស័ព្ទបានគ្រប់ពេល។ វាឥតគិតថ្លៃ។
section-card-rights-heading = សិទ្ធិរបស់អ្នក
section-card-rights-heading--child-5-8 = ចូរចងចាំ
section-card-remember-heading = សូមចងចាំ
section-card-remember-heading--child-5-8 = អ្នកមិនបានធ្វើអ្វីខុសទេ
