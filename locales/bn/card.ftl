### The one-page help card.

sheet-card-title = সাহায্যের কার্ড
sheet-card-title--child-5-8 = কে আমাকে সাহায্য করতে পারে
sheet-card-subtitle = এই কার্ডটি রেখে দিন। সাহায্য লাগলে ফোন করুন।
sheet-card-subtitle--child-5-8 = এই কার্ডটা রেখে দাও। এটা তোমার।
sheet-card-subtitle--child = এই কার্ডটা রেখে দাও। সাহায্য লাগলে ফোন করো।
section-card-call-heading = সাহায্যের জন্য ফোন করুন, বিনামূল্যে
section-card-call-heading--child-5-8 = সাহায্যের জন্য ফোন করো
card-call-intro = এই নম্বরগুলোতে প্রতিদিন ফোন ধরা হয়। আপনার নাম বলার দরকার নেই।
card-call-intro--child-5-8 = কোনো বড় মানুষকে সঙ্গে নিয়ে ফোন করো।
card-call-intro--child-9-12 = তুমি যেকোনো সময় ফোন করতে পারো। এর জন্য টাকা লাগে না।
section-card-rights-heading = আপনার অধিকার
section-card-rights-heading--child-5-8 = মনে রেখো
section-card-remember-heading = মনে রাখবেন
section-card-remember-heading--child-5-8 = তুমি কোনো ভুল করোনি
