### "Your rights and the help you can get": sheet, sections and paragraphs.
### Wording per age tier: `id--child-5-8`, `id--child-9-12`, `id--teen-13-17` (or `id--child`
### for both child tiers 9-17), then `id` for adults and as the general fallback.
### Indonesian: adults are addressed as "Anda", children and teens as "kamu".

sheet-rights-title = Hak Anda dan bantuan yang bisa Anda dapatkan
sheet-rights-title--child-5-8 = Kami di sini untuk membantumu.
sheet-rights-title--child = Hakmu dan bantuan yang bisa kamu dapatkan
sheet-rights-subtitle = Informasi bagi orang yang mungkin menjadi korban perdagangan orang
sheet-rights-subtitle--child-5-8 = Lembar ini untuk kamu simpan
sheet-rights-subtitle--child = Informasi untuk anak-anak dan remaja

## Welcome

section-welcome-heading = Pertama-tama
section-welcome-heading--child-5-8 = Halo

welcome-not-your-fault = Apa yang terjadi pada Anda bukan kesalahan Anda. Anda punya hak, dan orang-orang di sini dapat membantu Anda, apa pun kewarganegaraan, jenis kelamin, usia, atau status migrasi Anda. Ini berlaku apa pun pekerjaan yang dipaksakan kepada Anda: di ladang atau kapal, di pabrik atau rumah tangga, dalam industri seks, mengemis, atau kejahatan. Anda tidak perlu menyebut diri Anda korban untuk mendapat bantuan.
welcome-not-your-fault--child-5-8 = Ini bukan salahmu. Kamu tidak berbuat salah.
welcome-not-your-fault--child-9-12 = Yang terjadi bukan salahmu. Kamu tidak berbuat salah. Orang dewasa di sini harus menjagamu tetap aman dan membantumu. Bantuan ada untuk anak laki-laki dan perempuan. Tidak penting pekerjaan apa yang dipaksakan kepadamu.
welcome-not-your-fault--teen-13-17 = Yang terjadi padamu bukan salahmu. Kamu punya hak, dan di sini ada orang yang tugasnya menjagamu tetap aman dan membantumu. Bantuan ada untuk semua orang, laki-laki dan perempuan, apa pun pekerjaan yang dipaksakan kepadamu.
welcome-this-sheet = Lembar ini menjelaskan hak Anda, bantuan yang bisa Anda dapat, dan di mana mencarinya. Simpan dan baca lagi nanti. Jika membaca sulit, minta orang yang Anda percaya membacanya bersama Anda. Anda boleh meminta petugas menjelaskan lagi, sesering yang Anda perlukan. Anda boleh mengambil waktu untuk memutuskan.
welcome-this-sheet--child-5-8 = Kamu boleh bertanya. Tanya lagi kalau lupa.
welcome-this-sheet--child-9-12 = Lembar ini bercerita tentang hakmu dan bantuan. Kamu boleh menyimpan dan membacanya lagi. Kamu boleh minta orang dewasa membacanya bersamamu. Kamu boleh menanyakan hal yang sama lagi.
welcome-this-sheet--teen-13-17 = Lembar ini menjelaskan hakmu dan bantuan yang bisa kamu dapat. Simpan dan baca lagi nanti. Kamu boleh minta petugas menjelaskan lagi, sesering yang kamu perlukan.

## Rights

section-rights-heading = Hak-hak Anda
section-rights-heading--child-5-8 = Yang pasti kamu dapatkan
section-rights-heading--child = Hakmu
rights-intro = Hak-hak ini tertulis dalam perjanjian internasional dan regional. Tidak semua negara menandatangani setiap perjanjian, dan hukum negara ini menentukan cara berlakunya. Di bawah setiap hak ada perjanjian yang berlaku di sini; pengacara dapat memberi tahu mana yang berlaku untuk Anda.
rights-intro--child = Ini hak-hakmu. Banyak negara telah menandatangani perjanjian tentang hak ini. Pengacara bisa memberi tahu mana yang berlaku di sini.

## Help

