### The one-page help card.

sheet-card-title = Kad bantuan
sheet-card-title--child-5-8 = Siapa yang boleh tolong saya
sheet-card-subtitle = Simpan kad ini. Telefon jika anda perlukan bantuan.
sheet-card-subtitle--child-5-8 = Simpan kad ini. Ini kad kamu.
sheet-card-subtitle--child = Simpan kad ini. Telefon jika kamu perlukan bantuan.
section-card-call-heading = Telefon untuk bantuan, percuma
section-card-call-heading--child-5-8 = Telefon untuk minta tolong
card-call-intro = Nombor-nombor ini boleh dihubungi setiap hari. Anda tidak perlu memberikan nama anda.
card-call-intro--child-5-8 = Minta orang dewasa telefon bersama kamu.
card-call-intro--child-9-12 = Kamu boleh telefon bila-bila masa. Percuma.
section-card-rights-heading = Hak anda
section-card-rights-heading--child-5-8 = Ingat ya
section-card-remember-heading = Ingat
section-card-remember-heading--child-5-8 = Kamu tidak buat salah
