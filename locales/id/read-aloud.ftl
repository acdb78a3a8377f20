### Naskah baca keras (content/sheets/read-aloud.toml): yang diucapkan petugas atau juru bahasa
### saat menyerahkan lembar "Hak Anda dan bantuan yang bisa Anda dapatkan", bagian demi bagian.
### Machine draft, not reviewed. Adults: "Anda"; children and teens: "kamu"; the speaker: "saya".

ra-title = Naskah baca keras: hak dan bantuan
ra-subtitle = Untuk petugas dan juru bahasa: apa yang diucapkan saat menyerahkan lembar ini. Bacakan satu bagian setiap kali.
ra-subtitle--child-5-8 = Untuk pendamping anak usia 5 sampai 8 tahun. Bacakan satu bagian setiap kali.
ra-subtitle--child = Untuk pendamping anak dan remaja. Bacakan satu bagian setiap kali.
ra-footer-note = Naskah untuk petugas dan juru bahasa: bacakan.

## Cues printed before each line

script-say = Katakan:
script-ask = Tanyakan:
script-pause = Jeda
script-do = Lakukan:

## Before you start

ra-before-heading = Sebelum mulai
ra-before-place = Cari tempat yang tenang dan pribadi. Tidak boleh ada orang lain yang mendengar. Tanyakan bahasa yang paling mereka kuasai. Tawarkan juru bahasa yang mereka percayai.
ra-before-pace = Pelan-pelan, satu bagian setiap kali. Berhenti jika mereka lelah. Tidak perlu selesai hari ini.
ra-pause = Tunggu. Beri waktu untuk melihat dan berpikir.
ra-listen = Dengarkan jawabannya. Jika belum tepat, jelaskan lagi dengan kata lain.

## Welcome

ra-welcome-give = Berikan lembar ini. Tunjuk nomor di bagian atas.
ra-welcome-hello = Halo. Nama saya ____. Saya bekerja di sini, dan tugas saya membantu Anda. Lembar ini milik Anda untuk disimpan.
ra-welcome-hello--child-5-8 = Halo. Nama saya ____. Saya membantu anak-anak. Lembar ini untukmu.
ra-welcome-hello--child = Halo. Nama saya ____. Tugas saya membantu anak dan remaja. Lembar ini milikmu.
ra-welcome-fault = Yang terjadi pada Anda bukan salah Anda. Anda tidak perlu menyebut diri korban untuk mendapat bantuan.
ra-welcome-fault--child-5-8 = Ini bukan salahmu. Kamu tidak berbuat salah.
ra-welcome-fault--child = Yang terjadi bukan salahmu. Kamu tidak berbuat salah.
ra-welcome-time = Kita bisa memakai waktu sebanyak yang Anda perlukan. Anda boleh menghentikan saya kapan saja. Saya bisa mengulang, sesering yang Anda mau.
ra-welcome-time--child-5-8 = Kita pelan-pelan saja. Kamu boleh menyuruh saya berhenti. Saya bisa mengulang.
ra-welcome-time--child = Kita pelan-pelan saja. Kamu boleh menyuruh saya berhenti kapan saja. Saya bisa menjelaskan lagi, sesering yang kamu perlu.
ra-welcome-number = Di bagian atas lembar ada nomor telepon. Nomor itu bisa ditelepon untuk minta bantuan.
ra-welcome-number--child-5-8 = Lihat gambar telepon. Kamu bisa menelepon nomor ini.
ra-welcome-ask = Bisakah Anda menunjukkan nomor untuk minta bantuan?
ra-welcome-ask--child-5-8 = Bisa tunjukkan nomor teleponnya?

## Rights

