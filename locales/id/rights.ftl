### Rights. Titles and bodies; see content/rights.toml for the legal basis of each.

right-safety-title = Perlindungan dari bahaya
right-safety-title--child-5-8 = Kamu berhak untuk aman
right-safety-title--child = Kamu berhak untuk aman
right-safety-body = Anda berhak dilindungi dari bahaya lebih lanjut, ancaman, dan balas dendam dari orang-orang yang mengeksploitasi Anda atau rekan mereka. Perlindungan juga dapat mencakup keluarga Anda. Beri tahu petugas apa yang Anda takutkan, sekarang atau nanti: risiko Anda seharusnya dinilai ulang saat keadaan berubah.
right-safety-body--child-5-8 = Tidak ada yang boleh menyakitimu.
right-safety-body--child-9-12 = Tidak ada yang boleh menyakiti atau menakutimu. Orang dewasa wajib menjagamu tetap aman. Bilang ke mereka kalau kamu takut.
right-safety-body--teen-13-17 = Kamu berhak dilindungi dari siapa pun yang ingin menyakiti, mengancam, atau menghukummu. Keluargamu juga bisa dilindungi. Beri tahu petugas kalau kamu takut, sekarang atau nanti.

right-privacy-title = Privasi dan kerahasiaan
right-privacy-title--child = Informasimu dirahasiakan
right-privacy-body = Nama, kisah, dan data pribadi Anda dirahasiakan. Petugas boleh membagikannya hanya dengan persetujuan Anda, atau bila hukum mewajibkan, misalnya untuk mencegah bahaya serius. Mereka seharusnya memberi tahu Anda dulu, dan siapa yang akan tahu. Jika Anda membantu kasus polisi, pengadilan mungkin melihat keterangan Anda. Anda boleh meminta berbicara di tempat privat, tanpa ada orang lain yang mendengar. Tidak seorang pun boleh memberikan data Anda kepada media, komunitas, atau keluarga Anda tanpa persetujuan Anda.
right-privacy-body--child-5-8 = Ceritamu rahasia. Penolong mungkin perlu memberi tahu orang lain. Kami akan bilang siapa.
right-privacy-body--child-9-12 = Ceritamu rahasia. Kadang orang dewasa harus memberi tahu orang lain, supaya anak tetap aman. Mereka akan bilang siapa. Kamu boleh minta bicara di tempat pribadi.
right-privacy-body--teen-13-17 = Nama dan kisahmu dirahasiakan. Petugas hanya membagikannya jika kamu setuju, atau jika hukum mewajibkan demi keamanan seseorang. Mereka seharusnya memberitahumu dulu, dan siapa yang akan tahu. Kamu boleh minta bicara di tempat yang tidak didengar orang lain.

right-non-punishment-title = Anda seharusnya tidak dihukum atas apa yang dipaksakan kepada Anda
right-non-punishment-title--child-5-8 = Kamu tidak akan dihukum
right-non-punishment-title--child = Kamu tidak akan dihukum
right-non-punishment-body = Anda seharusnya tidak ditangkap, ditahan, atau dituntut atas apa yang dipaksakan kepada Anda selama diperdagangkan. Ini termasuk masuk atau tinggal di negara ini secara tidak resmi, bekerja tanpa dokumen, atau memakai dokumen palsu. Anda juga seharusnya tidak dikurung di penjara, sel polisi, atau pusat detensi, bahkan "demi perlindungan Anda" atau sebagai saksi. Jika Anda ditahan, mintalah pengacara dan layanan pendamping korban.
right-non-punishment-body--child-5-8 = Kamu tidak bersalah. Anak tidak boleh dikurung.
right-non-punishment-body--child-9-12 = Kamu seharusnya tidak dihukum atas hal yang dipaksakan orang lain. Anak tidak boleh ditahan di penjara atau sel. Jika ini terjadi, minta pengacara atau walimu.
right-non-punishment-body--teen-13-17 = Kamu seharusnya tidak ditangkap atau dihukum atas hal yang dipaksakan kepadamu. Contohnya menyeberang perbatasan tanpa dokumen. Kamu seharusnya tidak dikurung di penjara atau pusat detensi, bahkan "demi melindungimu". Jika ini terjadi, minta pengacara dan walimu.

right-information-title = Informasi tentang kasus Anda
right-information-title--child = Diberi tahu apa yang sedang terjadi
right-information-body = Anda berhak mendapatkan informasi yang jelas, dalam bahasa yang Anda pahami, tentang hak-hak Anda, pilihan bantuan, dan proses hukum apa pun, serta berhak mendapat waktu untuk memikirkannya.
right-information-body--child-9-12 = Orang dewasa wajib memberitahumu apa yang sedang terjadi, dalam bahasamu. Kamu boleh bertanya kapan saja.
right-information-body--teen-13-17 = Kamu berhak diberi tahu apa yang terjadi dengan kasus dan bantuanmu, dalam bahasa yang kamu pahami. Kamu juga berhak bertanya.

right-compensation-title = Ganti rugi
right-compensation-title--child = Uang pengganti atas kerugianmu
right-compensation-body = Anda mungkin dapat menuntut ganti rugi atas kerugian yang Anda alami dan upah yang tidak dibayar. Mintalah bantuan hukum gratis: penasihat hukum dapat menjelaskan caranya.
right-compensation-body--child-9-12 = Kamu mungkin bisa mendapat uang atas apa yang terjadi padamu. Minta pengacara untuk membantumu.
right-compensation-body--teen-13-17 = Kamu mungkin bisa mendapat uang atas kerugian yang kamu alami. Ini termasuk kerja yang tidak dibayar. Minta pengacara gratis untuk menjelaskan caranya.

