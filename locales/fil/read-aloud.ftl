### Iskrip na babasahin nang malakas (content/sheets/read-aloud.toml): ang sinasabi ng kawani o
### interpreter kapag ibinibigay ang papel na "Ang iyong mga karapatan at ang tulong na makukuha mo".
### Machine draft, not reviewed. The speaker: "ako"; the listener: "ka / ikaw".

ra-title = Iskrip na babasahin nang malakas: karapatan at tulong
ra-subtitle = Para sa kawani at interpreter: ang sasabihin kapag ibinibigay ang papel. Basahin nang isang bahagi sa bawat pagkakataon.
ra-subtitle--child-5-8 = Para sa tagatulong ng batang 5 hanggang 8. Isang bahagi sa bawat pagkakataon.
ra-subtitle--child = Para sa tagatulong ng mga bata at kabataan. Basahin nang isang bahagi sa bawat pagkakataon.
ra-footer-note = Iskrip ng kawani at interpreter: basahin nang malakas.

## Cues printed before each line

script-say = Sabihin:
script-ask = Itanong:
script-pause = Huminto
script-do = Gawin:

## Before you start

ra-before-heading = Bago magsimula
ra-before-place = Maghanap ng tahimik at pribadong lugar. Walang ibang dapat makarinig. Alamin kung anong wika ang pinakamahusay nila. Mag-alok ng interpreter na pinagkakatiwalaan nila.
ra-before-pace = Dahan-dahan, isang bahagi sa bawat pagkakataon. Huminto kung pagod sila. Hindi kailangang tapusin ngayon.
ra-pause = Maghintay. Hayaan silang tumingin at mag-isip.
ra-listen = Pakinggan ang sagot. Kung mali, ipaliwanag muli sa ibang paraan.

## Welcome

ra-welcome-give = Ibigay ang papel. Ituro ang numero sa itaas.
ra-welcome-hello = Kumusta. Ako si ____. Nagtatrabaho ako rito, at trabaho kong tulungan ka. Sa iyo ang papel na ito.
ra-welcome-hello--child-5-8 = Kumusta. Ako si ____. Tumutulong ako sa mga bata. Para sa iyo ito.
ra-welcome-hello--child = Kumusta. Ako si ____. Trabaho kong tulungan ang mga bata at kabataan. Sa iyo ang papel na ito.
ra-welcome-fault = Hindi mo kasalanan ang nangyari sa iyo. Hindi mo kailangang tawagin ang sarili mong biktima para matulungan.
ra-welcome-fault--child-5-8 = Hindi mo ito kasalanan. Wala kang ginawang mali.
ra-welcome-fault--child = Hindi mo kasalanan ang nangyari. Wala kang ginawang mali.
ra-welcome-time = Maaari tayong maglaan ng oras hangga't kailangan mo. Maaari mo akong pahintuin anumang oras. Maaari kong ulitin, gaano man kadalas.
ra-welcome-time--child-5-8 = Dahan-dahan lang tayo. Puwede mo akong pahintuin. Puwede kong ulitin.
ra-welcome-time--child = Dahan-dahan lang tayo. Puwede mo akong pahintuin anumang oras. Puwede kong ipaliwanag muli, gaano man kadalas.
ra-welcome-number = May numero sa itaas ng papel. Puwede itong tawagan para humingi ng tulong.
ra-welcome-number--child-5-8 = Tingnan ang larawan ng telepono. Puwede mong tawagan ito.
ra-welcome-ask = Maaari mo bang ituro sa akin ang numerong tatawagan para sa tulong?
ra-welcome-ask--child-5-8 = Puwede mo bang ituro ang numero?

## Rights

