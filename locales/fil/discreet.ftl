# Machine draft (unreviewed, as every message of this locale): the discreet edition's wording.
# See locales/en/discreet.ftl for what each message is for.

discreet-title = Mga kapaki-pakinabang na numero
discreet-note = Buksan ang susunod na pahina.
discreet-contact = Linya ng tulong

# Not shown: words a discreet title, file name or first page must not contain, one per line.
discreet-words =
    traffick
    pangangalakal ng tao
    ikinalakal
    pagsasamantala
    pinagsamantalahan
    abuso
    pang-aabuso
    inabuso
    biktima
