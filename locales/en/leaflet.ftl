### Leaflet messages: the call band on page 1, the footer's number, the short marks on every page.

## Call band

call-heading = Call for help
call-heading--child-5-8 = You can call
call-free = Free call
call-anonymous = You do not have to say your name

## Page footer

# Small print at every page's foot: empty, except for the youngest, whom an adult reads the
# sheet to.
footer-note = { "" }
footer-note--child-5-8 = A grown-up reads this sheet with you.
footer-call = Help

## Short marks, on every page

mark-draft-short = Draft translation, not yet checked
mark-sample-short = Sample contacts, not real services

## Pictogram descriptions (alt text) for the pictograms added for one meaning each

picto-smile = A smiling face
picto-choice = A path that splits in two ways
picto-info = The letter i in a circle
picto-coins = A pile of coins
picto-user-question = A person with a question mark
picto-mood-heart = A smiling face with a heart
