### "Your rights and the help you can get": sheet, sections and paragraphs.
### Wording per age tier: `id--child-5-8`, `id--child-9-12`, `id--teen-13-17` (or `id--child`
### for both child tiers 9-17), then `id` for adults and as the general fallback.

sheet-rights-title = Ang iyong mga karapatan at ang tulong na makukuha mo
sheet-rights-title--child-5-8 = Ligtas ka na. Matutulungan ka namin.
sheet-rights-title--child = Ang iyong mga karapatan at ang tulong na makukuha mo
sheet-rights-subtitle = Impormasyon para sa mga taong maaaring naging biktima ng pangangalakal ng tao
sheet-rights-subtitle--child-5-8 = Itago mo ang papel na ito
sheet-rights-subtitle--child = Impormasyon para sa mga bata at kabataan

## Welcome

section-welcome-heading = Una sa lahat
section-welcome-heading--child-5-8 = Kumusta

welcome-not-your-fault = Hindi mo kasalanan ang nangyari sa iyo. May mga karapatan ka, at may mga tao rito na makatutulong sa iyo, anuman ang iyong nasyonalidad, kasarian, edad o katayuan bilang migrante, at anuman ang trabahong ipinilit sa iyo.
welcome-not-your-fault--child-5-8 = Hindi mo ito kasalanan. Wala kang ginawang mali. Poprotektahan ka ng mga nakatatanda rito.
welcome-not-your-fault--child-9-12 = Hindi mo kasalanan ang nangyari. Wala kang ginawang mali. Trabaho ng mga nakatatanda rito na panatilihin kang ligtas at tulungan ka.
welcome-not-your-fault--teen-13-17 = Hindi mo kasalanan ang nangyari sa iyo. May mga karapatan ka. May mga tao rito na ang trabaho ay panatilihin kang ligtas at tulungan ka.
welcome-this-sheet = Ipinaliliwanag ng papel na ito ang iyong mga karapatan, ang tulong na makukuha mo at kung saan ito makukuha. Itago mo ito, basahin muli mamaya, at magtanong tungkol sa anumang hindi malinaw. Maaari kang maglaan ng oras bago magpasya.
welcome-this-sheet--child-9-12 = Sinasabi ng papel na ito ang iyong mga karapatan. Sinasabi rin nito ang tulong na makukuha mo. Puwede mo itong itago. Puwede kang magtanong tungkol sa anumang hindi mo naiintindihan.
welcome-this-sheet--teen-13-17 = Ipinaliliwanag ng papel na ito ang iyong mga karapatan at ang tulong na makukuha mo. Itago ito at basahin muli mamaya. Magtanong tungkol sa anumang hindi malinaw.

## Rights

section-rights-heading = Ang iyong mga karapatan
section-rights-heading--child-5-8 = Ang maaasahan mo
rights-intro = Nagmula ang mga karapatang ito sa pandaigdigan at panrehiyong batas. Nakasaad sa bawat isa kung saan ito nakasulat, para ikaw o ang iyong abogado ay makatukoy rito.
rights-intro--child = Ito ang iyong mga karapatan. Nakasulat ang mga ito sa mga batas na pinirmahan ng maraming bansa.

## Help

section-help-heading = Tulong na makukuha mo
section-help-heading--child-5-8 = Tulong para sa iyo
help-intro = Libre ang suporta. Ikaw ang pipili ng tulong na gusto mo. Makukuha mo ito makipag-usap ka man sa pulis o hindi.
help-intro--child = Libre ang tulong. Puwede mong sabihin kung anong tulong ang gusto mo.

## Choices