ra-rights-safety = Anda berhak dilindungi dari bahaya. Katakan kepada kami apa yang Anda takutkan, sekarang atau nanti.
ra-rights-safety--child-5-8 = Tidak ada yang boleh menyakitimu.
ra-rights-safety--child = Kamu berhak untuk aman. Jika kamu takut, katakan kepada kami, sekarang atau nanti.
ra-rights-punish = Anda seharusnya tidak dihukum atas apa yang Anda dipaksa lakukan. Anda seharusnya tidak dikurung, bahkan "untuk melindungi Anda".
ra-rights-punish--child-5-8 = Kamu tidak dalam masalah.
ra-rights-punish--child = Kamu seharusnya tidak dihukum atas apa yang orang lain paksa kamu lakukan. Anak tidak boleh dikurung.
ra-rights-privacy = Apa yang Anda ceritakan kepada saya bersifat rahasia. Saya hanya membagikannya jika Anda setuju, atau jika hukum mewajibkan, misalnya untuk mencegah bahaya serius. Jika harus, saya akan memberi tahu Anda dulu dan siapa yang akan tahu.
ra-rights-privacy--child-5-8 = Ceritamu rahasia. Kadang saya harus memberi tahu penolong lain. Itu supaya kamu aman. Saya akan bilang dulu.
ra-rights-privacy--child = Apa yang kamu ceritakan itu pribadi. Kadang saya harus memberi tahu orang lain, supaya anak tetap aman. Jika harus, saya akan bilang kamu dulu.
ra-rights-child = Jika Anda mungkin belum berusia 18 tahun, beri tahu kami. Anak mendapat perlindungan tambahan.
ra-rights-child--child-5-8 = Seorang dewasa seharusnya membela kamu.
ra-rights-child--child = Jika orang tuamu tidak di sini, kamu seharusnya mendapat wali. Wali adalah orang dewasa yang berpihak padamu.
ra-rights-ask = Bisakah Anda menjelaskan dengan kata-kata Anda sendiri: kapan saya mungkin memberi tahu orang lain apa yang Anda katakan?
ra-rights-ask--child-5-8 = Apakah kamu dalam masalah? Menurutmu bagaimana?
ra-rights-ask--child = Coba pakai kata-katamu sendiri. Kapan saya mungkin memberi tahu orang lain?

## Help

ra-help-kinds = Anda bisa mendapat bantuan: tempat tinggal yang aman, dokter, orang untuk diajak bicara, juru bahasa, dan bantuan mencari pengacara.
ra-help-kinds--child-5-8 = Kamu bisa dapat tempat tidur aman dan makanan. Dokter bisa membantumu.
ra-help-kinds--child = Kamu bisa dapat tempat tinggal aman dan dokter. Kamu bisa dapat teman bicara, dan juru bahasa.
ra-help-police = Bantuan ini gratis. Bantuan seharusnya tidak pernah bergantung pada bicara dengan polisi atau ke pengadilan. Di beberapa negara, izin tinggal terkait dengan kasus polisi: pengacara bisa menjelaskan apa yang berlaku di sini.
ra-help-police--child-5-8 = Bantuan itu gratis. Kamu tetap dibantu, walau tidak bicara dengan polisi.
ra-help-police--child = Bantuan itu gratis. Kamu tetap dibantu walau tidak bicara dengan polisi. Polisi mungkin ingin bicara denganmu. Orang dewasa yang kamu percayai seharusnya ada di sana.
ra-help-ask = Apakah Anda harus bicara dengan polisi untuk mendapat bantuan? Katakan apa pendapat Anda.
ra-help-ask--child-5-8 = Untuk dapat bantuan, harus bicara dengan polisi?
ra-help-ask--child = Apakah kamu harus bicara dengan polisi untuk dapat bantuan? Bagaimana menurutmu?

## Choices

ra-choices-yours = Bantuan seharusnya selalu pilihan Anda. Anda memutuskan bantuan mana yang Anda mau, dan boleh bertanya tentang setiap jenis sebelum memutuskan.
ra-choices-yours--child-5-8 = Kamu boleh bilang ya atau tidak. Kami akan mendengarkan. Kadang orang dewasa memutuskan, supaya kamu aman. Kami akan bilang alasannya.
ra-choices-yours--child = Kamu boleh bilang bantuan apa yang kamu mau. Kami harus mendengarkan. Beberapa hal diputuskan orang dewasa, supaya kamu aman. Kami harus bilang alasannya.
ra-choices-no = Anda boleh menolak bantuan apa pun, tanpa memberi alasan.
ra-choices-no--child-5-8 = Tidak suka sesuatu? Bilang ke saya.
ra-choices-no--child = Kamu boleh menolak bantuan yang tidak kamu mau.
ra-choices-change = Anda boleh berubah pikiran. Anda boleh berhenti menerima bantuan nanti. Anda juga boleh menolak sekarang dan minta bantuan lagi nanti, di sini atau di kampung halaman.
ra-choices-change--child-5-8 = Kamu boleh berubah pikiran. Bilang saja ke saya.
ra-choices-change--child = Kamu boleh berubah pikiran. Kamu boleh minta bantuan lagi nanti, bahkan di rumah.
ra-choices-time = Anda tidak harus memutuskan hari ini. Ambil waktu yang Anda perlukan untuk istirahat dan berpikir.
ra-choices-time--child-5-8 = Kamu tidak harus memutuskan sekarang.
ra-choices-time--child = Kamu tidak harus memutuskan sekarang. Ambil waktu untuk berpikir.
ra-choices-rules = Sebelum Anda menyetujui apa pun, kami jelaskan setiap aturan: berapa lama, apakah boleh keluar, dan apakah boleh pergi. Jangan menandatangani apa pun yang tidak Anda pahami.
ra-choices-rules--child-5-8 = Orang dewasa akan memberi tahu aturannya dulu.
ra-choices-rules--child = Sebelum kamu setuju, kami jelaskan aturannya. Kamu boleh bertanya dulu.
ra-choices-ask-no = Bisakah Anda mengatakan dengan kata-kata Anda sendiri, apa yang terjadi jika Anda menolak?
ra-choices-ask-no--child-5-8 = Apa yang terjadi kalau kamu bilang tidak?
ra-choices-ask-no--child = Coba pakai kata-katamu sendiri. Apa yang terjadi kalau kamu menolak?
ra-choices-ask-change = Dan apa yang bisa Anda lakukan jika nanti berubah pikiran?
ra-choices-ask-change--child-5-8 = Bolehkah kamu berubah pikiran nanti?

