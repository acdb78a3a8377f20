### Rights. Titles and bodies; see content/rights.toml for the legal basis of each.

right-safety-title = Perlindungan dari bahaya
right-safety-title--child-5-8 = Kamu akan dijaga agar aman
right-safety-title--child = Kamu berhak untuk aman
right-safety-body = Anda berhak dilindungi dari bahaya lebih lanjut, ancaman, dan pembalasan dari orang-orang yang mengeksploitasi Anda atau kaki tangan mereka. Perlindungan juga bisa mencakup keluarga Anda. Beri tahu petugas apa yang Anda takutkan, sekarang atau nanti: risiko yang Anda hadapi akan dinilai ulang jika keadaan berubah.
right-safety-body--child-5-8 = Tidak ada yang boleh menyakitimu. Orang dewasa akan menjagamu.
right-safety-body--child-9-12 = Tidak ada yang boleh menyakiti atau menakutimu. Orang dewasa wajib menjagamu tetap aman. Bilang ke mereka kalau kamu takut.
right-safety-body--teen-13-17 = Kamu berhak dilindungi dari siapa pun yang ingin menyakiti, mengancam, atau menghukummu. Keluargamu juga bisa dilindungi. Beri tahu petugas kalau kamu takut, sekarang atau nanti.

right-privacy-title = Privasi dan kerahasiaan
right-privacy-title--child-5-8 = Ceritamu dirahasiakan
right-privacy-title--child = Informasimu dirahasiakan
right-privacy-body = Nama, cerita, dan data pribadi Anda bersifat rahasia. Petugas hanya boleh membagikannya dengan persetujuan Anda, atau jika hukum mewajibkannya demi keselamatan Anda atau orang lain; mereka seharusnya memberi tahu Anda sebelum melakukannya. Mereka sama sekali tidak boleh memberikan data Anda kepada media.
right-privacy-body--child-9-12 = Ceritamu dirahasiakan. Orang dewasa hanya membagikannya kepada orang yang membantu menjagamu. Mereka akan memberitahumu siapa saja.
right-privacy-body--teen-13-17 = Nama dan ceritamu dirahasiakan. Petugas hanya membagikannya dengan persetujuanmu, atau jika hukum mewajibkan demi keselamatan seseorang. Mereka seharusnya memberitahumu lebih dulu.

right-non-punishment-title = Anda tidak akan dihukum atas perbuatan yang dipaksakan kepada Anda
right-non-punishment-title--child-5-8 = Kamu tidak akan dihukum
right-non-punishment-title--child = Kamu tidak akan dihukum
right-non-punishment-body = Anda seharusnya tidak ditangkap, ditahan, atau dituntut atas perbuatan yang merupakan akibat langsung dari perdagangan orang yang Anda alami, seperti masuk atau tinggal di negara ini tanpa izin yang sah, bekerja tanpa dokumen, atau menggunakan dokumen palsu.
right-non-punishment-body--child-5-8 = Kamu tidak akan dihukum. Tidak ada yang akan memenjarakanmu.
right-non-punishment-body--child-9-12 = Kamu tidak akan dihukum karena hal-hal yang orang lain paksa kamu lakukan. Kamu tidak akan dipenjara.
right-non-punishment-body--teen-13-17 = Kamu seharusnya tidak ditangkap, dikurung, atau dihukum karena hal yang dipaksakan kepadamu saat diperdagangkan. Misalnya, menyeberangi perbatasan tanpa dokumen.

right-information-title = Informasi tentang kasus Anda
right-information-title--child = Diberi tahu apa yang sedang terjadi
right-information-body = Anda berhak mendapatkan informasi yang jelas, dalam bahasa yang Anda pahami, tentang hak-hak Anda, pilihan bantuan, dan proses hukum apa pun, serta berhak mendapat waktu untuk memikirkannya.
right-information-body--child-9-12 = Orang dewasa wajib memberitahumu apa yang sedang terjadi, dalam bahasamu. Kamu boleh bertanya kapan saja.
right-information-body--teen-13-17 = Kamu berhak diberi tahu apa yang terjadi dengan kasus dan bantuanmu, dalam bahasa yang kamu pahami. Kamu juga berhak bertanya.

