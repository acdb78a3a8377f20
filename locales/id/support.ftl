### Kinds of protection and support.

support-shelter-housing-title = Tempat tinggal yang aman
support-shelter-housing-body = Tempat tinggal yang aman, gratis. Setiap rumah aman punya aturan, dan beberapa tidak mengizinkan Anda keluar sendiri, menyimpan ponsel, atau bertemu keluarga. Sebelum Anda setuju, petugas harus memberi tahu semua aturannya. Tanyakan berapa lama Anda boleh tinggal, dan apakah Anda boleh keluar, bekerja, memakai ponsel, dan menghubungi keluarga. Tanyakan apa yang terjadi jika Anda ingin pergi.
support-shelter-housing-body--child-5-8 = Tempat aman untuk tidur dan makan. Orang dewasa harus memberi tahu aturannya.
support-shelter-housing-body--child-9-12 = Tempat aman untuk tinggal, tidur, dan makan. Setiap tempat punya aturan. Orang dewasa harus memberi tahu aturannya dulu. Tanyakan berapa lama kamu tinggal. Tanyakan apakah kamu boleh bicara dengan keluargamu.
support-shelter-housing-body--teen-13-17 = Tempat tinggal yang aman. Setiap tempat punya aturan, dan beberapa tidak mengizinkanmu keluar sendiri atau menyimpan ponsel. Sebelum kamu setuju, petugas harus memberi tahu aturannya. Tanyakan berapa lama kamu akan tinggal, dan apakah kamu boleh menelepon keluarga dan bersekolah.

support-counselling-information-title = Konsultasi dan informasi
support-counselling-information-title--child-5-8 = Orang untuk diajak bicara
support-counselling-information-body = Seseorang yang menjelaskan hak dan pilihan Anda, menjawab pertanyaan Anda, dan membantu Anda merencanakan langkah selanjutnya.
support-counselling-information-body--child-9-12 = Orang yang menjelaskan berbagai hal dan menjawab pertanyaanmu.
support-counselling-information-body--teen-13-17 = Orang yang menjelaskan hak dan pilihanmu, dan membantumu merencanakan langkah selanjutnya.

support-medical-care-title = Layanan kesehatan
support-medical-care-body = Perawatan medis gratis dari dokter atau perawat, termasuk pengobatan darurat, pemeriksaan kesehatan, serta layanan kesehatan seksual dan reproduksi. Anda boleh meminta dokter laki-laki atau perempuan sesuai keinginan Anda.
support-medical-care-body--child-5-8 = Dokter atau perawat. Mereka membantu saat kamu sakit.
support-medical-care-body--child-9-12 = Dokter atau perawat yang memeriksa kesehatanmu. Mereka membantu kalau kamu sakit atau terluka.
support-medical-care-body--teen-13-17 = Perawatan gratis dari dokter atau perawat, termasuk pemeriksaan kesehatan dan kesehatan seksual. Kamu boleh minta diperiksa laki-laki atau perempuan.

support-psychological-support-title = Dukungan emosional
support-psychological-support-body = Konseling dengan orang terlatih, untuk membantu mengatasi rasa takut, sedih, stres, atau sulit tidur. Apa yang Anda katakan dirahasiakan, kecuali bila seseorang harus dilindungi dari bahaya serius.
support-psychological-support-body--child-9-12 = Orang terlatih yang membantu saat kamu merasa sedih, takut, atau cemas.
support-psychological-support-body--teen-13-17 = Konselor terlatih untuk diajak bicara tentang rasa takut, sedih, stres, atau mimpi buruk. Ini rahasia, kecuali ada orang dalam bahaya.

support-material-financial-assistance-title = Makanan, pakaian, dan uang
support-material-financial-assistance-body = Makanan, pakaian, perlengkapan kebersihan diri, dan, jika tersedia, uang untuk kebutuhan pokok.
support-material-financial-assistance-body--child-9-12 = Makanan, pakaian, dan barang-barang yang kamu perlukan setiap hari.
support-material-financial-assistance-body--teen-13-17 = Makanan, pakaian, perlengkapan mandi, dan kadang-kadang uang untuk kebutuhanmu.

