### The catalogue: the age choice for a person whose age is not known, and the page-1 thumbnails.
### Machine-drafted; needs review by a native speaker.

catalogue-age-unknown = 不确定年龄：可能是儿童
catalogue-age-unknown-note = 在知道年龄之前，可能是儿童的人要按儿童对待：这些是给13至17岁青少年的资料。
catalogue-thumbnail = 打印资料的第1页
