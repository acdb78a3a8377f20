### Rights. Titles and bodies; see content/rights.toml for the legal basis of each.

right-safety-title = Protection from harm
right-safety-title--child-5-8 = You will be kept safe
right-safety-title--child = You have the right to be safe
right-safety-body = You have the right to be protected from further harm, threats and revenge by the people who exploited you or their associates. Protection can also cover your family. Tell staff what you are afraid of, now or later: your risks will be checked again when things change.
right-safety-body--child-5-8 = Nobody is allowed to hurt you. Grown-ups will keep you safe.
right-safety-body--child-9-12 = Nobody is allowed to hurt you or scare you. Adults must keep you safe. Tell them if you are afraid.
right-safety-body--teen-13-17 = You have the right to be protected from anyone who wants to hurt, threaten or punish you. Your family can be protected too. Tell staff if you are afraid, now or later.

right-privacy-title = Privacy and confidentiality
right-privacy-title--child-5-8 = Your story is private
right-privacy-title--child = Your information is private
right-privacy-body = Your name, your story and your personal details are confidential. Staff may share them only with your agreement, or where the law requires it to keep you or another person safe; they should tell you before they do. They must never give your details to the press.
right-privacy-body--child-9-12 = Your story is private. Adults share it only with people who help keep you safe. They will tell you who.
right-privacy-body--teen-13-17 = Your name and your story are private. Staff share them only with your agreement, or when the law says they must to keep someone safe. They should tell you first.

right-non-punishment-title = You will not be punished for what you were made to do
right-non-punishment-title--child-5-8 = You are not in trouble
right-non-punishment-title--child = You are not in trouble
right-non-punishment-body = You should not be arrested, detained or prosecuted for acts that are a direct result of being trafficked, such as entering or staying in the country irregularly, working without papers or using false documents.
right-non-punishment-body--child-5-8 = You are not in trouble. Nobody will put you in prison.
right-non-punishment-body--child-9-12 = You will not be punished for things other people made you do. You will not be put in prison.
right-non-punishment-body--teen-13-17 = You should not be arrested, locked up or punished for things you were made to do while you were trafficked, such as crossing a border without papers.

right-information-title = Information about your case
right-information-title--child = Being told what is happening
right-information-body = You have the right to clear information, in a language you understand, about your rights, your support options and any legal proceedings, and to have time to think about it.
right-information-body--child-9-12 = Adults must tell you what is happening, in your language. You can ask questions at any time.
right-information-body--teen-13-17 = You have the right to be told what is happening with your case and your support, in a language you understand, and to ask questions.

right-compensation-title = Compensation
right-compensation-title--child = Money for what you lost
right-compensation-body = You may be able to claim compensation for the harm you suffered and for wages you were not paid. A legal adviser can tell you how, free of charge.
right-compensation-body--child-9-12 = You may be able to get money back for what happened to you. A lawyer can help you, for free.
right-compensation-body--teen-13-17 = You may be able to get money for the harm done to you and for work you were not paid for. A free lawyer can explain how.

right-reflection-and-stay-title = Time to recover, and permission to stay
right-reflection-and-stay-title--child = Time to rest and to stay
right-reflection-and-stay-body = If you are a foreign national, you may get a recovery and reflection period, during which you cannot be sent away, and then permission to stay for a time or permanently. Ask a legal adviser what applies here.
right-reflection-and-stay-body--child-9-12 = If you come from another country, you may be allowed to stay here for a while, to rest and get better.
right-reflection-and-stay-body--teen-13-17 = If you come from another country, you may get time to rest and decide, and permission to stay for a while or for good. A lawyer can tell you more.

right-recovery-title = Support to recover
right-recovery-title--child = Help to feel better
right-recovery-body = You have the right to support for your physical, psychological and social recovery: a safe place to stay, health care, counselling and other help that fits your needs.
right-recovery-body--child-9-12 = You have the right to a safe place, food, a doctor, school and people to talk to.
right-recovery-body--teen-13-17 = You have the right to a safe place to live, health care, someone to talk to, and education.

right-presumed-child-title = Treated as a child
right-presumed-child-title--child = If you might be under 18
right-presumed-child-body = If you may be under 18, you must be treated as a child, with all of a child's rights, until your age is known.
right-presumed-child-body--child-9-12 = If nobody knows your age, you will be treated as a child. That gives you extra protection.
right-presumed-child-body--teen-13-17 = If you might be under 18, you must be treated as a child until your age is known. Children get extra protection.

right-guardian-title = A guardian
right-guardian-title--child-5-8 = A grown-up just for you
right-guardian-title--child = An adult on your side
right-guardian-body = A child without parents or carers here should get a guardian, and child protection authorities must be involved.
right-guardian-body--child-9-12 = If your parents are not here, you will get a guardian. A guardian is an adult who looks after you and speaks up for you.
right-guardian-body--teen-13-17 = If your parents or carers are not here, you should get a guardian: an adult who looks after your interests. Child protection workers will also help you.

right-best-interests-title = Your best interests and your views
right-best-interests-title--child-5-8 = We listen to you
right-best-interests-title--child = Your voice counts
right-best-interests-body = Every decision about a child must put the child's best interests first, and the child's views must be heard and taken seriously.
right-best-interests-body--child-9-12 = Adults must do what is best for you. They must listen to what you want.
right-best-interests-body--teen-13-17 = Every decision about you must be in your best interests. Adults must listen to your views and take them seriously.

right-free-choice-title = Help on your terms
right-free-choice-title--child = Your choice
right-free-choice-body = Support should be given only with your informed consent, and never on condition that you take part in a police investigation or a trial.
right-free-choice-body--child-9-12 = You get help without having to do anything in return.
right-free-choice-body--teen-13-17 = Help is given only if you agree to it, and never on condition that you help the police or go to court.
