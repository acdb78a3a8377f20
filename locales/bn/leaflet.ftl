### Leaflet messages (machine-drafted, needs review by a native speaker).

## Call band

call-heading = সাহায্যের জন্য ফোন করুন
call-heading--child-5-8 = তুমি ফোন করতে পারো
call-heading--child = সাহায্যের জন্য ফোন করো
call-free = ফোন করা বিনামূল্যে
call-anonymous = আপনার নাম বলতে হবে না
call-anonymous--child = তোমার নাম বলতে হবে না

## Page footer

footer-note = { "" }
footer-note--child-5-8 = একজন বড় মানুষ তোমার সাথে এটি পড়বেন।
footer-call = সাহায্য

## Short marks, on every page

mark-draft-short = খসড়া অনুবাদ, এখনও পর্যালোচনা হয়নি
mark-sample-short = নমুনা যোগাযোগ, আসল সেবা নয়

## Pictogram descriptions (alt text) for the pictograms added for one meaning each

picto-smile = হাসিমুখ
picto-choice = দুই ভাগে ভাগ হওয়া একটি পথ
picto-info = বৃত্তের মধ্যে i অক্ষর
picto-coins = এক গাদা কয়েন
picto-user-question = প্রশ্নচিহ্নসহ একজন মানুষ
picto-mood-heart = হৃদয়সহ হাসিমুখ
