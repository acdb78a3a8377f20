### Rights. Titles and bodies; see content/rights.toml for the legal basis of each.

right-safety-title = Proteksiyon mula sa pinsala
right-safety-title--child-5-8 = May karapatan kang maging ligtas
right-safety-title--child = May karapatan kang maging ligtas
right-safety-body = May karapatan kang maprotektahan mula sa karagdagang pinsala, pagbabanta at paghihiganti ng mga nagsamantala sa iyo o ng kanilang mga kasamahan. Maaari ring saklawin ng proteksiyon ang iyong pamilya. Sabihin sa mga kawani ang kinatatakutan mo, ngayon o mamaya: dapat suriing muli ang iyong panganib kapag may nagbago.
right-safety-body--child-5-8 = Walang puwedeng manakit sa iyo.
right-safety-body--child-9-12 = Walang puwedeng manakit o manakot sa iyo. Dapat kang panatilihing ligtas ng mga nakatatanda. Sabihin sa kanila kung natatakot ka.
right-safety-body--teen-13-17 = May karapatan kang maprotektahan mula sa sinumang gustong manakit, magbanta o magparusa sa iyo. Puwede ring protektahan ang pamilya mo. Sabihin sa mga kawani kung natatakot ka, ngayon man o mamaya.

right-privacy-title = Pagkapribado at pagiging kumpidensyal
right-privacy-title--child = Pribado ang impormasyon mo
right-privacy-body = Kumpidensyal ang iyong pangalan, ang iyong kuwento at ang iyong personal na impormasyon. Maibabahagi lamang ito ng mga kawani kung papayag ka, o kung iniuutos ng batas, halimbawa para pigilan ang malubhang pinsala. Dapat nilang sabihin sa iyo bago nila ito gawin, at kung sino ang makaaalam. Kung tutulong ka sa kaso ng pulis, maaaring makita ng korte ang sinabi mo. Puwede mong hilinging makipag-usap sa pribadong lugar, na walang ibang nakikinig. Walang dapat magbigay ng iyong impormasyon sa mga mamamahayag, sa iyong komunidad o sa iyong pamilya nang wala kang pahintulot.
right-privacy-body--child-5-8 = Pribado ang kuwento mo. Maaaring kailangang magsabi ng katulong sa iba. Sasabihin namin kung kanino.
right-privacy-body--child-9-12 = Pribado ang iyong kuwento. Minsan kailangang magsabi ng nakatatanda sa iba, para ligtas ang bata. Sasabihin nila sa iyo kung kanino. Puwede mong hilinging makipag-usap sa pribadong lugar.
right-privacy-body--teen-13-17 = Pribado ang iyong pangalan at kuwento. Ibinabahagi lamang ito ng mga kawani kung papayag ka, o kung iniuutos ng batas para may mapanatiling ligtas. Dapat ka muna nilang sabihan, at kung sino ang makaaalam. Puwede mong hilinging makipag-usap kung saan walang ibang nakaririnig.

right-non-punishment-title = Hindi ka dapat parusahan sa ipinilit sa iyong gawin
right-non-punishment-title--child-5-8 = Hindi ka parurusahan
right-non-punishment-title--child = Hindi ka parurusahan
right-non-punishment-body = Hindi ka dapat arestuhin, ikulong o kasuhan dahil sa ipinilit sa iyong gawin habang ikaw ay biktima ng pangangalakal ng tao. Kasama rito ang pagpasok o pananatili sa bansa nang hindi regular, pagtatrabaho nang walang papeles o paggamit ng pekeng dokumento. Hindi ka rin dapat ikulong sa bilangguan, selda ng pulis o detention center, kahit "para sa iyong proteksiyon" o bilang saksi. Kung ikaw ay ikinulong, humingi ng abogado at ng serbisyong sumusuporta sa biktima.
right-non-punishment-body--child-5-8 = Hindi ka nagkasala. Hindi dapat ikulong ang mga bata.
right-non-punishment-body--child-9-12 = Hindi ka dapat parusahan sa mga bagay na ipinilit ng iba. Hindi dapat ikulong ang bata sa bilangguan o selda. Kung mangyari ito, humingi ng abogado o ng iyong tagapangalaga.
right-non-punishment-body--teen-13-17 = Hindi ka dapat arestuhin o parusahan sa mga bagay na ipinilit sa iyong gawin. Halimbawa nito ang pagtawid sa hangganan nang walang papeles. Hindi ka dapat ikulong sa bilangguan o detention center, kahit "para protektahan ka". Kung mangyari ito, humingi ng abogado at ng iyong tagapangalaga.

right-information-title = Impormasyon tungkol sa iyong kaso
right-information-title--child = Malaman kung ano ang nangyayari
right-information-body = May karapatan kang makatanggap ng malinaw na impormasyon, sa wikang naiintindihan mo, tungkol sa iyong mga karapatan, sa mga suportang mapagpipilian mo at sa anumang legal na proseso, at mabigyan ng panahon para pag-isipan ito.
right-information-body--child-9-12 = Dapat sabihin sa iyo ng mga nakatatanda ang nangyayari, sa iyong wika. Puwede kang magtanong anumang oras.
right-information-body--teen-13-17 = May karapatan kang malaman ang nangyayari sa iyong kaso at suporta, sa wikang naiintindihan mo. May karapatan ka ring magtanong.

