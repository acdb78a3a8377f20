### "Your rights and the help you can get": sheet, sections and paragraphs.
### Wording per age tier: `id--child-5-8`, `id--child-9-12`, `id--teen-13-17` (or `id--child`
### for both child tiers 9-17), then `id` for adults and as the general fallback.

sheet-rights-title = Ang iyong mga karapatan at ang tulong na makukuha mo
sheet-rights-title--child-5-8 = Narito kami para tulungan ka.
sheet-rights-title--child = Ang iyong mga karapatan at ang tulong na makukuha mo
sheet-rights-subtitle = Impormasyon para sa mga taong maaaring naging biktima ng pangangalakal ng tao
sheet-rights-subtitle--child-5-8 = Itago mo ang papel na ito
sheet-rights-subtitle--child = Impormasyon para sa mga bata at kabataan

## Welcome

section-welcome-heading = Una sa lahat
section-welcome-heading--child-5-8 = Kumusta

welcome-not-your-fault = Hindi mo kasalanan ang nangyari sa iyo. May mga karapatan ka, at may mga tao rito na makatutulong sa iyo, anuman ang iyong nasyonalidad, kasarian, edad o katayuan bilang migrante. Totoo ito anuman ang trabahong ipinilit sa iyo: sa bukid o sa bangka, sa pabrika o sa bahay, sa sex trade, pamamalimos o krimen. Hindi mo kailangang tawagin ang sarili mong biktima para matulungan.
welcome-not-your-fault--child-5-8 = Hindi mo ito kasalanan. Wala kang ginawang mali.
welcome-not-your-fault--child-9-12 = Hindi mo kasalanan ang nangyari. Wala kang ginawang mali. Dapat kang panatilihing ligtas at tulungan ng mga nakatatanda rito. Para sa mga batang lalaki at babae ang tulong. Hindi mahalaga kung anong trabaho ang ipinilit sa iyo.
welcome-not-your-fault--teen-13-17 = Hindi mo kasalanan ang nangyari sa iyo. May mga karapatan ka, at may mga tao rito na trabaho ang panatilihin kang ligtas at tulungan ka. Para sa lahat ang tulong, lalaki at babae, anuman ang trabahong ipinilit sa iyo.
welcome-this-sheet = Ipinaliliwanag ng papel na ito ang iyong mga karapatan, ang tulong na makukuha mo at kung saan ito makikita. Itago ito at basahin muli mamaya. Kung nahihirapan kang bumasa, hilingin sa taong pinagkakatiwalaan mo na basahin ito kasama mo. Puwede mong hilingin sa mga kawani na ipaliwanag muli, gaano man kadalas. Puwede kang maglaan ng oras bago magpasya.
welcome-this-sheet--child-5-8 = Puwede kang magtanong. Magtanong muli kung nakalimutan mo.
welcome-this-sheet--child-9-12 = Tungkol sa iyong mga karapatan at tulong ang papel na ito. Puwede mo itong itago at basahin muli. Puwede mong hilingin sa nakatatanda na basahin ito kasama mo. Puwede mong itanong muli ang parehong tanong.
welcome-this-sheet--teen-13-17 = Ipinaliliwanag ng papel na ito ang iyong mga karapatan at ang tulong na makukuha mo. Itago ito at basahin muli mamaya. Puwede mong hilingin sa mga kawani na ipaliwanag muli, gaano man kadalas.

## Rights

section-rights-heading = Ang iyong mga karapatan
section-rights-heading--child-5-8 = Ang maaasahan mo
rights-intro = Nakasulat ang mga karapatang ito sa mga kasunduang pandaigdig at panrehiyon. Hindi lahat ng bansa ay pumirma sa bawat isa, at ang sariling batas ng bansang ito ang nagpapasya kung paano ito ipinatutupad. Sa ilalim ng bawat karapatan ay ang mga kasunduang may bisa rito; masasabi sa iyo ng abogado kung alin ang para sa iyo.
rights-intro--child = Ito ang iyong mga karapatan. Maraming bansa ang pumirma sa mga kasunduan tungkol dito. Masasabi sa iyo ng abogado kung alin ang may bisa rito.

## Help

