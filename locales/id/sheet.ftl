### "Your rights and the help you can get": sheet, sections and paragraphs.
### Wording per age tier: `id--child-5-8`, `id--child-9-12`, `id--teen-13-17` (or `id--child`
### for both child tiers 9-17), then `id` for adults and as the general fallback.
### Indonesian: adults are addressed as "Anda", children and teens as "kamu".

sheet-rights-title = Hak Anda dan bantuan yang bisa Anda dapatkan
sheet-rights-title--child-5-8 = Kamu aman. Kami bisa membantumu.
sheet-rights-title--child = Hakmu dan bantuan yang bisa kamu dapatkan
sheet-rights-subtitle = Informasi bagi orang yang mungkin menjadi korban perdagangan orang
sheet-rights-subtitle--child-5-8 = Lembar ini untuk kamu simpan
sheet-rights-subtitle--child = Informasi untuk anak-anak dan remaja

## Welcome

section-welcome-heading = Pertama-tama
section-welcome-heading--child-5-8 = Halo

welcome-not-your-fault = Apa yang terjadi pada Anda bukan kesalahan Anda. Anda memiliki hak, dan orang-orang di sini dapat membantu Anda, apa pun kewarganegaraan, gender, usia, atau status migrasi Anda, dan apa pun pekerjaan yang dipaksakan kepada Anda.
welcome-not-your-fault--child-5-8 = Ini bukan salahmu. Kamu tidak berbuat salah. Orang dewasa di sini akan menjagamu.
welcome-not-your-fault--child-9-12 = Apa yang terjadi bukan salahmu. Kamu tidak melakukan kesalahan apa pun. Orang dewasa di sini bertugas menjagamu tetap aman dan membantumu.
welcome-not-your-fault--teen-13-17 = Apa yang terjadi padamu bukan salahmu. Kamu punya hak, dan di sini ada orang-orang yang tugasnya menjaga keamananmu dan membantumu.
welcome-this-sheet = Lembar ini menjelaskan hak-hak Anda, bantuan yang bisa Anda dapatkan, dan di mana mendapatkannya. Simpanlah, baca lagi nanti, dan tanyakan apa saja yang kurang jelas. Anda boleh meluangkan waktu untuk memutuskan.
welcome-this-sheet--child-9-12 = Lembar ini menjelaskan hak-hakmu dan bantuan yang bisa kamu dapatkan. Kamu boleh menyimpannya. Kamu boleh menanyakan apa saja yang tidak kamu pahami.
welcome-this-sheet--teen-13-17 = Lembar ini menjelaskan hak-hakmu dan bantuan yang bisa kamu dapatkan. Simpan dan baca lagi nanti. Tanyakan apa saja yang kurang jelas.

## Rights

section-rights-heading = Hak-hak Anda
section-rights-heading--child-5-8 = Yang pasti kamu dapatkan
rights-intro = Hak-hak ini berasal dari hukum internasional dan regional. Setiap hak menyebutkan di mana hak itu tertulis, sehingga Anda atau pengacara Anda dapat merujuknya.
rights-intro--child = Ini adalah hak-hakmu. Hak-hak ini tertulis dalam hukum yang sudah ditandatangani banyak negara.

## Help

section-help-heading = Bantuan yang bisa Anda dapatkan
section-help-heading--child-5-8 = Bantuan untukmu
help-intro = Bantuan ini gratis. Anda yang memilih bantuan yang Anda inginkan. Anda tetap bisa mendapatkannya, baik Anda berbicara dengan polisi maupun tidak.
help-intro--child = Bantuan ini gratis. Kamu boleh bilang bantuan apa yang kamu mau.

## Choices

