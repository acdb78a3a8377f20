### The one-page help card.

sheet-card-title = 求助卡
sheet-card-title--child-5-8 = 谁能帮助我
sheet-card-subtitle = 请保存好这张卡。需要帮助时，请打电话。
sheet-card-subtitle--child-5-8 = 留好这张卡。它是你的。
sheet-card-subtitle--child = 留好这张卡。需要帮助就打电话。
section-card-call-heading = 打电话求助，免费
section-card-call-heading--child-5-8 = 打电话求助
card-call-intro = 请看每个号码旁边的服务时间。您不必说出姓名。
card-call-intro--child-5-8 = 请你信任的人帮你打电话。
card-call-intro--child-9-12 = 电话免费。请看每个号码旁边的时间。
section-card-rights-heading = 您的权利
section-card-rights-heading--child-5-8 = 记住
section-card-rights-heading--child = 你的权利
section-card-remember-heading = 请记住
section-card-remember-heading--child = 记住
card-helpers = 帮助您的人不得伤害您，也不得对您进行性接触。他们不得向您索要回报。如果发生这种事，请打这张卡上的电话。
card-helpers--child-5-8 = 有人伤害你？告诉另一个大人。或者打这张卡上的电话。
card-helpers--child-9-12 = 帮助者不能伤害你，也不能向你要回报。如果发生这种事，打这张卡上的电话。
# The pocket card's back: one short line (the sheets carry the whole paragraph).
card-remember = 您遭遇的事情不是您的错。
