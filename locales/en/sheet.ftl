### "Your rights and the help you can get": sheet, sections and paragraphs.
### Wording per age tier: `id--child-5-8`, `id--child-9-12`, `id--teen-13-17` (or `id--child`
### for both child tiers 9-17), then `id` for adults and as the general fallback.

sheet-rights-title = Your rights and the help you can get
sheet-rights-title--child-5-8 = We are here to help you.
sheet-rights-title--child = Your rights and the help you can get
sheet-rights-subtitle = Information for people who may have been trafficked
sheet-rights-subtitle--child-5-8 = A sheet for you to keep
sheet-rights-subtitle--child = Information for children and young people

## Welcome
## Translators: the first section (young-hello for 5-8, welcome for 9 and over); readers
## see it right after whom to call. Sentence limits (words per sentence): child-5-8: 8, child-9-12: 12, teen-13-17: 18, adult: 25.

section-welcome-heading = First of all
section-welcome-heading--child-5-8 = Hello

welcome-not-your-fault = What happened to you is not your fault. You have rights, and people here can help you, whatever your nationality, gender, age or migration status. This is true whatever work you were made to do: on farms or boats, in factories or homes, in the sex trade, begging or crime. You do not have to call yourself a victim to get help.
welcome-not-your-fault--child-5-8 = It is not your fault. You did nothing wrong.
welcome-not-your-fault--child-9-12 = What happened is not your fault. You did nothing wrong. Adults here must keep you safe and help you. Help is for boys and girls. It does not matter what work you were made to do.
welcome-not-your-fault--teen-13-17 = What happened to you is not your fault. You have rights, and there are people here whose job is to keep you safe and help you. Help is for everyone, boys and girls, whatever work you were made to do.
welcome-this-sheet = This sheet explains your rights, the help you can get and where to find it. Keep it and read it again later. If reading is hard, ask someone you trust to read it with you. You can ask staff to explain things again, as often as you need. You can take time to decide.
welcome-this-sheet--child-5-8 = You can ask questions. Ask again if you forget.
welcome-this-sheet--child-9-12 = This sheet tells you about your rights and help. You can keep it and read it again. You can ask an adult to read it with you. You can ask the same question again.
welcome-this-sheet--teen-13-17 = This sheet explains your rights and the help you can get. Keep it and read it again later. You can ask staff to explain again, as often as you need.

## Rights
## Translators: heading and introduction of the rights section, every tier.

section-rights-heading = Your rights
section-rights-heading--child-5-8 = What you can count on
rights-intro = These rights are written in international and regional agreements. Not every country has signed each one, and this country's own law decides how they apply. Under each right are the agreements that count here; a lawyer can tell you which apply to you.
rights-intro--child = These are your rights. Many countries have signed agreements about them. A lawyer can tell you which count here.

## Help
## Translators: heading and introduction of the help section, every tier.

section-help-heading = Help you can get
section-help-heading--child-5-8 = Help for you
help-intro = Support is free. You choose which help you want. It should not depend on whether you talk to the police.
help-intro--child = Help is free. You can say which help you want.
help-needs = Tell staff if you have a disability or an illness, take medicine, are pregnant, or find reading hard. Help should fit your needs. You can also use services that are not only for trafficking victims.
help-needs--child-5-8 = Help is for boys and girls. Is something hard for you? Tell us.
help-needs--child-9-12 = Help is for boys and girls. Are you sick, or do you take medicine? Tell an adult. Tell them if seeing, hearing or reading is hard.
help-needs--teen-13-17 = Tell staff if you have a disability or an illness, take medicine, or find reading hard. Help should fit you.

## Choices
## Translators: the choices section (young-choices, choices): voluntary support, the right
## to say no and to change one's mind; keep its meaning exact.

