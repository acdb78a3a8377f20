### Kinds of protection and support.

support-shelter-housing-title = جای امن برای ماندن
support-shelter-housing-body = خانه امن یا سرپناه، تا هر وقت که لازم داشته باشید. پیش از تصمیم‌گیری می‌توانید درباره مقررات آنجا بپرسید، از جمله اینکه آیا می‌توانید بیرون بروید و با خانواده‌تان تماس بگیرید.
support-shelter-housing-body--child-5-8 = جای امن برای خوابیدن و غذا خوردن.
support-shelter-housing-body--child-9-12 = جای امنی برای زندگی، خواب و غذا. بزرگ‌ترها آنجا از تو مراقبت می‌کنند.
support-shelter-housing-body--teen-13-17 = جای امنی برای زندگی. پیش از تصمیم‌گیری درباره مقررات آنجا بپرس، مثلاً بیرون رفتن و تماس با خانواده.

support-counselling-information-title = راهنمایی و اطلاعات
support-counselling-information-title--child-5-8 = کسانی برای حرف زدن
support-counselling-information-body = کسی که حقوق و گزینه‌هایتان را توضیح می‌دهد، به سؤال‌هایتان پاسخ می‌دهد و کمکتان می‌کند برای قدم‌های بعدی برنامه بریزید.
support-counselling-information-body--child-5-8 = کسانی که به تو گوش می‌دهند. به سؤال‌هایت جواب می‌دهند.
support-counselling-information-body--child-9-12 = کسانی که چیزها را برایت توضیح می‌دهند و به سؤال‌هایت جواب می‌دهند.
support-counselling-information-body--teen-13-17 = کسانی که حقوق و گزینه‌هایت را توضیح می‌دهند و کمکت می‌کنند برای قدم بعدی برنامه بریزی.

support-medical-care-title = خدمات درمانی
support-medical-care-body = مراقبت پزشکی رایگان از سوی پزشک یا پرستار، از جمله درمان فوری، معاینه‌های دوره‌ای و مراقبت‌های سلامت جنسی و باروری. می‌توانید بخواهید پزشکتان از جنسیتی باشد که ترجیح می‌دهید.
support-medical-care-body--child-5-8 = دکتر یا پرستار، اگر مریض یا زخمی شدی.
support-medical-care-body--child-9-12 = دکتر یا پرستاری که سلامتت را بررسی می‌کند. اگر مریض یا زخمی شدی، کمکت می‌کند.
support-medical-care-body--teen-13-17 = مراقبت رایگان از سوی دکتر یا پرستار، از جمله معاینه و سلامت جنسی. می‌توانی بخواهی دکترت مرد باشد یا زن.

support-psychological-support-title = حمایت روانی
support-psychological-support-body = مشاوره با فردی آموزش‌دیده، برای کنار آمدن با ترس، غم، استرس یا مشکلات خواب. این مشاوره محرمانه است.
support-psychological-support-body--child-9-12 = کسی که یاد گرفته وقتی غمگینی، می‌ترسی یا نگرانی کمکت کند.
support-psychological-support-body--teen-13-17 = یک مشاور آموزش‌دیده که می‌توانی درباره ترس، غم، استرس یا کابوس‌ها با او حرف بزنی. حرف‌هایت خصوصی می‌ماند.

support-material-financial-assistance-title = غذا، لباس و پول
support-material-financial-assistance-body = غذا، لباس، وسایل بهداشتی و در صورت امکان، پول برای نیازهای اساسی.
support-material-financial-assistance-body--child-9-12 = غذا، لباس و چیزهایی که هر روز لازم داری.
support-material-financial-assistance-body--teen-13-17 = غذا، لباس، وسایل شست‌وشو و گاهی پول برای چیزهایی که لازم داری.

support-legal-support-title = کمک حقوقی
support-legal-support-body = یک وکیل یا مشاور حقوقی رایگان که وضعیت حقوقی، گزینه‌ها و هر پرونده دادگاهی شما را توضیح دهد و در درخواست غرامت کمکتان کند.
support-legal-support-body--child-9-12 = وکیلی که قانون را به‌طور رایگان برایت توضیح می‌دهد.
support-legal-support-body--teen-13-17 = یک وکیل رایگان که وضعیت حقوقی‌ات، هر پرونده دادگاهی و راه درخواست غرامت را توضیح می‌دهد.

support-interpretation-title = مترجم
support-interpretation-title--child-5-8 = کسی که زبان تو را بلد است
support-interpretation-body = مترجم شفاهی، تا بتوانید حرف دیگران را بفهمید و دیگران هم حرف شما را بفهمند. اگر با مترجم راحت نیستید، می‌توانید مترجم دیگری بخواهید.
support-interpretation-body--child-5-8 = کسی که به زبان تو حرف می‌زند.
support-interpretation-body--child-9-12 = کسی که به زبان تو حرف می‌زند و کمکت می‌کند بفهمی.
support-interpretation-body--teen-13-17 = مترجمی که به زبان تو حرف می‌زند. اگر با او راحت نیستی، می‌توانی مترجم دیگری بخواهی.

support-residence-work-title = اجازه اقامت و کار
support-residence-work-title--child = اجازه ماندن
support-residence-work-body = اگر تبعه کشور دیگری هستید: کمک برای درخواست دوره تأمل، اجازه اقامت و، در جایی که قانون اجازه دهد، اجازه کار.
support-residence-work-body--child-9-12 = اگر از کشور دیگری آمده‌ای: کمک برای گرفتن مدارکی که با آن بتوانی اینجا بمانی.
support-residence-work-body--teen-13-17 = اگر از کشور دیگری آمده‌ای: کمک برای درخواست مدارک ماندن، و وقتی به سن کافی رسیدی، اجازه کار.

support-voluntary-return-title = بازگشت امن به خانه
support-voluntary-return-body = اگر می‌خواهید به خانه برگردید، کمک برای بازگشت امن، و معرفی جاهایی که پس از رسیدن می‌توانند از شما حمایت کنند. تا وقتی امنیت شما در خطر است، هیچ‌کس نمی‌تواند شما را برخلاف میلتان بازگرداند.
support-voluntary-return-body--child-9-12 = اگر بخواهی به خانه برگردی، بزرگ‌ترها کمک می‌کنند سالم برسی.
support-voluntary-return-body--teen-13-17 = اگر بخواهی به خانه برگردی، کمک برای سفر امن، و کسانی که وقتی رسیدی با آن‌ها تماس بگیری.

support-child-protection-title = حمایت از کودک
support-child-protection-title--child-5-8 = بزرگ‌ترهایی که از بچه‌ها محافظت می‌کنند
support-child-protection-body = مددکاران حمایت از کودک مطمئن می‌شوند که کودک در امان است و از او مراقبت می‌شود، و در صورت نیاز برایش قیم تعیین می‌کنند.
support-child-protection-body--child-9-12 = مددکاران حمایت از کودک مراقب امنیت و نگهداری تو هستند.
support-child-protection-body--teen-13-17 = مددکاران حمایت از کودک مراقب امنیت و نگهداری تو هستند. اگر لازم باشد، برایت قیم پیدا می‌کنند.
