### "Your rights and the help you can get": sheet, sections and paragraphs.
### Wording per age tier: `id--child-5-8`, `id--child-9-12`, `id--teen-13-17` (or `id--child`
### for both child tiers 9-17), then `id` for adults and as the general fallback.

sheet-rights-title = 您的权利和可以获得的帮助
sheet-rights-title--child-5-8 = 我们在这里帮助你。
sheet-rights-title--child = 你的权利和你能得到的帮助
sheet-rights-subtitle = 写给可能遭受过人口贩运的人
sheet-rights-subtitle--child-5-8 = 这张纸送给你，你可以留着
sheet-rights-subtitle--child = 写给儿童和青少年的信息

## Welcome

section-welcome-heading = 首先
section-welcome-heading--child-5-8 = 你好

welcome-not-your-fault = 您遭遇的事情不是您的错。无论您的国籍、性别、年龄或移民身份如何，您都享有权利，这里的人可以帮助您。无论您曾被迫做什么工作，都是如此：在农场或船上，在工厂或家里，在性行业、乞讨或犯罪中。您不必称自己为受害者，也能得到帮助。
welcome-not-your-fault--child-5-8 = 这不是你的错。你没有做错事。
welcome-not-your-fault--child-9-12 = 发生的事情不是你的错。你没有做错任何事。这里的大人必须保护你、帮助你。男孩和女孩都能得到帮助。你被迫做过什么工作都没关系。
welcome-not-your-fault--teen-13-17 = 你遭遇的事情不是你的错。你有自己的权利，这里有专门的人负责保护你、帮助你。帮助是给每个人的，不论男女，也不论你被迫做过什么工作。
welcome-this-sheet = 这份资料说明您的权利、您能得到的帮助以及去哪里找。请保存好，以后再读。如果阅读有困难，可以请您信任的人和您一起读。您可以请工作人员再解释，需要几次都可以。您可以慢慢考虑再决定。
welcome-this-sheet--child-5-8 = 你可以提问。忘了就再问。
welcome-this-sheet--child-9-12 = 这份资料讲你的权利和帮助。你可以留着，再读一遍。你可以请大人陪你读。同一个问题可以再问。
welcome-this-sheet--teen-13-17 = 这份资料说明你的权利和你能得到的帮助。请保存好，以后再读。你可以请工作人员再解释，需要几次都可以。

## Rights

section-rights-heading = 您的权利
section-rights-heading--child-5-8 = 你可以放心的事
section-rights-heading--child = 你的权利
rights-intro = 这些权利写在国际和地区协议中。并不是每个国家都签署了每一项协议，本国法律决定如何适用。每项权利下面列出在这里适用的协议；律师可以告诉您哪些适用于您。
rights-intro--child = 这些是你的权利。许多国家签署了有关的协议。律师可以告诉你哪些在这里适用。

## Help

section-help-heading = 您可以获得的帮助
section-help-heading--child-5-8 = 给你的帮助
section-help-heading--child = 你能得到的帮助
help-intro = 支持是免费的。您可以选择想要的帮助。是否与警方交谈，不应影响您得到支持。
help-intro--child = 帮助是免费的。你可以说出你想要哪些帮助。
help-needs = 如果您有残疾或疾病、需要服药、怀孕，或阅读有困难，请告诉工作人员。帮助应当适合您的需要。您也可以使用并非只为人口贩运受害者设立的服务。
help-needs--child-5-8 = 男孩女孩都能得到帮助。有什么难处吗？告诉我们。
help-needs--child-9-12 = 男孩和女孩都能得到帮助。你生病了，或者在吃药吗？告诉大人。看、听或读有困难，也告诉他们。
help-needs--teen-13-17 = 如果你有残疾或疾病、需要服药，或阅读有困难，请告诉工作人员。帮助应当适合你。

## Choices

