from h import *
F = 'g03_seinajoki_ruokaklusteri_selvitys-pdf.txt'
assert wd(2039,2,14)=='Monday' and wd(2039,4,26)=='Tuesday'
H = "Etelä-Pohjanmaan ruokaklusterin tila 2039 – tiivistelmä"
T = f"""{H}                                              1

ETELÄ-POHJANMAAN RUOKAKLUSTERIN TILA 2039
Kyselytutkimuksen ja haastattelujen tiivistelmä

Julkaisija: Etelä-Pohjanmaan liitto
Toteuttajat: Seinäjoen ammattikorkeakoulu (SeAMK) ja Helsingin yliopiston
Ruralia-instituutti
Seinäjoki, maaliskuu 2039
Julkaisusarja B:41

Tiivistelmän laatijat: Riikka Mäki-Kuutti (SeAMK), Jarkko Ylä-Outinen (Ruralia-instituutti)
Ohjausryhmän puheenjohtaja: aluekehitysjohtaja Aino Hietala-Söderström, Etelä-
Pohjanmaan liitto

1 Taustaa

Etelä-Pohjanmaa on Suomen tärkein elintarvikemaakunta: alueen yrityk-
set jalostavat noin viidenneksen maan lihasta ja merkittävän osan
perunasta ja viljasta. Maakunnan älykkään erikoistumisen strategia
2036–2040 nostaa ruokaketjun yhdeksi kolmesta painopisteestä. Liitto
tilasi selvityksen arvioidakseen, miten alueen ruokaklusteri on kehitty-
nyt edellisen selvityksen (2033) jälkeen ja millaisia tarpeita yrityksil-
lä on seuraavalle ohjelmakaudelle.

Aineisto kerättiin 14.11.2038–31.1.2039. Sähköinen kysely lähetettiin
412 elintarvikealan yritykselle, ja siihen vastasi 157 yritystä (38 %).
Lisäksi tehtiin 22 teemahaastattelua yritysjohtajien, oppilaitosten ja
kehittäjäorganisaatioiden edustajien kanssa. Alustavia tuloksia käsitel-
tiin työpajassa Seinäjoella maanantaina 14.2.2039, johon osallistui 46
henkilöä.

{H}                                              2

2 Keskeiset havainnot

• Alan yritysten yhteenlaskettu liikevaihto kasvoi vuodesta 2033 noin 31 prosenttia, mutta kasvu on keskittynyt kymmeneen suurimpaan yritykseen
• Yli puolet vastanneista pienyrityksistä ei ole tehnyt yhteistyötä yhdenkään tutkimuslaitoksen kanssa viimeisen kolmen vuoden aikana
• Vienti on kasvanut hitaasti: vain 17 % yrityksistä myy tuotteita ulkomaille
• Osaavan työvoiman saatavuus on suurin kasvun este, erityisesti elintarviketeknologian ja kunnossapidon tehtävissä
• Yritykset arvostavat Foodwest Oy:n tuotekehityspalveluja ja Seinäjoen Elintarvikeklusteri ry:n verkostotapahtumia, mutta palvelut tunnetaan huonosti maakunnan reuna-alueilla

Vastaajista 61 % oli alle kymmenen hengen yrityksiä, 27 % pieniä ja
keskisuuria yrityksiä ja 12 % yli 250 hengen yrityksiä. Lihanjalostajia
oli vastaajista 19 %, leipomoita ja myllyjä 23 %, kasvis- ja peruna-
tuotteiden valmistajia 18 %, juoma-alan yrityksiä 9 % ja muita 31 %.
Vastausosuus oli suurin Seinäjoen, Ilmajoen ja Kurikan alueella ja
pienin Järviseudulla, mikä on otettava huomioon tuloksia tulkittaessa.

Yritysten näkemyksiä

Kyselyn avovastauksissa yritykset kuvasivat klusteria ”hyväksi verkos-
toksi isoille, mutta vaikeaksi löytää pienelle”. Moni pienyrittäjä toivoi
yhteisiä ostoja esimerkiksi pakkauksiin ja logistiikkaan sekä apua tuo-
tekehitykseen ilman pitkiä hakuprosesseja. Suuret yritykset puolestaan
korostivat automaatiota, tutkimusyhteistyötä ja kansainvälisiä hankkeita.
Molemmat ryhmät pitivät tärkeänä, että maakunta pitää ruokaketjun
strategiansa kärjessä myös seuraavalla ohjelmakaudella.

Haastatteluissa toistui huoli energian hinnasta ja pakkausmateriaalien
saatavuudesta. Usea haastateltava korosti, että yhteistyö Vaasan ja Kok-
kolan suuntaan on tärkeää, koska Pohjanmaan ja Keski-Pohjanmaan
yritykset ovat sekä kilpailijoita että alihankkijoita.

3 Suositukset

Selvityksen perusteella ohjausryhmä esittää seuraavaa:
1. Maakunnan ruokaketjun kehittämisohjelma laaditaan vuosille 2040–2046 yhdessä yritysten kanssa
2. Pienyrityksille luodaan matalan kynnyksen innovaatioseteli, jolla voi ostaa testauspalveluja SeAMKilta ja Ruralia-instituutilta
3. Vientiä edistetään yhteisillä messuosastoilla ja Business Finlandin ruokavientiohjelmien kautta
4. Elintarvikealan koulutusta lisätään Sedussa ja SeAMKissa, ja oppisopimuskoulutusta laajennetaan

{H}                                              3

4 Jatkotoimet

Selvitys julkistettiin Etelä-Pohjanmaan liiton maakuntahallituksen ko-
kouksessa 28.3.2039. Tulokset esitellään laajemmin ruokaklusterin ke-
vätseminaarissa Seinäjoki Areenalla tiistaina 26.4.2039, jossa puhuvat
maakuntajohtaja Pekka Räsänen sekä toimitusjohtaja
Helena Grönroos-Wikström (Suomen Elintarviketeollisuusliitto ry). Lisäksi kesäkuussa
2039 Brysselissä järjestetään ruokaketjuja käsittelevä lounastilaisuus,
jonka järjestävät Etelä-Pohjanmaan liitto ja Itä-Suomen EU-toimisto.
Tilaisuuden isäntänä toimii Euroopan alueiden komitea.

Täysi raportti (86 sivua) on ladattavissa liiton verkkosivuilta. Selvi-
tyksen rahoitti liitto maakunnan kehittämisrahasta, ja ohjausryhmään
kuului edustajia yrityksistä, oppilaitoksista, kunnista ja neuvonta-
järjestöistä.

Lisätietoja:
Riikka Mäki-Kuutti, yliopettaja, SeAMK, riikka.maki-kuutti@seamk.example.fi
Jarkko Ylä-Outinen, tutkija, Ruralia-instituutti
Aino Hietala-Söderström, aluekehitysjohtaja, Etelä-Pohjanmaan liitto

Liite 1: Kyselyn vastaajat toimialoittain (ks. täysi raportti)
Liite 2: Haastatellut organisaatiot: Atria Oyj, Ilmajoen Kehitys Oy, Kuortaneen Puutarha Oy, Seinäjoen
kaupunki, Sedu (Koulutuskuntayhtymä Sedu), Foodwest Oy, Etelä-Pohjanmaan ELY-keskus,
ProAgria Etelä-Pohjanmaa

{H}                                              4
"""
write(F, T)
L="Etelä-Pohjanmaan liitto"
gold(F,
 [P("Riikka Mäki-Kuutti","yliopettaja","SeAMK"),
  P("Jarkko Ylä-Outinen","tutkija","Ruralia-instituutti"),
  P("Aino Hietala-Söderström","aluekehitysjohtaja",L),
  P("Pekka Räsänen","maakuntajohtaja",None),
  P("Helena Grönroos-Wikström","toimitusjohtaja","Suomen Elintarviketeollisuusliitto ry")],
 [O(L), O("Seinäjoen ammattikorkeakoulu","SeAMK"), O("Helsingin yliopiston Ruralia-instituutti"),
  O("Foodwest Oy"), O("Seinäjoen Elintarvikeklusteri ry"), O("Business Finland"),
  O("Suomen Elintarviketeollisuusliitto ry"), O("Euroopan alueiden komitea"), O("Itä-Suomen EU-toimisto"),
  O("Atria Oyj"), O("Ilmajoen Kehitys Oy"), O("Kuortaneen Puutarha Oy"), O("Seinäjoen kaupunki"),
  O("Koulutuskuntayhtymä Sedu","Sedu"), O("Etelä-Pohjanmaan ELY-keskus"), O("ProAgria Etelä-Pohjanmaa")],
 [E("työpaja","2039-02-14",None,"Seinäjoki","Finland"),
  E("maakuntahallituksen kokous","2039-03-28",None,None,None),
  E("ruokaklusterin kevätseminaari","2039-04-26",None,"Seinäjoki","Finland"),
  E("lounastilaisuus","2039-06",None,"Bryssel","Belgium")],
 ["2039-03","2036/2040","2033","2038-11-14/2039-01-31","2039-02-14","2040/2046","2039-03-28","2039-04-26","2039-06"],
 ["Alan yritysten yhteenlaskettu liikevaihto kasvoi vuodesta 2033 noin 31 prosenttia, mutta kasvu on keskittynyt kymmeneen suurimpaan yritykseen",
  "Yli puolet vastanneista pienyrityksistä ei ole tehnyt yhteistyötä yhdenkään tutkimuslaitoksen kanssa viimeisen kolmen vuoden aikana",
  "Vienti on kasvanut hitaasti: vain 17 % yrityksistä myy tuotteita ulkomaille",
  "Osaavan työvoiman saatavuus on suurin kasvun este, erityisesti elintarviketeknologian ja kunnossapidon tehtävissä",
  "Yritykset arvostavat Foodwest Oy:n tuotekehityspalveluja ja Seinäjoen Elintarvikeklusteri ry:n verkostotapahtumia, mutta palvelut tunnetaan huonosti maakunnan reuna-alueilla",
  "Maakunnan ruokaketjun kehittämisohjelma laaditaan vuosille 2040–2046 yhdessä yritysten kanssa",
  "Pienyrityksille luodaan matalan kynnyksen innovaatioseteli, jolla voi ostaa testauspalveluja SeAMKilta ja Ruralia-instituutilta",
  "Vientiä edistetään yhteisillä messuosastoilla ja Business Finlandin ruokavientiohjelmien kautta",
  "Elintarvikealan koulutusta lisätään Sedussa ja SeAMKissa, ja oppisopimuskoulutusta laajennetaan"],
 pub="2039-03")