right-reflection-and-stay-title = Waktu untuk pulih, dan mungkin izin tinggal
right-reflection-and-stay-title--child = Waktu untuk istirahat, dan mungkin untuk tinggal
right-reflection-and-stay-body = Beberapa negara memberi korban warga asing masa pemulihan dan pertimbangan, saat Anda seharusnya tidak dipulangkan paksa. Beberapa negara lalu memberi izin tinggal, sementara atau tetap. Tidak semua negara melakukannya, dan beberapa meminta Anda membantu kasus polisi dulu. Tanyakan kepada penasihat hukum apa yang berlaku di sini sebelum Anda memutuskan.
right-reflection-and-stay-body--child-9-12 = Kamu dari negara lain? Kamu mungkin boleh tinggal sebentar. Pengacara akan menjelaskan apa yang mungkin.
right-reflection-and-stay-body--teen-13-17 = Jika kamu dari negara lain, kamu mungkin mendapat waktu untuk istirahat dan memutuskan. Beberapa negara juga mengizinkanmu tinggal sementara atau tetap. Pengacara bisa memberi tahu apa yang mungkin di sini.

right-recovery-title = Bantuan untuk pulih
right-recovery-title--child = Bantuan agar kamu merasa lebih baik
right-recovery-body = Anda berhak mendapat bantuan untuk pemulihan fisik, psikologis, dan sosial: tempat tinggal yang aman, layanan kesehatan, konseling, dan bantuan lain yang sesuai dengan kebutuhan Anda.
right-recovery-body--child-9-12 = Kamu berhak atas tempat yang aman, makanan, dan dokter. Kamu juga berhak bersekolah dan punya orang untuk diajak bicara.
right-recovery-body--teen-13-17 = Kamu berhak mendapat tempat tinggal yang aman, layanan kesehatan, orang untuk diajak bicara, dan pendidikan.

right-presumed-child-title = Diperlakukan sebagai anak
right-presumed-child-title--child = Jika kamu mungkin belum 18 tahun
right-presumed-child-body = Jika Anda mungkin berusia di bawah 18 tahun, Anda harus diperlakukan sebagai anak, dengan semua hak anak, sampai usia Anda diketahui.
right-presumed-child-body--child-9-12 = Kalau tidak ada yang tahu umurmu, kamu akan diperlakukan sebagai anak. Itu memberimu perlindungan lebih.
right-presumed-child-body--teen-13-17 = Kalau kamu mungkin belum berumur 18 tahun, kamu harus diperlakukan sebagai anak sampai umurmu diketahui. Anak-anak mendapat perlindungan lebih.

right-guardian-title = Wali
right-guardian-title--child = Orang dewasa yang berpihak padamu
right-guardian-body = Anak yang tidak didampingi orang tua atau pengasuh di sini harus mendapat wali, dan lembaga perlindungan anak wajib dilibatkan.
right-guardian-body--child-5-8 = Orang dewasa sebaiknya bicara untukmu.
right-guardian-body--child-9-12 = Jika orang tuamu tidak di sini, kamu seharusnya mendapat wali. Wali berbicara untukmu dan menjelaskan hakmu. Mereka menemanimu saat bertemu polisi atau hakim. Jika kamu tidak senang dengan walimu, bilang ke orang dewasa lain.
right-guardian-body--teen-13-17 = Jika orang tua atau pengasuhmu tidak di sini, kamu seharusnya mendapat wali. Wali menjaga kepentinganmu dan menjelaskan hakmu. Mereka seharusnya menemanimu saat polisi, pengadilan, atau layanan lain berbicara denganmu. Jika walimu tidak membantumu, bilang ke petugas perlindungan anak atau saluran bantuan di bawah.

right-best-interests-title = Kepentingan terbaik dan pendapat Anda
right-best-interests-title--child = Suaramu penting
right-best-interests-body = Setiap keputusan tentang seorang anak harus mengutamakan kepentingan terbaik anak, dan pendapat anak harus didengar dan ditanggapi dengan sungguh-sungguh.
right-best-interests-body--child-5-8 = Kamu boleh bilang apa yang kamu mau. Kami akan mendengar.
right-best-interests-body--child-9-12 = Orang dewasa harus melakukan yang terbaik untukmu. Mereka harus mendengar apa yang kamu mau. Jika mereka memutuskan lain, mereka harus bilang alasannya.
right-best-interests-body--teen-13-17 = Setiap keputusan tentang dirimu harus demi kepentingan terbaikmu. Orang dewasa harus mendengar pendapatmu dan menganggapnya serius. Ini termasuk tempat tinggalmu, hubungan dengan keluarga, pulang, dan kasus pengadilan. Jika mereka memutuskan berbeda dari keinginanmu, mereka harus bilang alasannya.

right-free-choice-title = Bantuan sesuai keinginan Anda
right-free-choice-title--child = Pilihanmu
right-free-choice-body = Bantuan seharusnya diberikan hanya dengan persetujuan Anda setelah mendapat informasi lengkap. Bantuan seharusnya tidak pernah bergantung pada membantu kasus polisi atau sidang, atau pada memberi imbalan apa pun.
right-free-choice-body--child-5-8 = Kamu dibantu. Tidak ada yang boleh minta balasan.
right-free-choice-body--child-9-12 = Kamu dibantu tanpa harus melakukan apa pun sebagai balasannya.
right-free-choice-body--teen-13-17 = Bantuan hanya diberikan jika kamu setuju. Bantuan seharusnya tidak pernah bergantung pada membantu polisi, ke pengadilan, atau memberi imbalan.
