### Leaflet messages (machine-drafted, needs review by a native speaker).

## Call band

call-heading = সাহায্যের জন্য ফোন করুন
call-heading--child-5-8 = তুমি ফোন করতে পারো
call-free = ফোন করা বিনামূল্যে
call-anonymous = আপনার নাম বলতে হবে না
call-anonymous--child = তোমার নাম বলতে হবে না

## Page footer

footer-call = সাহায্য

## Short marks, on every page

mark-draft-short = খসড়া অনুবাদ, এখনও পর্যালোচনা হয়নি
mark-sample-short = নমুনা যোগাযোগ, আসল সেবা নয়
