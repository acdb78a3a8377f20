### The one-page help card.

sheet-card-title = 求助卡
sheet-card-title--child-5-8 = 谁能帮助我
sheet-card-subtitle = 请保存好这张卡。需要帮助时，请打电话。
sheet-card-subtitle--child-5-8 = 留好这张卡。它是你的。
sheet-card-subtitle--child = 留好这张卡。需要帮助就打电话。
section-card-call-heading = 打电话求助，免费
section-card-call-heading--child-5-8 = 打电话求助
card-call-intro = 这些号码每天都有人接听。您不必说出自己的名字。
card-call-intro--child-5-8 = 请大人陪你一起打电话。
card-call-intro--child-9-12 = 你随时都可以打电话。是免费的。
section-card-rights-heading = 您的权利
section-card-rights-heading--child-5-8 = 记住
section-card-remember-heading = 请记住
section-card-remember-heading--child-5-8 = 你没有做错事
