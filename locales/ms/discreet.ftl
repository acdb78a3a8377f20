# Machine draft (unreviewed, as every message of this locale): the discreet edition's wording.
# See locales/en/discreet.ftl for what each message is for.

discreet-title = Nombor telefon yang berguna
discreet-note = Selak halaman untuk membaca lagi.
discreet-contact = Talian bantuan

# Not shown: words a discreet title, file name or first page must not contain, one per line.
discreet-words =
    pemerdagangan
    diperdagangkan
    eksploitasi
    dieksploitasi
    penderaan
    didera
    penganiayaan
    mangsa