section-help-heading = Tulong na makukuha mo
section-help-heading--child-5-8 = Tulong para sa iyo
help-intro = Libre ang suporta. Ikaw ang pipili ng tulong na gusto mo. Hindi ito dapat nakasalalay sa kung makikipag-usap ka sa pulis.
help-intro--child = Libre ang tulong. Puwede mong sabihin kung anong tulong ang gusto mo.
help-needs = Sabihin sa mga kawani kung may kapansanan o sakit ka, umiinom ng gamot, buntis, o nahihirapang bumasa. Dapat angkop ang tulong sa iyong pangangailangan. Puwede ka ring gumamit ng mga serbisyong hindi lamang para sa mga biktima ng human trafficking.
help-needs--child-5-8 = Para sa batang lalaki at babae ang tulong. May mahirap ba sa iyo? Sabihin sa amin.
help-needs--child-9-12 = Para sa batang lalaki at babae ang tulong. May sakit ka ba, o umiinom ng gamot? Sabihin sa nakatatanda. Sabihin din kung mahirap sa iyo ang makakita, makarinig o bumasa.
help-needs--teen-13-17 = Sabihin sa mga kawani kung may kapansanan o sakit ka, umiinom ng gamot, o nahihirapang bumasa. Dapat angkop sa iyo ang tulong.

## Choices

