### The one-page help card.

sheet-card-title = အကူအညီ ကတ်
sheet-card-title--child-5-8 = ဘယ်သူတွေ ကူညီပေးနိုင်လဲ
sheet-card-subtitle = ဤကတ်ကို သိမ်းထားပါ။ အကူအညီ လိုအပ်ပါက ဖုန်းဆက်ပါ။
sheet-card-subtitle--child-5-8 = ဒီကတ်ကို သိမ်းထားပါ။ ဒါ သင့်ဟာပါ။
sheet-card-subtitle--child = ဒီကတ်ကို သိမ်းထားပါ။ အကူအညီ လိုရင် ဖုန်းဆက်ပါ။
section-card-call-heading = အခမဲ့ ဖုန်းဆက်၍ အကူအညီ တောင်းပါ
section-card-call-heading--child-5-8 = ဖုန်းဆက်ပြီး အကူအညီ တောင်းပါ
card-call-intro = နံပါတ်တစ်ခုစီ ဘေးရှိ အချိန်ကို ကြည့်ပါ။ သင့်အမည် ပြောစရာ မလိုပါ။
card-call-intro--child-5-8 = ယုံကြည်ရသူကို ဖုန်းဆက်ပေးဖို့ ကူညီခိုင်းပါ။
card-call-intro--child-9-12 = အခမဲ့ပါ။ နံပါတ်တစ်ခုစီ ဘေးက အချိန်ကို ကြည့်ပါ။
section-card-rights-heading = သင်၏ အခွင့်အရေးများ
section-card-rights-heading--child-5-8 = မှတ်ထားပါ
section-card-remember-heading = မှတ်ထားရန်
card-helpers = သင့်ကို ကူညီသူ မည်သူမျှ သင့်ကို ထိခိုက်အောင်၊ လိင်ပိုင်း ထိကိုင်အောင် သို့မဟုတ် အလဲအလှယ် တောင်းခြင်း မပြုရပါ။ ထိုသို့ ပြုလျှင် ဤကတ်ပေါ်ရှိ နံပါတ်ကို ဖုန်းဆက်ပါ။
card-helpers--child-5-8 = တစ်ယောက်ယောက် နာကျင်စေလား။ နောက်လူကြီးကို ပြောပါ။ ဒါမှမဟုတ် ဒီကတ်က နံပါတ်ကို ဖုန်းခေါ်ပါ။
card-helpers--child-9-12 = ကူညီသူ ဘယ်သူမှ သင့်ကို မထိခိုက်စေရ၊ အလဲအလှယ် မတောင်းရပါဘူး။ ဒီလိုဖြစ်ရင် ဒီကတ်က နံပါတ်ကို ဖုန်းဆက်ပါ။
# The pocket card's back: one short line (the sheets carry the whole paragraph).
card-remember = သင့်အပေါ် ဖြစ်ခဲ့သည့်အရာသည် သင့်အပြစ် မဟုတ်ပါ။
