### "Your rights and the help you can get": sheet, sections and paragraphs.
### Wording per age tier: `id--child-5-8`, `id--child-9-12`, `id--teen-13-17` (or `id--child`
### for both child tiers 9-17), then `id` for adults and as the general fallback.

sheet-rights-title = Your rights and the help you can get
sheet-rights-title--child-5-8 = You are safe. We can help.
sheet-rights-title--child = Your rights and the help you can get
sheet-rights-subtitle = Information for people who may have been trafficked
sheet-rights-subtitle--child-5-8 = A sheet for you to keep
sheet-rights-subtitle--child = Information for children and young people

## Welcome

section-welcome-heading = First of all
section-welcome-heading--child-5-8 = Hello

welcome-not-your-fault = What happened to you is not your fault. You have rights, and people here can help you, whatever your nationality, gender, age or migration status, and whatever work you were made to do.
welcome-not-your-fault--child-5-8 = It is not your fault. You did nothing wrong. Grown-ups here will keep you safe.
welcome-not-your-fault--child-9-12 = What happened is not your fault. You did nothing wrong. Adults here have a job: to keep you safe and to help you.
welcome-not-your-fault--teen-13-17 = What happened to you is not your fault. You have rights, and there are people here whose job is to keep you safe and help you.
welcome-this-sheet = This sheet explains your rights, the help you can get and where to find it. Keep it, read it again later, and ask about anything that is not clear. You can take time to decide.
welcome-this-sheet--child-9-12 = This sheet tells you about your rights and the help you can get. You can keep it. You can ask about anything you do not understand.
welcome-this-sheet--teen-13-17 = This sheet explains your rights and the help you can get. Keep it and read it again later. Ask about anything that is not clear.

## Rights

section-rights-heading = Your rights
section-rights-heading--child-5-8 = What you can count on
rights-intro = These rights come from international and regional law. Each one names where it is written, so that you or your lawyer can point to it.
rights-intro--child = These are your rights. They are written in laws that many countries have signed.

## Help

section-help-heading = Help you can get
section-help-heading--child-5-8 = Help for you
help-intro = Support is free. You choose which help you want. You can have it whether or not you talk to the police.
help-intro--child = Help is free. You can say which help you want.

## Choices

section-choices-heading = Your choices
section-choices-heading--child-5-8 = You can choose
choices-voluntary = All support is voluntary. Nobody can make you accept help you do not want, and accepting help does not mean you give up any right.
choices-voluntary--child-5-8 = You can say yes to help. You can say no.
choices-voluntary--child-9-12 = You decide which help you want. Nobody can make you take help you do not want.
choices-voluntary--teen-13-17 = Help is your choice. Nobody can make you accept help you do not want.
choices-police = You do not have to talk to the police or go to court to get help. Support does not depend on it. If you do decide to help a police case, you can ask what it involves and how long it takes.
choices-police--child-9-12 = You get help even if you do not talk to the police.
choices-police--teen-13-17 = You do not have to talk to the police or go to court to get help. If you want to, someone will explain what it means first.
choices-consent = Before any support starts, staff should explain it in your language and ask for your written agreement (consent). Ask them to explain every condition or rule first.
choices-consent--child-9-12 = Before help starts, adults will explain it in your language. You can ask questions first.
choices-consent--teen-13-17 = Before help starts, staff will explain it in your language and ask you to agree in writing. Ask about any rules first.
choices-time = You can take time to think before you decide. You may be able to have a recovery and reflection period to rest and think about your options.
choices-time--child-5-8 = You can take your time.
choices-time--child-9-12 = You can take time to think. You do not have to decide now.
choices-time--teen-13-17 = You can take time to rest and think before you decide anything.
choices-say-no = You have the right to say no to any support or protection that is offered, without giving a reason.
choices-say-no--child-5-8 = Tell a grown-up if you do not like something.
choices-say-no--child-9-12 = You can say no to something you do not want. Adults will listen.
choices-say-no--teen-13-17 = You can say no to any help that is offered. You do not have to give a reason.
choices-change-mind = You can stop support at any time, and you can ask for it again later, here or after you go home.
choices-change-mind--child-9-12 = You can change your mind later. You can ask for help again.
choices-change-mind--teen-13-17 = You can change your mind at any time. You can stop help, and ask for it again later.
choices-at-home = Help is also available in your home country after you return. Staff can tell you whom to contact there before you leave.
choices-at-home--child-9-12 = If you go home, there is help there too. Adults will tell you who can help.
choices-at-home--teen-13-17 = If you go home, help is there too. Ask who to contact before you leave.

## Safety

section-safety-heading = Staying safe
section-safety-heading--child-5-8 = If you feel scared
safety-afraid = If you are afraid of the people who exploited you, of their friends, or of anyone else, tell your case worker or call a hotline below. They will work with you on a safety plan, and can do so again whenever things change.
safety-afraid--child-5-8 = Scared? Tell a grown-up you trust.
safety-afraid--child-9-12 = If you feel scared, tell an adult you trust. They will help you stay safe.
safety-afraid--teen-13-17 = If you are afraid of anyone, tell your case worker or call a hotline below. They will make a safety plan with you.
safety-danger-now = If you are in danger right now, call the police emergency number of the country you are in, or a hotline below.
safety-danger-now--child-5-8 = In danger? Call the number below.
safety-danger-now--child-9-12 = If you are in danger now, call a number below.
safety-danger-now--teen-13-17 = If you are in danger right now, call the emergency number or a hotline below.
safety-discreet = If it is not safe to keep this sheet, write down one number and throw the sheet away. You can call from someone else's phone; hotlines do not need to know your name.
safety-discreet--child-9-12 = Keep this sheet somewhere safe. If that is hard, remember one number.
safety-discreet--teen-13-17 = If keeping this sheet is not safe, write down one number and throw the sheet away. You do not have to give your name when you call.
safety-family = If your family is threatened, say so. Protection can include the people close to you.
safety-family--child-9-12 = If you are worried about your family, tell an adult. They can help.
safety-family--teen-13-17 = If your family is threatened, tell staff. Protection can include your family too.

## Contacts

section-contacts-heading = Where to get help
contacts-intro = You can contact any of these services yourself. They are free and confidential.
contacts-intro--child = You can call these people. It is free.
