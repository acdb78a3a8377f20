### Interface words, notices, pictogram descriptions, legal instruments, tiers and regions.

ui-phone = ফোন
ui-hotline = হটলাইন
ui-hours = খোলা থাকে
ui-languages = যে ভাষায় কথা বলা হয়
ui-address = ঠিকানা
ui-email = ইমেইল
ui-website = ওয়েবসাইট
ui-services = সেবাসমূহ
ui-legal-basis = এই অধিকার কোথায় লেখা আছে
ui-last-verified = যাচাইয়ের তারিখ
ui-provided-by = সেবা দিচ্ছে
ui-where = কোথায়
ui-sample-contact = নমুনা — এটি আসল কোনো সেবা নয়
ui-sample-notice = নমুনা যোগাযোগ: এই কাগজে দেওয়া সেবা ও ফোন নম্বরগুলো শুধু উদাহরণ, আসল কোনো সেবা নয়। এই নম্বরগুলোতে ফোন করবেন না।
ui-draft-notice = খসড়া অনুবাদ — এখনও পর্যালোচনা করা হয়নি।
ui-contacts-count = { $count ->
    [one] একটি সেবা সাহায্য করতে পারে।
   *[other] { $count }টি সেবা সাহায্য করতে পারে।
}
ui-made-with = যা দিয়ে তৈরি
ui-page-label = পৃষ্ঠা

hours-every-day = প্রতিদিন, ২৪ ঘণ্টা
hours-always = প্রতিদিন, ২৪ ঘণ্টা
hours-mon-fri = সোমবার থেকে শুক্রবার, { $from }–{ $to }
hours-mon-sat = সোমবার থেকে শনিবার, { $from }–{ $to }

condition-free = বিনামূল্যে
condition-voluntary = স্বেচ্ছামূলক
condition-confidential = গোপনীয়
condition-unconditional = পুলিশের সঙ্গে কথা বলার দরকার নেই

ui-complaints = সাহায্যকারীদের বিরুদ্ধে অভিযোগ
ui-for-whom = কাদের জন্য

## Who a service is for (printed when it does not take everyone)

target-adult = প্রাপ্তবয়স্ক (১৮ বছর ও তার বেশি)
target-child = ১৮ বছরের কম বয়সী শিশু
target-female = নারী ও মেয়েরা
target-male = পুরুষ ও ছেলেরা
target-non-binary = নন-বাইনারি মানুষ
target-labour = যাঁদের কাজ করতে বাধ্য করা হয়েছে
target-sexual = যৌন শোষণের শিকার মানুষ
target-domestic-servitude = যাঁদের বাসাবাড়িতে কাজে বাধ্য করা হয়েছে
target-forced-marriage = যাঁদের বিয়েতে বাধ্য করা হয়েছে
target-forced-criminality = যাঁদের অপরাধ করতে বাধ্য করা হয়েছে
target-begging = যাঁদের ভিক্ষা করতে বাধ্য করা হয়েছে

## Pictogram descriptions (alt text)

picto-shield = একটি ঢাল
picto-lock = একটি তালা
picto-scale = ন্যায়বিচারের দাঁড়িপাল্লা
picto-message = কথার একটি বুদবুদ
picto-cash = টাকার নোট
picto-clock = একটি ঘড়ি
picto-heart-handshake = দুই হাতে ধরা একটি হৃদয়
picto-user-shield = ঢাল হাতে একজন মানুষ
picto-friends = একজন বড় মানুষ ও একটি শিশু একসঙ্গে
picto-ear = একটি কান, মন দিয়ে শুনছে
picto-hand-stop = “থামো” বোঝাতে তোলা একটি হাত
picto-home = একটি বাড়ি
picto-stethoscope = ডাক্তারের স্টেথোস্কোপ
picto-heart = একটি হৃদয়
picto-language = পাশাপাশি দুটি লিপি
picto-id = একটি পরিচয়পত্র
picto-plane = নামছে এমন একটি উড়োজাহাজ
picto-phone = একটি টেলিফোন
picto-writing = লিখছে এমন একটি হাত
picto-alert = একটি সতর্কতা-ত্রিভুজ

## Legal instruments, as cited under each right

instrument-un-protocol = জাতিসংঘের মানব পাচার প্রোটোকল (2000), অনুচ্ছেদ
instrument-actip = মানব পাচার, বিশেষত নারী ও শিশু পাচারের বিরুদ্ধে আসিয়ান কনভেনশন (ACTIP, 2015), অনুচ্ছেদ
instrument-ohchr-guidelines = মানবাধিকার ও মানব পাচার বিষয়ে UN OHCHR-এর সুপারিশকৃত নীতিমালা ও নির্দেশিকা (2002), নির্দেশিকা
instrument-unicef-guidelines = পাচারের শিকার শিশুদের সুরক্ষা বিষয়ে UNICEF-এর নির্দেশিকা (2006), নির্দেশিকা
instrument-uncrc = জাতিসংঘ শিশু অধিকার সনদ (1989), অনুচ্ছেদ
instrument-coe-convention = মানব পাচারবিরোধী পদক্ষেপ বিষয়ে কাউন্সিল অব ইউরোপ কনভেনশন (2005), অনুচ্ছেদ
instrument-eu-directive = ইউরোপীয় ইউনিয়নের নির্দেশনা 2011/36/EU, অনুচ্ছেদ
instrument-acwc-guidelines = পাচারের শিকার ব্যক্তিদের জন্য ACWC-এর আঞ্চলিক নির্দেশিকা ও কার্যপ্রণালী,

## Age tiers, as the catalogue names them

tier-child-5-8 = ৫ থেকে ৮ বছর বয়সী শিশু
tier-child-9-12 = ৯ থেকে ১২ বছর বয়সী শিশু
tier-teen-13-17 = ১৩ থেকে ১৭ বছর বয়সী কিশোর-কিশোরী
tier-adult = প্রাপ্তবয়স্ক

## Regions

region-sample-destination = নমুনা গন্তব্য দেশ (নমুনা যোগাযোগ)

## Catalogue page

catalogue-title = তথ্যপত্র: আপনার অধিকার এবং আপনি যে সাহায্য পেতে পারেন
catalogue-intro = সব তথ্যপত্র, প্রতিটি ভাষায় এবং প্রতিটি বয়সের জন্য। আপনি যাঁকে সাহায্য করছেন, তাঁর ভাষা ও বয়স বেছে নিন; তাঁর বয়স জানা না থাকলে এবং তাঁর বয়স ১৮-র কম হতে পারে মনে হলে, শিশুদের তথ্যপত্র বেছে নিন। প্রতিটি তথ্যপত্র ছাপানোর জন্য পিডিএফ এবং অন্যদের পাঠানোর জন্য ওয়েবপেজ হিসেবে পাওয়া যায়।
catalogue-draft = খসড়া অনুবাদ — এখনও কোনো মাতৃভাষী পর্যালোচনা করেননি।
catalogue-pdf = ছাপানোর জন্য পিডিএফ
catalogue-html = ওয়েবপেজ
region-sample-origin = নমুনা উৎস দেশ (নমুনা যোগাযোগ)
region-sample-border = নমুনা সীমান্ত এলাকা (নমুনা যোগাযোগ)