section-choices-heading = 您的选择
section-choices-heading--child-5-8 = 你可以自己选
section-choices-heading--child = 你的选择
choices-voluntary = 是否接受支持，应当始终由您选择。任何人都不应强迫您接受不想要的帮助，或违背您的意愿把您留在某个地方。接受帮助不应意味着放弃任何权利。
choices-voluntary--child-5-8 = 你可以说要，也可以说不要。有时大人会做决定，为了你的安全。他们会告诉你为什么。
choices-voluntary--child-9-12 = 你可以说你想要什么帮助。大人必须听。有些事由大人决定，为了你的安全。他们必须告诉你为什么。
choices-voluntary--teen-13-17 = 你可以说你想要和不想要什么帮助，大人必须听。因为你未满18岁，儿童保护工作人员必须确保你的安全。有些事，比如你住在哪里，可能会为了你的安全而决定。他们必须先问你的想法，并解释原因。
choices-police = 帮助绝不应取决于您是否与警方交谈或出庭。但在一些国家，居留许可与协助警方办案挂钩。决定之前，请先问律师这里的规定。如果您协助办案，请问清楚可能需要多长时间、要陈述几次。还要问您是否必须留在这个国家，以及是否会见到被告。
choices-police--child-5-8 = 不和警察说话，你也能得到帮助。你信任的大人应当在场。
choices-police--child-9-12 = 就算你不和警察说话，也能得到帮助。警察可能想和你谈话。你信任的大人应当陪着你。你可以要求休息。
choices-police--teen-13-17 = 帮助不应取决于你是否与警方交谈或出庭。警察或法院仍可能想听你说。你的监护人或你信任的大人应当陪着你，还应有翻译。你可以要求不见伤害你的人。你可以要求不必一遍又一遍地讲你的经历。
choices-what-next = 接下来会怎样：会有人在私密的地方和您谈话，如果您需要，会有翻译在场。他们会问您需要什么、害怕什么。他们会解释每一种帮助、它的规定以及持续多久。应当有一位个案工作者一直作为您的联系人。
choices-what-next--child-5-8 = 首先，大人会和你谈话。他们会告诉你接下来怎样。
choices-what-next--child-9-12 = 首先，一位大人会在安静的地方和你谈话。他们会问你需要什么。他们会解释接下来可能怎样。你应当有一位随时可以问的帮助者。
choices-what-next--teen-13-17 = 接下来会怎样：一位工作人员会用你的语言和你单独谈话。他们会问你需要什么、害怕什么。他们会解释每一种帮助和它的规定。应当有一位个案工作者和你保持联系。
choices-consent = 任何支持开始之前，工作人员应当用您的语言加以解释，包括每一条规定以及对您的要求。他们应当请您书面同意（知情同意）。不明白的东西不要签。请要一份副本。
choices-consent--child-9-12 = 帮助开始前，大人应当用你的语言解释。你可以先提问。
choices-consent--teen-13-17 = 帮助开始前，工作人员应当用你的语言解释帮助和规定。他们会请你书面同意。只签你明白的东西。
choices-time = 做决定之前，您可以花时间考虑。您可能可以获得一段“恢复和考虑期”，用来休息，并想一想自己有哪些选择。
choices-time--child-5-8 = 你可以慢慢来。
choices-time--child-9-12 = 你可以花时间想一想。你不用现在就决定。
choices-time--teen-13-17 = 在做任何决定之前，你可以先休息，好好想一想。
choices-say-no = 对于提供给您的任何支持或保护，您都有权拒绝，而且不需要说明理由。
choices-say-no--child-5-8 = 不喜欢什么？告诉大人。
choices-say-no--child-9-12 = 你不想要的，可以说不。大人会听。如果他们仍然决定了，必须告诉你为什么。
choices-say-no--teen-13-17 = 你不想要的帮助，可以拒绝。你不必说明理由。如果大人仍然做了决定，必须告诉你为什么。
choices-change-mind = 您应当可以停止支持，以后再申请，无论在这里还是回家以后。如果某个地方不让您离开，请打电话给律师或下面的热线。同意之前，请问清楚离开会带来什么变化，例如对您的居留许可有什么影响。
choices-change-mind--child-5-8 = 你可以改变主意。告诉大人。
choices-change-mind--child-9-12 = 你以后可以改变主意。你可以再次请大人帮助你。
choices-change-mind--teen-13-17 = 你可以改变主意。以后你可以再申请帮助，回家以后也可以。
choices-at-home = 在您的本国也可能有帮助，但不是每个地方都有。离开之前，请工作人员找一个离您将来住处近的服务机构。经您同意，他们可以转交您的个案，并告诉您机构的名称和电话。
choices-at-home--child-5-8 = 家那边也可以有人帮你。
choices-at-home--child-9-12 = 如果你回家，那里也可能有人帮你。大人会告诉你是谁。
choices-at-home--teen-13-17 = 家那边也可能有帮助。离开之前，问清楚谁会在那里帮你，怎么联系他们。
choices-family = 您可以要求给家人打电话或见家人，工作人员应当帮助您。您也可以选择不联系。未经您同意，工作人员不应联系您的家人。
choices-family--child-5-8 = 你可以要求和家人说话。
choices-family--child-9-12 = 你可以要求和家人说话。如果家里有人伤害过你，告诉大人。大人打电话给你家人前，会先告诉你。他们可能为证件联系大使馆。
choices-family--teen-13-17 = 你可以要求给家人打电话或见家人。如果你不想联系，或家里有人伤害过你，告诉工作人员。大人可能需要联系你的家人或你们国家的大使馆。他们必须先告诉你，并问你的想法。
choices-papers = 您可以要求联系本国的大使馆或领事馆，例如办理新证件或回家。您也可以选择不联系，工作人员在联系之前应当先问您。如果雇主、中介或其他任何人扣着您的护照或身份证，请告诉工作人员或律师。如果警察或工作人员保管您的证件，请问清楚原因、保管多久，并要一张书面收据。
choices-papers--child-5-8 = 有人拿走你的证件吗？告诉大人。
choices-papers--child-9-12 = 如果有人拿走了你的护照或身份证，告诉大人。
choices-papers--teen-13-17 = 如果有人拿走了你的护照或身份证，告诉工作人员或律师。他们应当帮你拿回来，或办新证件。

