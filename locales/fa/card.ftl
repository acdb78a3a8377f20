### The one-page help card.

sheet-card-title = کارت کمک
sheet-card-title--child-5-8 = چه کسی می‌تواند به من کمک کند
sheet-card-subtitle = این کارت را نگه دارید. اگر به کمک نیاز داشتید، تماس بگیرید.
sheet-card-subtitle--child-5-8 = این کارت را نگه دار. مال توست.
sheet-card-subtitle--child = این کارت را نگه دار. اگر کمک لازم داشتی، زنگ بزن.
section-card-call-heading = برای کمک تماس بگیرید؛ رایگان است
section-card-call-heading--child-5-8 = برای کمک زنگ بزن
card-call-intro = این شماره‌ها هر روز پاسخ می‌دهند. لازم نیست نامتان را بگویید.
card-call-intro--child-5-8 = از یک بزرگ‌تر بخواه با تو زنگ بزند.
card-call-intro--child-9-12 = هر وقت خواستی می‌توانی زنگ بزنی. رایگان است.
section-card-rights-heading = حقوق شما
section-card-rights-heading--child-5-8 = یادت باشد
section-card-remember-heading = به یاد داشته باشید
section-card-remember-heading--child-5-8 = تو کار بدی نکردی
