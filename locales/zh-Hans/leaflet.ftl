### Leaflet messages (machine-drafted, needs review by a native speaker).

## Call band

call-heading = 打电话求助
call-heading--child-5-8 = 你可以打电话
call-free = 免费电话
call-anonymous = 不用说出你的名字

## Page footer

footer-note = { "" }
footer-note--child-5-8 = 大人和你一起读这张纸。
footer-call = 求助

## Short marks, on every page

mark-draft-short = 翻译草稿，尚未审校
mark-sample-short = 示例联系方式，不是真实的服务

## Pictogram descriptions (alt text) for the pictograms added for one meaning each

picto-smile = 一张笑脸
picto-choice = 一条分成两路的路
picto-info = 圆圈里的字母 i
picto-coins = 一堆硬币
picto-user-question = 一个带问号的人
picto-mood-heart = 带着爱心的笑脸