## Safety

ra-safety-afraid = Jika Anda takut kepada siapa pun, beri tahu saya, atau telepon nomor di lembar ini. Kita bisa membuat rencana keselamatan bersama.
ra-safety-afraid--child-5-8 = Takut? Bilang ke orang dewasa yang kamu percayai.
ra-safety-afraid--child = Jika kamu merasa takut, bilang ke orang dewasa yang kamu percayai. Atau telepon nomor di lembar ini.
ra-safety-helpers = Tidak seorang pun yang membantu Anda boleh menyakiti Anda, atau meminta uang, seks, kerja, atau imbalan. Jika ini terjadi, Anda bisa mengadu, dan Anda seharusnya tetap dibantu.
ra-safety-helpers--child-5-8 = Penolong tidak boleh menyakitimu. Kalau terjadi, bilang ke orang dewasa lain.
ra-safety-helpers--child = Penolong tidak boleh menyakitimu atau minta imbalan. Jika ini terjadi, bilang ke orang dewasa lain. Atau telepon nomor di lembar ini.
ra-safety-ask = Siapa yang bisa Anda telepon jika dalam bahaya?
ra-safety-ask--child-5-8 = Kalau takut, kamu bisa bilang ke siapa?

## Contacts (not on the 5-8 sheet)

ra-contacts-show = Telusuri daftar di lembar ini bersama. Tunjuk setiap nomor.
ra-contacts-say = Layanan ini gratis. Anda bisa menghubunginya sendiri. Tanyakan kepada masing-masing apa yang dirahasiakannya.
ra-contacts-say--child = Kamu bisa menelepon mereka sendiri. Gratis.
ra-contacts-ask = Nomor mana yang akan Anda telepon lebih dulu?

## To finish

ra-end-heading = Penutup
ra-end-remember = Ingat: ini bukan salah Anda, dan pilihan ada di tangan Anda. Anda boleh berubah pikiran. Anda bisa minta saya menjelaskan lagi, hari ini atau lain hari.
ra-end-remember--child-5-8 = Kamu hebat. Terima kasih sudah mendengarkan. Kamu boleh tanya lagi. Kapan saja.
ra-end-remember--child = Ingat: ini bukan salahmu. Kamu boleh bilang apa yang kamu mau. Kamu bisa minta saya menjelaskan lagi, kapan saja.
ra-end-ask = Apa yang ingin Anda tanyakan kepada saya?
ra-end-ask--child-5-8 = Kamu mau tanya sesuatu?
ra-end-note = Catat apa yang belum jelas. Jelaskan lagi di hari lain. Tawarkan lembar dalam bahasa mereka.

## Recordings: which parts the sheet's web page (HTML) plays (machine draft, not reviewed)

ra-audio-none = Belum ada rekaman dalam bahasa ini. Bacakan setiap bagian.
ra-audio-some = Halaman web dapat memutar beberapa bagian. Tandanya ada di bawah.
ra-audio-part = { $voice ->
    [computer] Rekaman di halaman web: { $recorded } dari { $total } teks. Suara komputer.
   *[person] Rekaman di halaman web: { $recorded } dari { $total } teks.
}
