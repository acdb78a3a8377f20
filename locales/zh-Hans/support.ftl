### Kinds of protection and support.

support-shelter-housing-title = 安全的住处
support-shelter-housing-body = 一个安全的住处，免费。每个庇护所都有规定，有些不让您独自外出、保留手机或见家人。您同意之前，工作人员必须把所有规定告诉您。请问清楚能住多久，能否外出、工作、用手机和联系家人。请问清楚如果您想离开会怎样。
support-shelter-housing-body--child-5-8 = 一个安全的地方，可以睡觉和吃饭。大人必须告诉你规定。
support-shelter-housing-body--child-9-12 = 一个安全的地方，可以住、睡觉和吃饭。每个地方都有规定。大人必须先告诉你规定。问问你会住多久。问问能不能和家人说话。
support-shelter-housing-body--teen-13-17 = 一个安全的住处。每个地方都有规定，有些不让你独自外出或保留手机。你同意之前，工作人员必须告诉你规定。问清楚你会住多久，能否给家人打电话和上学。

support-counselling-information-title = 咨询和信息
support-counselling-information-title--child-5-8 = 可以陪你说话的人
support-counselling-information-body = 有人向您解释您的权利和可以做的选择，回答您的问题，并帮您计划下一步。
support-counselling-information-body--child-9-12 = 有人给你讲清楚事情，回答你的问题。
support-counselling-information-body--teen-13-17 = 有人向你解释你的权利和选择，帮你计划下一步。

support-medical-care-title = 医疗保健
support-medical-care-body = 由医生或护士提供的免费医疗，包括紧急治疗、身体检查以及性与生殖健康服务。您可以要求由您希望的性别的医生来看病。
support-medical-care-body--child-5-8 = 医生或护士。你生病时他们会帮你。
support-medical-care-body--child-9-12 = 医生或护士会检查你的身体是否健康，在你生病或受伤时帮助你。
support-medical-care-body--teen-13-17 = 由医生或护士提供的免费医疗，包括身体检查和性健康服务。你可以要求男医生或女医生。

support-psychological-support-title = 心理支持
support-psychological-support-body = 由受过训练的人提供心理辅导，帮助您应对恐惧、悲伤、压力或睡眠问题。您说的话会保密，除非需要保护某人免受严重伤害。
support-psychological-support-body--child-9-12 = 当你难过、害怕或担心的时候，有受过训练的人来帮助你。
support-psychological-support-body--teen-13-17 = 一位受过训练的辅导员，可以和你谈恐惧、悲伤、压力或恶梦。谈话是保密的，除非有人处于危险之中。

support-material-financial-assistance-title = 食物、衣物和钱
support-material-financial-assistance-body = 食物、衣物、个人卫生用品，以及在条件允许时提供的基本生活费。
support-material-financial-assistance-body--child-9-12 = 食物、衣服，还有你每天需要的东西。
support-material-financial-assistance-body--teen-13-17 = 食物、衣服、洗漱用品，有时还有钱，用来买你需要的东西。

support-legal-support-title = 法律帮助
support-legal-support-body = 律师或法律顾问，向您解释您的法律处境、您的选择和任何诉讼，并帮助您要求赔偿。请申请免费法律帮助。
support-legal-support-body--child-9-12 = 给你讲法律的律师。请找免费的律师。
support-legal-support-body--teen-13-17 = 律师可以解释你的法律处境、任何诉讼以及怎样要求赔偿。请找免费的律师。

support-interpretation-title = 翻译
support-interpretation-title--child-5-8 = 会说你的话的人
support-interpretation-body = 翻译，让您能听懂别人，别人也能听懂您。翻译必须对您说的话保密。您可以要求换一位翻译，例如不是来自您社区的人，或者男翻译、女翻译。如果您不信任翻译，请告诉工作人员。
support-interpretation-body--child-5-8 = 会说你的话的人。你可以要求换一个人。
support-interpretation-body--child-9-12 = 会说你的话、帮你听懂的人。他们必须对你说的话保密。你可以要求换一个人。
support-interpretation-body--teen-13-17 = 会说你的语言的翻译。他们必须对你说的话保密。你可以要求换一位，例如你认识他们或不信任他们。

support-residence-work-title = 帮助申请居留和工作许可
support-residence-work-title--child = 帮你办证件
support-residence-work-body = 如果您是外国人：在法律允许的情况下，帮助您申请考虑期、居留许可或工作许可。
support-residence-work-body--child-9-12 = 来自别的国家？律师可以帮你办证件。大人会告诉你能不能留下。
support-residence-work-body--teen-13-17 = 如果你来自别的国家：律师可以帮你申请留下的证件。问问这里有哪些可能，以及你什么时候可以工作。

support-voluntary-return-title = 安全回家
support-voluntary-return-body = 如果您想回家：帮助您安全回家，不会拖延太久。工作人员应当告诉您需要多长时间、需要哪些证件。如果回家对您不安全，请马上告诉工作人员和律师。您也许可以留下，或得到其他保护。
support-voluntary-return-body--child-5-8 = 想回家吗？告诉大人。他们先看家里安不安全。
support-voluntary-return-body--child-9-12 = 你想回家吗？告诉帮助你的人。大人必须先确认那里安全。如果家里有人伤害过你，告诉他们。应当有人陪你一起走。
support-voluntary-return-body--teen-13-17 = 如果你想回家，大人必须先确认那里对你安全。如果家里有人伤害过你，告诉他们。这不应拖得比需要的更久。你应当和大人一起走，并且有人接你。

support-child-protection-title = 儿童保护
support-child-protection-title--child-5-8 = 保护孩子的大人
support-child-protection-body = 儿童保护工作者会确保儿童安全、得到照顾，并在需要时为儿童指定监护人。
support-child-protection-body--child-9-12 = 儿童保护工作者会确保你安全，有人照顾你。
support-child-protection-body--teen-13-17 = 儿童保护工作者会确保你安全、得到照顾；如果你需要，还会为你找一位监护人。
