### The catalogue: the age choice for a person whose age is not known, and the page-1 thumbnails.

catalogue-age-unknown = Not sure of the age: may be a child
catalogue-age-unknown-note = Until their age is known, a person who may be a child is treated as one: these are the sheets for young people aged 13 to 17.
catalogue-thumbnail = Page 1 of the printed sheet
