### Interface words, notices, pictogram descriptions, legal instruments, tiers and regions.

ui-phone = ဖုန်း
ui-hotline = အကူအညီဖုန်းလိုင်း
ui-hours = ဖွင့်ချိန်
ui-languages = ပြောဆိုနိုင်သော ဘာသာစကားများ
ui-address = လိပ်စာ
ui-email = အီးမေးလ်
ui-website = ဝက်ဘ်ဆိုက်
ui-services = ဝန်ဆောင်မှုများ
ui-legal-basis = ဤအခွင့်အရေးကို ရေးသားထားသည့် နေရာ
ui-last-verified = စစ်ဆေးခဲ့သည့် ရက်စွဲ
ui-provided-by = ဝန်ဆောင်မှုပေးသူ
ui-where = နေရာ
ui-sample-contact = နမူနာ — တကယ့် ဝန်ဆောင်မှု မဟုတ်ပါ
ui-sample-notice = နမူနာ ဆက်သွယ်ရန် အချက်အလက်များသာ ဖြစ်ပါသည်။ ဤစာရွက်ပါ ဝန်ဆောင်မှုများသည် ဥပမာများသာ ဖြစ်ပါသည်။ ဖုန်းနံပါတ်များသည်လည်း ဥပမာများသာ ဖြစ်ပါသည်။ ၎င်းတို့သည် တကယ့် ဝန်ဆောင်မှုများ မဟုတ်ပါ။ ၎င်းတို့ကို ဖုန်းမဆက်ပါနှင့်။
ui-draft-notice = မူကြမ်း ဘာသာပြန်ချက် — ပြန်လည်စစ်ဆေးခြင်း မပြုရသေးပါ။
ui-contacts-count = { $count ->
   *[other] ဝန်ဆောင်မှု { $count } ခုက သင့်ကို ကူညီနိုင်ပါသည်။
}
ui-made-with = ဖန်တီးရာတွင် အသုံးပြုထားသည့် ကိရိယာ
ui-page-label = စာမျက်နှာ

hours-every-day = နေ့တိုင်း၊ ၂၄ နာရီ
hours-always = နေ့တိုင်း၊ ၂၄ နာရီ
hours-mon-fri = တနင်္လာမှ သောကြာအထိ၊ { $from }–{ $to }
hours-mon-sat = တနင်္လာမှ စနေအထိ၊ { $from }–{ $to }

condition-free = အခမဲ့
condition-voluntary = မိမိဆန္ဒအလျောက်
condition-confidential = လျှို့ဝှက်ချက် ထိန်းသိမ်းသည်
condition-unconditional = ရဲနှင့် စကားပြောရန် မလိုပါ

ui-complaints = ကူညီသူများအကြောင်း တိုင်ကြားရန်
ui-for-whom = အတွက်

## Who a service is for (printed when it does not take everyone)

target-adult = လူကြီးများ (အသက် ၁၈ နှစ်နှင့်အထက်)
target-child = အသက် ၁၈ နှစ်အောက် ကလေးများ
target-female = အမျိုးသမီးနှင့် မိန်းကလေးများ
target-male = အမျိုးသားနှင့် ယောက်ျားလေးများ
target-non-binary = ကျား မ မခွဲခြားသူများ
target-labour = အတင်းအလုပ်ခိုင်းခံရသူများ
target-sexual = လိင်ပိုင်း အမြတ်ထုတ်ခံရသူများ
target-domestic-servitude = အိမ်အလုပ် အတင်းခိုင်းခံရသူများ
target-forced-marriage = အတင်းလက်ထပ်ခိုင်းခံရသူများ
target-forced-criminality = ရာဇဝတ်မှု အတင်းကျူးလွန်ခိုင်းခံရသူများ
target-begging = အတင်းတောင်းရမ်းခိုင်းခံရသူများ

## Pictogram descriptions (alt text)

picto-shield = ဒိုင်းတစ်ခု
picto-lock = သော့ခလောက်တစ်ခု
picto-scale = တရားမျှတမှုကို ကိုယ်စားပြုသော ချိန်ခွင်
picto-message = စကားပြော ပူဖောင်းကွက်
picto-cash = ငွေစက္ကူများ
picto-clock = နာရီတစ်လုံး
picto-heart-handshake = လက်နှစ်ဖက်ဖြင့် ကိုင်ထားသော နှလုံးပုံ
picto-user-shield = ဒိုင်းကိုင်ထားသော လူတစ်ဦး
picto-friends = လူကြီးတစ်ယောက်နှင့် ကလေးတစ်ယောက် အတူရှိနေပုံ
picto-ear = နားထောင်နေသော နားရွက်
picto-hand-stop = ရပ်ပါဟု အဓိပ္ပာယ်ရသော မြှောက်ထားသည့် လက်
picto-home = အိမ်တစ်လုံး
picto-stethoscope = ဆရာဝန်၏ နားကြပ်
picto-heart = နှလုံးပုံ
picto-language = ဘေးချင်းယှဉ်ထားသော စာရေးစနစ် နှစ်မျိုး
picto-id = သက်သေခံကတ်ပြား
picto-plane = ဆင်းသက်နေသော လေယာဉ်
picto-phone = တယ်လီဖုန်း
picto-writing = စာရေးနေသော လက်
picto-alert = သတိပေး တြိဂံ

