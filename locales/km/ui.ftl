### Interface words, notices, pictogram descriptions, legal instruments, tiers and regions.

ui-phone = ទូរស័ព្ទ
ui-hotline = ខ្សែទូរស័ព្ទជំនួយ
ui-hours = ម៉ោងបើក
ui-languages = ភាសាដែលនិយាយ
ui-address = អាសយដ្ឋាន
ui-email = អ៊ីមែល
ui-website = គេហទំព័រ
ui-services = សេវា
ui-legal-basis = សិទ្ធិនេះមានចែងនៅក្នុង
ui-last-verified = បានពិនិត្យនៅថ្ងៃទី
ui-provided-by = ផ្តល់ដោយ
ui-where = ទីកន្លែង
ui-sample-contact = គំរូ — មិនមែនជាសេវាពិតប្រាកដទេ
ui-sample-notice = ព័ត៌មានទំនាក់ទំនងគំរូ៖ សេវា និងលេខទូរស័ព្ទនៅក្នុងឯកសារនេះ ជាឧទាហរណ៍ប៉ុណ្ណោះ។ ពួកវាមិនមែនជាសេវាពិតប្រាកដទេ។ សូមកុំទូរស័ព្ទទៅលេខទាំងនេះ។
ui-draft-notice = ការបកប្រែព្រាង — មិនទាន់ត្រួតពិនិត្យ។
ui-contacts-count = { $count ->
   *[other] សេវា { $count } អាចជួយអ្នក។
}
ui-made-with = បង្កើតដោយប្រើ
ui-page-label = ទំព័រ

hours-every-day = រៀងរាល់ថ្ងៃ ២៤ ម៉ោង
hours-always = រៀងរាល់ថ្ងៃ ២៤ ម៉ោង
hours-mon-fri = ថ្ងៃច័ន្ទ ដល់ថ្ងៃសុក្រ ម៉ោង { $from }–{ $to }
hours-mon-sat = ថ្ងៃច័ន្ទ ដល់ថ្ងៃសៅរ៍ ម៉ោង { $from }–{ $to }

condition-free = ឥតគិតថ្លៃ
condition-voluntary = ស្ម័គ្រចិត្ត
condition-confidential = រក្សាការសម្ងាត់
condition-unconditional = មិនចាំបាច់និយាយជាមួយប៉ូលិស

ui-complaints = ពាក្យបណ្តឹងអំពីអ្នកជួយ
ui-for-whom = សម្រាប់

## Who a service is for (printed when it does not take everyone)

target-adult = មនុស្សពេញវ័យ (អាយុ ១៨ ឆ្នាំឡើង)
target-child = កុមារអាយុក្រោម ១៨ ឆ្នាំ
target-female = ស្ត្រី និងក្មេងស្រី
target-male = បុរស និងក្មេងប្រុស
target-non-binary = អ្នកមិនកំណត់ភេទជាប្រុស ឬស្រី
target-labour = អ្នកត្រូវគេបង្ខំឱ្យធ្វើការ
target-sexual = អ្នកត្រូវគេកេងប្រវ័ញ្ចផ្លូវភេទ
target-domestic-servitude = អ្នកត្រូវគេបង្ខំឱ្យធ្វើការក្នុងផ្ទះ
target-forced-marriage = អ្នកត្រូវគេបង្ខំឱ្យរៀបការ
target-forced-criminality = អ្នកត្រូវគេបង្ខំឱ្យប្រព្រឹត្តបទល្មើស
target-begging = អ្នកត្រូវគេបង្ខំឱ្យសុំទាន

## Pictogram descriptions (alt text)

picto-shield = ខែល
picto-lock = មេសោ
picto-scale = ជញ្ជីងយុត្តិធម៌
picto-message = ប្រអប់សម្តី
picto-cash = ក្រដាសប្រាក់
picto-clock = នាឡិកា
picto-heart-handshake = បេះដូងមួយនៅក្នុងដៃទាំងពីរ
picto-user-shield = មនុស្សម្នាក់ជាមួយខែល
picto-friends = មនុស្សធំ និងកុមារ នៅជាមួយគ្នា
picto-ear = ត្រចៀកកំពុងស្តាប់
picto-hand-stop = ដៃលើកឡើង មានន័យថាឈប់
picto-home = ផ្ទះ
picto-stethoscope = ឧបករណ៍ស្តាប់របស់គ្រូពេទ្យ
picto-heart = បេះដូង
picto-language = ប្រព័ន្ធអក្សរពីរ នៅក្បែរគ្នា
picto-id = អត្តសញ្ញាណប័ណ្ណ
picto-plane = យន្តហោះកំពុងចុះចត
picto-phone = ទូរស័ព្ទ
picto-writing = ដៃកំពុងសរសេរ
picto-alert = សញ្ញាព្រមានរាងត្រីកោណ

