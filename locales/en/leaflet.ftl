### Leaflet messages: the call band on page 1, the footer's number, the short marks on every page.

## Call band
## Translators: the band at the top of page 1 of every sheet, every tier, above all else:
## whom to call. Two to five words each; the youngest (5-8) read it with an adult.

call-heading = Call for help
call-heading--child-5-8 = You can call
call-free = Free call
call-anonymous = You do not have to say your name

## Page footer
## Translators: every page's foot, every tier and sheet; `footer-call` stands before the main
## phone number, so one or two words.

# Small print at every page's foot: empty, except for the youngest, whom an adult reads the
# sheet to.
footer-note = { "" }
footer-note--child-5-8 = A grown-up reads this sheet with you.
footer-call = Help

## Short marks, on every page
## Translators: repeated in the margin of every page while the edition is a draft or shows
## sample contacts; keep them under eight words. The English stays beside your text.

mark-draft-short = Draft translation, not yet checked
mark-sample-short = Sample contacts, not real services

## Pictogram descriptions (alt text) for the pictograms added for one meaning each
## Translators: read aloud by screen readers, never printed; describe the picture plainly
## in one short phrase, no full stop.

picto-smile = A smiling face
picto-choice = A path that splits in two ways
picto-info = The letter i in a circle
picto-coins = A pile of coins
picto-user-question = A person with a question mark
picto-mood-heart = A smiling face with a heart
