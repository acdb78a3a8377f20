### Leaflet messages (machine-drafted, needs review by a native speaker).

## Call band

call-heading = Telefon untuk mendapatkan bantuan
call-heading--child-5-8 = Kamu boleh telefon
call-free = Panggilan percuma
call-anonymous = Anda tidak perlu memberi nama
call-anonymous--child = Kamu tidak perlu memberi nama

## Page footer

footer-note = { "" }
footer-note--child-5-8 = Orang dewasa membaca helaian ini bersama kamu.
footer-call = Bantuan

## Short marks, on every page

mark-draft-short = Terjemahan draf, belum disemak
mark-sample-short = Hubungan contoh, bukan perkhidmatan sebenar

## Pictogram descriptions (alt text) for the pictograms added for one meaning each

picto-smile = Wajah tersenyum
picto-choice = Jalan yang bercabang dua
picto-info = Huruf i dalam bulatan
picto-coins = Timbunan syiling
picto-user-question = Orang dengan tanda soal
picto-mood-heart = Wajah tersenyum dengan hati
