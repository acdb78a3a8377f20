### The one-page help card.

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
