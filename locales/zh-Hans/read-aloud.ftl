### 朗读稿（content/sheets/read-aloud.toml）：工作人员或口译员交给对方《您的权利和可以获得的帮助》时
### 说的话，按资料的顺序一部分一部分地讲。
### Machine draft, not reviewed. Adults: 您; children and teens: 你; the speaker: 我.

ra-title = 朗读稿：权利和帮助
ra-subtitle = 供工作人员和口译员使用：交给对方资料时要说的话。一次读一部分。
ra-subtitle--child-5-8 = 给五到八岁儿童的帮助者。一次读一部分。
ra-subtitle--child = 供帮助儿童和青少年的人使用。一次读一部分。
ra-footer-note = 工作人员和口译员的朗读稿。

## Cues printed before each line

script-say = 说：
script-ask = 问：
script-pause = 停一下
script-do = 做：

## Before you start

ra-before-heading = 开始之前
ra-before-place = 找一个安静、私密的地方。不应有别人在听。问清楚对方最熟悉哪种语言。提供对方信任的口译员。
ra-before-pace = 慢慢来，一次讲一部分。对方累了就停下。不必今天全部讲完。
ra-pause = 等一等。让对方看一看、想一想。
ra-listen = 听对方的回答。如果理解得不对，换个说法再解释。

## Welcome

ra-welcome-give = 把资料交给对方。指一指最上面的电话号码。
ra-welcome-hello = 您好。我叫____。我在这里工作，我的工作是帮助您。这份资料是您的，可以留着。
ra-welcome-hello--child-5-8 = 你好。我叫____。我帮助小朋友。这张纸是给你的。
ra-welcome-hello--child = 你好。我叫____。我的工作是帮助儿童和青少年。这份资料是你的。
ra-welcome-fault = 发生在您身上的事不是您的错。您不必称自己为受害者，也能得到帮助。
ra-welcome-fault--child-5-8 = 这不是你的错。你没有做错事。
ra-welcome-fault--child = 发生的事不是你的错。你没有做错事。
ra-welcome-time = 您需要多少时间都可以。您随时可以让我停下。我可以再说一遍，说多少遍都行。
ra-welcome-time--child-5-8 = 我们慢慢来。你可以让我停下。我可以再说一遍。
ra-welcome-time--child = 我们慢慢来。你随时可以让我停下。我可以再解释，多少遍都行。
ra-welcome-number = 资料最上面有一个电话号码。需要帮助时可以打这个电话。
ra-welcome-number--child-5-8 = 看这个电话图案。你可以打这个号码。
ra-welcome-ask = 您能指给我看求助的电话号码吗？
ra-welcome-ask--child-5-8 = 你能指给我看电话号码吗？

## Rights

ra-rights-safety = 您有权受到保护，免受伤害。请告诉我们您害怕什么，现在或以后都可以。
ra-rights-safety--child-5-8 = 谁都不许伤害你。
ra-rights-safety--child = 你有权得到安全。如果你害怕，告诉我们，现在或以后都可以。
ra-rights-punish = 您不应因为被迫做的事而受到惩罚。您不应被关起来，即使说是“为了保护您”。
ra-rights-punish--child-5-8 = 你没有惹麻烦。
ra-rights-punish--child = 你不应因为别人逼你做的事而受罚。儿童不能被关起来。
ra-rights-privacy = 您告诉我的事是保密的。只有您同意，或者法律要求时，我才会告诉别人，比如为了阻止严重的伤害。如果必须告诉别人，我会先告诉您，并说明谁会知道。
ra-rights-privacy--child-5-8 = 你的事是秘密。有时我要告诉别的帮助者。这是为了你的安全。我会先告诉你。
ra-rights-privacy--child = 你告诉我的事是私密的。有时为了孩子的安全，我必须告诉别人。如果必须说，我会先告诉你。
ra-rights-child = 如果您可能不满18岁，请告诉我们。儿童会得到额外的保护。
ra-rights-child--child-5-8 = 应该有一个大人替你说话。
ra-rights-child--child = 如果你的父母不在这里，你应该有一位监护人。监护人是站在你这边的大人。
ra-rights-ask = 您能用自己的话说一说吗：什么时候我可能会把您说的话告诉别人？
ra-rights-ask--child-5-8 = 你惹麻烦了吗？你觉得呢？
ra-rights-ask--child = 用你自己的话说说。我什么时候可能告诉别人？

## Help

