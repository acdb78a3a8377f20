### Rights. Titles and bodies; see content/rights.toml for the legal basis of each.

right-safety-title = Perlindungan daripada bahaya
right-safety-title--child-5-8 = Kamu berhak untuk selamat
right-safety-title--child = Kamu berhak untuk selamat
right-safety-body = Anda berhak dilindungi daripada bahaya lanjut, ugutan dan balas dendam oleh orang yang mengeksploitasi anda atau rakan mereka. Perlindungan juga boleh meliputi keluarga anda. Beritahu pegawai apa yang anda takutkan, sekarang atau kemudian: risiko anda sepatutnya dinilai semula apabila keadaan berubah.
right-safety-body--child-5-8 = Tiada sesiapa boleh menyakiti kamu.
right-safety-body--child-9-12 = Tiada sesiapa boleh menyakiti atau menakutkan kamu. Orang dewasa mesti menjaga keselamatan kamu. Beritahu mereka jika kamu takut.
right-safety-body--teen-13-17 = Kamu berhak dilindungi daripada sesiapa yang mahu menyakiti, mengugut atau menghukum kamu. Keluarga kamu juga boleh dilindungi. Beritahu kakitangan jika kamu takut, sekarang atau kemudian.

right-privacy-title = Privasi dan kerahsiaan
right-privacy-title--child = Maklumat kamu dirahsiakan
right-privacy-body = Nama, kisah dan butiran peribadi anda adalah sulit. Pegawai boleh berkongsi hanya dengan persetujuan anda, atau apabila undang-undang mewajibkan, contohnya untuk menghalang bahaya serius. Mereka sepatutnya memberitahu anda dahulu, dan siapa yang akan tahu. Jika anda membantu kes polis, mahkamah mungkin melihat keterangan anda. Anda boleh minta bercakap di tempat privasi, tanpa orang lain mendengar. Tiada sesiapa sepatutnya memberi butiran anda kepada media, komuniti atau keluarga anda tanpa persetujuan anda.
right-privacy-body--child-5-8 = Kisah kamu rahsia. Pembantu mungkin perlu beritahu orang lain. Kami akan beritahu siapa.
right-privacy-body--child-9-12 = Kisah kamu rahsia. Kadang-kadang orang dewasa mesti beritahu orang lain, supaya kanak-kanak selamat. Mereka akan beritahu kamu siapa. Kamu boleh minta bercakap di tempat privasi.
right-privacy-body--teen-13-17 = Nama dan kisah kamu rahsia. Pegawai hanya berkongsi jika kamu setuju, atau jika undang-undang mewajibkan demi keselamatan seseorang. Mereka sepatutnya beritahu kamu dahulu, dan siapa yang akan tahu. Kamu boleh minta bercakap di tempat yang orang lain tidak dengar.

right-non-punishment-title = Anda tidak sepatutnya dihukum atas apa yang anda dipaksa lakukan
right-non-punishment-title--child-5-8 = Kamu tidak akan dihukum
right-non-punishment-title--child = Kamu tidak akan dihukum
right-non-punishment-body = Anda tidak sepatutnya ditangkap, ditahan atau didakwa atas apa yang anda dipaksa lakukan semasa diperdagangkan. Ini termasuk masuk atau tinggal di negara ini secara tidak sah, bekerja tanpa dokumen atau menggunakan dokumen palsu. Anda juga tidak sepatutnya dikurung di penjara, lokap polis atau depot tahanan, walaupun "untuk melindungi anda" atau sebagai saksi. Jika anda ditahan, minta peguam dan perkhidmatan sokongan mangsa.
right-non-punishment-body--child-5-8 = Kamu tidak bersalah. Kanak-kanak tidak boleh dikurung.
right-non-punishment-body--child-9-12 = Kamu tidak sepatutnya dihukum atas perkara yang orang lain paksa kamu buat. Kanak-kanak tidak boleh ditahan di penjara atau lokap. Jika ini berlaku, minta peguam atau penjaga kamu.
right-non-punishment-body--teen-13-17 = Kamu tidak sepatutnya ditangkap atau dihukum atas perkara yang kamu dipaksa buat. Contohnya menyeberang sempadan tanpa dokumen. Kamu tidak sepatutnya dikurung di penjara atau depot tahanan, walaupun "untuk melindungi kamu". Jika ini berlaku, minta peguam dan penjaga kamu.

right-information-title = Maklumat tentang kes anda
right-information-title--child = Diberitahu apa yang sedang berlaku
right-information-body = Anda berhak mendapat maklumat yang jelas, dalam bahasa yang anda fahami, tentang hak anda, pilihan bantuan anda dan apa-apa prosiding undang-undang, serta diberi masa untuk memikirkannya.
right-information-body--child-9-12 = Orang dewasa mesti beritahu kamu apa yang sedang berlaku, dalam bahasa kamu. Kamu boleh bertanya pada bila-bila masa.
right-information-body--teen-13-17 = Kamu berhak diberitahu apa yang berlaku dengan kes dan bantuan kamu, dalam bahasa yang kamu fahami. Kamu juga berhak bertanya.

