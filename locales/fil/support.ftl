### Kinds of protection and support.

support-shelter-housing-title = Ligtas na matutuluyan
support-shelter-housing-body = Isang ligtas na matutuluyan, libre. May mga patakaran ang bawat shelter, at may ilang hindi pumapayag na lumabas kang mag-isa, hawakan ang iyong telepono o makita ang iyong pamilya. Bago ka pumayag, dapat sabihin sa iyo ng mga kawani ang lahat ng patakaran. Itanong kung gaano katagal ka puwedeng manatili, at kung puwede kang lumabas, magtrabaho, gumamit ng telepono at kontakin ang iyong pamilya. Itanong kung ano ang mangyayari kung gusto mong umalis.
support-shelter-housing-body--child-5-8 = Ligtas na lugar para matulog at kumain. Dapat sabihin ng nakatatanda ang mga patakaran.
support-shelter-housing-body--child-9-12 = Ligtas na lugar para tumira, matulog at kumain. May patakaran ang bawat lugar. Dapat munang sabihin ng nakatatanda ang mga patakaran. Itanong kung gaano ka katagal doon. Itanong kung puwede mong kausapin ang iyong pamilya.
support-shelter-housing-body--teen-13-17 = Ligtas na lugar na titirhan. May patakaran ang bawat lugar. May ilang hindi pumapayag na lumabas kang mag-isa o hawakan ang iyong telepono. Bago ka pumayag, dapat sabihin sa iyo ng mga kawani ang mga patakaran. Itanong kung gaano ka katagal doon, at kung puwede mong tawagan ang pamilya mo at pumasok sa paaralan.

support-counselling-information-title = Payo at impormasyon
support-counselling-information-title--child-5-8 = Mga taong makakausap
support-counselling-information-body = Isang taong magpapaliwanag ng iyong mga karapatan at pagpipilian, sasagot sa iyong mga tanong at tutulong sa iyong magplano ng susunod na hakbang.
support-counselling-information-body--child-9-12 = Mga taong nagpapaliwanag at sumasagot sa mga tanong mo.
support-counselling-information-body--teen-13-17 = Mga taong nagpapaliwanag ng iyong mga karapatan at pagpipilian at tumutulong sa iyong magplano ng susunod na hakbang.

support-medical-care-title = Pangangalagang pangkalusugan
support-medical-care-body = Libreng pangangalagang medikal mula sa doktor o nars, kasama ang agarang gamutan, pagpapatingin at pangangalaga sa kalusugang sekswal at reproduktibo. Puwede kang humiling ng doktor na babae o lalaki, ayon sa gusto mo.
support-medical-care-body--child-5-8 = Doktor o nars. Tutulong sila kapag may sakit ka.
support-medical-care-body--child-9-12 = Doktor o nars na titingin kung malusog ka. Tutulong sila kung may sakit ka o nasaktan.
support-medical-care-body--teen-13-17 = Libreng pangangalaga mula sa doktor o nars, kasama ang pagpapatingin at kalusugang sekswal. Puwede kang humiling ng lalaki o babae.

support-psychological-support-title = Suportang emosyonal
support-psychological-support-body = Pagpapayo sa isang sinanay na tao, para matulungan ka sa takot, lungkot, stress o problema sa pagtulog. Pribado ang sinasabi mo, maliban kung may kailangang protektahan mula sa malubhang pinsala.
support-psychological-support-body--child-9-12 = Isang sinanay na taong tutulong kapag malungkot, takot o nag-aalala ka.
support-psychological-support-body--teen-13-17 = Isang sinanay na tagapayo na makakausap tungkol sa takot, lungkot, stress o masasamang panaginip. Pribado ito, maliban kung may taong nasa panganib.

support-material-financial-assistance-title = Pagkain, damit at pera
support-material-financial-assistance-body = Pagkain, damit, mga gamit pangkalinisan at, kung mayroon, pera para sa mga pangunahing pangangailangan.
support-material-financial-assistance-body--child-9-12 = Pagkain, damit at mga bagay na kailangan mo araw-araw.
support-material-financial-assistance-body--teen-13-17 = Pagkain, damit, mga gamit panligo, at kung minsan ay pera para sa mga kailangan mo.