support-legal-support-title = Bantuan hukum
support-legal-support-body = Pengacara atau penasihat hukum untuk menjelaskan situasi hukum Anda, pilihan Anda, dan kasus pengadilan, serta membantu Anda menuntut ganti rugi. Mintalah bantuan hukum gratis.
support-legal-support-body--child-9-12 = Pengacara yang menjelaskan hukum kepadamu. Minta pengacara yang gratis.
support-legal-support-body--teen-13-17 = Pengacara untuk menjelaskan situasi hukummu, kasus pengadilan, dan cara menuntut ganti rugi. Minta pengacara yang gratis.

support-interpretation-title = Juru bahasa
support-interpretation-title--child-5-8 = Orang yang bisa bahasamu
support-interpretation-body = Juru bahasa, supaya Anda bisa memahami dan dipahami. Juru bahasa wajib merahasiakan apa yang Anda katakan. Anda boleh meminta juru bahasa lain, misalnya yang bukan dari komunitas Anda, atau laki-laki atau perempuan. Beri tahu petugas jika Anda tidak mempercayai juru bahasa itu.
support-interpretation-body--child-5-8 = Orang yang bisa bahasamu. Kamu boleh minta orang lain.
support-interpretation-body--child-9-12 = Orang yang bisa bahasamu dan membantumu mengerti. Mereka wajib merahasiakan apa yang kamu katakan. Kamu boleh minta orang lain.
support-interpretation-body--teen-13-17 = Juru bahasa dalam bahasamu. Mereka wajib merahasiakan apa yang kamu katakan. Kamu boleh minta juru bahasa lain, misalnya jika kamu mengenalnya atau tidak mempercayainya.

support-residence-work-title = Bantuan untuk izin tinggal dan bekerja
support-residence-work-title--child = Bantuan untuk dokumenmu
support-residence-work-body = Jika Anda warga negara asing: bantuan mengajukan masa pertimbangan, izin tinggal, atau izin kerja, bila hukum memungkinkan.
support-residence-work-body--child-9-12 = Dari negara lain? Pengacara bisa membantu dokumenmu. Orang dewasa akan bilang apakah kamu boleh tinggal.
support-residence-work-body--teen-13-17 = Jika kamu dari negara lain: pengacara bisa membantumu mengajukan dokumen untuk tinggal. Tanyakan apa yang mungkin di sini, dan kapan kamu boleh bekerja.

support-voluntary-return-title = Pulang dengan aman
support-voluntary-return-body = Jika Anda ingin pulang: bantuan untuk kembali dengan aman dan tanpa penundaan lama. Petugas seharusnya memberi tahu berapa lama prosesnya dan dokumen apa yang diperlukan. Jika pulang tidak aman bagi Anda, segera beri tahu petugas dan pengacara. Anda mungkin bisa tetap tinggal, atau mendapat perlindungan lain.
support-voluntary-return-body--child-5-8 = Mau pulang? Bilang ke orang dewasa. Mereka memeriksa rumah aman dulu.
support-voluntary-return-body--child-9-12 = Kamu mau pulang? Bilang ke penolongmu. Orang dewasa harus memeriksa dulu bahwa di sana aman. Bilang jika ada orang di rumah yang menyakitimu. Sebaiknya ada yang menemanimu dalam perjalanan.
support-voluntary-return-body--teen-13-17 = Jika kamu ingin pulang, orang dewasa harus memeriksa dulu bahwa di sana aman untukmu. Bilang jika ada orang di rumah yang pernah menyakitimu. Prosesnya seharusnya tidak lebih lama dari perlu. Kamu sebaiknya pergi bersama orang dewasa, dan ada yang menjemputmu.

support-child-protection-title = Perlindungan anak
support-child-protection-title--child-5-8 = Orang dewasa yang melindungi anak-anak
support-child-protection-body = Petugas perlindungan anak memastikan anak aman dan terurus, dan menunjuk wali bila diperlukan.
support-child-protection-body--child-9-12 = Petugas perlindungan anak memastikan kamu aman dan dirawat dengan baik.
support-child-protection-body--teen-13-17 = Petugas perlindungan anak memastikan kamu aman dan terurus, dan mencarikan wali untukmu jika perlu.