ra-rights-safety = May karapatan kang maprotektahan sa pinsala. Sabihin sa amin kung ano ang kinatatakutan mo, ngayon o mamaya.
ra-rights-safety--child-5-8 = Walang pinapayagang manakit sa iyo.
ra-rights-safety--child = May karapatan kang maging ligtas. Kung natatakot ka, sabihin sa amin, ngayon o mamaya.
ra-rights-punish = Hindi ka dapat parusahan sa ipinagawa sa iyo nang sapilitan. Hindi ka dapat ikulong, kahit "para protektahan ka".
ra-rights-punish--child-5-8 = Hindi ka mapaparusahan. Wala kang problema.
ra-rights-punish--child = Hindi ka dapat parusahan sa ipinagawa sa iyo ng iba. Hindi dapat ikulong ang mga bata.
ra-rights-privacy = Kumpidensyal ang sinasabi mo sa akin. Ibabahagi ko lang ito kung papayag ka, o kung iniuutos ng batas, halimbawa para pigilan ang malubhang pinsala. Kung kailangan, sasabihin ko muna sa iyo at kung sino ang makakaalam.
ra-rights-privacy--child-5-8 = Lihim ang kuwento mo. Minsan kailangan kong sabihin sa ibang tagatulong. Para ligtas ka. Sasabihin ko muna sa iyo.
ra-rights-privacy--child = Pribado ang sinasabi mo sa akin. Minsan kailangan kong sabihin sa iba, para maging ligtas ang bata. Kung kailangan, sasabihin ko muna sa iyo.
ra-rights-child = Kung maaaring wala ka pang 18 taong gulang, sabihin sa amin. May dagdag na proteksyon ang mga bata.
ra-rights-child--child-5-8 = Dapat may nakatatandang magsasalita para sa iyo.
ra-rights-child--child = Kung wala rito ang mga magulang mo, dapat kang magkaroon ng guardian. Ang guardian ay nakatatandang kakampi mo.
ra-rights-ask = Puwede mo bang sabihin sa sarili mong salita: kailan ko maaaring sabihin sa iba ang sinabi mo?
ra-rights-ask--child-5-8 = May problema ka ba? Ano sa tingin mo?
ra-rights-ask--child = Sa sarili mong salita. Kailan ko maaaring sabihin sa iba ang sinabi mo?

## Help

ra-help-kinds = Makakakuha ka ng tulong: ligtas na matutuluyan, doktor, makakausap, interpreter, at tulong sa paghahanap ng abogado.
ra-help-kinds--child-5-8 = May ligtas na higaan at pagkain ka. Matutulungan ka ng doktor.
ra-help-kinds--child = Makakakuha ka ng ligtas na tirahan at doktor. May makakausap ka, at interpreter.
ra-help-police = Libre ang tulong na ito. Hindi ito dapat nakadepende sa pakikipag-usap sa pulis o pagpunta sa korte. Sa ilang bansa, ang pahintulot na manatili ay konektado sa kaso ng pulis: masasabi ng abogado kung ano ang umiiral dito.
ra-help-police--child-5-8 = Libre ang tulong. Matutulungan ka, kahit hindi mo kausapin ang pulis.
ra-help-police--child = Libre ang tulong. Matutulungan ka kahit hindi ka makipag-usap sa pulis. Maaaring gustong kausapin ka ng pulis. Dapat kasama mo ang nakatatandang pinagkakatiwalaan mo.
ra-help-ask = Kailangan mo bang makipag-usap sa pulis para matulungan? Sabihin mo kung ano sa tingin mo.
ra-help-ask--child-5-8 = Kailangan mo bang kausapin ang pulis?
ra-help-ask--child = Kailangan mo bang kausapin ang pulis para matulungan? Ano sa tingin mo?

## Choices

ra-choices-yours = Ang tulong ay dapat laging iyong pinili. Ikaw ang magpapasya kung anong tulong ang gusto mo, at puwede kang magtanong tungkol sa bawat isa bago magpasya.
ra-choices-yours--child-5-8 = Puwede kang umoo o humindi. Makikinig kami. Minsan nagpapasya ang nakatatanda, para ligtas ka. Sasabihin namin kung bakit.
ra-choices-yours--child = Puwede mong sabihin kung anong tulong ang gusto mo. Dapat kaming makinig. May mga bagay na pinagpapasyahan ng nakatatanda, para ligtas ka. Dapat naming sabihin kung bakit.
ra-choices-no = Puwede kang tumanggi sa anumang tulong, nang hindi nagbibigay ng dahilan.
ra-choices-no--child-5-8 = May ayaw ka? Sabihin mo sa akin.
ra-choices-no--child = Puwede kang tumanggi sa tulong na ayaw mo.
ra-choices-change = Puwede kang magbago ng isip. Puwede mong itigil ang tulong mamaya. Puwede ka ring tumanggi ngayon at humingi ulit ng tulong mamaya, dito o sa inyong bayan.
ra-choices-change--child-5-8 = Puwede kang magbago ng isip. Sabihin mo lang.
ra-choices-change--child = Puwede kang magbago ng isip. Puwede kang humingi ulit ng tulong mamaya, kahit nasa bahay na.
ra-choices-time = Hindi mo kailangang magpasya ngayon. Maglaan ng oras na kailangan mo para magpahinga at mag-isip.
ra-choices-time--child-5-8 = Hindi mo kailangang magpasya ngayon.
ra-choices-time--child = Hindi mo kailangang magpasya ngayon. Maglaan ng oras para mag-isip.
ra-choices-rules = Bago ka pumayag sa anuman, ipapaliwanag namin ang bawat patakaran: gaano katagal, kung puwede kang lumabas, at kung puwede kang umalis. Huwag pumirma sa hindi mo naiintindihan.
ra-choices-rules--child-5-8 = Sasabihin muna ng nakatatanda ang mga patakaran.
ra-choices-rules--child = Bago ka pumayag, ipapaliwanag namin ang mga patakaran. Puwede kang magtanong muna.
ra-choices-ask-no = Puwede mo bang sabihin sa sarili mong salita kung ano ang mangyayari kung tatanggi ka?
ra-choices-ask-no--child-5-8 = Ano ang mangyayari kung hihindi ka?
ra-choices-ask-no--child = Sa sarili mong salita: ano ang mangyayari kung tatanggi ka?
ra-choices-ask-change = At ano ang puwede mong gawin kung magbago ang isip mo mamaya?
ra-choices-ask-change--child-5-8 = Puwede ka bang magbago ng isip mamaya?

