### Kinds of protection and support.

support-shelter-housing-title = A safe place to stay
support-shelter-housing-body = Safe housing or a shelter, for as long as you need it. You can ask about the rules before you decide, including whether you can go out and contact your family.
support-shelter-housing-body--child-5-8 = A safe place to sleep and eat.
support-shelter-housing-body--child-9-12 = A safe place to live, sleep and eat, with adults who look after you.
support-shelter-housing-body--teen-13-17 = A safe place to live. Ask about the rules before you decide, such as going out and calling your family.

support-counselling-information-title = Advice and information
support-counselling-information-title--child-5-8 = People to talk to
support-counselling-information-body = Someone to explain your rights and options, answer your questions and help you plan what comes next.
support-counselling-information-body--child-5-8 = People who listen and answer your questions.
support-counselling-information-body--child-9-12 = People who explain things and answer your questions.
support-counselling-information-body--teen-13-17 = People who explain your rights and options and help you plan what comes next.

support-medical-care-title = Health care
support-medical-care-body = Free medical care from a doctor or nurse, including urgent treatment, check-ups and sexual and reproductive health care. You can ask for a doctor of the gender you prefer.
support-medical-care-body--child-5-8 = A doctor or nurse, if you are sick or hurt.
support-medical-care-body--child-9-12 = A doctor or nurse who checks you are healthy and helps if you are sick or hurt.
support-medical-care-body--teen-13-17 = Free care from a doctor or nurse, including check-ups and sexual health. You can ask for a man or a woman.

support-psychological-support-title = Emotional support
support-psychological-support-body = Counselling with a trained person, to help with fear, sadness, stress or sleep problems. It is confidential.
support-psychological-support-body--child-9-12 = Someone trained to help when you feel sad, scared or worried.
support-psychological-support-body--teen-13-17 = A trained counsellor to talk to about fear, sadness, stress or bad dreams. It is private.

support-material-financial-assistance-title = Food, clothes and money
support-material-financial-assistance-body = Food, clothes, hygiene items and, where available, money for basic needs.
support-material-financial-assistance-body--child-9-12 = Food, clothes and the things you need every day.
support-material-financial-assistance-body--teen-13-17 = Food, clothes, things for washing, and sometimes money for what you need.

support-legal-support-title = Legal help
support-legal-support-body = A lawyer or legal adviser, free of charge, to explain your legal situation, your options and any court case, and to help you claim compensation.
support-legal-support-body--child-9-12 = A lawyer who explains the law to you, for free.
support-legal-support-body--teen-13-17 = A free lawyer to explain your legal situation, any court case and how to claim compensation.

support-interpretation-title = An interpreter
support-interpretation-title--child-5-8 = Someone who speaks your language
support-interpretation-body = An interpreter, so that you can understand and be understood. You can ask for another interpreter if you are not comfortable.
support-interpretation-body--child-5-8 = Someone who speaks your language.
support-interpretation-body--child-9-12 = Someone who speaks your language and helps you understand.
support-interpretation-body--teen-13-17 = An interpreter in your language. You can ask for a different one if you are not comfortable.

support-residence-work-title = Permission to stay and to work
support-residence-work-title--child = Permission to stay
support-residence-work-body = If you are a foreign national: help to apply for a reflection period, a residence permit and, where the law allows, permission to work.
support-residence-work-body--child-9-12 = If you come from another country: help with papers so you can stay.
support-residence-work-body--teen-13-17 = If you come from another country: help to apply for papers to stay and, when you are old enough, to work.

support-voluntary-return-title = Going home safely
support-voluntary-return-body = If you want to go home, help to return safely, and contacts for support once you are there. Nobody may send you back against your will while your safety is at risk.
support-voluntary-return-body--child-9-12 = If you want to go home, adults will help you get there safely.
support-voluntary-return-body--teen-13-17 = If you want to go home, help to travel safely, and people to contact when you arrive.

support-child-protection-title = Child protection
support-child-protection-title--child-5-8 = Grown-ups who protect children
support-child-protection-body = Child protection workers make sure that a child is safe and cared for, and appoint a guardian where needed.
support-child-protection-body--child-9-12 = Child protection workers make sure you are safe and looked after.
support-child-protection-body--teen-13-17 = Child protection workers make sure you are safe and looked after, and find you a guardian if you need one.
