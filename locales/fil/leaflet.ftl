### Leaflet messages (machine-drafted, needs review by a native speaker).

## Call band

call-heading = Tumawag para humingi ng tulong
call-heading--child-5-8 = Puwede kang tumawag
call-free = Libre ang tawag
call-anonymous = Hindi mo kailangang sabihin ang pangalan mo

## Page footer

footer-call = Tulong

## Short marks, on every page

mark-draft-short = Burador na salin, hindi pa nasusuri
mark-sample-short = Halimbawang kontak, hindi totoong serbisyo
