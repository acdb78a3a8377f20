### Leaflet messages (machine-drafted, needs review by a native speaker).

## Call band

call-heading = Telepon untuk minta bantuan
call-heading--child-5-8 = Kamu bisa menelepon
call-free = Panggilan gratis
call-anonymous = Anda tidak perlu menyebut nama
call-anonymous--child = Kamu tidak perlu menyebut nama

## Page footer

footer-note = { "" }
footer-note--child-5-8 = Orang dewasa membacakan lembar ini bersamamu.
footer-call = Bantuan

## Short marks, on every page

mark-draft-short = Draf terjemahan, belum ditinjau
mark-sample-short = Kontak contoh, bukan layanan sungguhan

## Pictogram descriptions (alt text) for the pictograms added for one meaning each

picto-smile = Wajah tersenyum
picto-choice = Jalan yang bercabang dua
picto-info = Huruf i dalam lingkaran
picto-coins = Tumpukan koin
picto-user-question = Orang dengan tanda tanya
picto-mood-heart = Wajah tersenyum dengan hati
