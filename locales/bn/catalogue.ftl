### The catalogue: the age choice for a person whose age is not known, and the page-1 thumbnails.
### Machine-drafted; needs review by a native speaker.

catalogue-age-unknown = বয়স নিশ্চিত নয়: শিশু হতে পারে
catalogue-age-unknown-note = বয়স জানা না যাওয়া পর্যন্ত, যে শিশু হতে পারে তাকে শিশু হিসেবেই দেখা হয়: এগুলো ১৩ থেকে ১৭ বছর বয়সী কিশোর-কিশোরীদের তথ্যপত্র।
catalogue-thumbnail = ছাপা তথ্যপত্রের পৃষ্ঠা ১
