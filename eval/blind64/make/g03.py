from h import *
F = 'klasteri-agroushqimor-prizren-kuvendi-zgjedhor.md'
T = f"""[Ballina](/) › [Lajme](/lajme) › Kuvendi 2036

# Kuvendi i Përgjithshëm zgjodhi drejtuesit e rinj të Klasterit Agroushqimor të Prizrenit

*Publikuar më 14 mars 2036 · Zyra e Klasterit · Lexim 5 minuta*

Kuvendi i Përgjithshëm zgjedhor i Klasterit Agroushqimor të Prizrenit (KAP) u mbajt {wd(2036,3,12,'sq')}, më 12 mars 2036, në sallën e konferencave të Hotelit "Theranda" në Prizren. Në kuvend morën pjesë 58 nga 71 anëtarët me të drejtë vote, përfaqësues të kompanive përpunuese, fermerë të organizuar në kooperativa, institucione arsimore dhe partnerë nga Shqipëria dhe Maqedonia e Veriut. Kuvendi u hap nga kryetari në largim, z. Bekim Krasniqi, i cili e drejtoi klasterin që nga themelimi i tij në vitin 2027.

Pas miratimit të raportit vjetor të punës dhe të raportit financiar për vitin 2035, delegatët miratuan edhe ndryshimet e Statutit, me të cilat mandati i organeve drejtuese zgjatet nga dy në katër vjet (2036–2040) dhe krijohet vendi i një zëvendëskryetari të dytë për anëtarët ndërkufitarë. Votimi u bë i fshehtë, me fletëvotime, nën mbikëqyrjen e Komisionit Zgjedhor të kryesuar nga zj. Drita Gashi-Berisha, juriste në Odën Ekonomike të Kosovës.

## Rezultatet e votimit

**Kryetare e Klasterit** u zgjodh **zj. Arbnora Hoxha**, drejtore ekzekutive e kompanisë Sharr Dairy sh.p.k. nga Dragashi, me 41 vota. Kandidati tjetër, z. Valon Morina nga Vreshtaria e Rahovecit SH.A., mori 15 vota; dy fletëvotime ishin të pavlefshme.

**Zëvendëskryetarë:**

1. z. Florent Bytyqi, menaxher i prodhimit, Prizreni Pepper N.T.P. (44 vota)
2. zj. Mirjeta Çeliku-Dervishi, drejtoreshë e zhvillimit, AgroKukës sh.p.k., Kukës, Shqipëri (vendi ndërkufitar, 39 vota)

**Anëtarë të Bordit Drejtues:**

- z. Driton Shala, pronar, Mjalta e Sharrit N.T.P.
- zj. Elona Rexhepi, drejtoreshë, Kooperativa Bujqësore "Lugu i Drinit"
- z. Ardian Kryeziu, menaxher i shitjeve, Theranda Foods L.L.C.
- zj. Besarta Ahmeti-Zeka, profesoreshë, Universiteti "Ukshin Hoti" Prizren, Fakulteti i Shkencave Ekonomike
- z. Kujtim Sopi, drejtor, Vreshtaria e Rahovecit SH.A.
- zj. Sanije Thaçi, përfaqësuese e Komunës së Prizrenit, Drejtoria për Bujqësi
- z. Goran Stojanović, drejtor menaxhues, Tetovo Fresh DOOEL, Tetovë, Maqedoni e Veriut

**Komisioni i Auditimit (auditorët):**

- zj. Lirije Mustafa, ekonomiste e licencuar, Mustafa & Partners sh.p.k.
- z. Blerim Hasani, kontabilist, Hasani Konsulting N.T.P.
- z. Agon Limani, përfaqësues i anëtarëve të vegjël, fermer nga Mamusha

Kuvendi konfirmoi gjithashtu z. Ilir Berisha si menaxher të klasterit, detyrë që ai e kryen që nga 1 shtatori 2031. Ai do të raportojë tek Bordi Drejtues çdo tre muaj.

## Fjala e kryetares së re

"Falënderoj z. Krasniqi për nëntë vite pune. Ai e mori klasterin me dymbëdhjetë anëtarë dhe na e dorëzon me mbi shtatëdhjetë. Detyra jonë tani është që produktet e Prizrenit të hyjnë në zinxhirët e shitjes në Bashkimin Evropian," tha zj. Hoxha pas shpalljes së rezultateve. Ajo njoftoi se Bordi i ri do të mbajë mbledhjen e parë më 26 mars 2036 dhe se strategjia e re 2036–2040 do të hartohet deri në fund të qershorit, me ndihmën e Agjencisë për Zhvillim Rajonal Jug (AZHR Jug).

Z. Bekim Krasniqi, i cili nuk kandidoi më, u zgjodh me aklamacion **kryetar nderi** i klasterit. Ai do të vazhdojë të përfaqësojë klasterin në Këshillin Kombëtar për Bujqësi dhe Zhvillim Rural.

## Çfarë vendosi kuvendi

Përveç zgjedhjeve, kuvendi vendosi:

1. Të miratojë raportin financiar të vitit 2035 dhe buxhetin prej 412.000 euro për vitin 2036;
2. Të pranojë tetë anëtarë të rinj, mes tyre dy kompani nga rajoni i Kukësit;
3. Të organizojë panairin "Shijet e Sharrit" më 18–20 shtator 2036 në Prizren, në bashkëpunim me Odën Ekonomike të Kosovës;
4. Të aplikojë për anëtarësim në Platformën Evropiane të Bashkëpunimit të Klasterëve (ECCP) deri më 30 prill 2036.

Mbledhja e ardhshme e rregullt e Kuvendit do të mbahet në mars 2037.

---

**Kontakti për media:** Vjosa Berisha, zyrtare për komunikim, vjosa.berisha@kap-prizren.org, +383 29 000 000

*Etiketat:* kuvendi · zgjedhjet · bordi drejtues · Prizren

Shpërndaje: Facebook · LinkedIn · E-mail

© 2036 Klasteri Agroushqimor i Prizrenit · Rruga e Shadërvanit 7, 20000 Prizren · [Privatësia](/privatesia)
"""
write(F, T)
K='Klasteri Agroushqimor i Prizrenit'
gold(F,
 [P('Bekim Krasniqi','kryetar nderi',K), P('Drita Gashi-Berisha','juriste','Odën Ekonomike të Kosovës'),
  P('Arbnora Hoxha','Kryetare e Klasterit',K), P('Valon Morina',None,'Vreshtaria e Rahovecit SH.A.'),
  P('Florent Bytyqi','menaxher i prodhimit','Prizreni Pepper N.T.P.'), P('Mirjeta Çeliku-Dervishi','drejtoreshë e zhvillimit','AgroKukës sh.p.k.'),
  P('Driton Shala','pronar','Mjalta e Sharrit N.T.P.'), P('Elona Rexhepi','drejtoreshë','Kooperativa Bujqësore "Lugu i Drinit"'),
  P('Ardian Kryeziu','menaxher i shitjeve','Theranda Foods L.L.C.'), P('Besarta Ahmeti-Zeka','profesoreshë','Universiteti "Ukshin Hoti" Prizren'),
  P('Kujtim Sopi','drejtor','Vreshtaria e Rahovecit SH.A.'), P('Sanije Thaçi','përfaqësuese','Komunës së Prizrenit'),
  P('Goran Stojanović','drejtor menaxhues','Tetovo Fresh DOOEL'), P('Lirije Mustafa','ekonomiste e licencuar','Mustafa & Partners sh.p.k.'),
  P('Blerim Hasani','kontabilist','Hasani Konsulting N.T.P.'), P('Agon Limani','përfaqësues i anëtarëve të vegjël',None),
  P('Ilir Berisha','menaxher të klasterit',K), P('Vjosa Berisha','zyrtare për komunikim',K)],
 [O(K,'KAP'), O('Odën Ekonomike të Kosovës'), O('Sharr Dairy sh.p.k.'), O('Vreshtaria e Rahovecit SH.A.'),
  O('Prizreni Pepper N.T.P.'), O('AgroKukës sh.p.k.'), O('Mjalta e Sharrit N.T.P.'), O('Kooperativa Bujqësore "Lugu i Drinit"'),
  O('Theranda Foods L.L.C.'), O('Universiteti "Ukshin Hoti" Prizren'), O('Fakulteti i Shkencave Ekonomike'), O('Komunës së Prizrenit'),
  O('Drejtoria për Bujqësi'), O('Tetovo Fresh DOOEL'), O('Mustafa & Partners sh.p.k.'), O('Hasani Konsulting N.T.P.'),
  O('Agjencisë për Zhvillim Rajonal Jug','AZHR Jug'), O('Këshillin Kombëtar për Bujqësi dhe Zhvillim Rural'),
  O('Platformën Evropiane të Bashkëpunimit të Klasterëve','ECCP')],
 [E('Kuvendi i Përgjithshëm zgjedhor','2036-03-12','2036-03-12','Prizren','Kosovo'), E('mbledhjen e parë','2036-03-26','2036-03-26',None,None),
  E('Shijet e Sharrit','2036-09-18','2036-09-20','Prizren','Kosovo'), E('Mbledhja e ardhshme e rregullt e Kuvendit','2037-03','2037-03',None,None)],
 ['2036-03-14','2036-03-12','2027','2035','2036/2040','2031-09-01','2036-03-26','2036-06','2036','2036-09-18/2036-09-20','2036-04-30','2037-03'],
 pub='2036-03-14', km=['Të miratojë raportin financiar të vitit 2035 dhe buxhetin prej 412.000 euro për vitin 2036','Të pranojë tetë anëtarë të rinj, mes tyre dy kompani nga rajoni i Kukësit','Të organizojë panairin "Shijet e Sharrit" më 18–20 shtator 2036 në Prizren, në bashkëpunim me Odën Ekonomike të Kosovës','Të aplikojë për anëtarësim në Platformën Evropiane të Bashkëpunimit të Klasterëve (ECCP) deri më 30 prill 2036'])
