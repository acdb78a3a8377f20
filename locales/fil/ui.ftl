### Interface words, notices, pictogram descriptions, legal instruments, tiers and regions.

ui-phone = Telepono
ui-hotline = Linya ng tulong
ui-hours = Oras ng serbisyo
ui-languages = Mga wikang ginagamit
ui-address = Adres
ui-email = Imeyl
ui-website = Websayt
ui-services = Mga serbisyo
ui-legal-basis = Kung saan nakasulat ang karapatang ito
ui-last-verified = Sinuri noong
ui-provided-by = Ibinibigay ng
ui-where = Saan
ui-sample-contact = HALIMBAWA — hindi totoong serbisyo
ui-sample-notice = MGA HALIMBAWANG KONTAK: halimbawa lamang ang mga serbisyo sa papel na ito. Halimbawa lamang din ang mga numero ng telepono. Hindi totoong serbisyo ang mga ito. Huwag tawagan ang mga ito.
ui-draft-notice = Burador na salin — hindi pa nasusuri.
ui-contacts-count = { $count ->
    [one] May { $count } serbisyong makatutulong sa iyo.
   *[other] May { $count } serbisyong makatutulong sa iyo.
}
ui-made-with = Ginawa gamit ang
ui-page-label = Pahina

hours-every-day = Araw-araw, 24 oras
hours-always = Araw-araw, 24 oras
hours-mon-fri = Lunes hanggang Biyernes, { $from }–{ $to }
hours-mon-sat = Lunes hanggang Sabado, { $from }–{ $to }

condition-free = Libre
condition-voluntary = Boluntaryo
condition-confidential = Kumpidensyal
condition-unconditional = Hindi kailangang makipag-usap sa pulis

ui-complaints = Reklamo tungkol sa mga tumutulong
ui-for-whom = Para sa

## Who a service is for (printed when it does not take everyone)

target-adult = nasa hustong gulang (18 pataas)
target-child = batang wala pang 18
target-female = kababaihan at batang babae
target-male = kalalakihan at batang lalaki
target-non-binary = mga taong non-binary
target-labour = mga pinilit magtrabaho
target-sexual = mga sekswal na pinagsamantalahan
target-domestic-servitude = mga pinilit magtrabaho sa bahay
target-forced-marriage = mga pinilit magpakasal
target-forced-criminality = mga pinilit gumawa ng krimen
target-begging = mga pinilit mamalimos

## Pictogram descriptions (alt text)

picto-shield = Isang kalasag
picto-lock = Isang kandado
picto-scale = Timbangan ng katarungan
picto-message = Isang bula ng pananalita
picto-cash = Perang papel
picto-clock = Isang orasan
picto-heart-handshake = Isang pusong hawak ng dalawang kamay
picto-user-shield = Isang taong may kalasag
picto-friends = Isang nakatatanda at isang batang magkasama
picto-ear = Isang taingang nakikinig
picto-hand-stop = Isang nakataas na kamay na nangangahulugang tigil
picto-home = Isang bahay
picto-stethoscope = Estetoskopyo ng doktor
picto-heart = Isang puso
picto-language = Dalawang sistema ng pagsulat na magkatabi
picto-id = Isang kard ng pagkakakilanlan
picto-plane = Isang eroplanong lumalapag
picto-phone = Isang telepono
picto-writing = Isang kamay na nagsusulat
picto-alert = Isang tatsulok na babala

## Legal instruments, as cited under each right

instrument-un-protocol = Protokol ng UN laban sa Pangangalakal ng Tao (2000), Artikulo
instrument-actip = Kumbensiyon ng ASEAN laban sa Pangangalakal ng Tao (ACTIP, 2015), Artikulo
instrument-ohchr-guidelines = Mga Inirerekomendang Prinsipyo at Alituntunin ng UN OHCHR (2002), Alituntunin
instrument-unicef-guidelines = Mga Alituntunin ng UNICEF sa Proteksiyon ng mga Batang Biktima ng Pangangalakal ng Tao (2006), Alituntunin
instrument-uncrc = Kumbensiyon ng UN sa mga Karapatan ng Bata (1989), Artikulo
instrument-coe-convention = Kumbensiyon ng Konseho ng Europa sa Pagkilos laban sa Pangangalakal ng Tao (2005), Artikulo
instrument-eu-directive = Direktiba ng EU 2011/36/EU, Artikulo
instrument-acwc-guidelines = Mga Panrehiyong Alituntunin at Pamamaraan ng ACWC para sa mga Biktima ng Pangangalakal ng Tao,

## Age tiers, as the catalogue names them

tier-child-5-8 = Mga batang edad 5 hanggang 8
tier-child-9-12 = Mga batang edad 9 hanggang 12
tier-teen-13-17 = Mga kabataang edad 13 hanggang 17
tier-adult = Mga nasa hustong gulang

## Regions

region-sample-destination = Halimbawang bansang destinasyon (mga halimbawang kontak)

## Catalogue page

catalogue-title = Mga papel ng impormasyon: ang iyong mga karapatan at ang tulong na makukuha mo
catalogue-intro = Lahat ng papel, sa bawat wika at para sa bawat edad. Piliin ang wika at edad ng taong tinutulungan mo; kung hindi alam ang kanyang edad at maaaring wala pa siyang 18, pumili ng papel para sa bata. Bawat papel ay may PDF na maililimbag at pahina sa web na maibabahagi.
catalogue-draft = Burador na salin — hindi pa nasusuri ng katutubong nagsasalita.
catalogue-pdf = PDF na ililimbag
catalogue-html = Pahina sa web
region-sample-origin = Halimbawang bansang pinagmulan (mga halimbawang kontak)
region-sample-border = Halimbawang lugar sa hangganan (mga halimbawang kontak)
