### The catalogue: the age choice for a person whose age is not known, and the page-1 thumbnails.
### Machine-drafted; needs review by a native speaker.

catalogue-age-unknown = Tidak yakin usianya: mungkin anak-anak
catalogue-age-unknown-note = Sampai usianya diketahui, orang yang mungkin masih anak diperlakukan sebagai anak: ini lembar untuk remaja usia 13 sampai 17 tahun.
catalogue-thumbnail = Halaman 1 lembar cetak
