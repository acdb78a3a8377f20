### Kinds of protection and support.

support-shelter-housing-title = Tempat tinggal yang selamat
support-shelter-housing-body = Tempat tinggal yang selamat, percuma. Setiap tempat perlindungan ada peraturan, dan ada yang tidak membenarkan anda keluar seorang diri, menyimpan telefon atau berjumpa keluarga. Sebelum anda bersetuju, pegawai mesti memberitahu semua peraturan. Tanya berapa lama anda boleh tinggal, dan sama ada anda boleh keluar, bekerja, menggunakan telefon dan menghubungi keluarga. Tanya apa berlaku jika anda mahu pergi.
support-shelter-housing-body--child-5-8 = Tempat selamat untuk tidur dan makan. Orang dewasa mesti beritahu peraturannya.
support-shelter-housing-body--child-9-12 = Tempat selamat untuk tinggal, tidur dan makan. Setiap tempat ada peraturan. Orang dewasa mesti beritahu peraturan dahulu. Tanya berapa lama kamu akan tinggal. Tanya sama ada kamu boleh bercakap dengan keluarga.
support-shelter-housing-body--teen-13-17 = Tempat tinggal yang selamat. Setiap tempat ada peraturan, dan ada yang tidak membenarkan kamu keluar seorang diri atau menyimpan telefon. Sebelum kamu bersetuju, pegawai mesti memberitahu peraturannya. Tanya berapa lama kamu akan tinggal, dan sama ada kamu boleh menelefon keluarga dan pergi ke sekolah.

support-counselling-information-title = Nasihat dan maklumat
support-counselling-information-title--child-5-8 = Orang untuk berbual
support-counselling-information-body = Seseorang untuk menerangkan hak dan pilihan anda, menjawab soalan anda dan membantu anda merancang langkah seterusnya.
support-counselling-information-body--child-9-12 = Orang yang menerangkan sesuatu dan menjawab soalan kamu.
support-counselling-information-body--teen-13-17 = Orang yang menerangkan hak dan pilihan kamu serta membantu kamu merancang langkah seterusnya.

support-medical-care-title = Penjagaan kesihatan
support-medical-care-body = Rawatan perubatan percuma daripada doktor atau jururawat, termasuk rawatan segera, pemeriksaan kesihatan serta penjagaan kesihatan seksual dan reproduktif. Anda boleh meminta doktor lelaki atau perempuan mengikut pilihan anda.
support-medical-care-body--child-5-8 = Doktor atau jururawat. Mereka membantu bila kamu sakit.
support-medical-care-body--child-9-12 = Doktor atau jururawat yang memeriksa kesihatan kamu. Mereka membantu jika kamu sakit atau cedera.
support-medical-care-body--teen-13-17 = Rawatan percuma daripada doktor atau jururawat, termasuk pemeriksaan kesihatan dan kesihatan seksual. Kamu boleh minta lelaki atau perempuan.

support-psychological-support-title = Sokongan emosi
support-psychological-support-body = Kaunseling dengan orang terlatih, untuk membantu dengan rasa takut, sedih, tekanan atau masalah tidur. Apa yang anda katakan dirahsiakan, kecuali apabila seseorang perlu dilindungi daripada bahaya serius.
support-psychological-support-body--child-9-12 = Orang terlatih yang membantu apabila kamu rasa sedih, takut atau risau.
support-psychological-support-body--teen-13-17 = Kaunselor terlatih untuk bercakap tentang rasa takut, sedih, tekanan atau mimpi buruk. Ia rahsia, kecuali jika seseorang dalam bahaya.

support-material-financial-assistance-title = Makanan, pakaian dan wang
support-material-financial-assistance-body = Makanan, pakaian, barangan kebersihan diri dan, jika ada, wang untuk keperluan asas.
support-material-financial-assistance-body--child-9-12 = Makanan, pakaian dan barang yang kamu perlukan setiap hari.
support-material-financial-assistance-body--teen-13-17 = Makanan, pakaian, barang untuk mandi dan mencuci, dan kadangkala wang untuk keperluan kamu.

