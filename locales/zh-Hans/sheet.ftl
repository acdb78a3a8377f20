### "Your rights and the help you can get": sheet, sections and paragraphs.
### Wording per age tier: `id--child-5-8`, `id--child-9-12`, `id--teen-13-17` (or `id--child`
### for both child tiers 9-17), then `id` for adults and as the general fallback.

sheet-rights-title = 您的权利和可以获得的帮助
sheet-rights-title--child-5-8 = 你很安全。我们能帮你。
sheet-rights-title--child = 你的权利和你能得到的帮助
sheet-rights-subtitle = 写给可能遭受过人口贩运的人
sheet-rights-subtitle--child-5-8 = 这张纸送给你，你可以留着
sheet-rights-subtitle--child = 写给儿童和青少年的信息

## Welcome

section-welcome-heading = 首先
section-welcome-heading--child-5-8 = 你好

welcome-not-your-fault = 您遭遇的事情不是您的错。无论您的国籍、性别、年龄或移民身份如何，也无论您曾被迫做什么工作，您都享有权利，这里的人可以帮助您。
welcome-not-your-fault--child-5-8 = 这不是你的错。你没有做错事。这里的大人会保护你。
welcome-not-your-fault--child-9-12 = 发生的事情不是你的错。你没有做错任何事。这里的大人有一项工作：保护你的安全，帮助你。
welcome-not-your-fault--teen-13-17 = 你遭遇的事情不是你的错。你有自己的权利。这里有专门的人负责保护你的安全、帮助你。
welcome-this-sheet = 这份资料说明了您有哪些权利、可以获得哪些帮助，以及到哪里去找这些帮助。请保留好它，以后可以再读一遍；有任何不清楚的地方，都可以提问。您可以慢慢考虑，再做决定。
welcome-this-sheet--child-9-12 = 这份资料告诉你有哪些权利，能得到哪些帮助。你可以留着它。有不懂的地方，都可以问。
welcome-this-sheet--teen-13-17 = 这份资料说明你有哪些权利、能得到哪些帮助。留着它，以后可以再看。有不清楚的地方就问。

## Rights

section-rights-heading = 您的权利
section-rights-heading--child-5-8 = 你可以放心的事
rights-intro = 这些权利来自国际法和区域性的法律。每项权利都注明了出处，方便您或您的律师引用。
rights-intro--child = 这些是你的权利。它们写在很多国家都签了字的法律里。

## Help

section-help-heading = 您可以获得的帮助
section-help-heading--child-5-8 = 给你的帮助
help-intro = 所有支持都是免费的。需要哪些帮助，由您自己选择。无论您是否和警方谈话，都可以获得帮助。
help-intro--child = 帮助是免费的。你可以说出你想要哪些帮助。

## Choices

