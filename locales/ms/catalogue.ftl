### The catalogue: the age choice for a person whose age is not known, and the page-1 thumbnails.
### Machine-drafted; needs review by a native speaker.

catalogue-age-unknown = Tidak pasti umur: mungkin kanak-kanak
catalogue-age-unknown-note = Sehingga umurnya diketahui, orang yang mungkin kanak-kanak dilayan sebagai kanak-kanak: ini helaian untuk remaja berumur 13 hingga 17 tahun.
catalogue-thumbnail = Halaman 1 helaian bercetak
