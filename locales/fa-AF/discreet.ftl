# Machine draft (unreviewed, as every message of this locale): the discreet edition's wording.
# Dari (fa-AF): drafted from the Persian (fa) with Afghan vocabulary.
# See locales/en/discreet.ftl for what each message is for.

discreet-title = شماره‌های تیلفون مفید
discreet-note = برای خواندن بیشتر، صفحه را ورق بزنید.
discreet-contact = خط کمک

# Not shown: words a discreet title, file name or first page must not contain, one per line.
discreet-words =
    قاچاق
    بهره‌کشی
    بهره کشی
    استثمار
    سوءاستفاده
    سوء استفاده
    آزار
    قربانی
