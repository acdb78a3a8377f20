### The one-page help card.

sheet-card-title = Kartu bantuan
sheet-card-title--child-5-8 = Siapa yang bisa menolongku
sheet-card-subtitle = Simpan kartu ini. Telepon jika Anda butuh bantuan.
sheet-card-subtitle--child-5-8 = Simpan kartu ini. Ini milikmu.
sheet-card-subtitle--child = Simpan kartu ini. Telepon kalau kamu butuh bantuan.
section-card-call-heading = Telepon untuk minta bantuan, gratis
section-card-call-heading--child-5-8 = Telepon untuk minta tolong
card-call-intro = Nomor-nomor ini bisa dihubungi setiap hari. Anda tidak perlu menyebutkan nama.
card-call-intro--child-5-8 = Minta orang dewasa menelepon bersamamu.
card-call-intro--child-9-12 = Kamu bisa menelepon kapan saja. Gratis.
section-card-rights-heading = Hak-hak Anda
section-card-rights-heading--child-5-8 = Ingat, ya
section-card-remember-heading = Ingat
section-card-remember-heading--child-5-8 = Kamu tidak berbuat salah
