### The one-page help card.

sheet-card-title = အကူအညီ ကတ်
sheet-card-title--child-5-8 = ဘယ်သူတွေ ကူညီပေးနိုင်လဲ
sheet-card-subtitle = ဤကတ်ကို သိမ်းထားပါ။ အကူအညီ လိုအပ်ပါက ဖုန်းဆက်ပါ။
sheet-card-subtitle--child-5-8 = ဒီကတ်ကို သိမ်းထားပါ။ ဒါ သင့်ဟာပါ။
sheet-card-subtitle--child = ဒီကတ်ကို သိမ်းထားပါ။ အကူအညီ လိုရင် ဖုန်းဆက်ပါ။
section-card-call-heading = အခမဲ့ ဖုန်းဆက်၍ အကူအညီ တောင်းပါ
section-card-call-heading--child-5-8 = ဖုန်းဆက်ပြီး အကူအညီ တောင်းပါ
card-call-intro = ဤနံပါတ်များကို နေ့တိုင်း ဆက်သွယ်နိုင်ပါသည်။ သင့်အမည်ကို ပြောရန် မလိုအပ်ပါ။
card-call-intro--child-5-8 = လူကြီးတစ်ယောက်နဲ့ အတူတူ ဖုန်းဆက်ပါ။
card-call-intro--child-9-12 = ဘယ်အချိန်မဆို ဖုန်းဆက်လို့ရပါတယ်။ အခမဲ့ပါ။
section-card-rights-heading = သင်၏ အခွင့်အရေးများ
section-card-rights-heading--child-5-8 = မှတ်ထားပါ
section-card-remember-heading = မှတ်ထားရန်
section-card-remember-heading--child-5-8 = သင် ဘာမှ မမှားပါဘူး
