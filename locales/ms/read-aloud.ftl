### Skrip bacaan lantang (content/sheets/read-aloud.toml): apa yang dikatakan kakitangan atau
### jurubahasa semasa menyerahkan helaian "Hak anda dan bantuan yang boleh anda dapatkan".
### Machine draft, not reviewed. Adults: "anda"; children and teens: "kamu"; the speaker: "saya".

ra-title = Skrip bacaan lantang: hak dan bantuan
ra-subtitle = Untuk kakitangan dan jurubahasa: apa yang perlu dikatakan semasa menyerahkan helaian ini. Baca satu bahagian pada satu masa.
ra-subtitle--child-5-8 = Untuk pembantu kanak-kanak umur 5 hingga 8. Baca satu bahagian setiap kali.
ra-subtitle--child = Untuk pembantu kanak-kanak dan remaja. Baca satu bahagian setiap kali.
ra-footer-note = Skrip untuk kakitangan dan jurubahasa: baca dengan lantang.

## Cues printed before each line

script-say = Katakan:
script-ask = Tanya:
script-pause = Berhenti sebentar
script-do = Buat:

## Before you start

ra-before-heading = Sebelum bermula
ra-before-place = Cari tempat yang tenang dan peribadi. Orang lain tidak patut mendengar. Tanya bahasa yang paling mereka fahami. Tawarkan jurubahasa yang mereka percayai.
ra-before-pace = Perlahan-lahan, satu bahagian setiap kali. Berhenti jika mereka penat. Tidak perlu habis hari ini.
ra-pause = Tunggu. Beri masa untuk melihat dan berfikir.
ra-listen = Dengar jawapannya. Jika belum betul, terangkan semula dengan cara lain.

## Welcome

ra-welcome-give = Berikan helaian ini. Tunjuk nombor di bahagian atas.
ra-welcome-hello = Helo. Nama saya ____. Saya bekerja di sini, dan tugas saya membantu anda. Helaian ini milik anda untuk disimpan.
ra-welcome-hello--child-5-8 = Helo. Nama saya ____. Saya membantu kanak-kanak. Helaian ini untuk kamu.
ra-welcome-hello--child = Helo. Nama saya ____. Tugas saya membantu kanak-kanak dan remaja. Helaian ini milik kamu.
ra-welcome-fault = Apa yang berlaku kepada anda bukan salah anda. Anda tidak perlu menggelar diri mangsa untuk mendapat bantuan.
ra-welcome-fault--child-5-8 = Ini bukan salah kamu. Kamu tidak buat salah.
ra-welcome-fault--child = Apa yang berlaku bukan salah kamu. Kamu tidak buat salah.
ra-welcome-time = Kita boleh ambil masa selama yang anda perlukan. Anda boleh hentikan saya bila-bila masa. Saya boleh ulang, sekerap yang anda mahu.
ra-welcome-time--child-5-8 = Kita perlahan-lahan saja. Kamu boleh suruh saya berhenti. Saya boleh ulang.
ra-welcome-time--child = Kita perlahan-lahan saja. Kamu boleh suruh saya berhenti bila-bila masa. Saya boleh terangkan semula, sekerap yang kamu perlu.
ra-welcome-number = Di bahagian atas helaian ada nombor telefon. Nombor itu boleh dihubungi untuk bantuan.
ra-welcome-number--child-5-8 = Lihat gambar telefon. Kamu boleh telefon nombor ini.
ra-welcome-ask = Boleh anda tunjukkan nombor untuk meminta bantuan?
ra-welcome-ask--child-5-8 = Boleh tunjukkan nombor telefon itu?

## Rights

