# Machine draft (unreviewed, as every message of this locale): the discreet edition's wording.
# See locales/en/discreet.ftl for what each message is for.

discreet-title = Nomor telepon yang berguna
discreet-note = Balik halaman untuk membaca lebih lanjut.
discreet-contact = Saluran bantuan

# Not shown: words a discreet title, file name or first page must not contain, one per line.
discreet-words =
    perdagangan orang
    perdagangan manusia
    diperdagangkan
    eksploitasi
    dieksploitasi
    pelecehan
    penganiayaan
    dianiaya
    korban