right-compensation-title = Pampasan
right-compensation-title--child = Wang untuk kerugian kamu
right-compensation-body = Anda mungkin boleh menuntut pampasan atas kemudaratan yang anda alami dan gaji yang tidak dibayar. Minta bantuan guaman percuma: penasihat undang-undang boleh memberitahu caranya.
right-compensation-body--child-9-12 = Kamu mungkin boleh dapat wang atas apa yang berlaku kepada kamu. Minta peguam untuk membantu kamu.
right-compensation-body--teen-13-17 = Kamu mungkin boleh dapat wang atas kemudaratan yang kamu alami. Ini termasuk kerja yang tidak dibayar. Minta peguam percuma untuk menerangkan caranya.

right-reflection-and-stay-title = Masa untuk pulih, dan mungkin kebenaran untuk tinggal
right-reflection-and-stay-title--child = Masa untuk berehat, dan mungkin untuk tinggal
right-reflection-and-stay-body = Sesetengah negara memberi mangsa warga asing tempoh pemulihan dan pertimbangan, semasa anda tidak sepatutnya dihantar pulang. Sesetengahnya kemudian memberi kebenaran tinggal, sementara atau tetap. Bukan setiap negara berbuat begitu, dan ada yang meminta anda membantu kes polis dahulu. Tanya penasihat undang-undang apa yang terpakai di sini sebelum anda memutuskan.
right-reflection-and-stay-body--child-9-12 = Kamu dari negara lain? Kamu mungkin dibenarkan tinggal sekejap. Peguam akan menerangkan apa yang mungkin.
right-reflection-and-stay-body--teen-13-17 = Jika kamu dari negara lain, kamu mungkin mendapat masa untuk berehat dan membuat keputusan. Sesetengah negara juga membenarkan kamu tinggal sementara atau tetap. Peguam boleh memberitahu apa yang mungkin di sini.

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
right-guardian-title--child = Orang dewasa yang menyebelahi kamu
right-guardian-body = Kanak-kanak yang tiada ibu bapa atau orang yang menjaganya di sini sepatutnya diberi penjaga, dan pihak berkuasa perlindungan kanak-kanak mesti terlibat.
right-guardian-body--child-5-8 = Orang dewasa sepatutnya bercakap untuk kamu.
right-guardian-body--child-9-12 = Jika ibu bapa kamu tiada di sini, kamu sepatutnya mendapat penjaga. Penjaga bercakap untuk kamu dan menerangkan hak kamu. Mereka ikut kamu semasa berjumpa polis atau hakim. Jika kamu tidak suka penjaga kamu, beritahu orang dewasa lain.
right-guardian-body--teen-13-17 = Jika ibu bapa atau orang yang menjaga kamu tiada di sini, kamu sepatutnya mendapat penjaga. Penjaga menjaga kepentingan kamu dan menerangkan hak kamu. Mereka sepatutnya bersama kamu apabila polis, mahkamah atau perkhidmatan lain bercakap dengan kamu. Jika penjaga kamu tidak membantu, beritahu pegawai perlindungan kanak-kanak atau talian bantuan di bawah.

right-best-interests-title = Kepentingan terbaik dan pandangan anda
right-best-interests-title--child = Suara kamu penting
right-best-interests-body = Setiap keputusan tentang kanak-kanak mesti mengutamakan kepentingan terbaik kanak-kanak itu, dan pandangan kanak-kanak mesti didengar dan diambil serius.
right-best-interests-body--child-5-8 = Kamu boleh beritahu apa yang kamu mahu. Kami akan mendengar.
right-best-interests-body--child-9-12 = Orang dewasa mesti melakukan yang terbaik untuk kamu. Mereka mesti mendengar apa yang kamu mahu. Jika mereka memutuskan lain, mereka mesti beritahu sebabnya.
right-best-interests-body--teen-13-17 = Setiap keputusan tentang kamu mesti demi kepentingan terbaik kamu. Orang dewasa mesti mendengar pendapat kamu dan mengambilnya dengan serius. Ini termasuk tempat tinggal, hubungan dengan keluarga, pulang dan apa-apa kes mahkamah. Jika mereka memutuskan berbeza daripada kehendak kamu, mereka mesti beritahu sebabnya.

right-free-choice-title = Bantuan mengikut kehendak anda
right-free-choice-title--child = Pilihan kamu
right-free-choice-body = Bantuan sepatutnya diberi hanya dengan persetujuan termaklum anda. Ia tidak sepatutnya bergantung pada membantu kes polis atau perbicaraan, atau pada memberi apa-apa balasan.
right-free-choice-body--child-5-8 = Kamu dapat bantuan. Tiada sesiapa boleh minta balasan.
right-free-choice-body--child-9-12 = Kamu dapat bantuan tanpa perlu buat apa-apa sebagai balasan.
right-free-choice-body--teen-13-17 = Bantuan hanya diberi jika kamu bersetuju. Ia tidak sepatutnya bergantung pada membantu polis, pergi ke mahkamah atau memberi balasan.
