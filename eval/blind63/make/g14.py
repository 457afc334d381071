from h import *
F = 'latgale-food-cluster-forum-rezekne-2034-report.md'
T = """Sākums / Jaunumi / Pasākumi

# Latgales Pārtikas klastera forums Rēzeknē pulcēja 230 dalībniekus

*Publicēts 2034. gada 24. oktobrī · Autore: Agnese Kalniņa-Vilcāne, komunikācijas speciāliste*

2034. gada 17. un 18. oktobrī Rēzeknē, koncertzālē "Gors", notika jau piektais Latgales Pārtikas klastera forums "Reģiona garša – Eiropas tirgus". Forumu organizēja biedrība "Latgales Pārtikas klasteris" sadarbībā ar Latgales plānošanas reģionu, Rēzeknes Tehnoloģiju akadēmiju un Latvijas Investīciju un attīstības aģentūru (LIAA). Divās dienās forumā piedalījās 230 dalībnieki no Latvijas, Lietuvas, Igaunijas, Polijas un Somijas – pārtikas ražotāji, zemnieki, pētnieki, pašvaldību pārstāvji un tirgotāji.

## Pirmā diena: eksports un zīmols

Forumu atklāja klastera valdes priekšsēdētājs Mārtiņš Zeltiņš-Gailis, kurš atgādināja, ka klasterī šobrīd ir 64 biedri, no kuriem 48 ir mazie un vidējie uzņēmumi. "Pirms pieciem gadiem mēs runājām par to, kā izdzīvot. Tagad mēs runājam par to, kā eksportēt," viņš sacīja.

Dalībniekus uzrunāja arī zemkopības ministre Dace Lāce-Ozoliņa un Rēzeknes valstspilsētas mēre Ināra Barkāne-Vjakse. Ministre uzsvēra, ka Latgales produktiem ar kopīgu reģionālo zīmolu ir lielākas iespējas Ziemeļvalstu tirgos.

Galveno uzrunu teica Dr. Tomasz Wróblewski no Podlasie pārtikas klastera (Polija), kurš stāstīja par to, kā Polijas austrumu reģions divdesmit gadu laikā kļuva par vienu no lielākajiem piena produktu eksportētājiem Eiropā. Pēc tam sekoja paneļdiskusija par eksportu uz Skandināviju, kurā piedalījās Līga Bērziņa (SIA "Latgales Kūpinājumi"), Jonas Petrauskas (Lietuvos maisto klasteris "Agrifood Lithuania") un Heidi Mäkinen-Sorsa (Business Finland). Diskusiju vadīja LIAA Rēzeknes biznesa inkubatora vadītājs Vladislavs Romanovskis.

Pēcpusdienā notika trīs paralēlas darba grupas: par pārtikas pārstrādi mazās saimniecībās, par iepakojumu un aprites ekonomiku un par pārtikas tūrismu. Vakarā forumā tika pasniegta balva "Latgales garša 2034". Šogad to saņēma piena pārstrādes uzņēmums SIA "Preiļu Siers Latgale" par jaunu kazas siera produktu līniju un ģimenes uzņēmums "Dundagas Ogas" no Krāslavas novada par mežogu pārstrādi.

## Otrā diena: pieredzes braucieni

Forumā otrajā dienā dalībnieki devās pieredzes braucienos uz trim uzņēmumiem: maizes ceptuvi "Aglonas Maize" Aglonā, zivju audzētavu SIA "Rāznas Zivis" Rāznas nacionālajā parkā un Rēzeknes Tehnoloģiju akadēmijas Pārtikas tehnoloģiju laboratoriju. Ārvalstu viesi no Lietuvas un Somijas apmeklēja arī Latgales Speciālās ekonomiskās zonas pārvaldi Daugavpilī, kur viņus uzņēma valdes loceklis Andris Kokins.

## Foruma secinājumi

Foruma noslēgumā klastera vadītāja Solvita Vanaga-Laizāne nolasīja galvenos secinājumus:

- Latgales pārtikas ražotājiem nepieciešams kopīgs reģionālais zīmols un kopīga dalība starptautiskās izstādēs
- Mazajām saimniecībām vajadzīgs atbalsts kopīgu pārstrādes telpu izveidei
- Sadarbība ar Lietuvas un Polijas klasteriem jāpaplašina, īstenojot kopīgus Interreg projektus
- Jauniešu piesaistei pārtikas nozarei jāsadarbojas ar profesionālajām skolām un Rēzeknes Tehnoloģiju akadēmiju

## Nākamie pasākumi

Klasteris jau plāno nākamos pasākumus. 2035. gada februārī klastera biedri kopīgā stendā piedalīsies izstādē "Riga Food" Rīgā, bet no 2035. gada 12. līdz 14. maijam notiks pieredzes brauciens uz Podlasie vojevodistes pārtikas uzņēmumiem Belostokā. Sestais forums notiks 2035. gada oktobrī Daugavpilī.

Forums tika organizēts Eiropas Reģionālās attīstības fonda līdzfinansētā projekta "Latgales Pārtikas klasteris 2033–2035" ietvaros. Paldies visiem runātājiem, dalībniekiem un brīvprātīgajiem!

## Forums skaitļos

Forumā piedalījās 230 dalībnieki, no tiem 41 ārvalstu viesis. Divu dienu laikā notika 96 iepriekš saplānotas biznesa tikšanās starp ražotājiem un tirgotājiem, un vismaz septiņas no tām jau ir beigušās ar pirmajiem pasūtījumiem. Darba grupās piedalījās vairāk nekā 120 cilvēku. Pārtikas tūrisma darba grupā tika nolemts izveidot kopīgu Latgales pārtikas maršrutu karti, ko klasteris kopā ar tūrisma informācijas centriem izdos līdz nākamā gada vasaras sezonai. Iepakojuma darba grupā dalībnieki vienojās kopīgi iepirkt videi draudzīgu iepakojumu, lai mazie ražotāji varētu samazināt izmaksas.

## Foruma organizatori un atbalstītāji

- Biedrība "Latgales Pārtikas klasteris" (organizators)
- Latgales plānošanas reģions
- Rēzeknes Tehnoloģiju akadēmija un tās Pārtikas tehnoloģiju laboratorija
- Latvijas Investīciju un attīstības aģentūra (LIAA) un LIAA Rēzeknes biznesa inkubators
- Latgales Speciālās ekonomiskās zonas pārvalde
- Podlasie pārtikas klasteris (Polija), sadarbības partneris

Foruma prezentācijas un fotogrāfijas pieejamas klastera mājaslapas sadaļā "Materiāli".

Kontakti: Solvita Vanaga-Laizāne, klastera vadītāja, tālr. +371 26 000 000, info@latgalesklasteris.example

Dalīties: Facebook · LinkedIn · X
"""
write(F, T)
LP='Latgales Pārtikas klasteris'; RTA='Rēzeknes Tehnoloģiju akadēmija'
gold(F,
 [P('Agnese Kalniņa-Vilcāne','komunikācijas speciāliste',None), P('Mārtiņš Zeltiņš-Gailis','valdes priekšsēdētājs',LP), P('Dace Lāce-Ozoliņa','zemkopības ministre',None),
  P('Ināra Barkāne-Vjakse','Rēzeknes valstspilsētas mēre',None), P('Tomasz Wróblewski',None,'Podlasie pārtikas klasteris'), P('Līga Bērziņa',None,'SIA "Latgales Kūpinājumi"'),
  P('Jonas Petrauskas',None,'Lietuvos maisto klasteris "Agrifood Lithuania"'), P('Heidi Mäkinen-Sorsa',None,'Business Finland'), P('Vladislavs Romanovskis','vadītājs','LIAA Rēzeknes biznesa inkubators'),
  P('Andris Kokins','valdes loceklis','Latgales Speciālās ekonomiskās zonas pārvalde'), P('Solvita Vanaga-Laizāne','klastera vadītāja',LP)],
 [O(LP), O('Latgales plānošanas reģions'), O('Rēzeknes Tehnoloģiju akadēmija'), O('Latvijas Investīciju un attīstības aģentūra','LIAA'), O('Podlasie pārtikas klasteris'),
  O('SIA "Latgales Kūpinājumi"'), O('Lietuvos maisto klasteris "Agrifood Lithuania"'), O('Business Finland'), O('LIAA Rēzeknes biznesa inkubators'),
  O('SIA "Preiļu Siers Latgale"'), O('Dundagas Ogas'), O('Aglonas Maize'), O('SIA "Rāznas Zivis"'), O('Pārtikas tehnoloģiju laboratorija'),
  O('Latgales Speciālās ekonomiskās zonas pārvalde')],
 [E('Latgales Pārtikas klastera forums "Reģiona garša – Eiropas tirgus"','2034-10-17','2034-10-18','Rēzekne','Latvia'), E('balva "Latgales garša 2034"','2034-10-17','2034-10-17','Rēzekne','Latvia'),
  E('pieredzes braucieni','2034-10-18','2034-10-18',None,None), E('Riga Food','2035-02','2035-02','Rīgā','Latvia'),
  E('pieredzes brauciens uz Podlasie vojevodistes pārtikas uzņēmumiem','2035-05-12','2035-05-14','Belostokā','Poland'), E('Sestais forums','2035-10','2035-10','Daugavpilī','Latvia')],
 ['2034-10-24','2034-10-17/2034-10-18','2035-02','2035-05-12/2035-05-14','2035-10','2033/2035'], km=[
  'Latgales pārtikas ražotājiem nepieciešams kopīgs reģionālais zīmols un kopīga dalība starptautiskās izstādēs',
  'Mazajām saimniecībām vajadzīgs atbalsts kopīgu pārstrādes telpu izveidei',
  'Sadarbība ar Lietuvas un Polijas klasteriem jāpaplašina, īstenojot kopīgus Interreg projektus',
  'Jauniešu piesaistei pārtikas nozarei jāsadarbojas ar profesionālajām skolām un Rēzeknes Tehnoloģiju akadēmiju'], pub='2034-10-24')
