### The catalogue: the age choice for a person whose age is not known, and the page-1 thumbnails.
### Machine-drafted; needs review by a native speaker.

catalogue-age-unknown = Không chắc về tuổi: có thể là trẻ em
catalogue-age-unknown-note = Khi chưa biết tuổi, người có thể là trẻ em được đối xử như trẻ em: đây là các tờ thông tin cho người trẻ từ 13 đến 17 tuổi.
catalogue-thumbnail = Trang 1 của tờ in
