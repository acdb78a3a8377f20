### Kinds of protection and support.

## Translators: the help section of "Your rights and the help you can get" (young-help and
## help), one title and body per kind of support; the title also labels the region's services.
## Keep the rules and conditions exactly as strict as the English. Sentence limits (words per sentence): child-5-8: 8, child-9-12: 12, teen-13-17: 18, adult: 25.
## Suffixes: `--child-5-8`, `--child-9-12`, `--teen-13-17` show on that tier only; `--child` on all three child tiers; no suffix: adults, and any tier without its own wording.

support-shelter-housing-title = A safe place to stay
support-shelter-housing-body = A safe place to stay, free of charge. Every shelter has rules, and some do not let you go out alone, keep your phone or see your family. Before you agree, staff must tell you all the rules. Ask how long you can stay, and whether you can go out, work, use a phone and contact your family. Ask what happens if you want to leave.
support-shelter-housing-body--child-5-8 = A safe place to sleep and eat. Grown-ups must tell you the rules.
support-shelter-housing-body--child-9-12 = A safe place to live, sleep and eat. Every place has rules. Adults must tell you the rules first. Ask how long you will stay. Ask if you can talk to your family.
support-shelter-housing-body--teen-13-17 = A safe place to live. Every place has rules, and some do not let you go out alone or keep your phone. Before you agree, staff must tell you the rules. Ask how long you would stay, and if you can call your family and go to school.

support-counselling-information-title = Advice and information
support-counselling-information-title--child-5-8 = People to talk to
support-counselling-information-body = Someone to explain your rights and options, answer your questions and help you plan what comes next.
support-counselling-information-body--child-9-12 = People who explain things and answer your questions.
support-counselling-information-body--teen-13-17 = People who explain your rights and options and help you plan what comes next.

support-medical-care-title = Health care
support-medical-care-body = Free medical care from a doctor or nurse, including urgent treatment, check-ups and sexual and reproductive health care. You can ask for a doctor of the gender you prefer.
support-medical-care-body--child-5-8 = A doctor or nurse. They help when you are sick.
support-medical-care-body--child-9-12 = A doctor or nurse who checks you are healthy and helps if you are sick or hurt.
support-medical-care-body--teen-13-17 = Free care from a doctor or nurse, including check-ups and sexual health. You can ask for a man or a woman.

support-psychological-support-title = Emotional support
support-psychological-support-body = Counselling with a trained person, to help with fear, sadness, stress or sleep problems. What you say stays private, except when someone must be kept safe from serious harm.
support-psychological-support-body--child-9-12 = Someone trained to help when you feel sad, scared or worried.
support-psychological-support-body--teen-13-17 = A trained counsellor to talk to about fear, sadness, stress or bad dreams. It is private, unless someone is in danger.

support-material-financial-assistance-title = Food, clothes and money
support-material-financial-assistance-body = Food, clothes, hygiene items and, where available, money for basic needs.
support-material-financial-assistance-body--child-9-12 = Food, clothes and the things you need every day.
support-material-financial-assistance-body--teen-13-17 = Food, clothes, things for washing, and sometimes money for what you need.

support-legal-support-title = Legal help
support-legal-support-body = A lawyer or legal adviser to explain your legal situation, your options and any court case, and to help you claim compensation. Ask for free legal help.
support-legal-support-body--child-9-12 = A lawyer who explains the law to you. Ask for one who is free.
support-legal-support-body--teen-13-17 = A lawyer to explain your legal situation, any court case and how to claim compensation. Ask for a free one.

support-interpretation-title = An interpreter
support-interpretation-title--child-5-8 = Someone who speaks your language
support-interpretation-body = An interpreter, so that you can understand and be understood. Interpreters must keep what you say private. You can ask for a different one, for example someone not from your community, or a man or a woman. Tell staff if you do not trust the interpreter.
support-interpretation-body--child-5-8 = Someone who speaks your language. You can ask for a different one.
support-interpretation-body--child-9-12 = Someone who speaks your language and helps you understand. They must keep what you say private. You can ask for a different one.
support-interpretation-body--teen-13-17 = An interpreter in your language. They must keep what you say private. You can ask for a different one, for example if you know them or do not trust them.

support-residence-work-title = Help with permission to stay and work
support-residence-work-title--child = Help with your papers
support-residence-work-body = If you are a foreign national: help to apply for a reflection period, a residence permit or a work permit, where the law allows.
support-residence-work-body--child-9-12 = From another country? A lawyer can help with your papers. Adults will tell you if you can stay.
support-residence-work-body--teen-13-17 = If you come from another country: a lawyer can help you apply for papers to stay. Ask what is possible here, and when you could work.

support-voluntary-return-title = Going home safely
support-voluntary-return-body = If you want to go home, help to return safely and without long delays. Staff should tell you how long it will take and what papers you need. If it is not safe for you to go home, tell staff and a lawyer at once. You may be able to stay, or to get other protection.
support-voluntary-return-body--child-5-8 = Want to go home? Tell a grown-up. They check home is safe first.
support-voluntary-return-body--child-9-12 = Do you want to go home? Tell your helper. Adults must first check it is safe there. Tell them if someone at home hurt you. Someone should travel with you.
support-voluntary-return-body--teen-13-17 = If you want to go home, adults must first check it is safe for you there. Tell them if anyone at home has hurt you. It should not take longer than needed. You should travel with an adult, and someone should meet you.

support-child-protection-title = Child protection
support-child-protection-title--child-5-8 = Grown-ups who protect children
support-child-protection-body = Child protection workers make sure that a child is safe and cared for, and appoint a guardian where needed.
support-child-protection-body--child-9-12 = Child protection workers make sure you are safe and looked after.
support-child-protection-body--teen-13-17 = Child protection workers make sure you are safe and looked after, and find you a guardian if you need one.