section-choices-heading = Your choices
section-choices-heading--child-5-8 = You can choose
choices-voluntary = Support should always be your choice. Nobody should make you accept help you do not want, or keep you in a place against your will. Accepting help should not mean giving up any right.
choices-voluntary--child-5-8 = You can say yes or no. Sometimes grown-ups decide, to keep you safe. They will tell you why.
choices-voluntary--child-9-12 = You can say what help you want. Adults must listen. Some things adults decide, to keep you safe. They must tell you why.
choices-voluntary--teen-13-17 = You can say what help you want and do not want, and adults must listen. Because you are under 18, child protection workers must make sure you are safe. Some things, like where you live, may be decided for your safety. They must ask what you think first, and explain why.
choices-police = Help should never depend on talking to the police or going to court. But in some countries, permission to stay is linked to helping a police case. Ask a lawyer what applies here before you decide. If you help a case, ask how long it may take and how often you must speak. Ask if you must stay in the country, and if you will see the accused.
choices-police--child-5-8 = You get help, even without talking to police. A grown-up you trust should be there.
choices-police--child-9-12 = You get help even if you do not talk to the police. Police may want to talk to you. An adult you trust should be with you. You can ask for a break.
choices-police--teen-13-17 = Help should not depend on talking to the police or going to court. Police or a court may still want to hear you. Your guardian or an adult you trust should be with you, and an interpreter. You can ask not to see the person who hurt you. You can ask not to tell your story again and again.
choices-what-next = What happens next: someone talks with you in a private place, with an interpreter if you want one. They ask what you need and what you are afraid of. They explain each kind of help, its rules and how long it lasts. A case worker should stay your contact.
choices-what-next--child-5-8 = First, a grown-up talks with you. They tell you what happens next.
choices-what-next--child-9-12 = First, an adult talks with you in a quiet place. They ask what you need. They explain what can happen next. You should have one helper you can always ask.
choices-what-next--teen-13-17 = What happens next: a worker talks with you in private, in your language. They ask what you need and what you are afraid of. They explain each kind of help and its rules. A case worker should stay in touch with you.
choices-consent = Before any support starts, staff should explain it in your language, with every rule and what it asks of you. They should ask for your written agreement (consent). Do not sign anything you do not understand. Ask for a copy.
choices-consent--child-9-12 = Before help starts, adults should explain it in your language. You can ask questions first.
choices-consent--teen-13-17 = Before help starts, staff should explain it and its rules in your language. They ask you to agree in writing. Only sign what you understand.
choices-time = You can take time to think before you decide. You may be able to have a recovery and reflection period to rest and think about your options.
choices-time--child-5-8 = You can take your time.
choices-time--child-9-12 = You can take time to think. You do not have to decide now.
choices-time--teen-13-17 = You can take time to rest and think before you decide anything.
choices-say-no = You have the right to say no to any support or protection that is offered, without giving a reason.
choices-say-no--child-5-8 = Don't like something? Tell a grown-up.
choices-say-no--child-9-12 = You can say no to something you do not want. Adults will listen. If they still decide, they must tell you why.
choices-say-no--teen-13-17 = You can say no to help you do not want. You do not have to give a reason. If adults still decide, they must tell you why.
choices-change-mind = You should be able to stop support and ask for it again later, here or after you go home. If a place will not let you leave, call a lawyer or a hotline below. Before you agree, ask what leaving would change, for example for your permission to stay.
choices-change-mind--child-5-8 = You can change your mind. Tell a grown-up.
choices-change-mind--child-9-12 = You can change your mind later. You can ask for help again.
choices-change-mind--teen-13-17 = You can change your mind. You can ask for help again later, even after you go home.
choices-at-home = Help may also be available in your home country, though not everywhere. Before you leave, ask staff to find a service near where you will live. With your agreement, they can pass on your case and give you its name and number.
choices-at-home--child-5-8 = There can be help at home too.
choices-at-home--child-9-12 = If you go home, there may be help there too. Adults will tell you who.
choices-at-home--teen-13-17 = There may be help at home too. Before you leave, ask who will help you there, and how to reach them.
choices-family = You can ask to call or see your family, and staff should help you. You can also choose not to. Staff should not contact your family without your agreement.
choices-family--child-5-8 = You can ask to talk to your family.
choices-family--child-9-12 = You can ask to talk to your family. If someone at home hurt you, tell an adult. Adults will tell you before they call your family. They may call your country's embassy about papers.
choices-family--teen-13-17 = You can ask to call or see your family. Tell staff if you do not want to, or if someone at home hurt you. Adults may need to contact your family or your embassy. They must tell you first and ask what you think.
choices-papers = You can ask to contact your country's embassy or consulate, for example for new papers or to go home. You can also choose not to, and staff should ask you before they contact it. If an employer, agent or anyone else has your passport or ID card, tell staff or a lawyer. If police or staff keep your papers, ask why, for how long, and for a written receipt.
choices-papers--child-5-8 = Did someone take your papers? Tell a grown-up.
choices-papers--child-9-12 = If someone took your passport or ID card, tell an adult.
choices-papers--teen-13-17 = If someone took your passport or ID card, tell staff or a lawyer. They should help you get it back or get new papers.

## Safety
## Translators: the safety section (young-scared, safety), every tier.

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
safety-helpers = Nobody who helps you may hurt you, threaten you, touch you sexually or insult you. Nobody may ask you for money, sex, work or favours in return for help. If this happens, tell a lawyer, another service, the complaints contact or a hotline below, or the police. Complaining should never cost you your support.
safety-helpers--child-5-8 = Helpers must never hurt you. No one may touch your private parts. If someone hurts you, tell another grown-up.
safety-helpers--child-9-12 = No helper may hurt you or touch your private parts. No helper may ask for money or favours. If this happens, tell another adult you trust. Or call a number below. It is not your fault.
safety-helpers--teen-13-17 = Nobody who helps you may hurt you, touch you sexually, insult you or ask for anything in return. If this happens, tell your guardian, a lawyer, the complaints contact or a hotline below. It is not your fault, and you should still get help.

## Contacts
## Translators: the contacts section; contact names and numbers come from the region file,
## never from messages.

section-contacts-heading = Where to get help
contacts-intro = You can contact any of these services yourself. They are free. Ask each one what it keeps private and whom it must tell.
contacts-intro--child = You can call these people. It is free.