support-legal-support-title = Tulong legal
support-legal-support-body = Isang abogado o legal adviser na magpapaliwanag ng iyong kalagayang legal, ng iyong mga pagpipilian at ng anumang kaso sa korte, at tutulong sa iyong humingi ng bayad-pinsala. Humingi ng libreng tulong legal.
support-legal-support-body--child-9-12 = Isang abogadong magpapaliwanag sa iyo ng batas. Humingi ng libreng abogado.
support-legal-support-body--teen-13-17 = Isang abogadong magpapaliwanag ng iyong kalagayang legal, anumang kaso sa korte at kung paano humingi ng bayad-pinsala. Humingi ng libre.

support-interpretation-title = Isang tagapagsalin
support-interpretation-title--child-5-8 = Taong nagsasalita ng wika mo
support-interpretation-body = Isang tagapagsalin, para maintindihan mo at maintindihan ka. Dapat ilihim ng mga tagapagsalin ang sinasabi mo. Puwede kang humingi ng iba, halimbawa taong hindi galing sa iyong komunidad, o lalaki o babae. Sabihin sa mga kawani kung hindi mo pinagkakatiwalaan ang tagapagsalin.
support-interpretation-body--child-5-8 = Taong nagsasalita ng wika mo. Puwede kang humingi ng iba.
support-interpretation-body--child-9-12 = Taong nagsasalita ng iyong wika at tumutulong sa iyong makaintindi. Dapat nilang ilihim ang sinasabi mo. Puwede kang humingi ng iba.
support-interpretation-body--teen-13-17 = Isang tagapagsalin sa iyong wika. Dapat nilang ilihim ang sinasabi mo. Puwede kang humingi ng iba, halimbawa kung kilala mo sila o hindi mo sila pinagkakatiwalaan.

support-residence-work-title = Tulong sa pahintulot na manatili at magtrabaho
support-residence-work-title--child = Tulong sa iyong mga papeles
support-residence-work-body = Kung dayuhan ka: tulong sa pag-aplay para sa reflection period, residence permit o work permit, kung pinapayagan ng batas.
support-residence-work-body--child-9-12 = Galing sa ibang bansa? Matutulungan ka ng abogado sa mga papeles. Sasabihin ng nakatatanda kung puwede kang manatili.
support-residence-work-body--teen-13-17 = Kung galing ka sa ibang bansa: matutulungan ka ng abogado na mag-aplay ng papeles para manatili. Itanong kung ano ang posible rito, at kung kailan ka puwedeng magtrabaho.

support-voluntary-return-title = Ligtas na pag-uwi
support-voluntary-return-body = Kung gusto mong umuwi: tulong para makauwi nang ligtas at nang walang mahabang pagkaantala. Dapat sabihin sa iyo ng mga kawani kung gaano ito katagal at anong papeles ang kailangan mo. Kung hindi ligtas para sa iyo ang umuwi, sabihin agad sa mga kawani at sa abogado. Maaari kang manatili, o makakuha ng ibang proteksiyon.
support-voluntary-return-body--child-5-8 = Gusto mong umuwi? Sabihin sa nakatatanda. Titiyakin muna nilang ligtas ang bahay.
support-voluntary-return-body--child-9-12 = Gusto mo bang umuwi? Sabihin sa iyong katulong. Dapat munang tiyakin ng nakatatanda na ligtas doon. Sabihin kung may nanakit sa iyo sa bahay. Dapat may kasama ka sa biyahe.
support-voluntary-return-body--teen-13-17 = Kung gusto mong umuwi, dapat munang tiyakin ng nakatatanda na ligtas ka roon. Sabihin kung may nanakit sa iyo sa bahay. Hindi ito dapat tumagal nang higit sa kailangan. Dapat kang bumiyahe kasama ang nakatatanda, at may sasalubong sa iyo.

support-child-protection-title = Proteksiyon ng bata
support-child-protection-title--child-5-8 = Mga nakatatandang nagpoprotekta sa mga bata
support-child-protection-body = Tinitiyak ng mga manggagawa sa proteksiyon ng bata na ligtas at naaalagaan ang bata, at nagtatalaga sila ng tagapangalaga kung kailangan.
support-child-protection-body--child-9-12 = May mga manggagawa sa proteksiyon ng bata. Tinitiyak nila na ligtas ka at naaalagaan.
support-child-protection-body--teen-13-17 = Tinitiyak ng mga manggagawa sa proteksiyon ng bata na ligtas ka at naaalagaan. Ihahanap ka rin nila ng tagapangalaga kung kailangan.
