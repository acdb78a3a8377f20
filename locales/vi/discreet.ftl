# Machine draft (unreviewed, as every message of this locale): the discreet edition's wording.
# See locales/en/discreet.ftl for what each message is for.

discreet-title = Số điện thoại hữu ích
discreet-note = Lật trang để đọc thêm.
discreet-contact = Đường dây trợ giúp

# Not shown: words a discreet title, file name or first page must not contain, one per line.
discreet-words =
    buôn bán người
    mua bán người
    bị mua bán
    buôn người
    bóc lột
    lạm dụng
    ngược đãi
    nạn nhân
