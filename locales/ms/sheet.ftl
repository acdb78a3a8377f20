### "Your rights and the help you can get": sheet, sections and paragraphs.
### Wording per age tier: `id--child-5-8`, `id--child-9-12`, `id--teen-13-17` (or `id--child`
### for both child tiers 9-17), then `id` for adults and as the general fallback.
### Malay: adults are addressed as "anda", children and teens as "kamu".

sheet-rights-title = Hak anda dan bantuan yang boleh anda dapatkan
sheet-rights-title--child-5-8 = Kami di sini untuk membantu kamu.
sheet-rights-title--child = Hak kamu dan bantuan yang boleh kamu dapatkan
sheet-rights-subtitle = Maklumat untuk orang yang mungkin menjadi mangsa pemerdagangan orang
sheet-rights-subtitle--child-5-8 = Helaian ini untuk kamu simpan
sheet-rights-subtitle--child = Maklumat untuk kanak-kanak dan remaja

## Welcome

section-welcome-heading = Pertama sekali
section-welcome-heading--child-5-8 = Helo

welcome-not-your-fault = Apa yang berlaku kepada anda bukan salah anda. Anda mempunyai hak, dan orang di sini boleh membantu anda, walau apa pun kewarganegaraan, jantina, umur atau status migrasi anda. Ini benar walau apa pun kerja yang anda dipaksa lakukan: di ladang atau bot, di kilang atau rumah, dalam industri seks, mengemis atau jenayah. Anda tidak perlu memanggil diri anda mangsa untuk mendapat bantuan.
welcome-not-your-fault--child-5-8 = Ini bukan salah kamu. Kamu tidak buat salah.
welcome-not-your-fault--child-9-12 = Apa yang berlaku bukan salah kamu. Kamu tidak buat salah. Orang dewasa di sini mesti menjaga dan membantu kamu. Bantuan untuk budak lelaki dan perempuan. Tidak kira kerja apa yang kamu dipaksa buat.
welcome-not-your-fault--teen-13-17 = Apa yang berlaku kepada kamu bukan salah kamu. Kamu mempunyai hak, dan di sini ada orang yang tugasnya menjaga kamu selamat dan membantu kamu. Bantuan untuk semua, lelaki dan perempuan, walau apa pun kerja yang kamu dipaksa buat.
welcome-this-sheet = Helaian ini menerangkan hak anda, bantuan yang anda boleh dapat dan di mana mendapatkannya. Simpan dan baca semula kemudian. Jika membaca sukar, minta orang yang anda percaya membacanya bersama anda. Anda boleh minta pegawai menerangkan semula, sekerap yang anda perlukan. Anda boleh mengambil masa untuk membuat keputusan.
welcome-this-sheet--child-5-8 = Kamu boleh bertanya. Tanya lagi jika lupa.
welcome-this-sheet--child-9-12 = Helaian ini tentang hak kamu dan bantuan. Kamu boleh menyimpan dan membacanya semula. Kamu boleh minta orang dewasa membacanya bersama kamu. Kamu boleh bertanya soalan yang sama lagi.
welcome-this-sheet--teen-13-17 = Helaian ini menerangkan hak kamu dan bantuan yang kamu boleh dapat. Simpan dan baca semula kemudian. Kamu boleh minta pegawai menerangkan semula, sekerap yang kamu perlukan.

## Rights

section-rights-heading = Hak anda
section-rights-heading--child-5-8 = Perkara yang pasti kamu dapat
section-rights-heading--child = Hak kamu
rights-intro = Hak-hak ini ditulis dalam perjanjian antarabangsa dan serantau. Bukan setiap negara telah menandatangani setiap satu, dan undang-undang negara ini menentukan cara ia digunakan. Di bawah setiap hak ialah perjanjian yang terpakai di sini; peguam boleh memberitahu anda yang mana terpakai kepada anda.
rights-intro--child = Ini hak-hak kamu. Banyak negara telah menandatangani perjanjian tentangnya. Peguam boleh memberitahu kamu yang mana terpakai di sini.

## Help