section-choices-heading = 您的选择
section-choices-heading--child-5-8 = 你可以自己选
choices-voluntary = 所有支持都是自愿的。没有人能强迫您接受您不想要的帮助；接受帮助也不代表您放弃任何权利。
choices-voluntary--child-5-8 = 你可以要帮助。你也可以说不要。
choices-voluntary--child-9-12 = 要哪些帮助，由你来决定。没有人能逼你接受你不想要的帮助。
choices-voluntary--teen-13-17 = 要不要帮助，由你自己选。没有人能强迫你接受你不想要的帮助。
choices-police = 您不必和警察谈话，也不必出庭，就可以获得帮助。支持不以此为条件。如果您决定协助警方办案，可以先问清楚需要做什么、要花多长时间。
choices-police--child-9-12 = 就算你不跟警察说话，也能得到帮助。
choices-police--teen-13-17 = 你不必和警察谈话，也不必出庭，就能得到帮助。如果你愿意配合，会有人先向你解释这意味着什么。
choices-consent = 在任何支持开始之前，工作人员应当用您的语言向您说明，并请您书面同意（知情同意）。请让他们先把每一项条件或规定都解释清楚。
choices-consent--child-9-12 = 帮助开始之前，大人会用你的语言给你讲清楚。你可以先问问题。
choices-consent--teen-13-17 = 帮助开始之前，工作人员会用你的语言向你说明，并请你书面同意。有什么规定，都可以先问清楚。
choices-time = 做决定之前，您可以花时间考虑。您可能可以获得一段“恢复和考虑期”，用来休息，并想一想自己有哪些选择。
choices-time--child-5-8 = 你可以慢慢来。
choices-time--child-9-12 = 你可以花时间想一想。你不用现在就决定。
choices-time--teen-13-17 = 在做任何决定之前，你可以先休息，好好想一想。
choices-say-no = 对于提供给您的任何支持或保护，您都有权拒绝，而且不需要说明理由。
choices-say-no--child-5-8 = 不喜欢什么，就告诉大人。
choices-say-no--child-9-12 = 你不想要的事，可以说“不”。大人会听你说。
choices-say-no--teen-13-17 = 对提供给你的任何帮助，你都可以拒绝，不需要说明理由。
choices-change-mind = 您可以随时停止接受支持，以后也可以再次申请——无论是在这里，还是回国以后。
choices-change-mind--child-9-12 = 你以后可以改变主意。你可以再次请大人帮助你。
choices-change-mind--teen-13-17 = 你随时可以改变主意。你可以停止接受帮助，以后也可以再申请。
choices-at-home = 您回国以后，在自己的国家也可以获得帮助。离开之前，工作人员可以告诉您回去后该联系谁。
choices-at-home--child-9-12 = 如果你回家，那里也有人帮你。大人会告诉你谁能帮你。
choices-at-home--teen-13-17 = 如果你回到自己的国家，那里也有帮助。离开之前，记得问清楚可以联系谁。

## Safety

section-safety-heading = 保护自己的安全
section-safety-heading--child-5-8 = 如果你害怕
safety-afraid = 如果您害怕剥削过您的人、他们的同伙或其他任何人，请告诉您的个案社工，或拨打下面的热线。他们会和您一起制定安全计划；情况有变化时，随时可以重新制定。
safety-afraid--child-5-8 = 害怕吗？告诉你信任的大人。
safety-afraid--child-9-12 = 如果你害怕，就告诉一个你信任的大人。他们会帮你保持安全。
safety-afraid--teen-13-17 = 如果你害怕任何人，就告诉你的个案社工，或拨打下面的热线。他们会和你一起制定安全计划。
safety-danger-now = 如果您现在有危险，请拨打您所在国家的报警电话，或拨打下面的热线。
safety-danger-now--child-5-8 = 有危险？打下面的电话。
safety-danger-now--child-9-12 = 如果你现在有危险，就打下面的电话。
safety-danger-now--teen-13-17 = 如果你现在有危险，请拨打紧急电话或下面的热线。
safety-discreet = 如果留着这份资料不安全，可以只记下一个电话号码，然后把资料扔掉。您可以借别人的电话打；热线不需要知道您的名字。
safety-discreet--child-9-12 = 把这张纸放在安全的地方。如果做不到，就记住一个电话号码。
safety-discreet--teen-13-17 = 如果留着这份资料不安全，就记下一个号码，然后把资料扔掉。打电话时，你不必说出自己的名字。
safety-family = 如果您的家人受到威胁，请说出来。保护也可以包括您身边亲近的人。
safety-family--child-9-12 = 如果你担心家人，就告诉大人。他们能帮忙。
safety-family--teen-13-17 = 如果你的家人受到威胁，就告诉工作人员。你的家人也可以得到保护。

## Contacts

section-contacts-heading = 到哪里求助
contacts-intro = 您可以自己联系下面任何一家机构。服务免费，而且保密。
contacts-intro--child = 你可以给这些人打电话。他们的帮助是免费的。
