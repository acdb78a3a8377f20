### The one-page help card.

sheet-card-title = Kad bantuan
sheet-card-title--child-5-8 = Siapa yang boleh tolong saya
sheet-card-subtitle = Simpan kad ini. Telefon jika anda perlukan bantuan.
sheet-card-subtitle--child-5-8 = Simpan kad ini. Ini kad kamu.
sheet-card-subtitle--child = Simpan kad ini. Telefon jika kamu perlukan bantuan.
section-card-call-heading = Telefon untuk bantuan, percuma
section-card-call-heading--child-5-8 = Telefon untuk minta tolong
card-call-intro = Lihat waktu di sebelah setiap nombor. Anda tidak perlu memberi nama.
card-call-intro--child-5-8 = Minta orang yang kamu percaya membantu kamu menelefon.
card-call-intro--child-9-12 = Percuma. Lihat waktu di sebelah setiap nombor.
section-card-rights-heading = Hak anda
section-card-rights-heading--child-5-8 = Ingat ya
section-card-rights-heading--child = Hak kamu
section-card-remember-heading = Ingat
card-helpers = Tiada sesiapa yang membantu anda boleh menyakiti, menyentuh anda secara seksual atau meminta balasan. Jika ini berlaku, telefon nombor pada kad ini.
card-helpers--child-5-8 = Ada orang sakiti kamu? Beritahu orang dewasa lain. Atau telefon nombor pada kad ini.
card-helpers--child-9-12 = Pembantu tidak boleh menyakiti kamu atau minta balasan. Jika berlaku, telefon nombor di sini.
# The pocket card's back: one short line (the sheets carry the whole paragraph).
card-remember = Apa yang berlaku kepada anda bukan salah anda.
