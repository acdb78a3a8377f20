### Kinds of protection and support.

support-shelter-housing-title = Tempat tinggal yang selamat
support-shelter-housing-body = Rumah selamat atau tempat perlindungan, selama mana anda memerlukannya. Anda boleh bertanya tentang peraturan sebelum membuat keputusan, termasuk sama ada anda boleh keluar dan menghubungi keluarga.
support-shelter-housing-body--child-5-8 = Tempat selamat untuk tidur dan makan.
support-shelter-housing-body--child-9-12 = Tempat selamat untuk tinggal, tidur dan makan. Ada orang dewasa yang menjaga kamu.
support-shelter-housing-body--teen-13-17 = Tempat tinggal yang selamat. Tanya tentang peraturan sebelum membuat keputusan, seperti keluar dan menelefon keluarga.

support-counselling-information-title = Nasihat dan maklumat
support-counselling-information-title--child-5-8 = Orang untuk berbual
support-counselling-information-body = Seseorang untuk menerangkan hak dan pilihan anda, menjawab soalan anda dan membantu anda merancang langkah seterusnya.
support-counselling-information-body--child-5-8 = Orang yang mendengar dan menjawab soalan kamu.
support-counselling-information-body--child-9-12 = Orang yang menerangkan sesuatu dan menjawab soalan kamu.
support-counselling-information-body--teen-13-17 = Orang yang menerangkan hak dan pilihan kamu serta membantu kamu merancang langkah seterusnya.

support-medical-care-title = Penjagaan kesihatan
support-medical-care-body = Rawatan perubatan percuma daripada doktor atau jururawat, termasuk rawatan segera, pemeriksaan kesihatan serta penjagaan kesihatan seksual dan reproduktif. Anda boleh meminta doktor lelaki atau perempuan mengikut pilihan anda.
support-medical-care-body--child-5-8 = Doktor atau jururawat, jika kamu sakit atau cedera.
support-medical-care-body--child-9-12 = Doktor atau jururawat yang memeriksa kesihatan kamu. Mereka membantu jika kamu sakit atau cedera.
support-medical-care-body--teen-13-17 = Rawatan percuma daripada doktor atau jururawat, termasuk pemeriksaan kesihatan dan kesihatan seksual. Kamu boleh minta lelaki atau perempuan.

support-psychological-support-title = Sokongan emosi
support-psychological-support-body = Kaunseling dengan orang yang terlatih, untuk membantu mengatasi rasa takut, sedih, tekanan atau masalah tidur. Kaunseling ini adalah sulit.
support-psychological-support-body--child-9-12 = Orang terlatih yang membantu apabila kamu rasa sedih, takut atau risau.
support-psychological-support-body--teen-13-17 = Kaunselor terlatih untuk kamu berbual tentang rasa takut, sedih, tekanan atau mimpi buruk. Semuanya dirahsiakan.

support-material-financial-assistance-title = Makanan, pakaian dan wang
support-material-financial-assistance-body = Makanan, pakaian, barangan kebersihan diri dan, jika ada, wang untuk keperluan asas.
support-material-financial-assistance-body--child-9-12 = Makanan, pakaian dan barang yang kamu perlukan setiap hari.
support-material-financial-assistance-body--teen-13-17 = Makanan, pakaian, barang untuk mandi dan mencuci, dan kadangkala wang untuk keperluan kamu.

support-legal-support-title = Bantuan guaman
support-legal-support-body = Peguam atau penasihat undang-undang, secara percuma, untuk menerangkan kedudukan undang-undang anda, pilihan anda dan apa-apa kes mahkamah, serta membantu anda menuntut pampasan.
support-legal-support-body--child-9-12 = Peguam yang menerangkan undang-undang kepada kamu, secara percuma.
support-legal-support-body--teen-13-17 = Peguam percuma untuk menerangkan kedudukan undang-undang kamu, apa-apa kes mahkamah dan cara menuntut pampasan.

support-interpretation-title = Jurubahasa
support-interpretation-title--child-5-8 = Orang yang bercakap bahasa kamu
support-interpretation-body = Jurubahasa, supaya anda boleh memahami dan difahami. Anda boleh meminta jurubahasa lain jika anda tidak selesa.
support-interpretation-body--child-5-8 = Orang yang bercakap bahasa kamu.
support-interpretation-body--child-9-12 = Orang yang bercakap bahasa kamu dan membantu kamu memahami.
support-interpretation-body--teen-13-17 = Jurubahasa dalam bahasa kamu. Kamu boleh minta jurubahasa lain jika kamu tidak selesa.

support-residence-work-title = Kebenaran untuk tinggal dan bekerja
support-residence-work-title--child = Kebenaran untuk tinggal
support-residence-work-body = Jika anda warganegara asing: bantuan untuk memohon tempoh refleksi, permit tinggal dan, jika dibenarkan oleh undang-undang, permit kerja.
support-residence-work-body--child-9-12 = Jika kamu dari negara lain: bantuan dengan dokumen supaya kamu boleh tinggal.
support-residence-work-body--teen-13-17 = Jika kamu datang dari negara lain: bantuan memohon dokumen untuk tinggal dan, apabila cukup umur, untuk bekerja.

support-voluntary-return-title = Pulang dengan selamat
support-voluntary-return-body = Jika anda mahu pulang, bantuan untuk pulang dengan selamat, dan maklumat hubungan untuk mendapat sokongan setibanya anda di sana. Tiada sesiapa boleh menghantar anda pulang tanpa kerelaan anda selagi keselamatan anda masih terancam.
support-voluntary-return-body--child-9-12 = Jika kamu mahu pulang, orang dewasa akan membantu kamu sampai dengan selamat.
support-voluntary-return-body--teen-13-17 = Jika kamu mahu pulang, bantuan untuk pulang dengan selamat, dan orang yang boleh dihubungi apabila kamu tiba.

support-child-protection-title = Perlindungan kanak-kanak
support-child-protection-title--child-5-8 = Orang dewasa yang melindungi kanak-kanak
support-child-protection-body = Pegawai perlindungan kanak-kanak memastikan kanak-kanak selamat dan dijaga, dan melantik penjaga jika perlu.
support-child-protection-body--child-9-12 = Pegawai perlindungan kanak-kanak memastikan kamu selamat dan dijaga dengan baik.
support-child-protection-body--teen-13-17 = Pegawai perlindungan kanak-kanak memastikan kamu selamat dan dijaga, dan mencarikan penjaga untuk kamu jika perlu.
