### "Your rights and the help you can get": sheet, sections and paragraphs.
### Wording per age tier: `id--child-5-8`, `id--child-9-12`, `id--teen-13-17` (or `id--child`
### for both child tiers 9-17), then `id` for adults and as the general fallback.
### Malay: adults are addressed as "anda", children and teens as "kamu".

sheet-rights-title = Hak anda dan bantuan yang boleh anda dapatkan
sheet-rights-title--child-5-8 = Kamu selamat. Kami boleh membantu.
sheet-rights-title--child = Hak kamu dan bantuan yang boleh kamu dapatkan
sheet-rights-subtitle = Maklumat untuk orang yang mungkin menjadi mangsa pemerdagangan orang
sheet-rights-subtitle--child-5-8 = Helaian ini untuk kamu simpan
sheet-rights-subtitle--child = Maklumat untuk kanak-kanak dan remaja

## Welcome

section-welcome-heading = Pertama sekali
section-welcome-heading--child-5-8 = Helo

welcome-not-your-fault = Apa yang berlaku kepada anda bukan salah anda. Anda mempunyai hak, dan orang di sini boleh membantu anda, tanpa mengira kewarganegaraan, jantina, umur atau status migrasi anda, dan apa jua kerja yang anda dipaksa lakukan.
welcome-not-your-fault--child-5-8 = Ini bukan salah kamu. Kamu tidak buat salah. Orang dewasa di sini akan menjaga kamu.
welcome-not-your-fault--child-9-12 = Apa yang berlaku bukan salah kamu. Kamu tidak buat apa-apa kesalahan. Tugas orang dewasa di sini ialah menjaga dan membantu kamu.
welcome-not-your-fault--teen-13-17 = Apa yang berlaku kepada kamu bukan salah kamu. Kamu ada hak, dan di sini ada orang yang tugasnya menjaga keselamatan kamu dan membantu kamu.
welcome-this-sheet = Helaian ini menerangkan hak anda, bantuan yang boleh anda dapatkan dan di mana untuk mendapatkannya. Simpan helaian ini, baca semula kemudian, dan tanya tentang apa-apa yang tidak jelas. Anda boleh mengambil masa untuk membuat keputusan.
welcome-this-sheet--child-9-12 = Helaian ini menerangkan hak kamu dan bantuan yang boleh kamu dapatkan. Kamu boleh menyimpannya. Kamu boleh bertanya tentang apa-apa yang kamu tidak faham.
welcome-this-sheet--teen-13-17 = Helaian ini menerangkan hak kamu dan bantuan yang boleh kamu dapatkan. Simpan dan baca semula kemudian. Tanya tentang apa-apa yang tidak jelas.

## Rights

section-rights-heading = Hak anda
section-rights-heading--child-5-8 = Perkara yang pasti kamu dapat
rights-intro = Hak-hak ini datang daripada undang-undang antarabangsa dan serantau. Setiap hak menyatakan di mana ia ditulis, supaya anda atau peguam anda boleh merujuknya.
rights-intro--child = Ini ialah hak kamu. Hak ini ditulis dalam undang-undang yang telah ditandatangani oleh banyak negara.

## Help

section-help-heading = Bantuan yang boleh anda dapatkan
section-help-heading--child-5-8 = Bantuan untuk kamu
help-intro = Bantuan adalah percuma. Anda memilih bantuan yang anda mahu. Anda boleh mendapatkannya sama ada anda bercakap dengan polis atau tidak.
help-intro--child = Bantuan adalah percuma. Kamu boleh beritahu bantuan apa yang kamu mahu.

## Choices

