### Leaflet messages (machine-drafted, needs review by a native speaker).

## Call band

call-heading = برای کمک تماس بگیرید
call-heading--child-5-8 = می‌توانی زنگ بزنی
call-heading--child = برای کمک زنگ بزن
call-free = تماس رایگان
call-anonymous = لازم نیست نام خود را بگویید
call-anonymous--child = لازم نیست اسمت را بگویی

## Page footer

footer-note = { "" }
footer-note--child-5-8 = یک کلان‌سال این ورقه را با تو می‌خواند.
footer-call = کمک

## Short marks, on every page

mark-draft-short = ترجمه پیش‌نویس، هنوز بازبینی نشده
mark-sample-short = معلومات تماس نمونه، موسسه واقعی نیست

## Pictogram descriptions (alt text) for the pictograms added for one meaning each

picto-smile = چهره خندان
picto-choice = راهی که به دو راه تقسیم می‌شود
picto-info = حرف i در یک دایره
picto-coins = چند سکه
picto-user-question = فردی با علامت سؤال
picto-mood-heart = چهره خندان با یک قلب
