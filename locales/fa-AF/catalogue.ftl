### The catalogue: the age choice for a person whose age is not known, and the page-1 thumbnails.
### Dari (fa-AF): drafted from the Persian (fa) with Afghan vocabulary; needs review by a native speaker.

catalogue-age-unknown = از سن مطمئن نیستید: شاید طفل باشد
catalogue-age-unknown-note = تا وقتی سن کسی معلوم نشده، اگر ممکن است طفل باشد با او مثل طفل رفتار می‌شود: این‌ها ورقه‌های نوجوانان ۱۳ تا ۱۷ ساله است.
catalogue-thumbnail = صفحهٔ ۱ ورقهٔ چاپی
