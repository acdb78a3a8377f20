### Interface words, notices, pictogram descriptions, legal instruments, tiers and regions.

ui-phone = Telepon
ui-hotline = Saluran bantuan
ui-hours = Jam layanan
ui-languages = Bahasa yang digunakan
ui-address = Alamat
ui-email = Surel
ui-website = Situs web
ui-services = Layanan
ui-legal-basis = Dasar hukum hak ini
ui-last-verified = Diperiksa pada
ui-provided-by = Disediakan oleh
ui-where = Lokasi
ui-sample-contact = CONTOH — bukan layanan sungguhan
ui-sample-notice = KONTAK CONTOH: layanan dan nomor telepon di lembar ini hanyalah contoh, bukan layanan sungguhan. Jangan menghubungi nomor-nomor ini.
ui-draft-notice = Draf terjemahan — belum ditinjau.
ui-contacts-count = { $count ->
   *[other] Ada { $count } layanan yang dapat membantu Anda.
}
ui-made-with = Dibuat dengan
ui-page-label = Halaman

hours-every-day = Setiap hari, 24 jam
hours-always = Setiap hari, 24 jam
hours-mon-fri = Senin sampai Jumat, { $from }–{ $to }
hours-mon-sat = Senin sampai Sabtu, { $from }–{ $to }

condition-free = Gratis
condition-voluntary = Sukarela
condition-confidential = Rahasia
condition-unconditional = Tidak perlu berbicara dengan polisi

ui-complaints = Pengaduan tentang penolong
ui-for-whom = Untuk

## Who a service is for (printed when it does not take everyone)

target-adult = orang dewasa (18 tahun ke atas)
target-child = anak di bawah 18 tahun
target-female = perempuan dan anak perempuan
target-male = laki-laki dan anak laki-laki
target-non-binary = orang nonbiner
target-labour = orang yang dipaksa bekerja
target-sexual = orang yang dieksploitasi secara seksual
target-domestic-servitude = orang yang dipaksa bekerja di rumah tangga
target-forced-marriage = orang yang dipaksa menikah
target-forced-criminality = orang yang dipaksa melakukan kejahatan
target-begging = orang yang dipaksa mengemis

## Pictogram descriptions (alt text)

picto-shield = Sebuah perisai
picto-lock = Sebuah gembok
picto-scale = Timbangan keadilan
picto-message = Balon percakapan
picto-cash = Uang kertas
picto-clock = Sebuah jam
picto-heart-handshake = Hati yang dipegang dua tangan
picto-user-shield = Seseorang dengan perisai
picto-friends = Orang dewasa dan anak bersama-sama
picto-ear = Telinga yang sedang mendengarkan
picto-hand-stop = Tangan terangkat yang berarti berhenti
picto-home = Sebuah rumah
picto-stethoscope = Stetoskop dokter
picto-heart = Sebuah hati
picto-language = Dua jenis aksara berdampingan
picto-id = Kartu identitas
picto-plane = Pesawat yang sedang mendarat
picto-phone = Sebuah telepon
picto-writing = Tangan yang sedang menulis
picto-alert = Segitiga peringatan

## Legal instruments, as cited under each right

instrument-un-protocol = Protokol PBB tentang Perdagangan Orang (2000), Pasal
instrument-actip = Konvensi ASEAN Menentang Perdagangan Orang (ACTIP, 2015), Pasal
instrument-ohchr-guidelines = Prinsip dan Pedoman yang Direkomendasikan UN OHCHR (2002), Pedoman
instrument-unicef-guidelines = Pedoman UNICEF tentang Perlindungan Anak Korban Perdagangan Orang (2006), Pedoman
instrument-uncrc = Konvensi PBB tentang Hak-Hak Anak (1989), Pasal
instrument-coe-convention = Konvensi Dewan Eropa tentang Aksi Melawan Perdagangan Orang (2005), Pasal
instrument-eu-directive = Direktif Uni Eropa 2011/36/EU, Pasal
instrument-acwc-guidelines = Pedoman dan Prosedur Regional ACWC untuk Korban Perdagangan Orang,

## Age tiers, as the catalogue names them

tier-child-5-8 = Anak usia 5 sampai 8 tahun
tier-child-9-12 = Anak usia 9 sampai 12 tahun
tier-teen-13-17 = Remaja usia 13 sampai 17 tahun
tier-adult = Orang dewasa

## Regions

region-sample-destination = Contoh negara tujuan (kontak contoh)

## Catalogue page

catalogue-title = Lembar informasi: hak Anda dan bantuan yang bisa Anda dapatkan
catalogue-intro = Semua lembar, dalam semua bahasa dan untuk semua usia. Pilih bahasa dan usia orang yang Anda bantu; jika usianya tidak diketahui dan ia mungkin berusia di bawah 18 tahun, pilih lembar untuk anak. Setiap lembar tersedia sebagai PDF untuk dicetak dan halaman web untuk dibagikan.
catalogue-draft = Draf terjemahan — belum ditinjau oleh penutur asli.
catalogue-pdf = PDF untuk dicetak
catalogue-html = Halaman web
region-sample-origin = Contoh negara asal (kontak contoh)
region-sample-border = Contoh wilayah perbatasan (kontak contoh)