section-choices-heading = Ang iyong mga pagpipilian
section-choices-heading--child-5-8 = Puwede kang pumili
choices-voluntary = Dapat laging ikaw ang pipili ng suporta. Walang dapat pumilit sa iyo na tanggapin ang tulong na ayaw mo, o magpanatili sa iyo sa isang lugar nang labag sa iyong kalooban. Ang pagtanggap ng tulong ay hindi dapat mangahulugang isusuko mo ang anumang karapatan.
choices-voluntary--child-5-8 = Puwede kang umoo o humindi. Minsan sila ang nagpapasya, para ligtas ka. Sasabihin nila kung bakit.
choices-voluntary--child-9-12 = Puwede mong sabihin kung anong tulong ang gusto mo. Dapat makinig ang nakatatanda. May mga bagay na sila ang nagpapasya, para ligtas ka. Dapat nilang sabihin kung bakit.
choices-voluntary--teen-13-17 = Puwede mong sabihin kung anong tulong ang gusto at ayaw mo, at dapat makinig ang nakatatanda. Dahil wala ka pang 18, dapat tiyakin ng mga manggagawa sa proteksiyon ng bata na ligtas ka. May mga bagay, gaya ng kung saan ka titira, na maaaring pagpasyahan para sa iyong kaligtasan. Dapat muna nilang itanong ang iyong opinyon, at ipaliwanag kung bakit.
choices-police = Hindi dapat nakasalalay ang tulong sa pakikipag-usap sa pulis o pagharap sa korte. Pero sa ilang bansa, nakaugnay ang pahintulot na manatili sa pagtulong sa kaso ng pulis. Itanong sa abogado kung ano ang umiiral dito bago ka magpasya. Kung tutulong ka sa kaso, itanong kung gaano ito katagal at gaano kadalas kang kailangang magsalita. Itanong kung kailangan mong manatili sa bansa, at kung makikita mo ang akusado.
choices-police--child-5-8 = Tutulungan ka, kahit hindi ka kumausap ng pulis. Dapat kasama mo ang nakatatandang pinagkakatiwalaan mo.
choices-police--child-9-12 = Tutulungan ka kahit hindi ka makipag-usap sa pulis. Maaaring gustong makipag-usap sa iyo ng pulis. Dapat kasama mo ang nakatatandang pinagkakatiwalaan mo. Puwede kang humingi ng pahinga.
choices-police--teen-13-17 = Hindi dapat nakasalalay ang tulong sa pakikipag-usap sa pulis o pagharap sa korte. Maaaring gusto ka pa ring marinig ng pulis o ng korte. Dapat kasama mo ang iyong tagapangalaga o nakatatandang pinagkakatiwalaan mo, at isang tagapagsalin. Puwede mong hilingin na hindi makita ang taong nanakit sa iyo. Puwede mong hilingin na hindi ikuwento nang paulit-ulit ang nangyari.
choices-what-next = Ano ang susunod: may kakausap sa iyo sa isang pribadong lugar, may tagapagsalin kung gusto mo. Itatanong nila kung ano ang kailangan mo at kung ano ang kinatatakutan mo. Ipaliliwanag nila ang bawat uri ng tulong, ang mga patakaran nito at kung gaano ito katagal. Dapat may isang case worker na mananatiling kontak mo.
choices-what-next--child-5-8 = Una, kakausapin ka ng nakatatanda. Sasabihin nila ang susunod.
choices-what-next--child-9-12 = Una, kakausapin ka ng nakatatanda sa tahimik na lugar. Itatanong nila kung ano ang kailangan mo. Ipaliliwanag nila ang maaaring mangyari. Dapat may isang katulong kang laging matatanungan.
choices-what-next--teen-13-17 = Ano ang susunod: kakausapin ka nang pribado ng isang manggagawa, sa iyong wika. Itatanong nila kung ano ang kailangan mo at kung ano ang kinatatakutan mo. Ipaliliwanag nila ang bawat uri ng tulong at ang mga patakaran nito. Dapat manatiling nakikipag-ugnayan sa iyo ang isang case worker.
choices-consent = Bago magsimula ang anumang suporta, dapat itong ipaliwanag ng mga kawani sa iyong wika, kasama ang bawat patakaran at ang hinihingi nito sa iyo. Dapat nilang hingin ang iyong nakasulat na pahintulot. Huwag pumirma sa anumang hindi mo naiintindihan. Humingi ng kopya.
choices-consent--child-9-12 = Bago magsimula ang tulong, dapat itong ipaliwanag ng nakatatanda sa iyong wika. Puwede ka munang magtanong.
choices-consent--teen-13-17 = Bago magsimula ang tulong, dapat ipaliwanag ng mga kawani ang tulong at ang mga patakaran nito sa iyong wika. Hihingin nila ang nakasulat mong pahintulot. Pumirma lamang sa naiintindihan mo.
choices-time = Puwede kang maglaan ng oras para mag-isip bago magpasya. Maaaring mabigyan ka ng panahon ng paggaling at pagninilay para makapagpahinga at mapag-isipan ang iyong mga pagpipilian.
choices-time--child-5-8 = Hindi mo kailangang magmadali.
choices-time--child-9-12 = Puwede kang maglaan ng oras para mag-isip. Hindi mo kailangang magpasya ngayon.
choices-time--teen-13-17 = Puwede kang maglaan ng oras para magpahinga at mag-isip bago ka magpasya ng kahit ano.
choices-say-no = May karapatan kang tumanggi sa anumang suporta o proteksiyong iniaalok, nang hindi nagbibigay ng dahilan.
choices-say-no--child-5-8 = May ayaw ka? Sabihin sa nakatatanda.
choices-say-no--child-9-12 = Puwede kang tumanggi sa ayaw mo. Makikinig ang nakatatanda. Kung sila pa rin ang magpapasya, dapat nilang sabihin kung bakit.
choices-say-no--teen-13-17 = Puwede mong tanggihan ang tulong na ayaw mo. Hindi mo kailangang magbigay ng dahilan. Kung ang nakatatanda pa rin ang magpapasya, dapat nilang sabihin kung bakit.
choices-change-mind = Dapat kaya mong itigil ang suporta at humingi muli nito mamaya, dito o pagkauwi mo. Kung hindi ka pinapaalis ng isang lugar, tumawag sa abogado o sa linya ng tulong sa ibaba. Bago ka pumayag, itanong kung ano ang magbabago kapag umalis ka, halimbawa sa iyong pahintulot na manatili.
choices-change-mind--child-5-8 = Puwede kang magbago ng isip. Sabihin sa nakatatanda.
choices-change-mind--child-9-12 = Puwede kang magbago ng isip mamaya. Puwede kang humingi ulit ng tulong.
choices-change-mind--teen-13-17 = Puwede kang magbago ng isip. Puwede kang humingi muli ng tulong mamaya, kahit nakauwi ka na.
choices-at-home = Maaaring may tulong din sa iyong bansang pinagmulan, pero hindi sa lahat ng lugar. Bago ka umalis, hilingin sa mga kawani na humanap ng serbisyo malapit sa titirhan mo. Kung papayag ka, maipapasa nila ang iyong kaso at maibibigay sa iyo ang pangalan at numero nito.
choices-at-home--child-5-8 = Puwede ring may tulong sa bahay.
choices-at-home--child-9-12 = Kung uuwi ka, maaaring may tulong din doon. Sasabihin ng nakatatanda kung sino.
choices-at-home--teen-13-17 = Maaaring may tulong din sa inyo. Bago ka umalis, itanong kung sino ang tutulong sa iyo roon, at paano sila makakausap.
choices-family = Puwede mong hilingin na tawagan o makita ang iyong pamilya, at dapat kang tulungan ng mga kawani. Puwede mo ring piliing huwag gawin ito. Hindi dapat kontakin ng mga kawani ang iyong pamilya nang wala kang pahintulot.
choices-family--child-5-8 = Puwede mong hilinging makausap ang pamilya mo.
choices-family--child-9-12 = Puwede mong hilinging makausap ang iyong pamilya. Kung may nanakit sa iyo sa bahay, sabihin sa nakatatanda. Sasabihan ka muna bago nila tawagan ang iyong pamilya. Maaari nilang tawagan ang embahada ng iyong bansa tungkol sa mga papeles.
choices-family--teen-13-17 = Puwede mong hilinging tawagan o makita ang iyong pamilya. Sabihin sa mga kawani kung ayaw mo, o kung may nanakit sa iyo sa bahay. Maaaring kailanganin ng nakatatanda na kontakin ang iyong pamilya o embahada. Dapat ka muna nilang sabihan at tanungin ang iyong opinyon.
choices-papers = Puwede mong hilinging makipag-ugnayan sa embahada o konsulado ng iyong bansa, halimbawa para sa bagong papeles o para makauwi. Puwede mo ring piliing huwag, at dapat kang tanungin muna ng mga kawani bago nila ito kontakin. Kung nasa amo, ahente o sinuman ang iyong pasaporte o ID, sabihin sa mga kawani o sa abogado. Kung itinatago ng pulis o ng mga kawani ang iyong papeles, itanong kung bakit, gaano katagal, at humingi ng nakasulat na resibo.
choices-papers--child-5-8 = May kumuha ba ng papeles mo? Sabihin sa nakatatanda.
choices-papers--child-9-12 = Kung may kumuha ng iyong pasaporte o ID, sabihin sa nakatatanda.
choices-papers--teen-13-17 = Kung may kumuha ng iyong pasaporte o ID, sabihin sa mga kawani o sa abogado. Dapat ka nilang tulungang makuha itong muli o kumuha ng bagong papeles.

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
safety-helpers = Walang sinumang tumutulong sa iyo ang puwedeng manakit, manakot, humipo sa iyo nang sekswal o mang-insulto sa iyo. Walang sinuman ang puwedeng humingi sa iyo ng pera, sex, trabaho o pabor kapalit ng tulong. Kung mangyari ito, sabihin sa abogado, sa ibang serbisyo, sa kontak para sa reklamo o sa linya ng tulong sa ibaba, o sa pulis. Hindi dapat mawala ang iyong suporta dahil nagreklamo ka.
safety-helpers--child-5-8 = Hindi ka dapat saktan ng mga katulong. Walang puwedeng humawak sa maselang bahagi mo. May nanakit sa iyo? Sabihin sa ibang nakatatanda.
safety-helpers--child-9-12 = Walang katulong na puwedeng manakit sa iyo. Walang katulong din na puwedeng humawak sa maselang bahagi mo. Walang katulong na puwedeng humingi ng pera o pabor. Kung mangyari ito, sabihin sa ibang nakatatandang pinagkakatiwalaan mo. O tumawag sa numero sa ibaba. Hindi mo ito kasalanan.
safety-helpers--teen-13-17 = Walang sinumang tumutulong sa iyo ang puwedeng manakit, humipo sa iyo nang sekswal, mang-insulto o humingi ng kapalit. Kung mangyari ito, sabihin sa iyong tagapangalaga, abogado, kontak para sa reklamo o linya ng tulong sa ibaba. Hindi mo ito kasalanan, at dapat ka pa ring tulungan.

## Contacts

section-contacts-heading = Saan hihingi ng tulong
contacts-intro = Puwede mong kontakin ang alinman sa mga serbisyong ito nang mag-isa. Libre ang mga ito. Itanong sa bawat isa kung ano ang inililihim nila at kung kanino sila dapat magsabi.
contacts-intro--child = Puwede mong tawagan ang mga taong ito. Libre ito.
