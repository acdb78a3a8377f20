### Kinds of protection and support.

support-shelter-housing-title = 安全的住处
support-shelter-housing-body = 安全的住房或庇护所，您需要住多久都可以。决定之前，您可以先问清楚有哪些规定，包括能不能外出、能不能联系家人。
support-shelter-housing-body--child-5-8 = 一个安全的地方，可以睡觉、吃饭。
support-shelter-housing-body--child-9-12 = 一个安全的地方，可以住、睡觉、吃饭，还有大人照顾你。
support-shelter-housing-body--teen-13-17 = 一个安全的住处。决定之前，先问清楚有哪些规定，比如能不能外出、能不能给家人打电话。

support-counselling-information-title = 咨询和信息
support-counselling-information-title--child-5-8 = 可以陪你说话的人
support-counselling-information-body = 有人向您解释您的权利和可以做的选择，回答您的问题，并帮您计划下一步。
support-counselling-information-body--child-5-8 = 有人听你说话，回答你的问题。
support-counselling-information-body--child-9-12 = 有人给你讲清楚事情，回答你的问题。
support-counselling-information-body--teen-13-17 = 有人向你解释你的权利和选择，帮你计划下一步。

support-medical-care-title = 医疗保健
support-medical-care-body = 由医生或护士提供的免费医疗，包括紧急治疗、身体检查以及性与生殖健康服务。您可以要求由您希望的性别的医生来看病。
support-medical-care-body--child-5-8 = 生病或受伤时，有医生和护士帮你。
support-medical-care-body--child-9-12 = 医生或护士会检查你的身体是否健康，在你生病或受伤时帮助你。
support-medical-care-body--teen-13-17 = 由医生或护士提供的免费医疗，包括身体检查和性健康服务。你可以要求男医生或女医生。

support-psychological-support-title = 心理支持
support-psychological-support-body = 由受过专业训练的人提供心理辅导，帮助您应对害怕、难过、压力或睡眠问题。辅导内容是保密的。
support-psychological-support-body--child-9-12 = 当你难过、害怕或担心的时候，有受过训练的人来帮助你。
support-psychological-support-body--teen-13-17 = 受过训练的心理辅导员，你可以和他们聊聊害怕、难过、压力或做恶梦的事。谈话内容是保密的。

support-material-financial-assistance-title = 食物、衣物和钱
support-material-financial-assistance-body = 食物、衣物、个人卫生用品，以及在条件允许时提供的基本生活费。
support-material-financial-assistance-body--child-9-12 = 食物、衣服，还有你每天需要的东西。
support-material-financial-assistance-body--teen-13-17 = 食物、衣服、洗漱用品，有时还有钱，用来买你需要的东西。

support-legal-support-title = 法律帮助
support-legal-support-body = 免费的律师或法律顾问，为您解释您的法律处境、您可以做的选择和任何诉讼，并帮助您申请赔偿。
support-legal-support-body--child-9-12 = 有律师免费给你讲解法律。
support-legal-support-body--teen-13-17 = 免费的律师，为你解释你的法律处境、可能的诉讼，以及怎样申请赔偿。

support-interpretation-title = 翻译
support-interpretation-title--child-5-8 = 会说你的话的人
support-interpretation-body = 翻译员，让您能听懂别人，别人也能听懂您。如果您感到不自在，可以要求换一位翻译员。
support-interpretation-body--child-5-8 = 有人会说你的话。
support-interpretation-body--child-9-12 = 会说你的语言、帮你听懂的人。
support-interpretation-body--teen-13-17 = 会说你的语言的翻译员。如果你觉得不自在，可以要求换一位。

support-residence-work-title = 居留和工作许可
support-residence-work-title--child = 留下来的许可
support-residence-work-body = 如果您是外国人：协助您申请考虑期、居留许可，以及在法律允许的情况下申请工作许可。
support-residence-work-body--child-9-12 = 如果你来自别的国家：帮你办好证件，让你可以留下来。
support-residence-work-body--teen-13-17 = 如果你来自别的国家：帮你申请留下来的证件；等你到了可以工作的年龄，也帮你申请工作许可。

support-voluntary-return-title = 安全回家
support-voluntary-return-body = 如果您想回家，会有人协助您安全返回，并告诉您到了以后可以联系哪些支持机构。只要您的安全有风险，任何人都不得违背您的意愿把您送回去。
support-voluntary-return-body--child-9-12 = 如果你想回家，大人会帮你安全地回去。
support-voluntary-return-body--teen-13-17 = 如果你想回家，会有人帮你安全回去，并告诉你到了以后可以联系谁。

support-child-protection-title = 儿童保护
support-child-protection-title--child-5-8 = 保护孩子的大人
support-child-protection-body = 儿童保护工作者会确保儿童安全、得到照顾，并在需要时为儿童指定监护人。
support-child-protection-body--child-9-12 = 儿童保护工作者会确保你安全，有人照顾你。
support-child-protection-body--teen-13-17 = 儿童保护工作者会确保你安全、得到照顾；如果你需要，还会为你找一位监护人。
