### Rights. Titles and bodies; see content/rights.toml for the legal basis of each.

right-safety-title = Proteksiyon mula sa pinsala
right-safety-title--child-5-8 = Pananatilihin kang ligtas
right-safety-title--child = May karapatan kang maging ligtas
right-safety-body = May karapatan kang maprotektahan mula sa karagdagang pinsala, pagbabanta at paghihiganti ng mga nagsamantala sa iyo o ng kanilang mga kasabwat. Maaari ring saklawin ng proteksiyon ang iyong pamilya. Sabihin sa mga kawani kung ano ang kinatatakutan mo, ngayon man o sa ibang pagkakataon: susuriin muli ang mga panganib sa iyo kapag may nagbago.
right-safety-body--child-5-8 = Walang puwedeng manakit sa iyo. Poprotektahan ka ng mga nakatatanda.
right-safety-body--child-9-12 = Walang puwedeng manakit o manakot sa iyo. Dapat kang panatilihing ligtas ng mga nakatatanda. Sabihin sa kanila kung natatakot ka.
right-safety-body--teen-13-17 = May karapatan kang maprotektahan mula sa sinumang gustong manakit, magbanta o magparusa sa iyo. Puwede ring protektahan ang pamilya mo. Sabihin sa mga kawani kung natatakot ka, ngayon man o mamaya.

right-privacy-title = Pagkapribado at pagiging kumpidensyal
right-privacy-title--child-5-8 = Lihim ang kuwento mo
right-privacy-title--child = Pribado ang impormasyon mo
right-privacy-body = Kumpidensyal ang iyong pangalan, ang iyong kuwento at ang iyong personal na impormasyon. Maibabahagi lamang ito ng mga kawani kung papayag ka, o kung iniuutos ng batas para mapanatiling ligtas ka o ang ibang tao; dapat nilang sabihin sa iyo bago nila ito gawin. Hindi nila kailanman dapat ibigay ang iyong impormasyon sa mga mamamahayag.
right-privacy-body--child-9-12 = Pribado ang kuwento mo. Ibinabahagi lang ito sa mga tumutulong na panatilihin kang ligtas. Sasabihin nila sa iyo kung sino.
right-privacy-body--teen-13-17 = Pribado ang pangalan at kuwento mo. Ibinabahagi lang ito ng mga kawani kung papayag ka. Puwede rin kung utos ng batas, para sa kaligtasan ng isang tao. Dapat nilang sabihin muna sa iyo.

right-non-punishment-title = Hindi ka parurusahan sa mga bagay na pinilit kang gawin
right-non-punishment-title--child-5-8 = Hindi ka parurusahan
right-non-punishment-title--child = Hindi ka parurusahan
right-non-punishment-body = Hindi ka dapat arestuhin, ikulong o kasuhan dahil sa mga gawaing direktang bunga ng pangangalakal sa iyo, gaya ng pagpasok o pananatili sa bansa nang walang wastong pahintulot, pagtatrabaho nang walang papeles o paggamit ng pekeng dokumento.
right-non-punishment-body--child-5-8 = Hindi ka parurusahan. Walang magkukulong sa iyo.
right-non-punishment-body--child-9-12 = Hindi ka parurusahan sa mga ipinagawa sa iyo ng iba. Hindi ka ikukulong.
right-non-punishment-body--teen-13-17 = Baka pinilit kang gumawa ng ilang bagay habang biktima ka ng pangangalakal. Halimbawa, ang pagtawid sa hangganan nang walang papeles. Hindi ka dapat arestuhin, ikulong o parusahan dahil dito.

right-information-title = Impormasyon tungkol sa iyong kaso
right-information-title--child = Malaman kung ano ang nangyayari
right-information-body = May karapatan kang makatanggap ng malinaw na impormasyon, sa wikang naiintindihan mo, tungkol sa iyong mga karapatan, sa mga suportang mapagpipilian mo at sa anumang legal na proseso, at mabigyan ng panahon para pag-isipan ito.
right-information-body--child-9-12 = Dapat sabihin sa iyo ng mga nakatatanda ang nangyayari, sa iyong wika. Puwede kang magtanong anumang oras.
right-information-body--teen-13-17 = May karapatan kang malaman ang nangyayari sa iyong kaso at suporta, sa wikang naiintindihan mo. May karapatan ka ring magtanong.

right-compensation-title = Kabayaran sa pinsala
right-compensation-title--child = Pera para sa nawala sa iyo
right-compensation-body = Maaari kang humingi ng kabayaran para sa pinsalang dinanas mo at sa sahod na hindi ibinayad sa iyo. Masasabi sa iyo ng isang legal na tagapayo kung paano, nang libre.
right-compensation-body--child-9-12 = Baka puwede kang makakuha ng pera dahil sa nangyari sa iyo. Tutulungan ka ng abogado, nang libre.
right-compensation-body--teen-13-17 = Baka puwede kang makakuha ng pera para sa pinsalang ginawa sa iyo at sa trabahong hindi binayaran. Maipaliliwanag ng libreng abogado kung paano.