## Legal instruments, as cited under each right

instrument-un-protocol = ពិធីសាររបស់អង្គការសហប្រជាជាតិ ស្តីពីការជួញដូរមនុស្ស (ឆ្នាំ 2000) មាត្រា
instrument-actip = អនុសញ្ញាអាស៊ាន ស្តីពីការប្រឆាំងការជួញដូរមនុស្ស (ACTIP ឆ្នាំ 2015) មាត្រា
instrument-ohchr-guidelines = គោលការណ៍ និងគោលការណ៍ណែនាំដែលបានផ្តល់អនុសាសន៍ របស់ UN OHCHR (ឆ្នាំ 2002) គោលការណ៍ណែនាំ
instrument-unicef-guidelines = គោលការណ៍ណែនាំរបស់ UNICEF ស្តីពីការការពារកុមាររងគ្រោះដោយការជួញដូរ (ឆ្នាំ 2006) គោលការណ៍ណែនាំ
instrument-uncrc = អនុសញ្ញាអង្គការសហប្រជាជាតិ ស្តីពីសិទ្ធិកុមារ (ឆ្នាំ 1989) មាត្រា
instrument-coe-convention = អនុសញ្ញាក្រុមប្រឹក្សាអឺរ៉ុប ស្តីពីសកម្មភាពប្រឆាំងការជួញដូរមនុស្ស (ឆ្នាំ 2005) មាត្រា
instrument-eu-directive = សេចក្តីណែនាំរបស់សហភាពអឺរ៉ុប (EU) លេខ 2011/36/EU មាត្រា
instrument-acwc-guidelines = គោលការណ៍ណែនាំ និងនីតិវិធីថ្នាក់តំបន់របស់ ACWC សម្រាប់ជនរងគ្រោះដោយការជួញដូរមនុស្ស ឆ្នាំ

## Age tiers, as the catalogue names them

tier-child-5-8 = កុមារអាយុពី ៥ ដល់ ៨ ឆ្នាំ
tier-child-9-12 = កុមារអាយុពី ៩ ដល់ ១២ ឆ្នាំ
tier-teen-13-17 = យុវជនអាយុពី ១៣ ដល់ ១៧ ឆ្នាំ
tier-adult = មនុស្សពេញវ័យ

## Regions

region-sample-destination = ប្រទេសគោលដៅគំរូ (ព័ត៌មានទំនាក់ទំនងគំរូ)

## Catalogue page

catalogue-title = ឯកសារព័ត៌មាន៖ សិទ្ធិរបស់អ្នក និងជំនួយដែលអ្នកអាចទទួលបាន
catalogue-intro = ឯកសារទាំងអស់ គ្រប់ភាសា និងសម្រាប់គ្រប់វ័យ។ សូមជ្រើសរើសភាសា និងអាយុរបស់មនុស្សដែលអ្នកកំពុងជួយ។ ប្រសិនបើមិនដឹងពីអាយុរបស់គាត់ ហើយគាត់ប្រហែលជាមានអាយុក្រោម ១៨ ឆ្នាំ សូមជ្រើសរើសឯកសារសម្រាប់កុមារ។ ឯកសារនីមួយៗមានជាឯកសារ PDF សម្រាប់បោះពុម្ព និងជាគេហទំព័រសម្រាប់ចែករំលែក។
catalogue-draft = ការបកប្រែព្រាង — មិនទាន់ត្រូវបានត្រួតពិនិត្យដោយអ្នកដែលនិយាយភាសាខ្មែរជាភាសាកំណើតនៅឡើយទេ។
catalogue-pdf = ឯកសារ PDF សម្រាប់បោះពុម្ព
catalogue-html = គេហទំព័រ
region-sample-origin = ប្រទេសដើមកំណើតគំរូ (ព័ត៌មានទំនាក់ទំនងគំរូ)
region-sample-border = តំបន់ព្រំដែនគំរូ (ព័ត៌មានទំនាក់ទំនងគំរូ)
