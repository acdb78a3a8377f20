### The one-page help card.

sheet-card-title = Kard ng tulong
sheet-card-title--child-5-8 = Sino ang makatutulong sa akin
sheet-card-subtitle = Itago ang kard na ito. Tumawag kung kailangan mo ng tulong.
sheet-card-subtitle--child-5-8 = Itago mo ang kard na ito. Iyo ito.
sheet-card-subtitle--child = Itago mo ang kard na ito. Tumawag ka kung kailangan mo ng tulong.
section-card-call-heading = Tumawag para humingi ng tulong, libre
section-card-call-heading--child-5-8 = Tumawag para humingi ng tulong
card-call-intro = Tingnan ang oras sa tabi ng bawat numero. Hindi mo kailangang sabihin ang pangalan mo.
card-call-intro--child-5-8 = Magpatulong sa taong pinagkakatiwalaan mo.
card-call-intro--child-9-12 = Libre ito. Tingnan ang oras sa tabi ng bawat numero.
section-card-rights-heading = Ang iyong mga karapatan
section-card-rights-heading--child-5-8 = Tandaan mo
section-card-remember-heading = Tandaan
card-helpers = Walang sinumang tumutulong sa iyo ang puwedeng manakit, humipo sa iyo nang sekswal o humingi ng kapalit. Kung mangyari ito, tumawag sa numero sa kard na ito.
card-helpers--child-5-8 = May nanakit sa iyo? Sabihin sa ibang nakatatanda.
card-helpers--child-9-12 = Walang katulong na puwedeng manakit sa iyo o humingi ng kapalit. Kung mangyari ito, tumawag sa numero sa kard na ito.
# The pocket card's back: one short line (the sheets carry the whole paragraph).
card-remember = Hindi mo kasalanan ang nangyari sa iyo.
