from h import *
F = 'laane-virumaa-tooslusklaster-uldkoosoleku-protokoll-2036.txt'
T = """MTÜ Lääne-Virumaa Tööstusklaster
Registrikood 80512344
Tallinna 25, 44311 Rakvere

ÜLDKOOSOLEKU PROTOKOLL nr 1/2036

Rakvere, 9. aprill 2036

Koosoleku toimumise koht: Rakvere Teatri väike saal, Lai 7, Rakvere
Koosoleku algus: kell 14.00, lõpp: kell 16.40
Koosoleku juhataja: Tiit Kallasmaa
Protokollija: Kristiina Põldma

Osalesid: 34 liiget 47-st isiklikult või volitatud esindaja kaudu (nimekiri lisatud protokollile, lisa 1). Koosolek on otsustusvõimeline.
Külalistena osalesid: Lääne-Viru Arenduskeskuse (LVAK) juhataja Aleksandr Morozov, Majandus- ja Kommunikatsiooniministeeriumi tööstuspoliitika osakonna nõunik Liis Kärner-Saar ja Rakvere Ametikooli direktor Jüri Riives.

PÄEVAKORD
1. Koosoleku juhataja ja protokollija valimine
2. Juhatuse tegevusaruanne 2035. aasta kohta
3. 2035. aasta majandusaasta aruande kinnitamine
4. Revisjonikomisjoni aruanne
5. Klastri arengustrateegia 2036–2040 kinnitamine
6. Juhatuse valimine
7. Liikmemaksu suuruse kinnitamine 2037. aastaks
8. Uute liikmete vastuvõtmine
9. Muud küsimused

1. Koosoleku juhataja ja protokollija valimine
Koosoleku avas juhatuse esimees Tiit Kallasmaa (AS Kunda Lubjatehas). Koosoleku juhatajaks valiti Tiit Kallasmaa ja protokollijaks klastri projektijuht Kristiina Põldma. Poolt 34, vastu 0, erapooletuid 0.

2. Juhatuse tegevusaruanne
Klastrijuht Merike Saarepera andis ülevaate 2035. aasta tegevustest. Klastri liikmete arv kasvas 39-lt 47-le. Aasta jooksul korraldati 21 üritust, sh Virumaa Tööstusfoorum 2035 Kundas 15.–16. oktoobril 2035, mis tõi kokku 380 osalejat. Koostöös Õiglase Ülemineku Fondiga käivitati neli liikmete ühisprojekti, millest suurim on vesiniku tootmise tasuvusuuring Kunda sadama tööstuspargis. Klaster osales Soome ja Rootsi partneritega Interreg Kesk-Läänemere projektis ning allkirjastas 2. detsembril 2035 koostöömemorandumi Kymenlaakso tööstusklastriga.
Küsimustele vastas Merike Saarepera. Liige Dmitri Ivanov (OÜ Tapa Metallitööd) tundis huvi, miks väikeettevõtete koolitustel on osalejaid vähe; klastrijuht lubas küsitleda liikmeid sobivamate aegade kohta.

3. Majandusaasta aruanne
Juhatuse liige Annika Tamm-Vähi tutvustas 2035. aasta majandusaasta aruannet. Tulud olid 612 400 eurot, kulud 598 100 eurot. Liikmemaksud moodustasid tuludest 19%.

4. Revisjonikomisjoni aruanne
Revisjonikomisjoni esimees Ülle Mõttus kinnitas, et raamatupidamine on korras ja vahendeid on kasutatud eesmärgipäraselt.

5. Arengustrateegia
Strateegia eelnõu tutvustas juhatuse liige Sergei Vassiljev (Eesti Energia AS). Eelnõu oli liikmetele saadetud 20. märtsil 2036. Strateegia keskendub põlevkivisektorist ja tsemenditööstusest lahkuvate töötajate ümberõppele, vesiniku- ja akutööstuse väärtusahelale ning ringmajandusele.

6. Juhatuse valimine
Juhatuse volitused lõppesid. Kandidaatideks esitati Tiit Kallasmaa, Annika Tamm-Vähi, Sergei Vassiljev, Kadri-Liis van der Meer (Ragn-Sells Eesti AS) ja Olga Petrova-Lind (Kunda Tööstuspark OÜ). Salajase hääletuse tulemusel valiti kõik viis kandidaati. Juhatuse esimeheks valiti juhatuse koosolekul kohe pärast üldkoosolekut taas Tiit Kallasmaa.

7. Liikmemaks
Juhatus tegi ettepaneku jätta väike- ja keskmiste ettevõtete liikmemaks 2037. aastaks samaks, kuid tõsta suurettevõtete liikmemaksu, sest nende osalus klastri projektides on kõige suurem. Liige Mart Kuusik (AS Kunda Nordic Tsement) märkis, et tõus on põhjendatud, kui klaster esindab suurettevõtete huve ka riiklikul tasandil. Arutelu järel pandi ettepanek hääletusele.

8. Uute liikmete vastuvõtmine
Liikmeks astumise avalduse olid esitanud kaks organisatsiooni. OÜ Tamsalu Akutehnoloogiad tegeleb liitiumakude taaskasutusega ja MTÜ Virumaa Noorte Inseneride Ühing koondab piirkonna noori insenere. Mõlema organisatsiooni esindajad tutvustasid end lühidalt. Juhatus oli avaldused eelnevalt läbi vaadanud ja soovitas mõlemad vastu võtta.

OTSUSED
Üldkoosolek otsustas:
1. kinnitada juhatuse tegevusaruanne 2035. aasta kohta;
2. kinnitada 2035. aasta majandusaasta aruanne ja revisjonikomisjoni aruanne;
3. kinnitada klastri arengustrateegia 2036–2040;
4. valida juhatusse kolmeks aastaks Tiit Kallasmaa, Annika Tamm-Vähi, Sergei Vassiljev, Kadri-Liis van der Meer ja Olga Petrova-Lind;
5. jätta liikmemaksud 2037. aastaks muutmata, välja arvatud suurettevõtetel, kelle liikmemaks tõuseb 1800 eurolt 2400 eurole;
6. võtta klastri liikmeks OÜ Tamsalu Akutehnoloogiad ja MTÜ Virumaa Noorte Inseneride Ühing.
Kõik otsused võeti vastu häälteenamusega (poolt 33–34, vastu 0–1).

9. Muud küsimused
Klastrijuht teatas, et Virumaa Tööstusfoorum 2036 toimub Rakveres 26.–27. mail 2036 ning klastri delegatsioon külastab Kymenlaakso partnereid Kotkas septembris 2036.

JÄRGMINE KOOSOLEK
Järgmine korraline üldkoosolek toimub 15. oktoobril 2036 kell 14.00 Tapal, Tapa Gümnaasiumi aulas.

Koosoleku juhataja: /allkirjastatud digitaalselt/ Tiit Kallasmaa
Protokollija: /allkirjastatud digitaalselt/ Kristiina Põldma

Lisad: 1. Osalejate nimekiri ja volikirjad; 2. Klastri arengustrateegia 2036–2040; 3. Hääletustulemused.
"""
write(F, T)
gold(F, [P('Tiit Kallasmaa','juhatuse esimees','AS Kunda Lubjatehas'), P('Kristiina Põldma','projektijuht','MTÜ Lääne-Virumaa Tööstusklaster'),
 P('Aleksandr Morozov','juhataja','Lääne-Viru Arenduskeskuse'), P('Liis Kärner-Saar','tööstuspoliitika osakonna nõunik','Majandus- ja Kommunikatsiooniministeeriumi'),
 P('Jüri Riives','direktor','Rakvere Ametikooli'), P('Merike Saarepera','Klastrijuht','MTÜ Lääne-Virumaa Tööstusklaster'),
 P('Dmitri Ivanov','Liige','OÜ Tapa Metallitööd'), P('Annika Tamm-Vähi','Juhatuse liige',None), P('Ülle Mõttus','Revisjonikomisjoni esimees',None),
 P('Sergei Vassiljev','juhatuse liige','Eesti Energia AS'), P('Kadri-Liis van der Meer',None,'Ragn-Sells Eesti AS'), P('Olga Petrova-Lind',None,'Kunda Tööstuspark OÜ'), P('Mart Kuusik','Liige','AS Kunda Nordic Tsement')],
 [O('MTÜ Lääne-Virumaa Tööstusklaster'), O('Lääne-Viru Arenduskeskuse','LVAK'), O('Majandus- ja Kommunikatsiooniministeeriumi'),
  O('Rakvere Ametikooli'), O('AS Kunda Lubjatehas'), O('Kymenlaakso tööstusklastriga'),
  O('OÜ Tapa Metallitööd'), O('Eesti Energia AS'), O('Ragn-Sells Eesti AS'), O('Kunda Tööstuspark OÜ'),
  O('OÜ Tamsalu Akutehnoloogiad'), O('MTÜ Virumaa Noorte Inseneride Ühing'), O('Tapa Gümnaasiumi'), O('AS Kunda Nordic Tsement')],
 [E('Üldkoosolek','2036-04-09','2036-04-09','Rakvere','Estonia'), E('Virumaa Tööstusfoorum 2035','2035-10-15','2035-10-16','Kundas','Estonia'),
  E('Virumaa Tööstusfoorum 2036','2036-05-26','2036-05-27','Rakveres','Estonia'), E('klastri delegatsioon külastab Kymenlaakso partnereid','2036-09',None,'Kotkas','Finland'),
  E('Järgmine korraline üldkoosolek','2036-10-15','2036-10-15','Tapal','Estonia')],
 ['2036-04-09','2035','2036/2040','2037','2035-10-15/2035-10-16','2035-12-02','2036-03-20','2036-05-26/2036-05-27','2036-09','2036-10-15'],
 ['kinnitada juhatuse tegevusaruanne 2035. aasta kohta','kinnitada 2035. aasta majandusaasta aruanne ja revisjonikomisjoni aruanne',
  'kinnitada klastri arengustrateegia 2036–2040','valida juhatusse kolmeks aastaks Tiit Kallasmaa, Annika Tamm-Vähi, Sergei Vassiljev, Kadri-Liis van der Meer ja Olga Petrova-Lind',
  'jätta liikmemaksud 2037. aastaks muutmata, välja arvatud suurettevõtetel, kelle liikmemaks tõuseb 1800 eurolt 2400 eurole',
  'võtta klastri liikmeks OÜ Tamsalu Akutehnoloogiad ja MTÜ Virumaa Noorte Inseneride Ühing'],
 pub='2036-04-09')
