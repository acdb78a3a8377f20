# Machine draft (unreviewed, as every message of this locale): the discreet edition's wording.
# See locales/en/discreet.ftl for what each message is for.

discreet-title = 有用的电话号码
discreet-note = 翻到下一页，阅读更多内容。
discreet-contact = 求助热线

# Not shown: words a discreet title, file name or first page must not contain, one per line.
discreet-words =
    贩运
    贩卖
    拐卖
    剥削
    虐待
    受害
