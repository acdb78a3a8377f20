### The one-page help card.

sheet-card-title = کارت کمک
sheet-card-title--child-5-8 = چه کسی می‌تواند به من کمک کند
sheet-card-subtitle = این کارت را نگه دارید. اگر به کمک نیاز داشتید، تماس بگیرید.
sheet-card-subtitle--child-5-8 = این کارت را نگه دار. مال توست.
sheet-card-subtitle--child = این کارت را نگه دار. اگر کمک لازم داشتی، زنگ بزن.
section-card-call-heading = برای کمک تماس بگیرید؛ رایگان است
section-card-call-heading--child-5-8 = برای کمک زنگ بزن
section-card-call-heading--child = برای کمک زنگ بزن؛ رایگان است
card-call-intro = ساعت‌های کنار هر شماره را ببینید. لازم نیست نامتان را بگویید.
card-call-intro--child-5-8 = از آدم مورد اعتمادت کمک بخواه. با هم زنگ بزنید.
card-call-intro--child-9-12 = رایگان است. ساعت کنار هر شماره را ببین.
section-card-rights-heading = حقوق شما
section-card-rights-heading--child-5-8 = یادت باشد
section-card-rights-heading--child = حقوق تو
section-card-remember-heading = به یاد داشته باشید
section-card-remember-heading--child = یادت باشد
card-helpers = هیچ کمک‌کننده‌ای حق ندارد به شما آسیب بزند یا شما را به‌طور جنسی لمس کند. نباید در عوض چیزی بخواهد. اگر چنین شد، به یکی از شماره‌های این کارت زنگ بزنید.
card-helpers--child-5-8 = کسی اذیتت کرد؟ به آدم کلان دیگری بگو. یا به شماره این کارت زنگ بزن.
card-helpers--child-9-12 = هیچ کمک‌کننده‌ای نباید به تو آسیب بزند یا در عوض چیزی بخواهد. اگر چنین شد، به شماره‌ای از این کارت زنگ بزن.
# The pocket card's back: one short line (the sheets carry the whole paragraph).
card-remember = آنچه برای شما پیش آمده تقصیر شما نیست.
