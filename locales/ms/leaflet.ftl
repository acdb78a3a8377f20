### Leaflet messages (machine-drafted, needs review by a native speaker).

## Call band

call-heading = Telefon untuk mendapatkan bantuan
call-heading--child-5-8 = Kamu boleh telefon
call-free = Panggilan percuma
call-anonymous = Anda tidak perlu memberi nama
call-anonymous--child = Kamu tidak perlu memberi nama

## Page footer

footer-call = Bantuan

## Short marks, on every page

mark-draft-short = Terjemahan draf, belum disemak
mark-sample-short = Hubungan contoh, bukan perkhidmatan sebenar