## Safety

ra-safety-afraid = Kung natatakot ka sa sinuman, sabihin sa akin, o tumawag sa numero sa papel. Puwede tayong gumawa ng safety plan nang magkasama.
ra-safety-afraid--child-5-8 = Natatakot ka? Sabihin sa nakatatandang pinagkakatiwalaan mo.
ra-safety-afraid--child = Kung natatakot ka, sabihin sa nakatatandang pinagkakatiwalaan mo. O tumawag sa numero sa papel.
ra-safety-helpers = Walang tumutulong sa iyo ang puwedeng manakit sa iyo, o humingi ng pera, sex, trabaho o pabor. Kung mangyari ito, puwede kang magreklamo, at dapat ka pa ring matulungan.
ra-safety-helpers--child-5-8 = Hindi ka dapat saktan ng tagatulong. Kung mangyari, sabihin sa ibang nakatatanda.
ra-safety-helpers--child = Walang tagatulong ang puwedeng manakit sa iyo o humingi ng kapalit. Kung mangyari ito, sabihin sa ibang nakatatanda. O tumawag sa numero sa papel.
ra-safety-ask = Sino ang puwede mong tawagan kung nasa panganib ka?
ra-safety-ask--child-5-8 = Kanino ka puwedeng magsabi kung natatakot ka?

## Contacts (not on the 5-8 sheet)

ra-contacts-show = Sabay na tingnan ang listahan sa papel. Ituro ang bawat numero.
ra-contacts-say = Libre ang mga serbisyong ito. Puwede mo silang kontakin mismo. Tanungin ang bawat isa kung ano ang inililihim nila.
ra-contacts-say--child = Puwede mong tawagan ang mga ito mismo. Libre ito.
ra-contacts-ask = Aling numero ang una mong tatawagan?

## To finish

ra-end-heading = Pagtatapos
ra-end-remember = Tandaan: hindi mo ito kasalanan, at ikaw ang pipili. Puwede kang magbago ng isip. Puwede mo akong hilinging magpaliwanag ulit, ngayon o sa ibang araw.
ra-end-remember--child-5-8 = Ang galing mo. Salamat sa pakikinig. Puwede kang magtanong ulit. Kahit anong araw.
ra-end-remember--child = Tandaan: hindi mo ito kasalanan. Puwede mong sabihin ang gusto mo. Puwede mo akong hilinging magpaliwanag ulit, kahit anong araw.
ra-end-ask = Ano ang gusto mong itanong sa akin?
ra-end-ask--child-5-8 = May gusto ka bang itanong?
ra-end-note = Isulat ang hindi pa malinaw. Ipaliwanag ulit sa ibang araw. Ibigay ang papel sa kanilang wika.

## Recordings: which parts the sheet's web page (HTML) plays (machine draft, not reviewed)

ra-audio-none = Wala pang recording sa wikang ito. Basahin nang malakas ang bawat bahagi.
ra-audio-some = Kayang patugtugin ng web page ang ilang bahagi. May marka sa ibaba.
ra-audio-part = { $voice ->
    [computer] Recording sa web page: { $recorded } sa { $total } teksto. Boses ng computer.
   *[person] Recording sa web page: { $recorded } sa { $total } teksto.
}
