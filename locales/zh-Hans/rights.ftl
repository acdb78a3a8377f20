### Rights. Titles and bodies; see content/rights.toml for the legal basis of each.

right-safety-title = 受到保护，免遭伤害
right-safety-title--child-5-8 = 大人会保护你
right-safety-title--child = 你有权得到安全
right-safety-body = 您有权受到保护，不再遭受剥削过您的人或其同伙的伤害、威胁和报复。保护也可以覆盖您的家人。请告诉工作人员您害怕什么，现在或以后说都可以；情况有变化时，会重新评估您面临的风险。
right-safety-body--child-5-8 = 谁都不许伤害你。大人会保护你。
right-safety-body--child-9-12 = 谁都不许伤害你、吓你。大人必须保护你的安全。害怕的话，就告诉他们。
right-safety-body--teen-13-17 = 你有权受到保护，不被任何想伤害、威胁或惩罚你的人伤害。你的家人也可以受到保护。如果你害怕，现在或以后都可以告诉工作人员。

right-privacy-title = 隐私和保密
right-privacy-title--child-5-8 = 你的事，我们不乱说
right-privacy-title--child = 你的信息会被保密
right-privacy-body = 您的姓名、经历和个人信息都是保密的。只有在您同意的情况下，或者法律要求为了保护您或他人的安全而必须告知时，工作人员才可以把这些信息告诉别人；在这样做之前，他们应当先告诉您。他们绝不能把您的信息透露给媒体。
right-privacy-body--child-9-12 = 你的事是保密的。大人只会告诉那些帮助保护你的人。他们会告诉你是谁。
right-privacy-body--teen-13-17 = 你的名字和经历都是保密的。只有你同意，或者法律规定为了保护某人的安全必须告知时，工作人员才会告诉别人。他们应当事先告诉你。

right-non-punishment-title = 您不会因被迫做的事而受到惩罚
right-non-punishment-title--child-5-8 = 你不会受罚
right-non-punishment-title--child = 你不会受到惩罚
right-non-punishment-body = 对于直接因被贩运而做出的行为，例如非正常入境或居留、没有证件工作或使用假证件，您不应被逮捕、拘留或起诉。
right-non-punishment-body--child-5-8 = 你不会受罚。没有人会把你关起来。
right-non-punishment-body--child-9-12 = 别人逼你做的事，你不会因此受罚。你不会被关进监狱。
right-non-punishment-body--teen-13-17 = 对于你在被贩运期间被迫做的事，比如没有证件就越过边境，你不应被逮捕、关押或惩罚。

right-information-title = 了解您案件的情况
right-information-title--child = 知道发生了什么
right-information-body = 您有权用您能听懂的语言，获得关于您的权利、您可以选择的支持以及任何法律程序的清楚信息，并且有时间考虑。
right-information-body--child-9-12 = 大人必须用你的语言，告诉你正在发生什么。你随时都可以提问。
right-information-body--teen-13-17 = 你有权用你能听懂的语言，知道你的案件和你得到的帮助进展如何，也有权提问。

right-compensation-title = 赔偿
right-compensation-title--child = 你的损失可以得到补偿
right-compensation-body = 对于您受到的伤害和没有拿到的工资，您可能可以申请赔偿。法律顾问可以免费告诉您怎样申请。
right-compensation-body--child-9-12 = 发生在你身上的事，也许可以让你得到一些钱作为补偿。律师可以免费帮你。
right-compensation-body--teen-13-17 = 对于你受到的伤害和没拿到的工钱，你可能可以得到赔偿。免费的律师可以告诉你怎么做。

right-reflection-and-stay-title = 恢复的时间和留下来的许可
right-reflection-and-stay-title--child = 可以休息，可以留下
right-reflection-and-stay-body = 如果您是外国人，您可能可以获得一段恢复和考虑期，在此期间您不会被送走；之后还可能获得短期或永久的居留许可。请向法律顾问了解这里适用哪些规定。
right-reflection-and-stay-body--child-9-12 = 如果你来自别的国家，你也许可以在这里住一段时间，好好休息，慢慢恢复。
right-reflection-and-stay-body--teen-13-17 = 如果你来自别的国家，你可能会得到一段时间，用来休息和做决定，还可能得到短期或长期留下来的许可。律师可以告诉你更多。

right-recovery-title = 帮助您恢复的支持
right-recovery-title--child = 帮你好起来
right-recovery-body = 您有权获得帮助您在身体、心理和社会生活方面恢复的支持：安全的住处、医疗保健、心理辅导，以及其他符合您需要的帮助。
right-recovery-body--child-9-12 = 你有权得到安全的住处、吃的、看医生、上学，还有可以说心里话的人。
right-recovery-body--teen-13-17 = 你有权得到安全的住处、医疗、可以谈心的人，还有上学的机会。

right-presumed-child-title = 按儿童对待
right-presumed-child-title--child = 如果你可能不满18岁
right-presumed-child-body = 如果您可能未满18岁，在确定您的年龄之前，必须把您当作儿童对待，您享有儿童的全部权利。
right-presumed-child-body--child-9-12 = 如果没人知道你几岁，大人会把你当作儿童来照顾。这样你会得到更多保护。
right-presumed-child-body--teen-13-17 = 如果你可能不满18岁，在确定你的年龄之前，必须把你当作儿童对待。儿童会得到更多的保护。

right-guardian-title = 监护人
right-guardian-title--child-5-8 = 一个专门照顾你的大人
right-guardian-title--child = 站在你这边的大人
right-guardian-body = 在这里没有父母或照顾者陪伴的儿童，应当有一名监护人，而且必须有儿童保护部门参与。
right-guardian-body--child-9-12 = 如果你的父母不在这里，你会有一个监护人。监护人是照顾你、替你说话的大人。
right-guardian-body--teen-13-17 = 如果你的父母或照顾你的人不在这里，你应当有一个监护人：一个维护你利益的大人。儿童保护工作者也会帮助你。

right-best-interests-title = 您的最大利益和您的意见
right-best-interests-title--child-5-8 = 我们听你说
right-best-interests-title--child = 你的意见很重要
right-best-interests-body = 关于儿童的每一项决定，都必须把儿童的最大利益放在首位，而且必须听取儿童的意见，并认真对待。
right-best-interests-body--child-9-12 = 大人必须做对你最好的事。他们必须听你想要什么。
right-best-interests-body--teen-13-17 = 关于你的每一项决定，都必须符合你的最大利益。大人必须听取你的意见，并认真对待。

right-free-choice-title = 按您的意愿提供帮助
right-free-choice-title--child = 由你来选
right-free-choice-body = 只有在您知情并同意的情况下，才应当为您提供支持；而且绝不能以您配合警方调查或参加庭审为条件。
right-free-choice-body--child-9-12 = 你能得到帮助，不需要做任何事来交换。
right-free-choice-body--teen-13-17 = 只有你同意，才会给你提供帮助；而且帮助绝不以你配合警察或出庭为条件。
