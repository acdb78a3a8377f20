### The catalogue: the age choice for a person whose age is not known, and the page-1 thumbnails.
### Machine-drafted; needs review by a native speaker.

catalogue-age-unknown = ไม่แน่ใจเรื่องอายุ: อาจเป็นเด็ก
catalogue-age-unknown-note = จนกว่าจะรู้อายุ คนที่อาจเป็นเด็กต้องได้รับการดูแลแบบเด็ก นี่คือเอกสารสำหรับวัยรุ่นอายุ 13 ถึง 17 ปี
catalogue-thumbnail = หน้า 1 ของเอกสารที่พิมพ์
