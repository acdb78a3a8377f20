### Kinds of protection and support.

support-shelter-housing-title = Tempat tinggal yang aman
support-shelter-housing-body = Rumah aman atau tempat penampungan, selama Anda membutuhkannya. Anda boleh bertanya tentang aturannya sebelum memutuskan, termasuk apakah Anda boleh keluar dan menghubungi keluarga.
support-shelter-housing-body--child-5-8 = Tempat aman untuk tidur dan makan.
support-shelter-housing-body--child-9-12 = Tempat yang aman untuk tinggal, tidur, dan makan. Ada orang dewasa yang merawatmu.
support-shelter-housing-body--teen-13-17 = Tempat tinggal yang aman. Tanyakan aturannya sebelum memutuskan, misalnya soal keluar rumah dan menelepon keluarga.

support-counselling-information-title = Konsultasi dan informasi
support-counselling-information-title--child-5-8 = Orang untuk diajak bicara
support-counselling-information-body = Seseorang yang menjelaskan hak dan pilihan Anda, menjawab pertanyaan Anda, dan membantu Anda merencanakan langkah selanjutnya.
support-counselling-information-body--child-5-8 = Orang yang mendengarkan dan menjawab pertanyaanmu.
support-counselling-information-body--child-9-12 = Orang yang menjelaskan berbagai hal dan menjawab pertanyaanmu.
support-counselling-information-body--teen-13-17 = Orang yang menjelaskan hak dan pilihanmu, dan membantumu merencanakan langkah selanjutnya.

support-medical-care-title = Layanan kesehatan
support-medical-care-body = Perawatan medis gratis dari dokter atau perawat, termasuk pengobatan darurat, pemeriksaan kesehatan, serta layanan kesehatan seksual dan reproduksi. Anda boleh meminta dokter laki-laki atau perempuan sesuai keinginan Anda.
support-medical-care-body--child-5-8 = Dokter atau perawat, kalau kamu sakit atau terluka.
support-medical-care-body--child-9-12 = Dokter atau perawat yang memeriksa kesehatanmu. Mereka membantu kalau kamu sakit atau terluka.
support-medical-care-body--teen-13-17 = Perawatan gratis dari dokter atau perawat, termasuk pemeriksaan kesehatan dan kesehatan seksual. Kamu boleh minta diperiksa laki-laki atau perempuan.

support-psychological-support-title = Dukungan emosional
support-psychological-support-body = Konseling dengan orang yang terlatih, untuk membantu mengatasi rasa takut, sedih, stres, atau gangguan tidur. Konseling ini bersifat rahasia.
support-psychological-support-body--child-9-12 = Orang terlatih yang membantu saat kamu merasa sedih, takut, atau cemas.
support-psychological-support-body--teen-13-17 = Konselor terlatih untuk diajak bicara tentang rasa takut, sedih, stres, atau mimpi buruk. Semuanya dirahasiakan.

support-material-financial-assistance-title = Makanan, pakaian, dan uang
support-material-financial-assistance-body = Makanan, pakaian, perlengkapan kebersihan diri, dan, jika tersedia, uang untuk kebutuhan pokok.
support-material-financial-assistance-body--child-9-12 = Makanan, pakaian, dan barang-barang yang kamu perlukan setiap hari.
support-material-financial-assistance-body--teen-13-17 = Makanan, pakaian, perlengkapan mandi, dan kadang-kadang uang untuk kebutuhanmu.

support-legal-support-title = Bantuan hukum
support-legal-support-body = Pengacara atau penasihat hukum, tanpa biaya, untuk menjelaskan situasi hukum Anda, pilihan Anda, dan proses pengadilan apa pun, serta membantu Anda menuntut ganti rugi.
support-legal-support-body--child-9-12 = Pengacara yang menjelaskan hukum kepadamu, gratis.
support-legal-support-body--teen-13-17 = Pengacara gratis yang menjelaskan situasi hukummu, proses pengadilan jika ada, dan cara menuntut ganti rugi.

support-interpretation-title = Juru bahasa
support-interpretation-title--child-5-8 = Orang yang bisa bahasamu
support-interpretation-body = Juru bahasa, agar Anda bisa memahami dan dipahami. Anda boleh meminta juru bahasa lain jika merasa tidak nyaman.
support-interpretation-body--child-5-8 = Orang yang bisa berbicara dalam bahasamu.
support-interpretation-body--child-9-12 = Orang yang berbicara dalam bahasamu dan membantumu memahami.
support-interpretation-body--teen-13-17 = Juru bahasa yang berbicara dalam bahasamu. Kamu boleh minta juru bahasa lain kalau merasa tidak nyaman.

support-residence-work-title = Izin tinggal dan izin kerja
support-residence-work-title--child = Izin untuk tinggal
support-residence-work-body = Jika Anda warga negara asing: bantuan untuk mengajukan masa refleksi, izin tinggal, dan, jika hukum mengizinkan, izin kerja.
support-residence-work-body--child-9-12 = Kalau kamu dari negara lain: bantuan mengurus surat-surat agar kamu bisa tinggal.
support-residence-work-body--teen-13-17 = Kalau kamu berasal dari negara lain: bantuan mengurus dokumen untuk tinggal dan, kalau usiamu sudah cukup, untuk bekerja.

support-voluntary-return-title = Pulang dengan aman
support-voluntary-return-body = Jika Anda ingin pulang, bantuan untuk kembali dengan aman, dan kontak layanan bantuan setibanya Anda di sana. Tidak ada yang boleh memulangkan Anda di luar kehendak Anda selama keselamatan Anda masih terancam.
support-voluntary-return-body--child-9-12 = Kalau kamu ingin pulang, orang dewasa akan membantumu pulang dengan aman.
support-voluntary-return-body--teen-13-17 = Kalau kamu ingin pulang, ada bantuan untuk pulang dengan aman. Di sana juga ada orang yang bisa kamu hubungi.

support-child-protection-title = Perlindungan anak
support-child-protection-title--child-5-8 = Orang dewasa yang melindungi anak-anak
support-child-protection-body = Petugas perlindungan anak memastikan anak aman dan terurus, dan menunjuk wali bila diperlukan.
support-child-protection-body--child-9-12 = Petugas perlindungan anak memastikan kamu aman dan dirawat dengan baik.
support-child-protection-body--teen-13-17 = Petugas perlindungan anak memastikan kamu aman dan terurus, dan mencarikan wali untukmu jika perlu.