section-help-heading = Bantuan yang bisa Anda dapatkan
section-help-heading--child-5-8 = Bantuan untukmu
section-help-heading--child = Bantuan yang bisa kamu dapatkan
help-intro = Bantuan ini gratis. Anda memilih bantuan yang Anda inginkan. Bantuan seharusnya tidak bergantung pada apakah Anda berbicara dengan polisi.
help-intro--child = Bantuan ini gratis. Kamu boleh bilang bantuan apa yang kamu mau.
help-needs = Beri tahu petugas jika Anda punya disabilitas atau penyakit, minum obat, sedang hamil, atau sulit membaca. Bantuan seharusnya sesuai kebutuhan Anda. Anda juga boleh memakai layanan yang bukan hanya untuk korban perdagangan orang.
help-needs--child-5-8 = Bantuan untuk anak laki-laki dan perempuan. Ada yang sulit bagimu? Beri tahu kami.
help-needs--child-9-12 = Bantuan untuk anak laki-laki dan perempuan. Kamu sakit, atau minum obat? Beri tahu orang dewasa. Beri tahu juga kalau melihat, mendengar, atau membaca itu sulit.
help-needs--teen-13-17 = Beri tahu petugas jika kamu punya disabilitas atau penyakit, minum obat, atau sulit membaca. Bantuan seharusnya sesuai denganmu.

## Choices