section-help-heading = Bantuan yang boleh anda dapatkan
section-help-heading--child-5-8 = Bantuan untuk kamu
section-help-heading--child = Bantuan yang boleh kamu dapatkan
help-intro = Bantuan adalah percuma. Anda memilih bantuan yang anda mahu. Ia tidak sepatutnya bergantung pada sama ada anda bercakap dengan polis.
help-intro--child = Bantuan adalah percuma. Kamu boleh beritahu bantuan apa yang kamu mahu.
help-needs = Beritahu pegawai jika anda mempunyai kecacatan atau penyakit, mengambil ubat, hamil, atau sukar membaca. Bantuan sepatutnya sesuai dengan keperluan anda. Anda juga boleh menggunakan perkhidmatan yang bukan hanya untuk mangsa pemerdagangan orang.
help-needs--child-5-8 = Bantuan untuk budak lelaki dan perempuan. Ada yang sukar untuk kamu? Beritahu kami.
help-needs--child-9-12 = Bantuan untuk budak lelaki dan perempuan. Kamu sakit, atau makan ubat? Beritahu orang dewasa. Beritahu juga jika melihat, mendengar atau membaca sukar.
help-needs--teen-13-17 = Beritahu pegawai jika kamu mempunyai kecacatan atau penyakit, mengambil ubat, atau sukar membaca. Bantuan sepatutnya sesuai dengan kamu.

## Choices