right-compensation-title = Kabayaran sa pinsala
right-compensation-title--child = Pera para sa nawala sa iyo
right-compensation-body = Maaari kang humingi ng bayad-pinsala para sa pinsalang dinanas mo at sa sahod na hindi ibinayad sa iyo. Humingi ng libreng tulong legal: masasabi sa iyo ng legal adviser kung paano.
right-compensation-body--child-9-12 = Maaari kang makakuha ng pera para sa nangyari sa iyo. Humingi ng abogadong tutulong sa iyo.
right-compensation-body--teen-13-17 = Maaari kang makakuha ng pera para sa pinsalang ginawa sa iyo. Kasama rito ang trabahong hindi ka binayaran. Humingi ng libreng abogado para ipaliwanag kung paano.

right-reflection-and-stay-title = Panahon para makabawi, at marahil pahintulot na manatili
right-reflection-and-stay-title--child = Panahon para magpahinga, at baka manatili
right-reflection-and-stay-body = Nagbibigay ang ilang bansa sa mga dayuhang biktima ng panahon para makabawi at mag-isip, kung kailan hindi ka dapat paalisin. Ang ilan ay nagbibigay pagkatapos ng pahintulot na manatili, pansamantala o permanente. Hindi lahat ng bansa ay ganito, at ang ilan ay humihiling na tumulong ka muna sa kaso ng pulis. Itanong sa legal adviser kung ano ang umiiral dito bago ka magpasya.
right-reflection-and-stay-body--child-9-12 = Galing ka ba sa ibang bansa? Maaari kang payagang manatili nang ilang panahon. Ipaliliwanag ng abogado kung ano ang posible.
right-reflection-and-stay-body--teen-13-17 = Kung galing ka sa ibang bansa, maaari kang bigyan ng panahon para magpahinga at magpasya. Pinapayagan din ng ilang bansa na manatili ka nang pansamantala o permanente. Masasabi sa iyo ng abogado kung ano ang posible rito.

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
right-guardian-title--child = Isang nakatatandang kakampi mo
right-guardian-body = Ang batang walang magulang o ibang nag-aalaga sa kanya rito ay dapat bigyan ng tagapangalaga (legal guardian), at dapat kasangkot ang mga awtoridad sa proteksiyon ng bata.
right-guardian-body--child-5-8 = Dapat may nakatatandang magsasalita para sa iyo.
right-guardian-body--child-9-12 = Kung wala rito ang mga magulang mo, dapat may tagapangalaga (legal guardian) ka. Nagsasalita ang tagapangalaga para sa iyo at ipinaliliwanag ang iyong mga karapatan. Sasamahan ka nila sa pulis o sa hukom. Kung hindi ka masaya sa iyong tagapangalaga, sabihin sa ibang nakatatanda.
right-guardian-body--teen-13-17 = Kung wala rito ang iyong mga magulang o nag-aalaga sa iyo, dapat kang magkaroon ng tagapangalaga (legal guardian). Binabantayan ng tagapangalaga ang iyong kapakanan at ipinaliliwanag ang iyong mga karapatan. Dapat kasama mo sila kapag kinakausap ka ng pulis, korte o ibang serbisyo. Hindi ka ba tinutulungan ng iyong tagapangalaga? Sabihin sa manggagawa sa proteksiyon ng bata o sa linya ng tulong sa ibaba.

right-best-interests-title = Ang iyong pinakamabuting interes at ang iyong pananaw
right-best-interests-title--child = Mahalaga ang boses mo
right-best-interests-body = Sa bawat desisyon tungkol sa isang bata, dapat unahin ang pinakamabuting interes ng bata, at dapat pakinggan at seryosohin ang kanyang mga pananaw.
right-best-interests-body--child-5-8 = Puwede mong sabihin ang gusto mo. Makikinig kami.
right-best-interests-body--child-9-12 = Dapat gawin ng nakatatanda ang pinakamabuti para sa iyo. Dapat nilang pakinggan ang gusto mo. Kung iba ang pasya nila, dapat nilang sabihin kung bakit.
right-best-interests-body--teen-13-17 = Dapat para sa iyong pinakamabuting interes ang bawat pasya tungkol sa iyo. Dapat pakinggan ng nakatatanda ang iyong opinyon at seryosohin ito. Kasama rito kung saan ka titira, ang ugnayan sa pamilya, ang pag-uwi at anumang kaso sa korte. Kung salungat sa gusto mo ang pasya nila, dapat nilang sabihin kung bakit.

right-free-choice-title = Tulong na ikaw ang magpapasya
right-free-choice-title--child = Ikaw ang pipili
right-free-choice-body = Dapat ibigay lamang ang suporta kung may malaya at may-kaalamang pahintulot ka. Hindi ito dapat kailanman nakasalalay sa pagtulong sa kaso ng pulis o paglilitis, o sa pagbibigay ng anumang kapalit.
right-free-choice-body--child-5-8 = Tutulungan ka. Walang puwedeng humingi ng kapalit.
right-free-choice-body--child-9-12 = Tutulungan ka nang walang hinihinging kapalit.
right-free-choice-body--teen-13-17 = Ibinibigay lamang ang tulong kung papayag ka. Hindi ito dapat kailanman nakasalalay sa pagtulong sa pulis, pagharap sa korte o pagbibigay ng kapalit.