section-choices-heading = Pilihan Anda
section-choices-heading--child-5-8 = Kamu boleh memilih
choices-voluntary = Semua bantuan bersifat sukarela. Tidak ada yang boleh memaksa Anda menerima bantuan yang tidak Anda inginkan, dan menerima bantuan tidak berarti Anda melepaskan hak apa pun.
choices-voluntary--child-5-8 = Kamu boleh mau dibantu. Kamu boleh bilang tidak.
choices-voluntary--child-9-12 = Kamu yang memutuskan bantuan apa yang kamu mau. Tidak ada yang boleh memaksamu menerima bantuan yang tidak kamu mau.
choices-voluntary--teen-13-17 = Bantuan adalah pilihanmu. Tidak ada yang boleh memaksamu menerima bantuan yang tidak kamu inginkan.
choices-police = Anda tidak wajib berbicara dengan polisi atau pergi ke pengadilan untuk mendapatkan bantuan. Bantuan tidak bergantung pada hal itu. Jika Anda memutuskan untuk membantu penanganan kasus oleh polisi, Anda boleh bertanya apa saja yang perlu dilakukan dan berapa lama waktunya.
choices-police--child-9-12 = Kamu tetap dibantu walaupun kamu tidak bicara dengan polisi.
choices-police--teen-13-17 = Kamu tidak wajib bicara dengan polisi atau pergi ke pengadilan untuk mendapat bantuan. Kalau kamu mau, akan ada yang menjelaskan dulu apa artinya.
choices-consent = Sebelum bantuan apa pun dimulai, petugas seharusnya menjelaskannya dalam bahasa Anda dan meminta persetujuan tertulis dari Anda. Mintalah mereka menjelaskan setiap syarat atau aturan terlebih dahulu.
choices-consent--child-9-12 = Sebelum bantuan dimulai, orang dewasa akan menjelaskannya dalam bahasamu. Kamu boleh bertanya dulu.
choices-consent--teen-13-17 = Sebelum bantuan dimulai, petugas akan menjelaskannya dalam bahasamu dan meminta persetujuan tertulismu. Tanyakan dulu tentang aturan-aturannya.
choices-time = Anda boleh meluangkan waktu untuk berpikir sebelum memutuskan. Anda mungkin bisa mendapatkan masa pemulihan dan refleksi untuk beristirahat dan memikirkan pilihan-pilihan Anda.
choices-time--child-5-8 = Kamu tidak perlu buru-buru.
choices-time--child-9-12 = Kamu boleh meluangkan waktu untuk berpikir. Kamu tidak harus memutuskan sekarang.
choices-time--teen-13-17 = Kamu boleh meluangkan waktu untuk beristirahat dan berpikir sebelum memutuskan apa pun.
choices-say-no = Anda berhak menolak bantuan atau perlindungan apa pun yang ditawarkan, tanpa perlu memberikan alasan.
choices-say-no--child-5-8 = Tidak suka sesuatu? Bilang ke orang dewasa.
choices-say-no--child-9-12 = Kamu boleh menolak hal yang tidak kamu mau. Orang dewasa akan mendengarkan.
choices-say-no--teen-13-17 = Kamu boleh menolak bantuan apa pun yang ditawarkan. Kamu tidak perlu memberi alasan.
choices-change-mind = Anda dapat menghentikan bantuan kapan saja, dan Anda dapat memintanya lagi nanti, di sini atau setelah Anda pulang.
choices-change-mind--child-9-12 = Kamu boleh berubah pikiran nanti. Kamu boleh minta bantuan lagi.
choices-change-mind--teen-13-17 = Kamu boleh berubah pikiran kapan saja. Kamu boleh menghentikan bantuan, lalu memintanya lagi nanti.
choices-at-home = Bantuan juga tersedia di negara asal Anda setelah Anda kembali. Sebelum Anda berangkat, petugas dapat memberi tahu siapa yang bisa Anda hubungi di sana.
choices-at-home--child-9-12 = Kalau kamu pulang, di sana juga ada bantuan. Orang dewasa akan memberitahumu siapa yang bisa membantu.
choices-at-home--teen-13-17 = Kalau kamu pulang, di sana juga ada bantuan. Sebelum berangkat, tanyakan siapa yang bisa kamu hubungi.

## Safety

section-safety-heading = Tetap aman
section-safety-heading--child-5-8 = Kalau kamu merasa takut
safety-afraid = Jika Anda takut pada orang-orang yang mengeksploitasi Anda, teman-teman mereka, atau siapa pun, beri tahu pendamping kasus Anda atau hubungi salah satu saluran bantuan di bawah. Mereka akan menyusun rencana keselamatan bersama Anda, dan dapat menyusunnya lagi setiap kali keadaan berubah.
safety-afraid--child-5-8 = Takut? Bilang ke orang dewasa yang kamu percaya.
safety-afraid--child-9-12 = Kalau kamu takut, bilang ke orang dewasa yang kamu percaya. Mereka akan membantumu tetap aman.
safety-afraid--teen-13-17 = Kalau kamu takut pada siapa pun, bilang ke pendampingmu atau hubungi saluran bantuan di bawah. Mereka akan membuat rencana keselamatan bersamamu.
safety-danger-now = Jika Anda dalam bahaya saat ini, hubungi nomor darurat polisi di negara tempat Anda berada, atau salah satu saluran bantuan di bawah.
safety-danger-now--child-5-8 = Dalam bahaya? Telepon nomor di bawah.
safety-danger-now--child-9-12 = Kalau kamu dalam bahaya sekarang, telepon salah satu nomor di bawah.
safety-danger-now--teen-13-17 = Kalau kamu dalam bahaya sekarang, hubungi nomor darurat atau saluran bantuan di bawah.
safety-discreet = Jika tidak aman menyimpan lembar ini, catat satu nomor lalu buang lembarnya. Anda bisa menelepon dari ponsel orang lain; saluran bantuan tidak perlu tahu nama Anda.
safety-discreet--child-9-12 = Simpan lembar ini di tempat yang aman. Kalau sulit, ingat satu nomor saja.
safety-discreet--teen-13-17 = Kalau menyimpan lembar ini tidak aman, catat satu nomor lalu buang lembarnya. Kamu tidak perlu menyebutkan namamu saat menelepon.
safety-family = Jika keluarga Anda diancam, sampaikan hal itu. Perlindungan juga bisa mencakup orang-orang terdekat Anda.
safety-family--child-9-12 = Kalau kamu khawatir tentang keluargamu, bilang ke orang dewasa. Mereka bisa membantu.
safety-family--teen-13-17 = Kalau keluargamu diancam, beri tahu petugas. Keluargamu juga bisa dilindungi.

## Contacts

section-contacts-heading = Tempat mendapatkan bantuan
contacts-intro = Anda dapat menghubungi sendiri layanan mana pun di bawah ini. Layanan ini gratis dan rahasia.
contacts-intro--child = Kamu bisa menelepon orang-orang ini. Gratis.
