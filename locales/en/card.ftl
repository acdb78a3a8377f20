### The one-page help card.

sheet-card-title = Help card
sheet-card-title--child-5-8 = Who can help me
sheet-card-subtitle = Keep this card. Call if you need help.
sheet-card-subtitle--child-5-8 = Keep this card. It is yours.
sheet-card-subtitle--child = Keep this card. Call if you need help.
section-card-call-heading = Call for help, free of charge
section-card-call-heading--child-5-8 = Call for help
card-call-intro = These numbers answer every day. You do not have to give your name.
card-call-intro--child-5-8 = Ask a grown-up to call with you.
card-call-intro--child-9-12 = You can call any time. It is free.
section-card-rights-heading = Your rights
section-card-rights-heading--child-5-8 = Remember
section-card-remember-heading = Remember
section-card-remember-heading--child-5-8 = You did nothing wrong