right-compensation-title = Ganti rugi
right-compensation-title--child = Uang pengganti atas kerugianmu
right-compensation-body = Anda mungkin dapat menuntut ganti rugi atas kerugian yang Anda alami dan atas upah yang tidak dibayarkan. Penasihat hukum dapat menjelaskan caranya, tanpa biaya.
right-compensation-body--child-9-12 = Kamu mungkin bisa mendapat uang pengganti atas apa yang terjadi padamu. Pengacara bisa membantumu, gratis.
right-compensation-body--teen-13-17 = Kamu mungkin bisa mendapat uang atas kerugian yang kamu alami dan atas pekerjaan yang tidak dibayar. Pengacara gratis bisa menjelaskan caranya.

right-reflection-and-stay-title = Waktu untuk pulih, dan izin untuk tinggal
right-reflection-and-stay-title--child = Waktu untuk beristirahat dan izin tinggal
right-reflection-and-stay-body = Jika Anda warga negara asing, Anda mungkin mendapat masa pemulihan dan refleksi, yang selama itu Anda tidak dapat dipulangkan secara paksa, lalu izin tinggal untuk sementara atau tetap. Tanyakan kepada penasihat hukum apa yang berlaku di sini.
right-reflection-and-stay-body--child-9-12 = Kalau kamu dari negara lain, kamu mungkin boleh tinggal di sini sebentar. Kamu bisa beristirahat dan pulih.
right-reflection-and-stay-body--teen-13-17 = Kalau kamu dari negara lain, kamu mungkin mendapat waktu untuk beristirahat dan memutuskan. Kamu juga mungkin mendapat izin tinggal sementara atau seterusnya. Pengacara bisa menjelaskan lebih lanjut.

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
right-guardian-title--child-5-8 = Orang dewasa khusus untukmu
right-guardian-title--child = Orang dewasa yang berpihak padamu
right-guardian-body = Anak yang tidak didampingi orang tua atau pengasuh di sini harus mendapat wali, dan lembaga perlindungan anak wajib dilibatkan.
right-guardian-body--child-9-12 = Kalau orang tuamu tidak ada di sini, kamu akan mendapat wali. Wali adalah orang dewasa yang menjagamu dan membelamu.
right-guardian-body--teen-13-17 = Kalau orang tua atau pengasuhmu tidak ada di sini, kamu seharusnya mendapat wali: orang dewasa yang menjaga kepentinganmu. Petugas perlindungan anak juga akan membantumu.

right-best-interests-title = Kepentingan terbaik dan pendapat Anda
right-best-interests-title--child-5-8 = Kami mendengarkanmu
right-best-interests-title--child = Suaramu penting
right-best-interests-body = Setiap keputusan tentang seorang anak harus mengutamakan kepentingan terbaik anak, dan pendapat anak harus didengar dan ditanggapi dengan sungguh-sungguh.
right-best-interests-body--child-9-12 = Orang dewasa harus melakukan yang terbaik untukmu. Mereka harus mendengarkan keinginanmu.
right-best-interests-body--teen-13-17 = Setiap keputusan tentang dirimu harus demi kepentingan terbaikmu. Orang dewasa harus mendengarkan pendapatmu dan menanggapinya dengan serius.

right-free-choice-title = Bantuan sesuai keinginan Anda
right-free-choice-title--child = Pilihanmu
right-free-choice-body = Bantuan hanya boleh diberikan dengan persetujuan Anda setelah mendapat penjelasan yang cukup, dan tidak pernah dengan syarat Anda harus ikut serta dalam penyidikan polisi atau persidangan.
right-free-choice-body--child-9-12 = Kamu dibantu tanpa harus melakukan apa pun sebagai balasannya.
right-free-choice-body--teen-13-17 = Bantuan hanya diberikan kalau kamu setuju. Bantuan tidak pernah mensyaratkan kamu membantu polisi atau pergi ke pengadilan.
