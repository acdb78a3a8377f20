### Leaflet messages (machine-drafted, needs review by a native speaker).

## Call band

call-heading = برای کمک تماس بگیرید
call-heading--child-5-8 = می‌توانی زنگ بزنی
call-free = تماس رایگان
call-anonymous = لازم نیست نام خود را بگویید
call-anonymous--child = لازم نیست اسمت را بگویی

## Page footer

footer-call = کمک

## Short marks, on every page

mark-draft-short = ترجمه پیش‌نویس، هنوز بازبینی نشده
mark-sample-short = اطلاعات تماس نمونه، سازمان واقعی نیست
