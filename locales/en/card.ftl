### The one-page help card.

## Translators: the help card (content/sheets/help-card.toml), one page to keep or hide; shown
## on every tier. The call section comes first; keep headings short (they sit beside a
## pictogram). Sentence limits (words per sentence): child-5-8: 8, child-9-12: 12, teen-13-17: 18, adult: 25.
## Suffixes: `--child-5-8`, `--child-9-12`, `--teen-13-17` show on that tier only; `--child` on all three child tiers; no suffix: adults, and any tier without its own wording.

sheet-card-title = Help card
sheet-card-title--child-5-8 = Who can help me
sheet-card-subtitle = Keep this card. Call if you need help.
sheet-card-subtitle--child-5-8 = Keep this card. It is yours.
sheet-card-subtitle--child = Keep this card. Call if you need help.
section-card-call-heading = Call for help, free of charge
section-card-call-heading--child-5-8 = Call for help
card-call-intro = Check the hours next to each number. You do not have to give your name.
card-call-intro--child-5-8 = Ask someone you trust to help you call.
card-call-intro--child-9-12 = It is free. Look at the hours next to each number.
section-card-rights-heading = Your rights
section-card-rights-heading--child-5-8 = Remember
section-card-remember-heading = Remember
card-helpers = Nobody who helps you may hurt you, touch you sexually or ask for anything in return. If they do, call a number on this card.
card-helpers--child-5-8 = If someone hurts you, tell another grown-up. Or call a number on this card.
card-helpers--child-9-12 = No helper may hurt you or ask for anything in return. If this happens, call a number on this card.
# The pocket card's back: one short line (the sheets carry the whole paragraph).
card-remember = What happened to you is not your fault.
# The catalogue's link to a card's print sheet (only the reference locale needs it).
catalogue-print = Sheet of cards to print and cut out