right-reflection-and-stay-title = Panahon para makabawi, at pahintulot na manatili
right-reflection-and-stay-title--child = Panahon para magpahinga at manatili
right-reflection-and-stay-body = Kung dayuhan ka, maaaring mabigyan ka ng panahon ng paggaling at pagninilay, kung kailan hindi ka maaaring paalisin, at pagkatapos ay pahintulot na manatili nang pansamantala o permanente. Itanong sa isang legal na tagapayo kung ano ang umiiral dito.
right-reflection-and-stay-body--child-9-12 = Kung taga-ibang bansa ka, baka puwede kang manatili rito nang ilang panahon. Makapagpapahinga at makababawi ka rito.
right-reflection-and-stay-body--teen-13-17 = Kung taga-ibang bansa ka, baka mabigyan ka ng panahon para magpahinga at magpasya. Baka mabigyan ka rin ng pahintulot na manatili nang ilang panahon o permanente. Masasabi pa sa iyo ng abogado.

right-recovery-title = Suporta para makabangon
right-recovery-title--child = Tulong para gumaan ang pakiramdam mo
right-recovery-body = May karapatan ka sa suporta para sa iyong pisikal, sikolohikal at panlipunang paggaling: ligtas na matitirhan, pangangalagang pangkalusugan, pagpapayo at iba pang tulong na angkop sa iyong pangangailangan.
right-recovery-body--child-9-12 = May karapatan ka sa ligtas na lugar, pagkain at doktor. May karapatan ka ring mag-aral at may makausap.
right-recovery-body--teen-13-17 = May karapatan ka sa ligtas na matitirhan, pangangalagang pangkalusugan, taong makakausap, at edukasyon.

right-presumed-child-title = Ituturing na bata
right-presumed-child-title--child = Kung baka wala ka pang 18
right-presumed-child-body = Kung maaaring wala ka pang 18 taong gulang, dapat kang ituring na bata, kasama ang lahat ng karapatan ng isang bata, hangga't hindi pa natitiyak ang iyong edad.
right-presumed-child-body--child-9-12 = Kung walang nakaaalam ng edad mo, ituturing kang bata. Mas protektado ka dahil dito.
right-presumed-child-body--teen-13-17 = Kung baka wala ka pang 18, dapat kang ituring na bata hangga't hindi pa alam ang edad mo. Mas may proteksiyon ang mga bata.

right-guardian-title = Tagapangalaga
right-guardian-title--child-5-8 = Isang nakatatandang para sa iyo lang
right-guardian-title--child = Isang nakatatandang kakampi mo
right-guardian-body = Ang batang walang magulang o ibang nag-aalaga sa kanya rito ay dapat bigyan ng tagapangalaga, at dapat kasangkot ang mga awtoridad sa proteksiyon ng bata.
right-guardian-body--child-9-12 = Kung wala rito ang mga magulang mo, bibigyan ka ng tagapangalaga. Siya ay nakatatandang nag-aalaga at nagtatanggol sa iyo.
right-guardian-body--teen-13-17 = Kung wala rito ang mga magulang mo o ang nag-aalaga sa iyo, dapat kang bigyan ng tagapangalaga. Siya ay nakatatandang nagbabantay sa iyong kapakanan. Tutulungan ka rin ng mga manggagawa sa proteksiyon ng bata.

right-best-interests-title = Ang iyong pinakamabuting interes at ang iyong pananaw
right-best-interests-title--child-5-8 = Nakikinig kami sa iyo
right-best-interests-title--child = Mahalaga ang boses mo
right-best-interests-body = Sa bawat desisyon tungkol sa isang bata, dapat unahin ang pinakamabuting interes ng bata, at dapat pakinggan at seryosohin ang kanyang mga pananaw.
right-best-interests-body--child-9-12 = Dapat gawin ng mga nakatatanda ang pinakamabuti para sa iyo. Dapat nilang pakinggan ang gusto mo.
right-best-interests-body--teen-13-17 = Dapat para sa iyong pinakamabuting interes ang bawat desisyon tungkol sa iyo. Dapat pakinggan at seryosohin ng mga nakatatanda ang iyong mga pananaw.

right-free-choice-title = Tulong na ikaw ang magpapasya
right-free-choice-title--child = Ikaw ang pipili
right-free-choice-body = Dapat ibigay lamang ang suporta kapag pumayag ka matapos itong maipaliwanag nang buo sa iyo, at hindi kailanman sa kondisyong makikilahok ka sa imbestigasyon ng pulis o sa paglilitis.
right-free-choice-body--child-9-12 = Tutulungan ka nang walang hinihinging kapalit.
right-free-choice-body--teen-13-17 = Ibinibigay lang ang tulong kung papayag ka. Hindi kailanman kondisyon na tumulong ka sa pulis o humarap sa korte.