section-choices-heading = Pilihan Anda
section-choices-heading--child-5-8 = Kamu boleh memilih
section-choices-heading--child = Pilihanmu
choices-voluntary = Bantuan seharusnya selalu menjadi pilihan Anda. Tidak seorang pun boleh memaksa Anda menerima bantuan yang tidak Anda inginkan, atau menahan Anda di suatu tempat di luar kehendak Anda. Menerima bantuan seharusnya tidak berarti melepaskan hak apa pun.
choices-voluntary--child-5-8 = Kamu boleh bilang ya atau tidak. Kadang orang dewasa memutuskan, supaya kamu aman. Mereka akan bilang alasannya.
choices-voluntary--child-9-12 = Kamu boleh bilang bantuan apa yang kamu mau. Orang dewasa harus mendengar. Ada hal yang diputuskan orang dewasa, supaya kamu aman. Mereka harus bilang alasannya.
choices-voluntary--teen-13-17 = Kamu boleh bilang bantuan apa yang kamu mau dan tidak mau, dan orang dewasa harus mendengar. Karena kamu di bawah 18 tahun, petugas perlindungan anak harus memastikan kamu aman. Beberapa hal, seperti di mana kamu tinggal, mungkin diputuskan demi keamananmu. Mereka harus menanyakan pendapatmu dulu, dan menjelaskan alasannya.
choices-police = Bantuan seharusnya tidak pernah bergantung pada berbicara dengan polisi atau ke pengadilan. Tetapi di beberapa negara, izin tinggal dikaitkan dengan membantu kasus polisi. Tanyakan kepada pengacara apa yang berlaku di sini sebelum Anda memutuskan. Jika Anda membantu suatu kasus, tanyakan berapa lama waktunya dan seberapa sering Anda harus memberi keterangan. Tanyakan apakah Anda harus tetap tinggal di negara ini, dan apakah Anda akan bertemu terdakwa.
choices-police--child-5-8 = Kamu tetap dibantu, walau tidak bicara dengan polisi. Orang dewasa yang kamu percaya sebaiknya ada.
choices-police--child-9-12 = Kamu tetap dibantu walau tidak bicara dengan polisi. Polisi mungkin ingin bicara denganmu. Orang dewasa yang kamu percaya sebaiknya menemanimu. Kamu boleh minta istirahat.
choices-police--teen-13-17 = Bantuan seharusnya tidak bergantung pada bicara dengan polisi atau ke pengadilan. Polisi atau pengadilan mungkin tetap ingin mendengarmu. Walimu atau orang dewasa yang kamu percaya sebaiknya menemanimu, juga juru bahasa. Kamu boleh minta tidak bertemu orang yang menyakitimu. Kamu boleh minta tidak menceritakan kisahmu berulang-ulang.
choices-what-next = Apa yang terjadi selanjutnya: seseorang berbicara dengan Anda di tempat yang privat, dengan juru bahasa jika Anda mau. Mereka menanyakan apa yang Anda butuhkan dan apa yang Anda takutkan. Mereka menjelaskan setiap jenis bantuan, aturannya, dan berapa lama berlangsung. Seorang pendamping kasus seharusnya tetap menjadi kontak Anda.
choices-what-next--child-5-8 = Pertama, orang dewasa bicara denganmu. Mereka bilang apa yang terjadi nanti.
choices-what-next--child-9-12 = Pertama, orang dewasa bicara denganmu di tempat yang tenang. Mereka bertanya apa yang kamu perlukan. Mereka menjelaskan apa yang bisa terjadi nanti. Kamu sebaiknya punya satu penolong yang selalu bisa kamu tanya.
choices-what-next--teen-13-17 = Apa yang terjadi selanjutnya: seorang petugas bicara denganmu secara pribadi, dalam bahasamu. Mereka bertanya apa yang kamu perlukan dan apa yang kamu takutkan. Mereka menjelaskan setiap jenis bantuan dan aturannya. Seorang pendamping kasus seharusnya tetap berhubungan denganmu.
choices-consent = Sebelum bantuan apa pun dimulai, petugas seharusnya menjelaskannya dalam bahasa Anda, dengan setiap aturan dan apa yang diminta dari Anda. Mereka seharusnya meminta persetujuan tertulis Anda. Jangan tanda tangani apa pun yang tidak Anda pahami. Mintalah salinannya.
choices-consent--child-9-12 = Sebelum bantuan dimulai, orang dewasa seharusnya menjelaskannya dalam bahasamu. Kamu boleh bertanya dulu.
choices-consent--teen-13-17 = Sebelum bantuan dimulai, petugas seharusnya menjelaskan bantuan dan aturannya dalam bahasamu. Mereka meminta persetujuan tertulismu. Tanda tangani hanya yang kamu pahami.
choices-time = Anda boleh meluangkan waktu untuk berpikir sebelum memutuskan. Anda mungkin bisa mendapatkan masa pemulihan dan refleksi untuk beristirahat dan memikirkan pilihan-pilihan Anda.
choices-time--child-5-8 = Kamu tidak perlu buru-buru.
choices-time--child-9-12 = Kamu boleh meluangkan waktu untuk berpikir. Kamu tidak harus memutuskan sekarang.
choices-time--teen-13-17 = Kamu boleh meluangkan waktu untuk beristirahat dan berpikir sebelum memutuskan apa pun.
choices-say-no = Anda berhak menolak bantuan atau perlindungan apa pun yang ditawarkan, tanpa perlu memberikan alasan.
choices-say-no--child-5-8 = Tidak suka sesuatu? Bilang ke orang dewasa.
choices-say-no--child-9-12 = Kamu boleh menolak sesuatu yang tidak kamu mau. Orang dewasa akan mendengar. Jika mereka tetap memutuskan, mereka harus bilang alasannya.
choices-say-no--teen-13-17 = Kamu boleh menolak bantuan yang tidak kamu mau. Kamu tidak perlu memberi alasan. Jika orang dewasa tetap memutuskan, mereka harus bilang alasannya.
choices-change-mind = Anda seharusnya bisa menghentikan bantuan dan memintanya lagi nanti, di sini atau setelah pulang. Jika suatu tempat tidak mengizinkan Anda pergi, hubungi pengacara atau saluran bantuan di bawah. Sebelum setuju, tanyakan apa yang berubah jika Anda pergi, misalnya untuk izin tinggal Anda.
choices-change-mind--child-5-8 = Kamu boleh berubah pikiran. Bilang ke orang dewasa.
choices-change-mind--child-9-12 = Kamu boleh berubah pikiran nanti. Kamu boleh minta bantuan lagi.
choices-change-mind--teen-13-17 = Kamu boleh berubah pikiran. Kamu boleh minta bantuan lagi nanti, bahkan setelah pulang.
choices-at-home = Bantuan mungkin juga ada di negara asal Anda, tetapi tidak di semua tempat. Sebelum berangkat, minta petugas mencarikan layanan di dekat tempat Anda akan tinggal. Dengan persetujuan Anda, mereka dapat meneruskan kasus Anda dan memberi Anda nama serta nomornya.
choices-at-home--child-5-8 = Di rumah juga bisa ada bantuan.
choices-at-home--child-9-12 = Jika kamu pulang, di sana mungkin juga ada bantuan. Orang dewasa akan bilang siapa.
choices-at-home--teen-13-17 = Di rumah mungkin juga ada bantuan. Sebelum berangkat, tanyakan siapa yang akan membantumu di sana, dan cara menghubunginya.
choices-family = Anda boleh meminta untuk menelepon atau bertemu keluarga, dan petugas seharusnya membantu Anda. Anda juga boleh memilih untuk tidak melakukannya. Petugas seharusnya tidak menghubungi keluarga Anda tanpa persetujuan Anda.
choices-family--child-5-8 = Kamu boleh minta bicara dengan keluargamu.
choices-family--child-9-12 = Kamu boleh minta bicara dengan keluargamu. Jika ada orang di rumah yang menyakitimu, bilang ke orang dewasa. Orang dewasa akan bilang dulu sebelum menelepon keluargamu. Mereka mungkin menelepon kedutaan negaramu soal dokumen.
choices-family--teen-13-17 = Kamu boleh minta menelepon atau bertemu keluargamu. Bilang ke petugas jika kamu tidak mau, atau jika ada orang di rumah yang menyakitimu. Orang dewasa mungkin perlu menghubungi keluargamu atau kedutaanmu. Mereka harus memberitahumu dulu dan menanyakan pendapatmu.
choices-papers = Anda boleh meminta menghubungi kedutaan atau konsulat negara Anda, misalnya untuk dokumen baru atau untuk pulang. Anda juga boleh memilih tidak, dan petugas seharusnya bertanya kepada Anda sebelum menghubunginya. Jika majikan, agen, atau siapa pun memegang paspor atau kartu identitas Anda, beri tahu petugas atau pengacara. Jika polisi atau petugas menyimpan dokumen Anda, tanyakan alasannya, berapa lama, dan minta tanda terima tertulis.
choices-papers--child-5-8 = Ada yang mengambil dokumenmu? Bilang ke orang dewasa.
choices-papers--child-9-12 = Jika ada yang mengambil paspor atau kartu identitasmu, bilang ke orang dewasa.
choices-papers--teen-13-17 = Jika ada yang mengambil paspor atau kartu identitasmu, bilang ke petugas atau pengacara. Mereka seharusnya membantumu mendapatkannya kembali atau membuat dokumen baru.

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
safety-helpers = Tidak seorang pun yang membantu Anda boleh menyakiti, mengancam, menyentuh Anda secara seksual, atau menghina Anda. Tidak seorang pun boleh meminta uang, seks, kerja, atau imbalan apa pun sebagai ganti bantuan. Jika ini terjadi, beri tahu pengacara, layanan lain, kontak pengaduan atau saluran bantuan di bawah, atau polisi. Mengadu seharusnya tidak pernah membuat Anda kehilangan bantuan.
safety-helpers--child-5-8 = Penolong tidak boleh menyakitimu. Tidak ada yang boleh menyentuh bagian pribadimu. Ada yang menyakitimu? Bilang ke orang dewasa lain.
safety-helpers--child-9-12 = Penolong tidak boleh menyakitimu atau menyentuh bagian pribadimu. Penolong tidak boleh minta uang atau imbalan. Jika ini terjadi, bilang ke orang dewasa lain yang kamu percaya. Atau telepon nomor di bawah. Itu bukan salahmu.
safety-helpers--teen-13-17 = Tidak seorang pun yang membantumu boleh menyakiti, menyentuhmu secara seksual, menghina, atau meminta imbalan. Jika ini terjadi, bilang ke walimu, pengacara, kontak pengaduan atau saluran bantuan di bawah. Itu bukan salahmu, dan kamu seharusnya tetap dibantu.

## Contacts

section-contacts-heading = Tempat mendapatkan bantuan
contacts-intro = Anda boleh menghubungi layanan mana pun di bawah ini sendiri. Layanan ini gratis. Tanyakan kepada masing-masing apa yang dirahasiakan dan kepada siapa mereka wajib melapor.
contacts-intro--child = Kamu bisa menelepon orang-orang ini. Gratis.