section-choices-heading = Ang iyong mga pagpipilian
section-choices-heading--child-5-8 = Puwede kang pumili
choices-voluntary = Boluntaryo ang lahat ng suporta. Walang sinumang makapipilit sa iyo na tanggapin ang tulong na ayaw mo, at ang pagtanggap ng tulong ay hindi nangangahulugang isinusuko mo ang alinman sa iyong mga karapatan.
choices-voluntary--child-5-8 = Puwede kang pumayag sa tulong. Puwede kang tumanggi.
choices-voluntary--child-9-12 = Ikaw ang magpapasya kung anong tulong ang gusto mo. Walang makapipilit sa iyong tanggapin ang tulong na ayaw mo.
choices-voluntary--teen-13-17 = Ikaw ang pipili ng tulong. Walang makapipilit sa iyong tanggapin ang tulong na ayaw mo.
choices-police = Hindi mo kailangang makipag-usap sa pulis o humarap sa korte para makatanggap ng tulong. Hindi nakasalalay rito ang suporta. Kung magpasya kang tumulong sa kaso ng pulis, puwede mong itanong kung ano ang kasama rito at gaano ito katagal.
choices-police--child-9-12 = Tutulungan ka kahit hindi ka makipag-usap sa pulis.
choices-police--teen-13-17 = Hindi mo kailangang makipag-usap sa pulis o humarap sa korte para matulungan. Kung gusto mo, may magpapaliwanag muna sa iyo kung ano ang ibig sabihin nito.
choices-consent = Bago magsimula ang anumang suporta, dapat itong ipaliwanag ng mga kawani sa iyong wika at hingin ang iyong nakasulat na pahintulot. Hilingin mong ipaliwanag muna nila ang bawat kondisyon o patakaran.
choices-consent--child-9-12 = Bago magsimula ang tulong, ipaliliwanag ito ng mga nakatatanda sa iyong wika. Puwede kang magtanong muna.
choices-consent--teen-13-17 = Bago magsimula ang tulong, ipaliliwanag ito ng mga kawani sa iyong wika at hihingin ang nakasulat mong pahintulot. Magtanong muna tungkol sa anumang patakaran.
choices-time = Puwede kang maglaan ng oras para mag-isip bago magpasya. Maaaring mabigyan ka ng panahon ng paggaling at pagninilay para makapagpahinga at mapag-isipan ang iyong mga pagpipilian.
choices-time--child-5-8 = Hindi mo kailangang magmadali.
choices-time--child-9-12 = Puwede kang maglaan ng oras para mag-isip. Hindi mo kailangang magpasya ngayon.
choices-time--teen-13-17 = Puwede kang maglaan ng oras para magpahinga at mag-isip bago ka magpasya ng kahit ano.
choices-say-no = May karapatan kang tumanggi sa anumang suporta o proteksiyong iniaalok, nang hindi nagbibigay ng dahilan.
choices-say-no--child-5-8 = May ayaw ka ba? Sabihin sa nakatatanda.
choices-say-no--child-9-12 = Puwede kang tumanggi sa ayaw mo. Makikinig ang mga nakatatanda.
choices-say-no--teen-13-17 = Puwede mong tanggihan ang anumang tulong na iniaalok. Hindi mo kailangang magbigay ng dahilan.
choices-change-mind = Puwede mong itigil ang suporta anumang oras, at puwede mo itong hilinging muli sa ibang pagkakataon, dito man o pag-uwi mo.
choices-change-mind--child-9-12 = Puwede kang magbago ng isip mamaya. Puwede kang humingi ulit ng tulong.
choices-change-mind--teen-13-17 = Puwede kang magbago ng isip anumang oras. Puwede mong itigil ang tulong, at hingin itong muli mamaya.
choices-at-home = May tulong din sa iyong sariling bansa pagbalik mo. Bago ka umalis, masasabi sa iyo ng mga kawani kung sino ang puwede mong lapitan doon.
choices-at-home--child-9-12 = Kung uuwi ka, may tutulong din sa iyo roon. Sasabihin ng mga nakatatanda kung sino ang makatutulong.
choices-at-home--teen-13-17 = Kung uuwi ka, may tulong din doon. Bago ka umalis, itanong kung sino ang puwede mong lapitan.

## Safety

section-safety-heading = Manatiling ligtas
section-safety-heading--child-5-8 = Kung natatakot ka
safety-afraid = Kung natatakot ka sa mga nagsamantala sa iyo, sa kanilang mga kasamahan, o sa sinuman, sabihin mo ito sa humahawak ng iyong kaso o tumawag sa isang linya ng tulong sa ibaba. Gagawa sila kasama mo ng plano para sa iyong kaligtasan, at puwede nila itong gawing muli tuwing may nagbabago.
safety-afraid--child-5-8 = Natatakot ka? Sabihin sa nakatatandang pinagkakatiwalaan mo.
safety-afraid--child-9-12 = Kung natatakot ka, sabihin sa nakatatandang pinagkakatiwalaan mo. Tutulungan ka nilang manatiling ligtas.
safety-afraid--teen-13-17 = Kung natatakot ka sa kahit sino, sabihin sa humahawak ng kaso mo. Puwede ka ring tumawag sa linya ng tulong sa ibaba. Gagawa sila ng plano sa kaligtasan kasama mo.
safety-danger-now = Kung nasa panganib ka ngayon mismo, tawagan ang numerong pang-emerhensiya ng pulis sa bansang kinaroroonan mo, o isang linya ng tulong sa ibaba.
safety-danger-now--child-5-8 = Nasa panganib? Tawagan ang numero sa ibaba.
safety-danger-now--child-9-12 = Kung nasa panganib ka ngayon, tawagan ang isang numero sa ibaba.
safety-danger-now--teen-13-17 = Kung nasa panganib ka ngayon mismo, tawagan ang numerong pang-emerhensiya o isang linya ng tulong sa ibaba.
safety-discreet = Kung hindi ligtas na itago ang papel na ito, isulat ang isang numero at itapon ang papel. Puwede kang tumawag gamit ang telepono ng iba; hindi kailangang malaman ng linya ng tulong ang pangalan mo.
safety-discreet--child-9-12 = Itago ang papel na ito sa ligtas na lugar. Kung mahirap, tandaan ang isang numero.
safety-discreet--teen-13-17 = Kung hindi ligtas na itago ang papel na ito, isulat ang isang numero at itapon ang papel. Hindi mo kailangang sabihin ang pangalan mo kapag tumawag ka.
safety-family = Kung pinagbabantaan ang iyong pamilya, sabihin mo ito. Maaaring saklawin din ng proteksiyon ang mga taong malapit sa iyo.
safety-family--child-9-12 = Kung nag-aalala ka sa pamilya mo, sabihin sa isang nakatatanda. Makatutulong sila.
safety-family--teen-13-17 = Kung pinagbabantaan ang pamilya mo, sabihin sa mga kawani. Puwedeng protektahan din ang pamilya mo.

## Contacts

section-contacts-heading = Saan hihingi ng tulong
contacts-intro = Puwede kang makipag-ugnayan mismo sa alinman sa mga serbisyong ito. Libre at kumpidensyal ang mga ito.
contacts-intro--child = Puwede mong tawagan ang mga taong ito. Libre ito.
