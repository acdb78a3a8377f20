### Rights. Titles and bodies; see content/rights.toml for the legal basis of each.

right-safety-title = Perlindungan daripada bahaya
right-safety-title--child-5-8 = Kamu akan dijaga dengan selamat
right-safety-title--child = Kamu berhak untuk selamat
right-safety-body = Anda berhak dilindungi daripada bahaya selanjutnya, ugutan dan tindakan balas dendam oleh orang yang mengeksploitasi anda atau rakan sekutu mereka. Perlindungan juga boleh merangkumi keluarga anda. Beritahu kakitangan apa yang anda takutkan, sekarang atau kemudian: risiko anda akan dinilai semula apabila keadaan berubah.
right-safety-body--child-5-8 = Tiada sesiapa boleh menyakiti kamu. Orang dewasa akan menjaga kamu.
right-safety-body--child-9-12 = Tiada sesiapa boleh menyakiti atau menakutkan kamu. Orang dewasa mesti menjaga keselamatan kamu. Beritahu mereka jika kamu takut.
right-safety-body--teen-13-17 = Kamu berhak dilindungi daripada sesiapa yang mahu menyakiti, mengugut atau menghukum kamu. Keluarga kamu juga boleh dilindungi. Beritahu kakitangan jika kamu takut, sekarang atau kemudian.

right-privacy-title = Privasi dan kerahsiaan
right-privacy-title--child-5-8 = Cerita kamu dirahsiakan
right-privacy-title--child = Maklumat kamu dirahsiakan
right-privacy-body = Nama, cerita dan butiran peribadi anda adalah sulit. Kakitangan hanya boleh berkongsi maklumat ini dengan persetujuan anda, atau apabila undang-undang mewajibkannya untuk menjaga keselamatan anda atau orang lain; mereka sepatutnya memberitahu anda sebelum berbuat demikian. Mereka tidak boleh sama sekali memberikan butiran anda kepada media.
right-privacy-body--child-9-12 = Cerita kamu dirahsiakan. Orang dewasa hanya berkongsi dengan orang yang membantu menjaga kamu. Mereka akan beritahu siapa.
right-privacy-body--teen-13-17 = Nama dan cerita kamu dirahsiakan. Kakitangan hanya berkongsi dengan persetujuan kamu, atau apabila undang-undang mewajibkannya demi keselamatan seseorang. Mereka sepatutnya memberitahu kamu dahulu.

right-non-punishment-title = Anda tidak akan dihukum atas perbuatan yang anda dipaksa lakukan
right-non-punishment-title--child-5-8 = Kamu tidak akan dihukum
right-non-punishment-title--child = Kamu tidak akan dihukum
right-non-punishment-body = Anda sepatutnya tidak ditangkap, ditahan atau didakwa atas perbuatan yang berlaku secara langsung akibat diperdagangkan, seperti memasuki atau tinggal di negara ini tanpa izin yang sah, bekerja tanpa dokumen atau menggunakan dokumen palsu.
right-non-punishment-body--child-5-8 = Kamu tidak akan dihukum. Tiada sesiapa akan memenjarakan kamu.
right-non-punishment-body--child-9-12 = Kamu tidak akan dihukum kerana perkara yang orang lain paksa kamu lakukan. Kamu tidak akan dipenjarakan.
right-non-punishment-body--teen-13-17 = Kamu sepatutnya tidak ditangkap, dikurung atau dihukum kerana perkara yang kamu dipaksa lakukan semasa diperdagangkan. Contohnya, melintasi sempadan tanpa dokumen.

right-information-title = Maklumat tentang kes anda
right-information-title--child = Diberitahu apa yang sedang berlaku
right-information-body = Anda berhak mendapat maklumat yang jelas, dalam bahasa yang anda fahami, tentang hak anda, pilihan bantuan anda dan apa-apa prosiding undang-undang, serta diberi masa untuk memikirkannya.
right-information-body--child-9-12 = Orang dewasa mesti beritahu kamu apa yang sedang berlaku, dalam bahasa kamu. Kamu boleh bertanya pada bila-bila masa.
right-information-body--teen-13-17 = Kamu berhak diberitahu apa yang berlaku dengan kes dan bantuan kamu, dalam bahasa yang kamu fahami. Kamu juga berhak bertanya.

right-compensation-title = Pampasan
right-compensation-title--child = Wang untuk kerugian kamu
right-compensation-body = Anda mungkin boleh menuntut pampasan atas kemudaratan yang anda alami dan gaji yang tidak dibayar. Penasihat undang-undang boleh menerangkan caranya, secara percuma.
right-compensation-body--child-9-12 = Kamu mungkin boleh mendapat wang atas apa yang berlaku kepada kamu. Peguam boleh membantu kamu secara percuma.
right-compensation-body--teen-13-17 = Kamu mungkin boleh mendapat wang atas kemudaratan yang kamu alami dan kerja yang tidak dibayar. Peguam percuma boleh menerangkan caranya.

