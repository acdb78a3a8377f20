# Machine draft (unreviewed, as every message of this locale): the discreet edition's wording.
# See locales/en/discreet.ftl for what each message is for.

discreet-title = အသုံးဝင်သော ဖုန်းနံပါတ်များ
discreet-note = ဆက်ဖတ်ရန် စာမျက်နှာကို လှန်ပါ။
discreet-contact = အကူအညီ ဖုန်းလိုင်း

# Not shown: words a discreet title, file name or first page must not contain, one per line.
discreet-words =
    လူကုန်ကူး
    အမြတ်ထုတ်
    အလွဲသုံးစား
    ညှဉ်းပန်း
    ဒုက္ခသည်
    သားကောင်
