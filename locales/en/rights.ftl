### Rights. Titles and bodies; see content/rights.toml for the legal basis of each.

## Translators: the rights section of "Your rights and the help you can get" (sections
## young-rights and rights) and the rights on the help card. Titles are headings: a few words.
## Bodies are read by people who may be frightened: plain words, one idea per sentence; keep
## every hedge ("should", "can", "may") as strong or weak as the English. Sentence limits (words per sentence): child-5-8: 8, child-9-12: 12, teen-13-17: 18, adult: 25.
## Suffixes: `--child-5-8`, `--child-9-12`, `--teen-13-17` show on that tier only; `--child` on all three child tiers; no suffix: adults, and any tier without its own wording.

right-safety-title = Protection from harm
right-safety-title--child-5-8 = You have a right to be safe
right-safety-title--child = You have the right to be safe
right-safety-body = You have the right to be protected from further harm, threats and revenge by the people who exploited you or their associates. Protection can also cover your family. Tell staff what you are afraid of, now or later: your risks should be checked again when things change.
right-safety-body--child-5-8 = Nobody is allowed to hurt you.
right-safety-body--child-9-12 = Nobody is allowed to hurt you or scare you. Adults must keep you safe. Tell them if you are afraid.
right-safety-body--teen-13-17 = You have the right to be protected from anyone who wants to hurt, threaten or punish you. Your family can be protected too. Tell staff if you are afraid, now or later.

right-privacy-title = Privacy and confidentiality
right-privacy-title--child = Your information is private
right-privacy-body = Your name, your story and your personal details are confidential. Staff may share them only with your agreement, or when the law makes them, for example to stop serious harm. They should tell you before, and say who will know. If you help a police case, the court may see what you said. You can ask to talk in a private place, with nobody else listening. Nobody should give your details to the press, your community or your family without your agreement.
right-privacy-body--child-5-8 = Your story is private. Helpers may need to tell others. We will tell you who.
right-privacy-body--child-9-12 = Your story is private. Sometimes adults must tell others, to keep a child safe. They will tell you who. You can ask to talk somewhere private.
right-privacy-body--teen-13-17 = Your name and your story are private. Staff share them only if you agree, or if the law says they must to keep someone safe. They should tell you first, and say who will know. You can ask to talk where nobody else can hear.

right-non-punishment-title = You should not be punished for what you were made to do
right-non-punishment-title--child-5-8 = You are not in trouble
right-non-punishment-title--child = You are not in trouble
right-non-punishment-body = You should not be arrested, detained or prosecuted for what you were made to do while trafficked. This includes entering or staying in the country irregularly, working without papers or using false documents. You should also not be locked in a prison, police cell or detention centre, even "for your protection" or as a witness. If you are held, ask for a lawyer and a victim support service.
right-non-punishment-body--child-5-8 = You are not in trouble. Children must not be locked up.
right-non-punishment-body--child-9-12 = You should not be punished for things others made you do. Children must not be kept in prison or a cell. If this happens, ask for a lawyer or your guardian.
right-non-punishment-body--teen-13-17 = You should not be arrested or punished for things you were made to do. An example is crossing a border without papers. You should not be locked in a prison or detention centre, even "to protect you". If this happens, ask for a lawyer and your guardian.

right-information-title = Information about your case
right-information-title--child = Being told what is happening
right-information-body = You have the right to clear information, in a language you understand, about your rights, your support options and any legal proceedings, and to have time to think about it.
right-information-body--child-9-12 = Adults must tell you what is happening, in your language. You can ask questions at any time.
right-information-body--teen-13-17 = You have the right to be told what is happening with your case and your support, in a language you understand, and to ask questions.

right-compensation-title = Compensation
right-compensation-title--child = Money for what you lost
right-compensation-body = You may be able to claim compensation for the harm you suffered and for wages you were not paid. Ask for free legal help: a legal adviser can tell you how.
right-compensation-body--child-9-12 = You may be able to get money for what happened to you. Ask for a lawyer to help you.
right-compensation-body--teen-13-17 = You may be able to get money for the harm done to you. This includes work you were not paid for. Ask for a free lawyer to explain how.

right-reflection-and-stay-title = Time to recover, and perhaps permission to stay
right-reflection-and-stay-title--child = Time to rest, and maybe to stay
right-reflection-and-stay-body = Some countries give foreign victims a recovery and reflection period, when you should not be sent away. Some then give permission to stay, for a time or for good. Not every country does, and some ask you to help a police case first. Ask a legal adviser what applies here before you decide.
right-reflection-and-stay-body--child-9-12 = Are you from another country? You may be allowed to stay a while. A lawyer will explain what is possible.
right-reflection-and-stay-body--teen-13-17 = If you come from another country, you may get time to rest and decide. Some countries also let you stay for a while or for good. A lawyer can tell you what is possible here.

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
right-guardian-title--child = An adult on your side
right-guardian-body = A child without parents or carers here should get a guardian, and child protection authorities must be involved.
right-guardian-body--child-5-8 = A grown-up should speak up for you.
right-guardian-body--child-9-12 = If your parents are not here, you should get a guardian. A guardian speaks up for you and explains your rights. They come with you to meetings with police or a judge. If you are not happy with your guardian, tell another adult.
right-guardian-body--teen-13-17 = If your parents or carers are not here, you should get a guardian. A guardian looks after your interests and explains your rights. They should be with you when police, a court or other services talk to you. If your guardian does not help you, tell a child protection worker or a hotline below.

right-best-interests-title = Your best interests and your views
right-best-interests-title--child = Your voice counts
right-best-interests-body = Every decision about a child must put the child's best interests first, and the child's views must be heard and taken seriously.
right-best-interests-body--child-5-8 = You can say what you want. We will listen.
right-best-interests-body--child-9-12 = Adults must do what is best for you. They must listen to what you want. If they decide something else, they must tell you why.
right-best-interests-body--teen-13-17 = Every decision about you must be in your best interests. Adults must listen to your views and take them seriously. This includes where you live, contact with your family, going home and any court case. If they decide against your wishes, they must tell you why.

right-free-choice-title = Help on your terms
right-free-choice-title--child = Your choice
right-free-choice-body = Support should be given only with your informed consent. It should never depend on helping a police case or a trial, or on giving anything in return.
right-free-choice-body--child-5-8 = You get help. Nobody can ask for anything back.
right-free-choice-body--child-9-12 = You get help without having to do anything in return.
right-free-choice-body--teen-13-17 = Help is given only if you agree to it. It should never depend on helping the police, going to court or giving anything back.
