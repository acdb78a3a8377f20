### Leaflet messages (machine-drafted, needs review by a native speaker).

## Call band

call-heading = Tumawag para humingi ng tulong
call-heading--child-5-8 = Puwede kang tumawag
call-free = Libre ang tawag
call-anonymous = Hindi mo kailangang sabihin ang pangalan mo

## Page footer

footer-note = { "" }
footer-note--child-5-8 = Babasahin ito ng isang nakatatanda kasama mo.
footer-call = Tulong

## Short marks, on every page

mark-draft-short = Burador na salin, hindi pa nasusuri
mark-sample-short = Halimbawang kontak, hindi totoong serbisyo

## Pictogram descriptions (alt text) for the pictograms added for one meaning each

picto-smile = Nakangiting mukha
picto-choice = Daang nahahati sa dalawa
picto-info = Letrang i sa loob ng bilog
picto-coins = Patong-patong na barya
picto-user-question = Taong may tandang pananong
picto-mood-heart = Nakangiting mukha na may puso
