### Interface words, notices, pictogram descriptions, legal instruments, tiers and regions.

ui-phone = 电话
ui-hotline = 热线
ui-hours = 服务时间
ui-languages = 使用的语言
ui-address = 地址
ui-email = 电子邮件
ui-website = 网站
ui-services = 服务内容
ui-legal-basis = 这项权利的出处
ui-last-verified = 核实日期
ui-provided-by = 提供机构
ui-where = 地点
ui-sample-contact = 示例——不是真实的服务机构
ui-sample-notice = 示例联系方式：这份资料上的服务机构和电话号码都只是示例，不是真实的服务。请不要拨打。
ui-draft-notice = 翻译草稿——尚未审校。
ui-contacts-count = { $count ->
   *[other] 有 { $count } 家机构可以提供帮助。
}
ui-made-with = 制作工具
ui-page-label = 页

hours-every-day = 每天，24小时
hours-always = 每天，24小时
hours-mon-fri = 周一至周五，{ $from }–{ $to }
hours-mon-sat = 周一至周六，{ $from }–{ $to }

condition-free = 免费
condition-voluntary = 自愿
condition-confidential = 保密
condition-unconditional = 无需和警方谈话

ui-complaints = 投诉帮助者
ui-for-whom = 服务对象

## Who a service is for (printed when it does not take everyone)

target-adult = 成年人（18岁及以上）
target-child = 18岁以下儿童
target-female = 妇女和女孩
target-male = 男性和男孩
target-non-binary = 非二元性别者
target-labour = 被强迫劳动的人
target-sexual = 遭受性剥削的人
target-domestic-servitude = 被强迫做家务劳动的人
target-forced-marriage = 被强迫结婚的人
target-forced-criminality = 被强迫犯罪的人
target-begging = 被强迫乞讨的人

## Pictogram descriptions (alt text)

picto-shield = 一面盾牌
picto-lock = 一把挂锁
picto-scale = 正义的天平
picto-message = 一个对话气泡
picto-cash = 纸币
picto-clock = 一个时钟
picto-heart-handshake = 两只手捧着一颗心
picto-user-shield = 一个拿着盾牌的人
picto-friends = 一个大人和一个孩子在一起
picto-ear = 一只正在倾听的耳朵
picto-hand-stop = 一只举起的手，表示“停”
picto-home = 一座房子
picto-stethoscope = 医生的听诊器
picto-heart = 一颗心
picto-language = 两种文字并排
picto-id = 一张身份证
picto-plane = 一架正在降落的飞机
picto-phone = 一部电话
picto-writing = 一只正在写字的手
picto-alert = 一个三角形警告标志

## Legal instruments, as cited under each right

instrument-un-protocol = 联合国《贩运人口议定书》（2000年），条款
instrument-actip = 《东盟反对贩运人口特别是妇女和儿童公约》（ACTIP，2015年），条款
instrument-ohchr-guidelines = UN OHCHR《关于人权与人口贩运的建议原则和准则》（2002年），准则
instrument-unicef-guidelines = UNICEF《保护人口贩运儿童受害者准则》（2006年），准则
instrument-uncrc = 联合国《儿童权利公约》（1989年），条款
instrument-coe-convention = 《欧洲委员会打击贩运人口行动公约》（2005年），条款
instrument-eu-directive = 欧盟第2011/36/EU号指令，条款
instrument-acwc-guidelines = ACWC《人口贩运受害者区域准则和程序》，

## Age tiers, as the catalogue names them

tier-child-5-8 = 5至8岁儿童
tier-child-9-12 = 9至12岁儿童
tier-teen-13-17 = 13至17岁青少年
tier-adult = 成年人

## Regions

region-sample-destination = 示例目的地国家（示例联系方式）

## Catalogue page

catalogue-title = 信息资料：您的权利和可以获得的帮助
catalogue-intro = 这里有所有的资料，涵盖每种语言和每个年龄段。请选择您所帮助的人使用的语言和所属的年龄段；如果不知道对方的年龄，而对方可能未满18岁，请选择儿童版资料。每份资料都有可打印的PDF版本和可分享的网页版本。
catalogue-draft = 翻译草稿——尚未经母语人士审校。
catalogue-pdf = 可打印的PDF
catalogue-html = 网页
region-sample-origin = 示例来源国（示例联系方式）
region-sample-border = 示例边境地区（示例联系方式）