## Safety

section-safety-heading = 保护自己的安全
section-safety-heading--child-5-8 = 如果你害怕
safety-afraid = 您害怕剥削过您的人、他们的同伙或其他人吗？请告诉您的个案社工，或拨打下面的热线。他们会和您一起制定安全计划；情况有变化时，随时可以重新制定。
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
safety-helpers = 任何帮助您的人都不得伤害您、威胁您、对您进行性接触或侮辱您。任何人都不得以帮助为条件，向您索要钱、性、劳动或好处。如果发生这种事，请告诉律师、其他服务机构、下面的投诉联系人或热线，或者报警。投诉绝不应让您失去支持。
safety-helpers--child-5-8 = 帮助你的人绝不能伤害你。谁都不能碰你的隐私部位。有人伤害你？告诉另一个大人。
safety-helpers--child-9-12 = 帮助者不能伤害你，也不能碰你的隐私部位。帮助者不能向你要钱或好处。如果发生这种事，告诉另一个你信任的大人。或者打下面的电话。这不是你的错。
safety-helpers--teen-13-17 = 帮助你的人不得伤害你，也不得对你进行性接触。他们不得侮辱你，也不得向你索要回报。如果发生这种事，告诉你的监护人、律师、下面的投诉联系人或热线。这不是你的错，你仍应得到帮助。

## Contacts

section-contacts-heading = 到哪里求助
contacts-intro = 您可以自己联系下面任何一个服务机构。这些服务是免费的。请问问每个机构，哪些内容会保密，必须告诉谁。
contacts-intro--child = 你可以给这些人打电话。他们的帮助是免费的。