right-reflection-and-stay-title = Masa untuk pulih, dan kebenaran untuk tinggal
right-reflection-and-stay-title--child = Masa untuk berehat dan kebenaran tinggal
right-reflection-and-stay-body = Jika anda warganegara asing, anda mungkin mendapat tempoh pemulihan dan refleksi, dan dalam tempoh itu anda tidak boleh dihantar pulang, kemudian kebenaran untuk tinggal sementara atau secara tetap. Tanya penasihat undang-undang apa yang terpakai di sini.
right-reflection-and-stay-body--child-9-12 = Jika kamu dari negara lain, kamu mungkin dibenarkan tinggal di sini seketika. Kamu boleh berehat dan pulih.
right-reflection-and-stay-body--teen-13-17 = Jika kamu dari negara lain, kamu mungkin diberi masa untuk berehat dan membuat keputusan. Kamu juga mungkin diberi kebenaran tinggal sementara atau terus. Peguam boleh menerangkan lagi.

right-recovery-title = Sokongan untuk pulih
right-recovery-title--child = Bantuan supaya kamu rasa lebih baik
right-recovery-body = Anda berhak mendapat sokongan untuk pemulihan fizikal, psikologi dan sosial: tempat tinggal yang selamat, penjagaan kesihatan, kaunseling dan bantuan lain yang sesuai dengan keperluan anda.
right-recovery-body--child-9-12 = Kamu berhak mendapat tempat yang selamat, makanan dan doktor. Kamu juga berhak bersekolah dan ada orang untuk berbual.
right-recovery-body--teen-13-17 = Kamu berhak mendapat tempat tinggal yang selamat, penjagaan kesihatan, orang untuk diajak berbual, dan pendidikan.

right-presumed-child-title = Dilayan sebagai kanak-kanak
right-presumed-child-title--child = Jika umur kamu mungkin bawah 18 tahun
right-presumed-child-body = Jika umur anda mungkin di bawah 18 tahun, anda mesti dilayan sebagai kanak-kanak, dengan semua hak kanak-kanak, sehingga umur anda diketahui.
right-presumed-child-body--child-9-12 = Jika tiada sesiapa tahu umur kamu, kamu akan dilayan sebagai kanak-kanak. Ini memberi kamu perlindungan tambahan.
right-presumed-child-body--teen-13-17 = Jika umur kamu mungkin bawah 18 tahun, kamu mesti dilayan sebagai kanak-kanak sehingga umur kamu diketahui. Kanak-kanak mendapat perlindungan tambahan.

right-guardian-title = Penjaga
right-guardian-title--child-5-8 = Orang dewasa khas untuk kamu
right-guardian-title--child = Orang dewasa yang menyebelahi kamu
right-guardian-body = Kanak-kanak yang tiada ibu bapa atau orang yang menjaganya di sini sepatutnya diberi penjaga, dan pihak berkuasa perlindungan kanak-kanak mesti terlibat.
right-guardian-body--child-9-12 = Jika ibu bapa kamu tiada di sini, kamu akan mendapat penjaga. Penjaga ialah orang dewasa yang menjaga dan membela kamu.
right-guardian-body--teen-13-17 = Jika ibu bapa atau orang yang menjaga kamu tiada di sini, kamu sepatutnya mendapat penjaga. Penjaga ialah orang dewasa yang menjaga kepentingan kamu. Pegawai perlindungan kanak-kanak juga akan membantu kamu.

right-best-interests-title = Kepentingan terbaik dan pandangan anda
right-best-interests-title--child-5-8 = Kami mendengar kamu
right-best-interests-title--child = Suara kamu penting
right-best-interests-body = Setiap keputusan tentang kanak-kanak mesti mengutamakan kepentingan terbaik kanak-kanak itu, dan pandangan kanak-kanak mesti didengar dan diambil serius.
right-best-interests-body--child-9-12 = Orang dewasa mesti buat apa yang terbaik untuk kamu. Mereka mesti mendengar kehendak kamu.
right-best-interests-body--teen-13-17 = Setiap keputusan tentang kamu mesti demi kepentingan terbaik kamu. Orang dewasa mesti mendengar pandangan kamu dan mengambilnya secara serius.

right-free-choice-title = Bantuan mengikut kehendak anda
right-free-choice-title--child = Pilihan kamu
right-free-choice-body = Bantuan hanya patut diberikan dengan persetujuan termaklum anda, dan tidak sekali-kali dengan syarat anda mengambil bahagian dalam siasatan polis atau perbicaraan.
right-free-choice-body--child-9-12 = Kamu dapat bantuan tanpa perlu buat apa-apa sebagai balasan.
right-free-choice-body--teen-13-17 = Bantuan hanya diberi jika kamu bersetuju, dan tidak sekali-kali dengan syarat kamu membantu polis atau pergi ke mahkamah.
