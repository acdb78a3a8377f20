### The one-page help card.

sheet-card-title = সাহায্যের কার্ড
sheet-card-title--child-5-8 = কে আমাকে সাহায্য করতে পারে
sheet-card-subtitle = এই কার্ডটি রেখে দিন। সাহায্য লাগলে ফোন করুন।
sheet-card-subtitle--child-5-8 = এই কার্ডটা রেখে দাও। এটা তোমার।
sheet-card-subtitle--child = এই কার্ডটা রেখে দাও। সাহায্য লাগলে ফোন করো।
section-card-call-heading = সাহায্যের জন্য ফোন করুন, বিনামূল্যে
section-card-call-heading--child-5-8 = সাহায্যের জন্য ফোন করো
section-card-call-heading--child = সাহায্যের জন্য ফোন করো, বিনামূল্যে
card-call-intro = প্রতিটি নম্বরের পাশে সময় দেখে নিন। আপনার নাম বলতে হবে না।
card-call-intro--child-5-8 = বিশ্বাসের কাউকে ফোন করতে সাহায্য করতে বলো।
card-call-intro--child-9-12 = ফোন বিনামূল্যে। প্রতিটি নম্বরের পাশে সময় দেখো।
section-card-rights-heading = আপনার অধিকার
section-card-rights-heading--child-5-8 = মনে রেখো
section-card-rights-heading--child = তোমার অধিকার
section-card-remember-heading = মনে রাখবেন
section-card-remember-heading--child = মনে রেখো
card-helpers = যিনি আপনাকে সাহায্য করেন, তিনি আপনাকে আঘাত, যৌনভাবে স্পর্শ বা বদলে কিছু চাইতে পারেন না। এমন হলে এই কার্ডের একটি নম্বরে ফোন করুন।
card-helpers--child-5-8 = কেউ আঘাত করলে আরেকজন বড়কে বলো। অথবা এই কার্ডের নম্বরে ফোন করো।
card-helpers--child-9-12 = কোনো সাহায্যকারী তোমাকে আঘাত করতে বা বদলে কিছু চাইতে পারে না। এমন হলে এই কার্ডের একটি নম্বরে ফোন করো।
# The pocket card's back: one short line (the sheets carry the whole paragraph).
card-remember = আপনার সঙ্গে যা ঘটেছে, তা আপনার দোষ নয়।
