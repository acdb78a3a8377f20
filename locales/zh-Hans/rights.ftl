### Rights. Titles and bodies; see content/rights.toml for the legal basis of each.

right-safety-title = 受到保护，免遭伤害
right-safety-title--child-5-8 = 你有权得到安全
right-safety-title--child = 你有权得到安全
right-safety-body = 您有权受到保护，免受剥削您的人或其同伙的进一步伤害、威胁和报复。保护也可以包括您的家人。现在或以后，都可以告诉工作人员您害怕什么：情况变化时，应当重新评估您的风险。
right-safety-body--child-5-8 = 谁都不准伤害你。
right-safety-body--child-9-12 = 谁都不许伤害你、吓你。大人必须保护你的安全。害怕的话，就告诉他们。
right-safety-body--teen-13-17 = 你有权受到保护，不被任何想伤害、威胁或惩罚你的人伤害。你的家人也可以受到保护。如果你害怕，现在或以后都可以告诉工作人员。

right-privacy-title = 隐私和保密
right-privacy-title--child = 你的信息会被保密
right-privacy-body = 您的姓名、经历和个人信息是保密的。只有经您同意，或法律要求时（例如为了阻止严重伤害），工作人员才可以告诉别人。他们应当事先告诉您，并说明谁会知道。如果您协助警方办案，法院可能会看到您的陈述。您可以要求在私密的地方谈话，没有别人在听。未经您同意，任何人都不应把您的信息告诉媒体、您的社区或家人。
right-privacy-body--child-5-8 = 你的事是保密的。帮助你的人可能要告诉别人。我们会告诉你是谁。
right-privacy-body--child-9-12 = 你的事是保密的。有时大人必须告诉别人，为了保护孩子的安全。他们会告诉你是谁。你可以要求在私密的地方谈话。
right-privacy-body--teen-13-17 = 你的姓名和经历是保密的。只有你同意，或法律要求为了保护某人安全时，工作人员才会告诉别人。他们应当先告诉你，并说明谁会知道。你可以要求在别人听不到的地方谈话。

right-non-punishment-title = 您不应因被迫做的事而受到惩罚
right-non-punishment-title--child-5-8 = 你不会受罚
right-non-punishment-title--child = 你不会受到惩罚
right-non-punishment-body = 您不应因被贩运期间被迫做的事而被逮捕、拘留或起诉。这包括非正常入境或居留、无证件工作或使用假证件。您也不应被关进监狱、警察拘留室或拘留中心，即使说是"为了保护您"或因为您是证人。如果您被关押，请要求见律师和受害者支援服务。
right-non-punishment-body--child-5-8 = 你没有惹麻烦。不能把孩子关起来。
right-non-punishment-body--child-9-12 = 你不应因别人逼你做的事而受罚。孩子不能被关进监狱或牢房。如果发生这种事，要求见律师或你的监护人。
right-non-punishment-body--teen-13-17 = 你不应因被迫做的事而被逮捕或惩罚。例如没有证件越过边境。你不应被关进监狱或拘留中心，即使说是"为了保护你"。如果发生这种事，要求见律师和你的监护人。

right-information-title = 了解您案件的情况
right-information-title--child = 知道发生了什么
right-information-body = 您有权用您能听懂的语言，获得关于您的权利、您可以选择的支持以及任何法律程序的清楚信息，并且有时间考虑。
right-information-body--child-9-12 = 大人必须用你的语言，告诉你正在发生什么。你随时都可以提问。
right-information-body--teen-13-17 = 你有权用你能听懂的语言，知道你的案件和你得到的帮助进展如何，也有权提问。

right-compensation-title = 赔偿
right-compensation-title--child = 你的损失可以得到补偿
right-compensation-body = 您或许可以为受到的伤害和被拖欠的工资要求赔偿。请申请免费法律帮助：法律顾问可以告诉您怎么做。
right-compensation-body--child-9-12 = 你或许能为发生在你身上的事得到一笔钱。请找律师帮你。
right-compensation-body--teen-13-17 = 你或许能为受到的伤害得到赔偿。这也包括没拿到工钱的工作。请找免费律师给你解释怎么做。

right-reflection-and-stay-title = 恢复的时间，也许还有居留许可
right-reflection-and-stay-title--child = 休息的时间，也许可以留下
right-reflection-and-stay-body = 一些国家给外籍受害者一段恢复和考虑期，在此期间您不应被遣送。有些国家随后会给予临时或永久居留许可。并非每个国家都这样，有些国家要求您先协助警方办案。决定之前，请问法律顾问这里的规定。
right-reflection-and-stay-body--child-9-12 = 你来自别的国家吗？你也许可以在这里待一段时间。律师会解释有哪些可能。
right-reflection-and-stay-body--teen-13-17 = 如果你来自别的国家，你可能会有时间休息和做决定。一些国家还允许你暂时或永久留下。律师可以告诉你在这里有哪些可能。

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
right-guardian-title--child = 站在你这边的大人
right-guardian-body = 在这里没有父母或照顾者陪伴的儿童，应当有一名监护人，而且必须有儿童保护部门参与。
right-guardian-body--child-5-8 = 应当有一个大人替你说话。
right-guardian-body--child-9-12 = 如果你的父母不在这里，你应当有一个监护人。监护人替你说话，给你讲你的权利。你见警察或法官时，他们会陪着你。如果你对监护人不满意，告诉另一个大人。
right-guardian-body--teen-13-17 = 如果你的父母或照顾你的人不在这里，你应当有一个监护人。监护人维护你的利益，给你讲你的权利。警察、法院或其他机构和你谈话时，他们应当陪着你。如果监护人不帮你，告诉儿童保护工作人员或下面的热线。

right-best-interests-title = 您的最大利益和您的意见
right-best-interests-title--child = 你的意见很重要
right-best-interests-body = 关于儿童的每一项决定，都必须把儿童的最大利益放在首位，而且必须听取儿童的意见，并认真对待。
right-best-interests-body--child-5-8 = 你可以说你想要什么。我们会听。
right-best-interests-body--child-9-12 = 大人必须做对你最好的事。他们必须听你想要什么。如果他们做了别的决定，必须告诉你为什么。
right-best-interests-body--teen-13-17 = 关于你的每一个决定，都必须以你的最大利益为先。大人必须听取并认真对待你的意见。这包括你住在哪里、和家人的联系、回家以及任何诉讼。如果他们的决定违背你的意愿，必须告诉你为什么。

right-free-choice-title = 按您的意愿提供帮助
right-free-choice-title--child = 由你来选
right-free-choice-body = 支持应当只在您知情同意时提供。它绝不应取决于您是否协助警方调查或审判，也不应要求您给予任何回报。
right-free-choice-body--child-5-8 = 你会得到帮助。谁都不能要你回报。
right-free-choice-body--child-9-12 = 你能得到帮助，不需要做任何事来交换。
right-free-choice-body--teen-13-17 = 只有你同意，才会给你帮助。帮助绝不应取决于你是否帮警察、出庭或给予回报。
