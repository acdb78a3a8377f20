### The catalogue: the age choice for a person whose age is not known, and the page-1 thumbnails.
### Machine-drafted; needs review by a native speaker.

catalogue-age-unknown = មិនប្រាកដអំពីអាយុ៖ អាចជាកុមារ
catalogue-age-unknown-note = រហូតដល់ដឹងអាយុ មនុស្សដែលអាចជាកុមារត្រូវបានចាត់ទុកជាកុមារ៖ នេះជាឯកសារសម្រាប់យុវជនអាយុ ១៣ ដល់ ១៧ ឆ្នាំ។
catalogue-thumbnail = ទំព័រទី ១ នៃឯកសារបោះពុម្ព
