### The one-page help card.

sheet-card-title = Kartu bantuan
sheet-card-title--child-5-8 = Siapa yang bisa menolongku
sheet-card-subtitle = Simpan kartu ini. Telepon jika Anda butuh bantuan.
sheet-card-subtitle--child-5-8 = Simpan kartu ini. Ini milikmu.
sheet-card-subtitle--child = Simpan kartu ini. Telepon kalau kamu butuh bantuan.
section-card-call-heading = Telepon untuk minta bantuan, gratis
section-card-call-heading--child-5-8 = Telepon untuk minta tolong
card-call-intro = Lihat jam layanan di samping setiap nomor. Anda tidak perlu menyebut nama.
card-call-intro--child-5-8 = Minta orang yang kamu percaya membantumu menelepon.
card-call-intro--child-9-12 = Gratis. Lihat jam di samping setiap nomor.
section-card-rights-heading = Hak-hak Anda
section-card-rights-heading--child-5-8 = Ingat, ya
section-card-rights-heading--child = Hakmu
section-card-remember-heading = Ingat
card-helpers = Tidak seorang pun yang membantu Anda boleh menyakiti, menyentuh Anda secara seksual, atau meminta imbalan. Jika itu terjadi, telepon nomor di kartu ini.
card-helpers--child-5-8 = Ada yang menyakitimu? Bilang ke orang dewasa lain. Atau telepon nomor di kartu ini.
card-helpers--child-9-12 = Penolong tidak boleh menyakitimu atau minta imbalan. Jika ini terjadi, telepon nomor di kartu ini.
# The pocket card's back: one short line (the sheets carry the whole paragraph).
card-remember = Apa yang terjadi pada Anda bukan kesalahan Anda.
