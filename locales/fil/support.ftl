### Kinds of protection and support.

support-shelter-housing-title = Ligtas na matutuluyan
support-shelter-housing-body = Ligtas na tirahan o kanlungan, hangga't kailangan mo. Puwede kang magtanong tungkol sa mga patakaran bago ka magpasya, kasama na kung puwede kang lumabas at makipag-ugnayan sa pamilya mo.
support-shelter-housing-body--child-5-8 = Ligtas na lugar para matulog at kumain.
support-shelter-housing-body--child-9-12 = Ligtas na lugar para tumira, matulog at kumain. May mga nakatatandang mag-aalaga sa iyo.
support-shelter-housing-body--teen-13-17 = Ligtas na matitirhan. Itanong ang mga patakaran bago ka magpasya, gaya ng paglabas at pagtawag sa pamilya mo.

support-counselling-information-title = Payo at impormasyon
support-counselling-information-title--child-5-8 = Mga taong makakausap
support-counselling-information-body = Isang taong magpapaliwanag ng iyong mga karapatan at pagpipilian, sasagot sa iyong mga tanong at tutulong sa iyong magplano ng susunod na hakbang.
support-counselling-information-body--child-5-8 = Mga taong nakikinig at sumasagot sa tanong mo.
support-counselling-information-body--child-9-12 = Mga taong nagpapaliwanag at sumasagot sa mga tanong mo.
support-counselling-information-body--teen-13-17 = Mga taong nagpapaliwanag ng iyong mga karapatan at pagpipilian at tumutulong sa iyong magplano ng susunod na hakbang.

support-medical-care-title = Pangangalagang pangkalusugan
support-medical-care-body = Libreng pangangalagang medikal mula sa doktor o nars, kasama ang agarang gamutan, pagpapatingin at pangangalaga sa kalusugang sekswal at reproduktibo. Puwede kang humiling ng doktor na babae o lalaki, ayon sa gusto mo.
support-medical-care-body--child-5-8 = Doktor o nars kung may sakit o sugat.
support-medical-care-body--child-9-12 = Doktor o nars na titingin kung malusog ka. Tutulong sila kung may sakit ka o nasaktan.
support-medical-care-body--teen-13-17 = Libreng pangangalaga mula sa doktor o nars, kasama ang pagpapatingin at kalusugang sekswal. Puwede kang humiling ng lalaki o babae.

support-psychological-support-title = Suportang emosyonal
support-psychological-support-body = Pagpapayo mula sa isang taong sinanay para rito, para matulungan ka sa takot, lungkot, tensiyon o problema sa pagtulog. Kumpidensyal ito.
support-psychological-support-body--child-9-12 = Isang sinanay na taong tutulong kapag malungkot, takot o nag-aalala ka.
support-psychological-support-body--teen-13-17 = Isang sinanay na tagapayong makakausap mo tungkol sa takot, lungkot, tensiyon o masasamang panaginip. Pribado ito.

support-material-financial-assistance-title = Pagkain, damit at pera
support-material-financial-assistance-body = Pagkain, damit, mga gamit pangkalinisan at, kung mayroon, pera para sa mga pangunahing pangangailangan.
support-material-financial-assistance-body--child-9-12 = Pagkain, damit at mga bagay na kailangan mo araw-araw.
support-material-financial-assistance-body--teen-13-17 = Pagkain, damit, mga gamit panligo, at kung minsan ay pera para sa mga kailangan mo.

support-legal-support-title = Tulong legal
support-legal-support-body = Isang abogado o legal na tagapayo, nang libre, para ipaliwanag ang iyong legal na sitwasyon, ang iyong mga pagpipilian at anumang kaso sa korte, at para tulungan kang humingi ng kabayaran sa pinsala.
support-legal-support-body--child-9-12 = Isang abogadong nagpapaliwanag sa iyo ng batas, nang libre.
support-legal-support-body--teen-13-17 = Isang libreng abogadong magpapaliwanag ng legal mong sitwasyon, anumang kaso sa korte at kung paano humingi ng kabayaran.

support-interpretation-title = Isang tagapagsalin
support-interpretation-title--child-5-8 = Taong nagsasalita ng wika mo
support-interpretation-body = Isang tagapagsalin, para maintindihan mo ang iba at maintindihan ka nila. Puwede kang humingi ng ibang tagapagsalin kung hindi ka komportable.
support-interpretation-body--child-5-8 = Taong nagsasalita ng wika mo.
support-interpretation-body--child-9-12 = Taong nagsasalita ng wika mo at tumutulong sa iyong makaintindi.
support-interpretation-body--teen-13-17 = Isang tagapagsalin sa wika mo. Puwede kang humingi ng iba kung hindi ka komportable.

support-residence-work-title = Pahintulot na manatili at magtrabaho
support-residence-work-title--child = Pahintulot na manatili
support-residence-work-body = Kung dayuhan ka: tulong sa pag-aplay para sa panahon ng pagninilay, permiso sa paninirahan at, kung pinapayagan ng batas, permiso sa pagtatrabaho.
support-residence-work-body--child-9-12 = Kung taga-ibang bansa ka: tulong sa mga papeles para makapanatili ka rito.
support-residence-work-body--teen-13-17 = Kung taga-ibang bansa ka: tulong sa pag-aplay ng papeles para makapanatili. Kapag nasa tamang edad ka na, tulong din para makapagtrabaho.

support-voluntary-return-title = Ligtas na pag-uwi
support-voluntary-return-body = Kung gusto mong umuwi, tulong para makauwi nang ligtas, at mga malalapitan para sa suporta pagdating mo roon. Walang sinumang puwedeng magpauwi sa iyo nang labag sa iyong kalooban habang nanganganib ang iyong kaligtasan.
support-voluntary-return-body--child-9-12 = Kung gusto mong umuwi, tutulungan kang makauwi nang ligtas.
support-voluntary-return-body--teen-13-17 = Kung gusto mong umuwi, tulong para makabiyahe nang ligtas, at mga taong malalapitan pagdating mo.

support-child-protection-title = Proteksiyon ng bata
support-child-protection-title--child-5-8 = Mga nakatatandang nagpoprotekta sa mga bata
support-child-protection-body = Tinitiyak ng mga manggagawa sa proteksiyon ng bata na ligtas at naaalagaan ang bata, at nagtatalaga sila ng tagapangalaga kung kailangan.
support-child-protection-body--child-9-12 = Tinitiyak ng mga manggagawa sa proteksiyon ng bata na ligtas ka at naaalagaan.
support-child-protection-body--teen-13-17 = Tinitiyak ng mga manggagawa sa proteksiyon ng bata na ligtas ka at naaalagaan. Ihahanap ka rin nila ng tagapangalaga kung kailangan.