section-choices-heading = Pilihan anda
section-choices-heading--child-5-8 = Kamu boleh memilih
section-choices-heading--child = Pilihan kamu
choices-voluntary = Bantuan sepatutnya sentiasa pilihan anda. Tiada sesiapa sepatutnya memaksa anda menerima bantuan yang anda tidak mahu, atau menahan anda di sesuatu tempat tanpa kerelaan anda. Menerima bantuan tidak sepatutnya bermakna melepaskan apa-apa hak.
choices-voluntary--child-5-8 = Kamu boleh kata ya atau tidak. Ada kala orang dewasa memutuskan, supaya kamu selamat. Mereka akan beritahu sebabnya.
choices-voluntary--child-9-12 = Kamu boleh beritahu bantuan apa yang kamu mahu. Orang dewasa mesti mendengar. Ada perkara yang orang dewasa putuskan, supaya kamu selamat. Mereka mesti beritahu sebabnya.
choices-voluntary--teen-13-17 = Kamu boleh beritahu bantuan apa yang kamu mahu dan tidak mahu, dan orang dewasa mesti mendengar. Kerana kamu di bawah 18 tahun, pegawai perlindungan kanak-kanak mesti memastikan kamu selamat. Sesetengah perkara, seperti di mana kamu tinggal, mungkin diputuskan demi keselamatan kamu. Mereka mesti bertanya pendapat kamu dahulu, dan menerangkan sebabnya.
choices-police = Bantuan tidak sepatutnya bergantung pada bercakap dengan polis atau pergi ke mahkamah. Tetapi di sesetengah negara, kebenaran untuk tinggal dikaitkan dengan membantu kes polis. Tanya peguam apa yang terpakai di sini sebelum anda memutuskan. Jika anda membantu sesuatu kes, tanya berapa lama ia mungkin mengambil masa dan berapa kerap anda perlu memberi keterangan. Tanya sama ada anda mesti kekal di negara ini, dan sama ada anda akan berjumpa tertuduh.
choices-police--child-5-8 = Kamu tetap dibantu, walaupun tidak bercakap dengan polis. Orang dewasa yang kamu percaya sepatutnya ada.
choices-police--child-9-12 = Kamu tetap dapat bantuan walaupun tidak bercakap dengan polis. Polis mungkin mahu bercakap dengan kamu. Orang dewasa yang kamu percaya sepatutnya bersama kamu. Kamu boleh minta berehat.
choices-police--teen-13-17 = Bantuan tidak sepatutnya bergantung pada bercakap dengan polis atau pergi ke mahkamah. Polis atau mahkamah mungkin masih mahu mendengar kamu. Penjaga kamu atau orang dewasa yang kamu percaya sepatutnya bersama kamu, dan seorang jurubahasa. Kamu boleh minta tidak berjumpa orang yang menyakiti kamu. Kamu boleh minta tidak menceritakan kisah kamu berulang kali.
choices-what-next = Apa yang berlaku seterusnya: seseorang bercakap dengan anda di tempat yang privasi, dengan jurubahasa jika anda mahu. Mereka bertanya apa yang anda perlukan dan apa yang anda takutkan. Mereka menerangkan setiap jenis bantuan, peraturannya dan berapa lama ia berlangsung. Seorang pegawai kes sepatutnya kekal sebagai orang hubungan anda.
choices-what-next--child-5-8 = Mula-mula, orang dewasa bercakap dengan kamu. Mereka beritahu apa berlaku nanti.
choices-what-next--child-9-12 = Mula-mula, orang dewasa bercakap dengan kamu di tempat yang tenang. Mereka bertanya apa yang kamu perlukan. Mereka menerangkan apa yang boleh berlaku nanti. Kamu sepatutnya ada seorang pembantu yang kamu sentiasa boleh tanya.
choices-what-next--teen-13-17 = Apa yang berlaku seterusnya: seorang pegawai bercakap dengan kamu secara peribadi, dalam bahasa kamu. Mereka bertanya apa yang kamu perlukan dan apa yang kamu takutkan. Mereka menerangkan setiap jenis bantuan dan peraturannya. Seorang pegawai kes sepatutnya terus berhubung dengan kamu.
choices-consent = Sebelum apa-apa bantuan bermula, pegawai sepatutnya menerangkannya dalam bahasa anda, dengan setiap peraturan dan apa yang diminta daripada anda. Mereka sepatutnya meminta persetujuan bertulis anda. Jangan tandatangan apa-apa yang anda tidak faham. Minta satu salinan.
choices-consent--child-9-12 = Sebelum bantuan bermula, orang dewasa sepatutnya menerangkannya dalam bahasa kamu. Kamu boleh bertanya dahulu.
choices-consent--teen-13-17 = Sebelum bantuan bermula, pegawai sepatutnya menerangkan bantuan dan peraturannya dalam bahasa kamu. Mereka meminta kamu bersetuju secara bertulis. Tandatangan hanya apa yang kamu faham.
choices-time = Anda boleh mengambil masa untuk berfikir sebelum membuat keputusan. Anda mungkin boleh mendapat tempoh pemulihan dan refleksi untuk berehat dan memikirkan pilihan anda.
choices-time--child-5-8 = Kamu tidak perlu tergesa-gesa.
choices-time--child-9-12 = Kamu boleh ambil masa untuk berfikir. Kamu tidak perlu buat keputusan sekarang.
choices-time--teen-13-17 = Kamu boleh ambil masa untuk berehat dan berfikir sebelum membuat apa-apa keputusan.
choices-say-no = Anda berhak menolak apa-apa bantuan atau perlindungan yang ditawarkan, tanpa memberi sebarang alasan.
choices-say-no--child-5-8 = Tidak suka sesuatu? Beritahu orang dewasa.
choices-say-no--child-9-12 = Kamu boleh menolak sesuatu yang kamu tidak mahu. Orang dewasa akan mendengar. Jika mereka masih memutuskan, mereka mesti beritahu sebabnya.
choices-say-no--teen-13-17 = Kamu boleh menolak bantuan yang kamu tidak mahu. Kamu tidak perlu memberi sebab. Jika orang dewasa masih memutuskan, mereka mesti beritahu sebabnya.
choices-change-mind = Anda sepatutnya boleh menghentikan bantuan dan memintanya semula kemudian, di sini atau selepas anda pulang. Jika sesuatu tempat tidak membenarkan anda keluar, hubungi peguam atau talian bantuan di bawah. Sebelum anda bersetuju, tanya apa yang berubah jika anda keluar, contohnya untuk kebenaran tinggal anda.
choices-change-mind--child-5-8 = Kamu boleh ubah fikiran. Beritahu orang dewasa.
choices-change-mind--child-9-12 = Kamu boleh ubah fikiran nanti. Kamu boleh minta bantuan lagi.
choices-change-mind--teen-13-17 = Kamu boleh ubah fikiran. Kamu boleh minta bantuan semula kemudian, walaupun selepas pulang.
choices-at-home = Bantuan mungkin juga ada di negara asal anda, tetapi bukan di semua tempat. Sebelum anda pergi, minta pegawai mencari perkhidmatan berdekatan tempat anda akan tinggal. Dengan persetujuan anda, mereka boleh menyerahkan kes anda dan memberi anda nama dan nombornya.
choices-at-home--child-5-8 = Di rumah juga boleh ada bantuan.
choices-at-home--child-9-12 = Jika kamu pulang, di sana mungkin ada bantuan juga. Orang dewasa akan beritahu siapa.
choices-at-home--teen-13-17 = Di rumah mungkin ada bantuan juga. Sebelum pergi, tanya siapa yang akan membantu kamu di sana, dan cara menghubungi mereka.
choices-family = Anda boleh minta untuk menelefon atau berjumpa keluarga anda, dan pegawai sepatutnya membantu anda. Anda juga boleh memilih untuk tidak berbuat demikian. Pegawai tidak sepatutnya menghubungi keluarga anda tanpa persetujuan anda.
choices-family--child-5-8 = Kamu boleh minta bercakap dengan keluarga.
choices-family--child-9-12 = Kamu boleh minta bercakap dengan keluarga kamu. Jika ada orang di rumah yang menyakiti kamu, beritahu orang dewasa. Orang dewasa akan beritahu kamu sebelum menelefon keluarga kamu. Mereka mungkin menelefon kedutaan negara kamu tentang dokumen.
choices-family--teen-13-17 = Kamu boleh minta menelefon atau berjumpa keluarga. Beritahu pegawai jika kamu tidak mahu, atau jika ada orang di rumah yang menyakiti kamu. Orang dewasa mungkin perlu menghubungi keluarga atau kedutaan kamu. Mereka mesti beritahu kamu dahulu dan bertanya pendapat kamu.
choices-papers = Anda boleh minta untuk menghubungi kedutaan atau konsulat negara anda, contohnya untuk dokumen baru atau untuk pulang. Anda juga boleh memilih untuk tidak, dan pegawai sepatutnya bertanya kepada anda sebelum menghubunginya. Jika majikan, ejen atau sesiapa sahaja memegang pasport atau kad pengenalan anda, beritahu pegawai atau peguam. Jika polis atau pegawai menyimpan dokumen anda, tanya sebabnya, untuk berapa lama, dan minta resit bertulis.
choices-papers--child-5-8 = Ada orang ambil dokumen kamu? Beritahu orang dewasa.
choices-papers--child-9-12 = Jika ada orang mengambil pasport atau kad pengenalan kamu, beritahu orang dewasa.
choices-papers--teen-13-17 = Jika ada orang mengambil pasport atau kad pengenalan kamu, beritahu pegawai atau peguam. Mereka sepatutnya membantu kamu mendapatkannya semula atau membuat dokumen baru.

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
safety-helpers = Tiada sesiapa yang membantu anda boleh menyakiti, mengugut, menyentuh anda secara seksual atau menghina anda. Tiada sesiapa boleh meminta wang, seks, kerja atau apa-apa balasan untuk bantuan. Jika ini berlaku, beritahu peguam, perkhidmatan lain, pihak aduan atau talian bantuan di bawah, atau polis. Membuat aduan tidak sepatutnya menyebabkan anda kehilangan bantuan.
safety-helpers--child-5-8 = Pembantu tidak boleh menyakiti kamu. Tiada sesiapa boleh sentuh bahagian sulit kamu. Ada orang sakiti kamu? Beritahu orang dewasa lain.
safety-helpers--child-9-12 = Pembantu tidak boleh menyakiti kamu atau menyentuh bahagian sulit kamu. Pembantu tidak boleh minta wang atau balasan. Jika ini berlaku, beritahu orang dewasa lain yang kamu percaya. Atau telefon nombor di bawah. Itu bukan salah kamu.
safety-helpers--teen-13-17 = Tiada sesiapa yang membantu kamu boleh menyakiti, menyentuh kamu secara seksual, menghina atau meminta balasan. Jika ini berlaku, beritahu penjaga kamu, peguam, pihak aduan atau talian bantuan di bawah. Itu bukan salah kamu, dan kamu sepatutnya tetap dibantu.

## Contacts

section-contacts-heading = Di mana untuk mendapatkan bantuan
contacts-intro = Anda boleh menghubungi mana-mana perkhidmatan ini sendiri. Ia percuma. Tanya setiap satu apa yang dirahsiakan dan kepada siapa mereka wajib memberitahu.
contacts-intro--child = Kamu boleh telefon orang-orang ini. Percuma.
