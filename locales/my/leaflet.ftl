### Leaflet messages (machine-drafted, needs review by a native speaker).

## Call band

call-heading = အကူအညီအတွက် ဖုန်းဆက်ပါ
call-heading--child-5-8 = ဖုန်းဆက်လို့ရပါတယ်
call-free = ဖုန်းခ အခမဲ့
call-anonymous = နာမည်ပြောစရာ မလိုပါ

## Page footer

footer-note = { "" }
footer-note--child-5-8 = လူကြီးတစ်ယောက်က ဒီစာရွက်ကို သင်နဲ့ ဖတ်ပါမယ်။
footer-call = အကူအညီ

## Short marks, on every page

mark-draft-short = မူကြမ်း ဘာသာပြန်ချက်၊ မစစ်ဆေးရသေးပါ
mark-sample-short = နမူနာ ဆက်သွယ်ရန်များ။ တကယ့်ဝန်ဆောင်မှု မဟုတ်ပါ။

## Pictogram descriptions (alt text) for the pictograms added for one meaning each

picto-smile = ပြုံးနေသော မျက်နှာ
picto-choice = နှစ်လမ်းခွဲသွားသော လမ်း
picto-info = စက်ဝိုင်းထဲရှိ i စာလုံး
picto-coins = အကြွေစေ့ပုံ
picto-user-question = မေးခွန်းသင်္ကေတနှင့် လူတစ်ယောက်
picto-mood-heart = နှလုံးပါသော ပြုံးနေသည့်မျက်နှာ