ra-help-kinds = 您可以得到帮助：安全的住处、医生、可以谈心的人、口译员，以及帮您找律师。
ra-help-kinds--child-5-8 = 你有安全的床和饭吃。医生可以帮助你。
ra-help-kinds--child = 你可以有安全的住处和医生。你可以有谈心的人和口译员。
ra-help-police = 这些帮助是免费的。帮助绝不应取决于您是否和警察谈话或上法庭。在有些国家，能否留下来和警方的案件有关：律师可以告诉您这里的规定。
ra-help-police--child-5-8 = 帮助是免费的。不和警察说话，也能得到帮助。
ra-help-police--child = 帮助是免费的。即使你不和警察说话，也能得到帮助。警察可能想和你谈。你信任的大人应该陪着你。
ra-help-ask = 您必须和警察谈话才能得到帮助吗？说说您的想法。
ra-help-ask--child-5-8 = 要和警察说话才有帮助吗？
ra-help-ask--child = 你必须和警察谈话才能得到帮助吗？你觉得呢？

## Choices

ra-choices-yours = 接受什么帮助，应该始终由您选择。您决定要哪种帮助，决定之前可以问清楚每一种。
ra-choices-yours--child-5-8 = 你可以说要，也可以说不要。我们会听。有时大人会做决定，为了你的安全。我们会告诉你为什么。
ra-choices-yours--child = 你可以说你想要什么帮助。我们必须听。有些事由大人决定，为了你的安全。我们必须告诉你为什么。
ra-choices-no = 任何帮助您都可以拒绝，不用说明理由。
ra-choices-no--child-5-8 = 不喜欢什么？告诉我。
ra-choices-no--child = 你不想要的帮助，可以说不。
ra-choices-change = 您可以改变主意。您以后可以停止接受帮助。您也可以现在拒绝，以后在这里或回家后再求助。
ra-choices-change--child-5-8 = 你可以改变主意。告诉我就行。
ra-choices-change--child = 你可以改变主意。以后你还可以再求助，回家后也可以。
ra-choices-time = 您不必今天就决定。花您需要的时间休息和考虑。
ra-choices-time--child-5-8 = 你不用现在决定。
ra-choices-time--child = 你不用现在决定。可以花时间想一想。
ra-choices-rules = 在您同意任何事之前，我们会解释每一条规定：要多久、能不能外出、能不能离开。不明白的东西不要签字。
ra-choices-rules--child-5-8 = 大人会先告诉你规则。
ra-choices-rules--child = 在你同意之前，我们会解释规则。你可以先提问。
ra-choices-ask-no = 您能用自己的话说说，如果您说“不”，会怎么样吗？
ra-choices-ask-no--child-5-8 = 如果你说“不”，会怎么样？
ra-choices-ask-no--child = 用你自己的话说说。如果你说“不”，会怎么样？
ra-choices-ask-change = 如果以后您改变主意，您可以怎么做？
ra-choices-ask-change--child-5-8 = 以后你可以改变主意吗？

## Safety

ra-safety-afraid = 如果您害怕任何人，请告诉我，或者打资料上的电话。我们可以一起制定安全计划。
ra-safety-afraid--child-5-8 = 害怕吗？告诉你信任的大人。
ra-safety-afraid--child = 如果你害怕，告诉你信任的大人。或者打资料上的电话。
ra-safety-helpers = 帮助您的人都不许伤害您，也不许向您要钱、性、劳动或好处。如果发生这种事，您可以投诉，您也应该继续得到帮助。
ra-safety-helpers--child-5-8 = 帮助者绝不能伤害你。如果有人这样做，告诉另一个大人。
ra-safety-helpers--child = 帮助者都不许伤害你，也不许向你要回报。如果发生这种事，告诉另一个大人。或者打资料上的电话。
ra-safety-ask = 如果遇到危险，您可以打给谁？
ra-safety-ask--child-5-8 = 害怕的时候，你可以告诉谁？

## Contacts (not on the 5-8 sheet)

ra-contacts-show = 一起看资料上的名单。逐个指出每个号码。
ra-contacts-say = 这些服务是免费的。您可以自己联系他们。问问每家机构会为您保密哪些事。
ra-contacts-say--child = 你可以自己打给这些人。不要钱。
ra-contacts-ask = 您会先打哪个号码？

## To finish

ra-end-heading = 结束时
ra-end-remember = 请记住：这不是您的错，选择权在您。您可以改变主意。您可以让我再解释，今天或改天都行。
ra-end-remember--child-5-8 = 你做得很好。谢谢你听我说。你可以再问我。哪天都行。
ra-end-remember--child = 记住：这不是你的错。你可以说出你想要什么。你可以让我再解释，哪天都行。
ra-end-ask = 您想问我什么？
ra-end-ask--child-5-8 = 你想问我什么吗？
ra-end-note = 记下对方没听懂的地方。改天再解释。提供对方语言的资料。

## Recordings: which parts the sheet's web page (HTML) plays (machine draft, not reviewed)

ra-audio-none = 此语言还没有录音。请把每一部分读出来。
ra-audio-some = 网页可以播放部分内容。下面有标注。
ra-audio-part = { $voice ->
    [computer] 网页录音：{ $total } 段中的 { $recorded } 段。电脑声音。
   *[person] 网页录音：{ $total } 段中的 { $recorded } 段。
}
