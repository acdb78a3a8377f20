# Machine draft (unreviewed, as every message of this locale): the discreet edition's wording.
# See locales/en/discreet.ftl for what each message is for.

discreet-title = দরকারি ফোন নম্বর
discreet-note = আরও পড়তে পাতা উল্টান।
discreet-contact = সাহায্যের লাইন

# Not shown: words a discreet title, file name or first page must not contain, one per line.
discreet-words =
    পাচার
    শোষণ
    নির্যাতন
    নিপীড়ন
    ভুক্তভোগী
    শিকার