section-choices-heading = Pilihan anda
section-choices-heading--child-5-8 = Kamu boleh memilih
choices-voluntary = Semua bantuan adalah secara sukarela. Tiada sesiapa boleh memaksa anda menerima bantuan yang anda tidak mahu, dan menerima bantuan tidak bermakna anda melepaskan apa-apa hak.
choices-voluntary--child-5-8 = Kamu boleh terima bantuan. Kamu boleh kata tidak.
choices-voluntary--child-9-12 = Kamu yang tentukan bantuan apa yang kamu mahu. Tiada sesiapa boleh memaksa kamu menerima bantuan yang kamu tidak mahu.
choices-voluntary--teen-13-17 = Bantuan ialah pilihan kamu. Tiada sesiapa boleh memaksa kamu menerima bantuan yang kamu tidak mahu.
choices-police = Anda tidak perlu bercakap dengan polis atau pergi ke mahkamah untuk mendapatkan bantuan. Bantuan tidak bergantung kepadanya. Jika anda memutuskan untuk membantu kes polis, anda boleh bertanya apa yang terlibat dan berapa lama masa yang diambil.
choices-police--child-9-12 = Kamu tetap dibantu walaupun kamu tidak bercakap dengan polis.
choices-police--teen-13-17 = Kamu tidak perlu bercakap dengan polis atau pergi ke mahkamah untuk mendapat bantuan. Jika kamu mahu, seseorang akan terangkan dahulu apa maksudnya.
choices-consent = Sebelum apa-apa bantuan bermula, kakitangan sepatutnya menerangkannya dalam bahasa anda dan meminta persetujuan bertulis anda. Minta mereka menerangkan setiap syarat atau peraturan terlebih dahulu.
choices-consent--child-9-12 = Sebelum bantuan bermula, orang dewasa akan menerangkannya dalam bahasa kamu. Kamu boleh bertanya dahulu.
choices-consent--teen-13-17 = Sebelum bantuan bermula, kakitangan akan menerangkannya dalam bahasa kamu dan meminta persetujuan bertulis kamu. Tanya tentang apa-apa peraturan dahulu.
choices-time = Anda boleh mengambil masa untuk berfikir sebelum membuat keputusan. Anda mungkin boleh mendapat tempoh pemulihan dan refleksi untuk berehat dan memikirkan pilihan anda.
choices-time--child-5-8 = Kamu tidak perlu tergesa-gesa.
choices-time--child-9-12 = Kamu boleh ambil masa untuk berfikir. Kamu tidak perlu buat keputusan sekarang.
choices-time--teen-13-17 = Kamu boleh ambil masa untuk berehat dan berfikir sebelum membuat apa-apa keputusan.
choices-say-no = Anda berhak menolak apa-apa bantuan atau perlindungan yang ditawarkan, tanpa memberi sebarang alasan.
choices-say-no--child-5-8 = Tidak suka sesuatu? Beritahu orang dewasa.
choices-say-no--child-9-12 = Kamu boleh menolak perkara yang kamu tidak mahu. Orang dewasa akan mendengar.
choices-say-no--teen-13-17 = Kamu boleh menolak apa-apa bantuan yang ditawarkan. Kamu tidak perlu memberi alasan.
choices-change-mind = Anda boleh menghentikan bantuan pada bila-bila masa, dan memintanya semula kemudian, di sini atau selepas anda pulang.
choices-change-mind--child-9-12 = Kamu boleh ubah fikiran nanti. Kamu boleh minta bantuan lagi.
choices-change-mind--teen-13-17 = Kamu boleh ubah fikiran pada bila-bila masa. Kamu boleh hentikan bantuan, dan memintanya semula kemudian.
choices-at-home = Bantuan juga disediakan di negara asal anda selepas anda pulang. Sebelum anda bertolak, kakitangan boleh memberitahu siapa yang boleh anda hubungi di sana.
choices-at-home--child-9-12 = Jika kamu pulang, di sana pun ada bantuan. Orang dewasa akan beritahu siapa yang boleh membantu.
choices-at-home--teen-13-17 = Jika kamu pulang, bantuan juga ada di sana. Tanya siapa yang boleh dihubungi sebelum kamu bertolak.

## Safety

section-safety-heading = Kekal selamat
section-safety-heading--child-5-8 = Jika kamu rasa takut
safety-afraid = Jika anda takut kepada orang yang mengeksploitasi anda, kawan-kawan mereka, atau sesiapa sahaja, beritahu pegawai kes anda atau hubungi talian bantuan di bawah. Mereka akan membuat pelan keselamatan bersama anda, dan boleh membuatnya semula setiap kali keadaan berubah.
safety-afraid--child-5-8 = Takut? Beritahu orang dewasa yang kamu percayai.
safety-afraid--child-9-12 = Jika kamu rasa takut, beritahu orang dewasa yang kamu percayai. Mereka akan bantu kamu kekal selamat.
safety-afraid--teen-13-17 = Jika kamu takut kepada sesiapa, beritahu pegawai kes kamu atau hubungi talian bantuan di bawah. Mereka akan membuat pelan keselamatan bersama kamu.
safety-danger-now = Jika anda dalam bahaya sekarang, hubungi nombor kecemasan polis di negara tempat anda berada, atau talian bantuan di bawah.
safety-danger-now--child-5-8 = Dalam bahaya? Telefon nombor di bawah.
safety-danger-now--child-9-12 = Jika kamu dalam bahaya sekarang, telefon nombor di bawah.
safety-danger-now--teen-13-17 = Jika kamu dalam bahaya sekarang, hubungi nombor kecemasan atau talian bantuan di bawah.
safety-discreet = Jika tidak selamat untuk menyimpan helaian ini, salin satu nombor dan buang helaian ini. Anda boleh menelefon menggunakan telefon orang lain; talian bantuan tidak perlu tahu nama anda.
safety-discreet--child-9-12 = Simpan helaian ini di tempat yang selamat. Jika susah, ingat satu nombor.
safety-discreet--teen-13-17 = Jika menyimpan helaian ini tidak selamat, salin satu nombor dan buang helaian ini. Kamu tidak perlu beri nama semasa menelefon.
safety-family = Jika keluarga anda diugut, beritahu kakitangan. Perlindungan boleh merangkumi orang yang rapat dengan anda.
safety-family--child-9-12 = Jika kamu risau tentang keluarga kamu, beritahu orang dewasa. Mereka boleh membantu.
safety-family--teen-13-17 = Jika keluarga kamu diugut, beritahu kakitangan. Keluarga kamu juga boleh dilindungi.

## Contacts

section-contacts-heading = Di mana untuk mendapatkan bantuan
contacts-intro = Anda boleh menghubungi sendiri mana-mana perkhidmatan ini. Perkhidmatan ini percuma dan sulit.
contacts-intro--child = Kamu boleh telefon orang-orang ini. Percuma.