ra-rights-safety = Anda berhak dilindungi daripada bahaya. Beritahu kami apa yang anda takutkan, sekarang atau kemudian.
ra-rights-safety--child-5-8 = Tiada sesiapa dibenarkan menyakiti kamu.
ra-rights-safety--child = Kamu berhak untuk selamat. Jika kamu takut, beritahu kami, sekarang atau kemudian.
ra-rights-punish = Anda tidak patut dihukum kerana perkara yang anda dipaksa lakukan. Anda tidak patut dikurung, walaupun "untuk melindungi anda".
ra-rights-punish--child-5-8 = Kamu tidak dalam masalah.
ra-rights-punish--child = Kamu tidak patut dihukum kerana perkara yang orang lain paksa kamu buat. Kanak-kanak tidak boleh dikurung.
ra-rights-privacy = Apa yang anda ceritakan kepada saya adalah sulit. Saya hanya berkongsi jika anda setuju, atau jika undang-undang mewajibkan, contohnya untuk menghalang bahaya serius. Jika perlu, saya akan beritahu anda dahulu dan siapa yang akan tahu.
ra-rights-privacy--child-5-8 = Cerita kamu rahsia. Kadang-kadang saya perlu beritahu pembantu lain. Itu supaya kamu selamat. Saya akan beritahu dahulu.
ra-rights-privacy--child = Apa yang kamu ceritakan adalah peribadi. Kadang-kadang saya perlu beritahu orang lain, supaya kanak-kanak selamat. Jika perlu, saya beritahu kamu dahulu.
ra-rights-child = Jika anda mungkin belum berumur 18 tahun, beritahu kami. Kanak-kanak mendapat perlindungan tambahan.
ra-rights-child--child-5-8 = Seorang dewasa patut bercakap bagi pihak kamu.
ra-rights-child--child = Jika ibu bapa kamu tiada di sini, kamu patut mendapat penjaga. Penjaga ialah orang dewasa yang menyebelahi kamu.
ra-rights-ask = Boleh anda terangkan dengan kata-kata sendiri: bilakah saya mungkin memberitahu orang lain apa yang anda katakan?
ra-rights-ask--child-5-8 = Adakah kamu dalam masalah? Apa kamu fikir?
ra-rights-ask--child = Cuba guna kata-kata kamu sendiri. Bilakah saya mungkin beritahu orang lain?

## Help

ra-help-kinds = Anda boleh mendapat bantuan: tempat tinggal yang selamat, doktor, orang untuk diajak berbual, jurubahasa, dan bantuan mencari peguam.
ra-help-kinds--child-5-8 = Kamu boleh dapat tempat tidur selamat dan makanan. Doktor boleh membantu kamu.
ra-help-kinds--child = Kamu boleh dapat tempat tinggal selamat dan doktor. Kamu boleh dapat teman berbual, dan jurubahasa.
ra-help-police = Bantuan ini percuma. Bantuan tidak patut bergantung pada bercakap dengan polis atau pergi ke mahkamah. Di sesetengah negara, kebenaran tinggal dikaitkan dengan kes polis: peguam boleh terangkan apa yang terpakai di sini.
ra-help-police--child-5-8 = Bantuan itu percuma. Kamu tetap dibantu, walaupun tidak bercakap dengan polis.
ra-help-police--child = Bantuan itu percuma. Kamu tetap dibantu walaupun tidak bercakap dengan polis. Polis mungkin mahu bercakap dengan kamu. Orang dewasa yang kamu percayai patut ada bersama.
ra-help-ask = Perlukah anda bercakap dengan polis untuk mendapat bantuan? Beritahu saya apa pendapat anda.
ra-help-ask--child-5-8 = Untuk dapat bantuan, perlu cakap dengan polis?
ra-help-ask--child = Perlukah kamu bercakap dengan polis untuk dapat bantuan? Apa pendapat kamu?

## Choices

