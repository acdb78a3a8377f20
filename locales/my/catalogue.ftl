### The catalogue: the age choice for a person whose age is not known, and the page-1 thumbnails.
### Machine-drafted; needs review by a native speaker.

catalogue-age-unknown = အသက်ကို မသေချာ- ကလေး ဖြစ်နိုင်သည်
catalogue-age-unknown-note = အသက်ကို မသိမချင်း ကလေးဖြစ်နိုင်သူကို ကလေးအဖြစ် ဆက်ဆံသည်။ ဤစာရွက်များသည် အသက် ၁၃ နှစ်မှ ၁၇ နှစ်အထိ လူငယ်များအတွက် ဖြစ်သည်။
catalogue-thumbnail = ပုံနှိပ်စာရွက်၏ စာမျက်နှာ ၁
