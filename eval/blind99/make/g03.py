from h import *
F = 'g03_koroski_lesni_grozd_bilten_ocr.txt'
assert wd(2037,3,12)=='Thursday' and wd(2037,4,16)=='Thursday' and wd(2037,2,24)=='Tuesday' and wd(2037,4,2)=='Thursday'
T = """KOROŠKI GOSPODARSKI BILTEN   št. 3 / marec 2037                      stran 7
-----------------------------------------------------------------------
GROZDI IN POVEZOVANJA
-----------------------------------------------------------------------

Lesni grozd Koroška praznuje
deset let povezovanja

Slovenj Gradec, 2. marca 2037 - Lesni grozd Ko-
roška (LGK), ki ga od ustanovitve vodi Regionalna
razvojna agencija Koroška (RRA Koroška), je
na redni skupščini 24. februarja 2037 v Dvorcu
Rotenturn obeležil deset let delovanja. Grozd
danes povezuje 57 članov: od žag in mizarskih
delavnic do proizvajalcev montažnih hiš. Med
člani sta tudi Šolski center Slovenj Gradec in
Fakulteta za gozdarstvo Univerze v Ljubljani. ,,Ko smo začeli, je bilo v grozdu devet
podjetij in en računalnik,'' se je spomnila mag. Karmen Lečnik Vrhovnik,
direktorica RRA Koroška.

Predsednik grozda za obdobje 2037–2041 ostaja
Bojan Kotnik, direktor podjetja Koroški les d.o.o.
iz Mislinje, ki ga je skupščina ponovno izvoli-
la z 41 glasovi. Nova podpredsednica je Urška Pušnik,
vodja razvoja v podjetju Hiše Uršlja gora d.o.o.
Nova članica upravnega odbora je Tjaša Gorenšek
(Šolski center Slovenj Gradec). Iz odbora je po
dveh mandatih izstopil Marjan Plešivčnik.

   Foto: Matej Ošlovnik / RRA Koroška

Gost skupščine je bil državni sekretar na Mini-
strstvu za gospodarstvo, turizem in šport, Aleš
Brezovnik, ki je poudaril, da bo država v letih
2037 in 2038 namenila 14 milijonov evrov za
predelavo lesa v regijah ob Avstriji. Predsed-
nik Kotnik je ob tem opozoril, da koroška pod-
jetja še vedno izvažajo preveč hlodovine in pre-
malo izdelkov z visoko dodano vrednostjo.

Sklepi skupščine
1. Skupščina je potrdila poročilo o delu za leto
   2036 in finančni načrt za leto 2037.
2. Članarina za mikro podjetja ostane
   nespremenjena, 180 evrov letno.
3. Grozd bo do konca leta 2037 pripravil
   skupno blagovno znamko ,,Koroški les'' za
   izdelke članov.
4. Upravni odbor pripravi predlog sodelovanja z
   grozdom Holzcluster Kärnten v Celovcu.

KOROŠKI GOSPODARSKI BILTEN   št. 3 / marec 2037                      stran 7

Napovednik
  • Četrtek, 12. marca 2037, ob 9. uri: Dan odprtih
    vrat lesarskih podjetij, Mislinjska dolina
    (sodeluje 11 članov grozda).
  • 2. aprila 2037: delavnica ,,Les v javnih
    naročilih'', Ravne na Koroškem, Koroška
    osrednja knjižnica dr. Franca Sušnika.
  • Četrtek, 16. aprila 2037: študijski obisk v
    Celovcu pri grozdu Holzcluster Kärnten in
    obisk tovarne lepljenih nosilcev.
  • Rok za prijavo na javni razpis za lesar-
    stvo, ki ga je objavil Slovenski podjetniški
    sklad (SPS): 30. april 2037.

Kratke novice
Podjetje Mizarstvo Golob s.p. iz Dravograda je
prejelo srebrno priznanje za inovativno otroško
pohištvo, ki ga podeljuje Gospodarska zbornica
Slovenije (GZS).
Direktor Primož Golob je priznanje posvetil za-
poslenim v delavnici. ~ Gozdarski inštitut
Slovenije in LGK sta 5. februarja 2037 podpisala
dogovor o skupnem merjenju ogljika v lesenih
stavbah. ,,To je prvi tak dogovor v Sloveniji,''
je povedal dr. Andrej Zupanc z inštituta.
Meritve bodo potekale v treh vrtcih in eni
osnovni šoli, prvi rezultati bodo znani jeseni.

Žaga Tisnik iz Črne na Koroškem je marca začela
z obratovanjem nove sušilnice, ki jo je sofinan-
ciral LGK v okviru projekta WoodValue. Lastnik
Rok Tisnik pravi, da bo podjetje zdaj lahko pro-
dajalo suh les tudi mizarjem v Avstriji. V sušil-
nici bodo letno posušili do 9.000 kubičnih metrov
smrekovine in macesna.

Mladi mizarji Šolskega centra Slovenj Gradec so
na tekmovanju v Celju osvojili dve prvi mesti.
Mentor Gregor Štruc jih bo spremljal tudi na
državnem prvenstvu maja 2037.

   OGLAS · Lesarski sejem Ljubljana · OGLAS

Kontakt: Lesni grozd Koroška, Meškova ulica 21,
2380 Slovenj Gradec, T: 02 000 00 00, E: info@
lgk.example.si  |  Urednica strani: Nina Mrak

                                          -7-
"""
write(F, T)
gold(F,
 [P('Karmen Lečnik Vrhovnik','direktorica','RRA Koroška'),
  P('Bojan Kotnik','Predsednik grozda','Lesni grozd Koroška'),
  P('Urška Pušnik','podpredsednica','Lesni grozd Koroška'),
  P('Tjaša Gorenšek','članica upravnega odbora','Lesni grozd Koroška'),
  P('Matej Ošlovnik',None,'RRA Koroška'),
  P('Aleš Brezovnik','državni sekretar','Mini- strstvu za gospodarstvo, turizem in šport'),
  P('Primož Golob','Direktor','Mizarstvo Golob s.p.'),
  P('Andrej Zupanc',None,'Gozdarski inštitut Slovenije'),P('Marjan Plešivčnik',None,None),P('Rok Tisnik','Lastnik','Žaga Tisnik'),P('Gregor Štruc','Mentor','Šolski center Slovenj Gradec'),
  P('Nina Mrak','Urednica strani',None)],
 [O('Lesni grozd Koroška','LGK'), O('Regionalna razvojna agencija Koroška','RRA Koroška'),
  O('Fakulteta za gozdarstvo Univerze v Ljubljani'), O('Koroški les d.o.o.'), O('Hiše Uršlja gora d.o.o.'),
  O('Šolski center Slovenj Gradec'), O('Žaga Tisnik'), O('Holzcluster Kärnten'),
  O('Koroška osrednja knjižnica dr. Franca Sušnika'), O('Slovenski podjetniški sklad','SPS'),
  O('Mizarstvo Golob s.p.'), O('Gospodarska zbornica Slovenije','GZS'), O('Gozdarski inštitut Slovenije'),
  O('Mini- strstvu za gospodarstvo, turizem in šport')],
 [E('redna skupščina','2037-02-24',None,'Slovenj Gradec','Slovenia'),E('Lesarski sejem Ljubljana',None,None,'Ljubljana','Slovenia'),E('tekmovanje v Celju',None,None,'Celju','Slovenia'),E('državno prvenstvo','2037-05',None,None,'Slovenia'),
  E('Dan odprtih vrat lesarskih podjetij','2037-03-12',None,None,'Slovenia'),
  E('delavnica ,,Les v javnih naročilih\'\'','2037-04-02',None,'Ravne na Koroškem','Slovenia'),
  E('študijski obisk v Celovcu','2037-04-16',None,'Celovcu','Austria')],
 ['2037-03','2037-03-02','2037-02-24','2037/2041','2037','2038','2036','2037-03-12','2037-04-02','2037-04-16','2037-04-30','2037-02-05','2037-05'],
 ['Skupščina je potrdila poročilo o delu za leto 2036 in finančni načrt za leto 2037',
  'Članarina za mikro podjetja ostane nespremenjena, 180 evrov letno',
  'Grozd bo do konca leta 2037 pripravil skupno blagovno znamko ,,Koroški les\'\' za izdelke članov',
  'Upravni odbor pripravi predlog sodelovanja z grozdom Holzcluster Kärnten v Celovcu'],
 pub='2037-03-02')
