### Interface words, notices, pictogram descriptions, legal instruments, tiers and regions.

ui-phone = تلفن
ui-hotline = خط تلفن کمک
ui-hours = ساعت کار
ui-languages = زبان‌هایی که صحبت می‌کنند
ui-address = نشانی
ui-email = ایمیل
ui-website = وب‌سایت
ui-services = خدمات
ui-legal-basis = این حق در کجا نوشته شده است
ui-last-verified = آخرین بررسی در
ui-provided-by = ارائه‌دهنده
ui-where = مکان
ui-sample-contact = نمونه — این سازمان واقعی نیست
ui-sample-notice = اطلاعات تماس نمونه: سازمان‌ها و شماره‌تلفن‌های این برگه فقط نمونه هستند و واقعی نیستند. با آن‌ها تماس نگیرید.
ui-draft-notice = ترجمه پیش‌نویس — هنوز بازبینی نشده است.
ui-contacts-count = { $count ->
    [one] { $count } سازمان می‌تواند کمک کند.
   *[other] { $count } سازمان می‌توانند کمک کنند.
}
ui-made-with = ساخته‌شده با
ui-page-label = صفحه

hours-every-day = هر روز، ۲۴ ساعته
hours-always = هر روز، ۲۴ ساعته
hours-mon-fri = دوشنبه تا جمعه، { $from }–{ $to }
hours-mon-sat = دوشنبه تا شنبه، { $from }–{ $to }

condition-free = رایگان
condition-voluntary = اختیاری
condition-confidential = محرمانه
condition-unconditional = نیازی به صحبت با پلیس نیست

ui-complaints = شکایت از کمک‌کنندگان
ui-for-whom = برای

## Who a service is for (printed when it does not take everyone)

target-adult = بزرگسالان (۱۸ سال و بالاتر)
target-child = کودکان زیر ۱۸ سال
target-female = زنان و دختران
target-male = مردان و پسران
target-non-binary = افراد نان‌باینری
target-labour = قربانیان کار اجباری
target-sexual = قربانیان بهره‌کشی جنسی
target-domestic-servitude = قربانیان کار اجباری در خانه
target-forced-marriage = قربانیان ازدواج اجباری
target-forced-criminality = قربانیان جرم اجباری
target-begging = قربانیان تکدی‌گری اجباری

## Pictogram descriptions (alt text)

picto-shield = یک سپر
picto-lock = یک قفل
picto-scale = ترازوی عدالت
picto-message = یک حباب گفت‌وگو
picto-cash = اسکناس
picto-clock = یک ساعت
picto-heart-handshake = قلبی در میان دو دست
picto-user-shield = آدمی با یک سپر
picto-friends = یک بزرگسال و یک کودک در کنار هم
picto-ear = یک گوش، در حال شنیدن
picto-hand-stop = دستی بالا آمده به نشانه «ایست»
picto-home = یک خانه
picto-stethoscope = گوشی پزشکی
picto-heart = یک قلب
picto-language = دو خط نوشتاری در کنار هم
picto-id = کارت شناسایی
picto-plane = هواپیمایی در حال فرود
picto-phone = یک تلفن
picto-writing = دستی در حال نوشتن
picto-alert = مثلث هشدار

## Legal instruments, as cited under each right

instrument-un-protocol = پروتکل سازمان ملل متحد برای پیشگیری، سرکوب و مجازات قاچاق انسان (۲۰۰۰)، ماده
instrument-actip = کنوانسیون آسه‌آن علیه قاچاق انسان (ACTIP، ۲۰۱۵)، ماده
instrument-ohchr-guidelines = اصول و رهنمودهای توصیه‌شده درباره حقوق بشر و قاچاق انسان، دفتر کمیساریای عالی حقوق بشر سازمان ملل (UN OHCHR، ۲۰۰۲)، رهنمود
instrument-unicef-guidelines = رهنمودهای یونیسف برای حمایت از کودکان قربانی قاچاق انسان (UNICEF، ۲۰۰۶)، رهنمود
instrument-uncrc = کنوانسیون حقوق کودک سازمان ملل متحد (۱۹۸۹)، ماده
instrument-coe-convention = کنوانسیون شورای اروپا درباره اقدام علیه قاچاق انسان (۲۰۰۵)، ماده
instrument-eu-directive = دستورالعمل ۲۰۱۱/۳۶ اتحادیه اروپا (EU)، ماده
instrument-acwc-guidelines = رهنمودها و رویه‌های منطقه‌ای ACWC برای قربانیان قاچاق انسان،

## Age tiers, as the catalogue names them

tier-child-5-8 = کودکان ۵ تا ۸ ساله
tier-child-9-12 = کودکان ۹ تا ۱۲ ساله
tier-teen-13-17 = نوجوانان ۱۳ تا ۱۷ ساله
tier-adult = بزرگسالان

## Regions

region-sample-destination = کشور مقصد نمونه (اطلاعات تماس نمونه)

## Catalogue page

catalogue-title = برگه‌های اطلاعات: حقوق شما و کمک‌هایی که می‌توانید دریافت کنید
catalogue-intro = همه برگه‌ها، به همه زبان‌ها و برای همه سنین. زبان و سن فردی را که به او کمک می‌کنید انتخاب کنید؛ اگر سن او معلوم نیست و ممکن است زیر ۱۸ سال باشد، برگه کودکان را انتخاب کنید. هر برگه هم به‌صورت فایل PDF برای چاپ و هم به‌صورت صفحه وب برای اشتراک‌گذاری وجود دارد.
catalogue-draft = ترجمه پیش‌نویس — هنوز توسط گویشور بومی بازبینی نشده است.
catalogue-pdf = فایل PDF برای چاپ
catalogue-html = صفحه وب
region-sample-origin = کشور مبدأ نمونه (اطلاعات تماس نمونه)
region-sample-border = منطقه مرزی نمونه (اطلاعات تماس نمونه)
