from h import *
from email.message import EmailMessage
F = 'g06_voru_puiduklaster_tooruhm_kokkuvote.eml'
assert wd(2037,11,24)=='Tuesday' and wd(2037,11,26)=='Thursday' and wd(2038,1,19)=='Tuesday'
body = """Tere, töörühma liikmed!

Saadan teile teisipäeval, 24. novembril 2037 Võrus toimunud hanke- ja ekspordi töörühma koosoleku kokkuvõtte. Palun andke parandustest teada hiljemalt 1. detsembriks, seejärel pannen protokolli klastri siseveebi üles.

Tuletan meelde, et järgmise aasta liikmemaksu arved saadetakse välja detsembri keskel ja et klastri üldkoosoleku kutse tuleb eraldi kirjaga. Rootsi ostjate küsitluse esitlus on lisatud sellele kirjale, stendi plaan on esialgne ja seda võib veel muuta.

Parimate soovidega
Kadri Rebane
projektijuht
Lõuna-Eesti Puiduklaster MTÜ
Jüri 19a, 65605 Võru | +372 5332 7104 | kadri.rebane@puiduklaster.ee

-----

LÕUNA-EESTI PUIDUKLASTRI HANKE- JA EKSPORDI TÖÖRÜHMA KOOSOLEKU KOKKUVÕTE

Aeg: 24.11.2037, kell 13.00–16.10
Koht: Võru Maakonna Arenduskeskus, Jüri 12, Võru; osa liikmeid osales Teamsi kaudu

Osalesid: Margus Kask (töörühma juht, Võru Puit OÜ), Triin Laanemets (Rõuge Palkmaja AS), Siim Hallik (Nordic Timber Homes OÜ), Anneli Kõiv (Setomaa Mööbel OÜ), Raul Sepp (Eesti Maaülikool), Kadri Rebane (Lõuna-Eesti Puiduklaster MTÜ, protokollija)
Külalised: Jaanika Pärn, ekspordinõunik, Ettevõtluse ja Innovatsiooni Sihtasutus (EIS); Gunnar Hellström, Trä- och Möbelföretagen, Stockholm (videosild)
Puudusid: Ülle Mägi (Antsla Saeveski OÜ)

Päevakord
1. Eelmise koosoleku otsuste täitmine
2. Kokkuvõte Rootsi ostjate küsitlusest
3. Ühisstend messil Nordbygg 2038 Stockholmis
4. Riigihangete koolitus liikmetele
5. Töörühma plaan aastaks 2038
6. Muud küsimused

1. Eelmise koosoleku otsuste täitmine
Margus Kask andis ülevaate 17. septembri koosoleku otsustest. Ühine hinnakiri eksporditurgudele on valmis, ühise logistikapartneri valik lükkus edasi, sest pakkumisi tuli ainult kaks.

2. Rootsi ostjate küsitlus
Raul Sepp tutvustas küsitluse tulemusi: 23 vastanud Rootsi ehitusettevõttest 15 soovib tarnijalt keskkonnadeklaratsiooni (EPD) ja 11 ootab tarneaega alla kuue nädala. Gunnar Hellström kinnitas, et Rootsi omavalitsuste hangetes on puitmajade osakaal kiiresti kasvamas.

3. Nordbygg 2038
Jaanika Pärn teatas, et EIS toetab Eesti ühisstendi messil Nordbygg 2038, mis toimub 21.–24. aprillil 2038 Stockholmis. Klastrile on broneeritud 48 ruutmeetrit.

4. Riigihangete koolitus
Arutati, kas koolitus korraldada Võrus või veebis. Enamik eelistas kohapealset koolitust koos praktilise osaga. Triin Laanemets rõhutas, et paljud väikesed tootjad ei osale Rootsi omavalitsuste hangetes seetõttu, et dokumendid on rootsi keeles ja tähtajad lühikesed. Siim Hallik pakkus, et koolitusel võiks läbi käia ühe päris hanke näite. Anneli Kõiv tegi ettepaneku kutsuda koolitusele ka Läti partnerid.

5. Plaan aastaks 2038
Töörühm kiitis heaks neli tegevussuunda: Rootsi ja Norra turg, keskkonnadeklaratsioonid, ühine logistika ning noorte töötajate värbamine.

6. Muud küsimused
Raul Sepp teavitas, et Eesti Maaülikool korraldab kevadel puitkonstruktsioonide suvekooli, kuhu oodatakse ka ettevõtete töötajaid. Margus Kask tänas liikmeid aktiivse aasta eest ja soovis kõigile jõudu aasta viimasteks töönädalateks.

OTSUSED
1. Klaster osaleb messil Nordbygg 2038 ühisstendiga, osalejate registreerimine kuni 15. jaanuarini 2038.
2. Klaster tellib kolmele liikmele keskkonnadeklaratsiooni ühise pilootprojektina, vastutaja Raul Sepp.
3. Riigihangete koolitus toimub teisipäeval, 19. jaanuaril 2038 Võrus, vastutaja Kadri Rebane.
4. Ühise logistikapartneri uus hange kuulutatakse välja veebruaris 2038.
5. Töörühma järgmine koosolek toimub märtsis 2038 Rõuges.

Koosolek lõppes kell 16.10. Protokolli koostas Kadri Rebane, protokolli kinnitas töörühma juht Margus Kask. Järgmise koosoleku täpne kuupäev lepitakse kokku jaanuaris e-posti teel, ruumid on lubanud anda Rõuge vallavalitsus.

Lisad: küsitluse esitlus (PDF), Nordbyggi stendi plaan.

-----
From: Margus Kask <margus@vorupuit.ee>
Sent: neljapäev, 26. november 2037 08:41
To: Kadri Rebane
Subject: RE: koosoleku kokkuvõte

Kadri, aitäh! Palun lisa punkti 3 juurde, et stendi kujundus tuleb kinnitada detsembri lõpuks. Muu on korras. Ürituse eelarve arutame läbi järgmisel nädalal, kui EIS-ist on tulnud lõplik hinnapakkumine stendi ehituse kohta.
Margus
"""
m = EmailMessage()
m['From'] = 'Kadri Rebane <kadri.rebane@puiduklaster.ee>'
m['To'] = 'hange-eksport@puiduklaster.ee'
m['Cc'] = 'Margus Kask <margus@vorupuit.ee>'
m['Subject'] = 'Töörühma koosoleku kokkuvõte 24.11.2037 (parandatud)'
m['Date'] = 'Thu, 26 Nov 2037 10:15:00 +0200'
m.set_content(body)
open(path(F), 'wb').write(bytes(m))
L='Lõuna-Eesti Puiduklaster MTÜ'
gold(F,
 [P('Kadri Rebane','projektijuht',L),P('Margus Kask','töörühma juht',L),
  P('Triin Laanemets',None,'Rõuge Palkmaja AS'),P('Siim Hallik',None,'Nordic Timber Homes OÜ'),
  P('Anneli Kõiv',None,'Setomaa Mööbel OÜ'),P('Raul Sepp',None,'Eesti Maaülikool'),
  P('Jaanika Pärn','ekspordinõunik','Ettevõtluse ja Innovatsiooni Sihtasutus'),
  P('Gunnar Hellström',None,'Trä- och Möbelföretagen'),P('Ülle Mägi',None,'Antsla Saeveski OÜ')],
 [O(L),O('Võru Maakonna Arenduskeskus'),O('Võru Puit OÜ'),O('Rõuge Palkmaja AS'),O('Nordic Timber Homes OÜ'),
  O('Setomaa Mööbel OÜ'),O('Eesti Maaülikool'),O('Ettevõtluse ja Innovatsiooni Sihtasutus','EIS'),
  O('Trä- och Möbelföretagen'),O('Rõuge vallavalitsus'),O('Antsla Saeveski OÜ')],
 [E('hanke- ja ekspordi töörühma koosolek','2037-11-24',None,'Võru','Estonia'),
  E('Nordbygg 2038','2038-04-21','2038-04-24','Stockholm','Sweden'),
  E('Riigihangete koolitus','2038-01-19',None,'Võru','Estonia'),
  E('eelmine koosolek','2037-09-17'),
  E('Töörühma järgmine koosolek','2038-03',None,'Rõuge','Estonia'),
  E('puitkonstruktsioonide suvekool')],
 ['2037-11-24','2037-12-01','2038','2037-09-17','2038-04-21/2038-04-24','2038-01-15','2038-01-19','2038-02','2038-03','2037-11-26','2037-12','2038-01'],
 ['Klaster osaleb messil Nordbygg 2038 ühisstendiga, osalejate registreerimine kuni 15. jaanuarini 2038',
  'Klaster tellib kolmele liikmele keskkonnadeklaratsiooni ühise pilootprojektina, vastutaja Raul Sepp',
  'Riigihangete koolitus toimub teisipäeval, 19. jaanuaril 2038 Võrus, vastutaja Kadri Rebane',
  'Ühise logistikapartneri uus hange kuulutatakse välja veebruaris 2038',
  'Töörühma järgmine koosolek toimub märtsis 2038 Rõuges'],
 pub='2037-11-26')