support-legal-support-title = Bantuan guaman
support-legal-support-body = Peguam atau penasihat undang-undang untuk menerangkan keadaan undang-undang anda, pilihan anda dan apa-apa kes mahkamah, dan membantu anda menuntut pampasan. Minta bantuan guaman percuma.
support-legal-support-body--child-9-12 = Peguam yang menerangkan undang-undang kepada kamu. Minta peguam yang percuma.
support-legal-support-body--teen-13-17 = Peguam untuk menerangkan keadaan undang-undang kamu, apa-apa kes mahkamah dan cara menuntut pampasan. Minta peguam yang percuma.

support-interpretation-title = Jurubahasa
support-interpretation-title--child-5-8 = Orang yang bercakap bahasa kamu
support-interpretation-body = Jurubahasa, supaya anda faham dan difahami. Jurubahasa mesti merahsiakan apa yang anda katakan. Anda boleh minta jurubahasa lain, contohnya seseorang yang bukan dari komuniti anda, atau lelaki atau perempuan. Beritahu pegawai jika anda tidak mempercayai jurubahasa itu.
support-interpretation-body--child-5-8 = Orang yang bercakap bahasa kamu. Kamu boleh minta orang lain.
support-interpretation-body--child-9-12 = Orang yang bercakap bahasa kamu dan membantu kamu faham. Mereka mesti merahsiakan apa yang kamu katakan. Kamu boleh minta orang lain.
support-interpretation-body--teen-13-17 = Jurubahasa dalam bahasa kamu. Mereka mesti merahsiakan apa yang kamu katakan. Kamu boleh minta jurubahasa lain, contohnya jika kamu mengenalinya atau tidak mempercayainya.

support-residence-work-title = Bantuan untuk kebenaran tinggal dan bekerja
support-residence-work-title--child = Bantuan dengan dokumen kamu
support-residence-work-body = Jika anda warga asing: bantuan memohon tempoh pertimbangan, permit tinggal atau permit kerja, jika undang-undang membenarkan.
support-residence-work-body--child-9-12 = Dari negara lain? Peguam boleh bantu dengan dokumen kamu. Orang dewasa akan beritahu jika kamu boleh tinggal.
support-residence-work-body--teen-13-17 = Jika kamu dari negara lain: peguam boleh membantu kamu memohon dokumen untuk tinggal. Tanya apa yang mungkin di sini, dan bila kamu boleh bekerja.

support-voluntary-return-title = Pulang dengan selamat
support-voluntary-return-body = Jika anda mahu pulang: bantuan untuk pulang dengan selamat dan tanpa kelewatan yang lama. Pegawai sepatutnya memberitahu berapa lama ia akan mengambil masa dan dokumen apa yang diperlukan. Jika tidak selamat untuk anda pulang, segera beritahu pegawai dan peguam. Anda mungkin boleh tinggal, atau mendapat perlindungan lain.
support-voluntary-return-body--child-5-8 = Mahu pulang? Beritahu orang dewasa. Mereka periksa rumah selamat dahulu.
support-voluntary-return-body--child-9-12 = Kamu mahu pulang? Beritahu pembantu kamu. Orang dewasa mesti periksa dahulu bahawa di sana selamat. Beritahu mereka jika ada orang di rumah yang menyakiti kamu. Seseorang sepatutnya ikut kamu.
support-voluntary-return-body--teen-13-17 = Jika kamu mahu pulang, orang dewasa mesti periksa dahulu bahawa di sana selamat untuk kamu. Beritahu mereka jika ada orang di rumah pernah menyakiti kamu. Ia tidak sepatutnya mengambil masa lebih daripada perlu. Kamu sepatutnya pergi bersama orang dewasa, dan seseorang sepatutnya menjemput kamu.

support-child-protection-title = Perlindungan kanak-kanak
support-child-protection-title--child-5-8 = Orang dewasa yang melindungi kanak-kanak
support-child-protection-body = Pegawai perlindungan kanak-kanak memastikan kanak-kanak selamat dan dijaga, dan melantik penjaga jika perlu.
support-child-protection-body--child-9-12 = Pegawai perlindungan kanak-kanak memastikan kamu selamat dan dijaga dengan baik.
support-child-protection-body--teen-13-17 = Pegawai perlindungan kanak-kanak memastikan kamu selamat dan dijaga, dan mencarikan penjaga untuk kamu jika perlu.