## Legal instruments, as cited under each right

instrument-un-protocol = ကုလသမဂ္ဂ လူကုန်ကူးမှုဆိုင်ရာ ပရိုတိုကော (2000)၊ အပိုဒ်
instrument-actip = လူကုန်ကူးမှု တိုက်ဖျက်ရေး အာဆီယံ သဘောတူစာချုပ် (ACTIP၊ 2015)၊ အပိုဒ်
instrument-ohchr-guidelines = လူ့အခွင့်အရေးနှင့် လူကုန်ကူးမှုဆိုင်ရာ UN OHCHR ၏ အကြံပြု မူများနှင့် လမ်းညွှန်ချက်များ (2002)၊ လမ်းညွှန်ချက်
instrument-unicef-guidelines = လူကုန်ကူးခံရသော ကလေးသူငယ်များ ကာကွယ်ရေးဆိုင်ရာ UNICEF လမ်းညွှန်ချက်များ (2006)၊ လမ်းညွှန်ချက်
instrument-uncrc = ကုလသမဂ္ဂ ကလေးသူငယ် အခွင့်အရေးဆိုင်ရာ သဘောတူစာချုပ် (1989)၊ အပိုဒ်
instrument-coe-convention = လူကုန်ကူးမှု တိုက်ဖျက်ရေး ဆောင်ရွက်ချက်ဆိုင်ရာ ဥရောပကောင်စီ သဘောတူစာချုပ် (2005)၊ အပိုဒ်
instrument-eu-directive = EU ညွှန်ကြားချက် 2011/36/EU၊ အပိုဒ်
instrument-acwc-guidelines = လူကုန်ကူးခံရသူများဆိုင်ရာ ACWC ဒေသဆိုင်ရာ လမ်းညွှန်ချက်များနှင့် လုပ်ထုံးလုပ်နည်းများ၊

## Age tiers, as the catalogue names them

tier-child-5-8 = အသက် ၅ နှစ်မှ ၈ နှစ်အထိ ကလေးများ
tier-child-9-12 = အသက် ၉ နှစ်မှ ၁၂ နှစ်အထိ ကလေးများ
tier-teen-13-17 = အသက် ၁၃ နှစ်မှ ၁၇ နှစ်အထိ လူငယ်များ
tier-adult = အရွယ်ရောက်သူများ

## Regions

region-sample-destination = နမူနာ ဦးတည်ရာနိုင်ငံ (နမူနာ ဆက်သွယ်ရန် အချက်အလက်များ)

## Catalogue page

catalogue-title = သတင်းအချက်အလက် စာရွက်များ — သင်၏ အခွင့်အရေးများနှင့် သင်ရနိုင်သော အကူအညီများ
catalogue-intro = ဘာသာစကားတိုင်း၊ အသက်အရွယ်တိုင်းအတွက် စာရွက်အားလုံး ဤနေရာတွင် ရှိပါသည်။ သင် ကူညီပေးနေသူ၏ ဘာသာစကားနှင့် အသက်အရွယ်ကို ရွေးချယ်ပါ။ ထိုသူ၏ အသက်ကို မသိဘဲ ၁၈ နှစ်အောက် ဖြစ်နိုင်ပါက ကလေးအတွက် စာရွက်ကို ရွေးချယ်ပါ။ စာရွက်တစ်ခုစီကို ပုံနှိပ်ရန် PDF ဖိုင်အဖြစ်နှင့် မျှဝေရန် ဝက်ဘ်စာမျက်နှာအဖြစ် ရယူနိုင်ပါသည်။
catalogue-draft = မူကြမ်း ဘာသာပြန်ချက် — မြန်မာဘာသာ မိခင်ဘာသာစကားအဖြစ် ပြောဆိုသူက ပြန်လည်စစ်ဆေးခြင်း မပြုရသေးပါ။
catalogue-pdf = ပုံနှိပ်ရန် PDF
catalogue-html = ဝက်ဘ်စာမျက်နှာ
region-sample-origin = နမူနာ မူလနိုင်ငံ (နမူနာ ဆက်သွယ်ရန် အချက်အလက်များ)
region-sample-border = နမူနာ နယ်စပ်ဒေသ (နမူနာ ဆက်သွယ်ရန် အချက်အလက်များ)
