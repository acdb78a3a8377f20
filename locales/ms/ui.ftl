### Interface words, notices, pictogram descriptions, legal instruments, tiers and regions.

ui-phone = Telefon
ui-hotline = Talian bantuan
ui-hours = Waktu operasi
ui-languages = Bahasa yang dituturkan
ui-address = Alamat
ui-email = E-mel
ui-website = Laman web
ui-services = Perkhidmatan
ui-legal-basis = Di mana hak ini ditulis
ui-last-verified = Disemak pada
ui-provided-by = Disediakan oleh
ui-where = Lokasi
ui-sample-contact = CONTOH — bukan perkhidmatan sebenar
ui-sample-notice = HUBUNGAN CONTOH: perkhidmatan dan nombor telefon dalam helaian ini hanyalah contoh, bukan perkhidmatan sebenar. Jangan hubungi nombor-nombor ini.
ui-draft-notice = Terjemahan draf — belum disemak.
ui-contacts-count = { $count ->
   *[other] { $count } perkhidmatan boleh membantu anda.
}
ui-made-with = Dihasilkan dengan
ui-page-label = Halaman

hours-every-day = Setiap hari, 24 jam
hours-always = Setiap hari, 24 jam
hours-mon-fri = Isnin hingga Jumaat, { $from }–{ $to }
hours-mon-sat = Isnin hingga Sabtu, { $from }–{ $to }

condition-free = Percuma
condition-voluntary = Sukarela
condition-confidential = Sulit
condition-unconditional = Tidak perlu bercakap dengan polis

ui-complaints = Aduan tentang pembantu
ui-for-whom = Untuk

## Who a service is for (printed when it does not take everyone)

target-adult = orang dewasa (18 tahun ke atas)
target-child = kanak-kanak bawah 18 tahun
target-female = wanita dan kanak-kanak perempuan
target-male = lelaki dan kanak-kanak lelaki
target-non-binary = orang bukan binari
target-labour = orang yang dipaksa bekerja
target-sexual = orang yang dieksploitasi secara seksual
target-domestic-servitude = orang yang dipaksa bekerja di rumah
target-forced-marriage = orang yang dipaksa berkahwin
target-forced-criminality = orang yang dipaksa melakukan jenayah
target-begging = orang yang dipaksa mengemis

## Pictogram descriptions (alt text)

picto-shield = Sebuah perisai
picto-lock = Sebuah mangga kunci
picto-scale = Neraca keadilan
picto-message = Belon pertuturan
picto-cash = Wang kertas
picto-clock = Sebuah jam
picto-heart-handshake = Hati yang dipegang oleh dua tangan
picto-user-shield = Seseorang dengan perisai
picto-friends = Orang dewasa dan kanak-kanak bersama
picto-ear = Telinga yang sedang mendengar
picto-hand-stop = Tangan diangkat yang bermaksud berhenti
picto-home = Sebuah rumah
picto-stethoscope = Stetoskop doktor
picto-heart = Sebuah hati
picto-language = Dua sistem tulisan bersebelahan
picto-id = Kad pengenalan
picto-plane = Kapal terbang sedang mendarat
picto-phone = Sebuah telefon
picto-writing = Tangan yang sedang menulis
picto-alert = Segi tiga amaran

## Legal instruments, as cited under each right

instrument-un-protocol = Protokol PBB mengenai Pemerdagangan Orang (2000), Perkara
instrument-actip = Konvensyen ASEAN Menentang Pemerdagangan Orang (ACTIP, 2015), Perkara
instrument-ohchr-guidelines = Prinsip dan Garis Panduan yang Disyorkan oleh UN OHCHR (2002), Garis Panduan
instrument-unicef-guidelines = Garis Panduan UNICEF mengenai Perlindungan Kanak-kanak Mangsa Pemerdagangan Orang (2006), Garis Panduan
instrument-uncrc = Konvensyen PBB mengenai Hak Kanak-kanak (1989), Perkara
instrument-coe-convention = Konvensyen Majlis Eropah mengenai Tindakan Menentang Pemerdagangan Orang (2005), Perkara
instrument-eu-directive = Arahan Kesatuan Eropah 2011/36/EU, Perkara
instrument-acwc-guidelines = Garis Panduan dan Prosedur Serantau ACWC untuk Mangsa Pemerdagangan Orang,

## Age tiers, as the catalogue names them

tier-child-5-8 = Kanak-kanak berumur 5 hingga 8 tahun
tier-child-9-12 = Kanak-kanak berumur 9 hingga 12 tahun
tier-teen-13-17 = Remaja berumur 13 hingga 17 tahun
tier-adult = Orang dewasa

## Regions

region-sample-destination = Contoh negara destinasi (hubungan contoh)

## Catalogue page

catalogue-title = Helaian maklumat: hak anda dan bantuan yang boleh anda dapatkan
catalogue-intro = Setiap helaian, dalam setiap bahasa dan untuk setiap peringkat umur. Pilih bahasa dan umur orang yang anda bantu; jika umurnya tidak diketahui dan dia mungkin di bawah 18 tahun, pilih helaian untuk kanak-kanak. Setiap helaian ialah PDF untuk dicetak dan halaman web untuk dikongsi.
catalogue-draft = Terjemahan draf — belum disemak oleh penutur asli.
catalogue-pdf = PDF untuk dicetak
catalogue-html = Halaman web
region-sample-origin = Contoh negara asal (hubungan contoh)
region-sample-border = Contoh kawasan sempadan (hubungan contoh)