ra-choices-yours = Bantuan patut sentiasa menjadi pilihan anda. Anda memutuskan bantuan mana yang anda mahu, dan boleh bertanya tentang setiap jenis sebelum memutuskan.
ra-choices-yours--child-5-8 = Kamu boleh kata ya atau tidak. Kami akan dengar. Kadang-kadang orang dewasa memutuskan, supaya kamu selamat. Kami akan beritahu sebabnya.
ra-choices-yours--child = Kamu boleh kata bantuan apa yang kamu mahu. Kami mesti dengar. Sesetengah perkara diputuskan orang dewasa, supaya kamu selamat. Kami mesti beritahu sebabnya.
ra-choices-no = Anda boleh menolak apa-apa bantuan, tanpa memberi sebab.
ra-choices-no--child-5-8 = Tidak suka sesuatu? Beritahu saya.
ra-choices-no--child = Kamu boleh menolak bantuan yang kamu tidak mahu.
ra-choices-change = Anda boleh ubah fikiran. Anda boleh berhenti menerima bantuan kemudian. Anda juga boleh menolak sekarang dan minta bantuan lagi kemudian, di sini atau di kampung halaman.
ra-choices-change--child-5-8 = Kamu boleh ubah fikiran. Beritahu saya saja.
ra-choices-change--child = Kamu boleh ubah fikiran. Kamu boleh minta bantuan lagi kemudian, walaupun di rumah.
ra-choices-time = Anda tidak perlu memutuskan hari ini. Ambil masa yang anda perlukan untuk berehat dan berfikir.
ra-choices-time--child-5-8 = Kamu tidak perlu memutuskan sekarang.
ra-choices-time--child = Kamu tidak perlu memutuskan sekarang. Ambil masa untuk berfikir.
ra-choices-rules = Sebelum anda bersetuju, kami terangkan setiap peraturan: berapa lama, boleh keluar atau tidak, dan boleh pergi atau tidak. Jangan tandatangan apa-apa yang anda tidak faham.
ra-choices-rules--child-5-8 = Orang dewasa akan beritahu peraturannya dahulu.
ra-choices-rules--child = Sebelum kamu setuju, kami terangkan peraturannya. Kamu boleh bertanya dahulu.
ra-choices-ask-no = Boleh anda katakan dengan kata-kata sendiri, apa yang berlaku jika anda menolak?
ra-choices-ask-no--child-5-8 = Apa berlaku kalau kamu kata tidak?
ra-choices-ask-no--child = Cuba guna kata-kata kamu sendiri. Apa berlaku kalau kamu menolak?
ra-choices-ask-change = Dan apa yang anda boleh buat jika ubah fikiran kemudian?
ra-choices-ask-change--child-5-8 = Bolehkah kamu ubah fikiran nanti?

## Safety

ra-safety-afraid = Jika anda takut kepada sesiapa, beritahu saya, atau telefon nombor di helaian ini. Kita boleh buat pelan keselamatan bersama.
ra-safety-afraid--child-5-8 = Takut? Beritahu orang dewasa yang kamu percayai.
ra-safety-afraid--child = Jika kamu rasa takut, beritahu orang dewasa yang kamu percayai. Atau telefon nombor di helaian ini.
ra-safety-helpers = Tiada sesiapa yang membantu anda boleh menyakiti anda, atau meminta wang, seks, kerja atau balasan. Jika ini berlaku, anda boleh mengadu, dan anda patut tetap dibantu.
ra-safety-helpers--child-5-8 = Pembantu tidak boleh menyakiti kamu. Jika berlaku, beritahu orang dewasa lain.
ra-safety-helpers--child = Pembantu tidak boleh menyakiti kamu atau minta balasan. Jika ini berlaku, beritahu orang dewasa lain. Atau telefon nombor di helaian ini.
ra-safety-ask = Siapa yang anda boleh telefon jika dalam bahaya?
ra-safety-ask--child-5-8 = Kalau takut, kamu boleh beritahu siapa?

## Contacts (not on the 5-8 sheet)

ra-contacts-show = Teliti senarai di helaian bersama. Tunjuk setiap nombor.
ra-contacts-say = Perkhidmatan ini percuma. Anda boleh hubungi sendiri. Tanya setiap satu apa yang dirahsiakan.
ra-contacts-say--child = Kamu boleh telefon mereka sendiri. Percuma.
ra-contacts-ask = Nombor mana yang anda akan telefon dahulu?

## To finish

ra-end-heading = Penutup
ra-end-remember = Ingat: ini bukan salah anda, dan pilihan di tangan anda. Anda boleh ubah fikiran. Anda boleh minta saya terangkan semula, hari ini atau hari lain.
ra-end-remember--child-5-8 = Kamu hebat. Terima kasih kerana mendengar. Kamu boleh tanya lagi. Bila-bila masa.
ra-end-remember--child = Ingat: ini bukan salah kamu. Kamu boleh kata apa yang kamu mahu. Kamu boleh minta saya terangkan semula, bila-bila masa.
ra-end-ask = Apa yang anda mahu tanya saya?
ra-end-ask--child-5-8 = Kamu mahu tanya sesuatu?
ra-end-note = Catat apa yang belum jelas. Terangkan semula pada hari lain. Tawarkan helaian dalam bahasa mereka.

## Recordings: which parts the sheet's web page (HTML) plays (machine draft, not reviewed)

ra-audio-none = Belum ada rakaman dalam bahasa ini. Bacakan setiap bahagian.
ra-audio-some = Laman web boleh memainkan beberapa bahagian. Tandanya ada di bawah.
ra-audio-part = { $voice ->
    [computer] Rakaman di laman web: { $recorded } daripada { $total } teks. Suara komputer.
   *[person] Rakaman di laman web: { $recorded } daripada { $total } teks.
}
