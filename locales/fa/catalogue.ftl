### The catalogue: the age choice for a person whose age is not known, and the page-1 thumbnails.
### Machine-drafted; needs review by a native speaker.

catalogue-age-unknown = از سن مطمئن نیستید: شاید کودک باشد
catalogue-age-unknown-note = تا وقتی سن کسی معلوم نشده، اگر ممکن است کودک باشد با او مثل کودک رفتار می‌شود: این‌ها برگه‌های نوجوانان ۱۳ تا ۱۷ ساله است.
catalogue-thumbnail = صفحه ۱ برگه چاپی
