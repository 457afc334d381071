from h import *
F = 'g08_lietuvos_klasteriu_tinklas_biuletenis.md'
assert wd(2035,5,17)=='Thursday' and wd(2035,6,7)=='Thursday' and wd(2035,4,26)=='Thursday' and wd(2035,5,3)=='Thursday'
T = """# Lietuvos klasterių tinklo biuletenis Nr. 2 (2035 m. gegužė)

*Išleista 2035 m. gegužės 3 d. · Lietuvos klasterių tinklas (LKT) · Vilnius*

[Pradžia](/) · [Apie tinklą](/apie) · [Nariai](/nariai) · [Naujienos](/naujienos) · [Renginiai](/renginiai) · [EN](/en)

---

## Pirmininkės žodis

Mieli kolegos, per pirmuosius keturis šių metų mėnesius į tinklą įstojo šeši nauji klasteriai, o mūsų nariai
dabar vienija daugiau nei 1 100 įmonių. Tai rodo, kad klasteriai Lietuvoje nebėra tik projektų įrankis.
Šiemet daugiausia dėmesio skirsime regionams: Alytaus, Utenos ir Tauragės apskrityse klasterių vis dar mažai.

*Dr. Rasa Vaitkevičiūtė, LKT valdybos pirmininkė*

---

## Nauji tinklo nariai

Valdyba 2035 m. balandžio 26 d. posėdyje patvirtino šiuos naujus narius:

1. **Dzūkijos medienos klasteris** (Alytus) – 14 įmonių, koordinatorius VšĮ Alytaus verslo inkubatorius
2. **Baltijos jūrinių technologijų klasteris** (Klaipėda) – 22 nariai
3. **Utenos maisto inovacijų klasteris** – 9 nariai, koordinatorė Utenos kolegija
4. **„Žalioji chemija LT“** (Kėdainiai) – 11 narių
5. **Tauragės logistikos klasteris** – 8 nariai
6. **Vilniaus fotonikos klasteris „LaserValley“** – 17 narių

Tinklą šiuo metu sudaro 48 klasteriai.

## Paskyrimai

- **Mindaugas Paulauskas** – naujasis LKT vykdantysis direktorius nuo 2035 m. birželio 1 d. (anksčiau –
  projektų skyriaus vadovas, Kauno mokslo ir technologijų parkas).
- **Ieva Stankevičiūtė-Bružė** – naujoji Dzūkijos medienos klasterio vadovė.
- **Prof. Tomas Žukauskas** (Kauno technologijos universitetas) – LKT mokslo tarybos pirmininkas
  2035–2038 m. kadencijai.
- **Eglė Razmienė**, Ekonomikos ir inovacijų ministerija, Pramonės politikos skyriaus vedėja, bus ministerijos
  atstovė tinklo valdyboje.
- **Justas Baranauskas** – Inovacijų agentūros klasterių programos vadovas (Inovacijų agentūra).

## Naujienos trumpai

- **Klasterių forumas 2035.** Kasmetinis Lietuvos klasterių forumas vyks 2035 m. gegužės 17 d. (ketvirtadienį)
  Kaune, „Žalgirio“ arenos konferencijų centre. Pranešimą skaitys Kristof Van den Abeele, patarėjas (Europos Komisija, Vidaus
  rinkos, pramonės, verslumo ir MVĮ generalinis direktoratas). Forumo programoje – trys diskusijos, klasterių
  mugė ir 14.00 val. dalykiniai susitikimai (B2B). Apdovanojimų vakaras „Metų klasteris 2035“ vyks tą patį
  vakarą 19.00 val.
- **Partnerystė su Latvija.** Balandžio 12 d. LKT pasirašė bendradarbiavimo sutartį su Latvijos klasterių
  asociacija (LKA). Sutartį pasirašė LKA prezidentas Jānis Ozoliņš.
- **Tyrimas.** Tyrimą atliko Lietuvos inovacijų centras (LIC). Jis rodo, kad klasterių narės eksportuoja vidutiniškai
  1,6 karto daugiau nei kitos tos pačios šakos įmonės.

## Nario pristatymas: Dzūkijos medienos klasteris

Alytaus apskrities medienos perdirbėjai susibūrė dar 2033 m., tačiau tik šiemet klasteris įgijo aiškią
struktūrą ir koordinatorių. Nariai gamina baldų detales, langus ir klijuotą medieną, o bendras jų metinis
eksportas siekia apie 60 mln. eurų. Klasterio vadovė sako, kad pirmas darbas – bendras pardavimų atstovas
Skandinavijoje ir bendri mokymai operatoriams, nes kvalifikuotų darbuotojų regione labai trūksta. Klasteris
taip pat ketina kartu su Alytaus profesinio rengimo centru atidaryti mokomąją dirbtuvę ir pakviesti į ją
mokinius iš aplinkinių rajonų. Pirmieji mokymai numatyti rudenį, o dirbtuvės atidarymas – 2036 m. pradžioje.

## Iš valdybos posėdžio

Balandžio 26 d. valdyba taip pat aptarė tinklo narių mokesčius ir nusprendė, kad 2035 m. jie nesikeis.
Valdyba pritarė siūlymui kartu su regionų plėtros tarybomis parengti klasterių žemėlapį, kuriame būtų matyti,
kurios savivaldybės dar neturi nė vieno klasterio nario. Žemėlapį rengs tinklo sekretoriatas, o pirmąjį jo
variantą planuojama pristatyti forume Kaune. Taip pat nutarta kasmet rengti bent du mokymus klasterių
vadovams, pirmiausia apie tarptautinių projektų rengimą ir narių paslaugų kainodarą.

## Renginiai

| Data | Renginys | Vieta |
|---|---|---|
| 2035-05-17 | Lietuvos klasterių forumas 2035 | Kaunas |
| 2035-05-24 | Internetinis seminaras „Kaip tapti Euroklasterio partneriu“ | nuotoliu |
| 2035-06-07 | Regioninis susitikimas su Alytaus klasteriais | Alytus |
| 2035-06-19–21 | Studijų vizitas į Suomijos klasterius | Tamperė |

Paraiškų teikimo terminas klasterių plėtros kvietimui – 2035 m. birželio 30 d.

## Kontaktai

Lietuvos klasterių tinklas · Gedimino pr. 00, Vilnius · info@lkt.example.lt
Komunikacijos vadovė Aistė Morkūnienė, tel. +370 600 00000

[Atsisakyti prenumeratos](/atsisakyti) · [Ankstesni numeriai](/archyvas): Nr. 1 (2035 m. vasaris), Nr. 4 (2034 m. gruodis)
"""
write(F, T)
LKT='Lietuvos klasterių tinklas'
gold(F,
 [P('Rasa Vaitkevičiūtė','valdybos pirmininkė','LKT'),
  P('Mindaugas Paulauskas','vykdantysis direktorius','LKT'),
  P('Ieva Stankevičiūtė-Bružė','vadovė','Dzūkijos medienos klasteris'),
  P('Tomas Žukauskas','mokslo tarybos pirmininkas','LKT'),
  P('Eglė Razmienė','Pramonės politikos skyriaus vedėja','Ekonomikos ir inovacijų ministerija'),
  P('Justas Baranauskas','klasterių programos vadovas','Inovacijų agentūra'),
  P('Kristof Van den Abeele','patarėjas','Vidaus rinkos, pramonės, verslumo ir MVĮ generalinis direktoratas'),
  P('Jānis Ozoliņš','prezidentas','LKA'),
  P('Aistė Morkūnienė','Komunikacijos vadovė',LKT)],
 [O(LKT,'LKT'), O('Dzūkijos medienos klasteris'), O('VšĮ Alytaus verslo inkubatorius'),
  O('Baltijos jūrinių technologijų klasteris'), O('Utenos maisto inovacijų klasteris'), O('Utenos kolegija'),
  O('Žalioji chemija LT'), O('Tauragės logistikos klasteris'), O('Vilniaus fotonikos klasteris „LaserValley“'),
  O('Kauno mokslo ir technologijų parkas'), O('Kauno technologijos universitetas'),
  O('Ekonomikos ir inovacijų ministerija'), O('Inovacijų agentūra'),
  O('Europos Komisija'), O('Vidaus rinkos, pramonės, verslumo ir MVĮ generalinis direktoratas'), O('Alytaus profesinio rengimo centru'),
  O('Latvijos klasterių asociacija','LKA'), O('Lietuvos inovacijų centras','LIC')],
 [E('Lietuvos klasterių forumas 2035','2035-05-17',None,'Kaunas','Lithuania'),
  E('Internetinis seminaras „Kaip tapti Euroklasterio partneriu“','2035-05-24',None,None,None),
  E('Regioninis susitikimas su Alytaus klasteriais','2035-06-07',None,'Alytus','Lithuania'),
  E('Studijų vizitas į Suomijos klasterius','2035-06-19','2035-06-21','Tamperė','Finland'),
  E('valdybos posėdis','2035-04-26',None,None,None), E('dalykiniai susitikimai (B2B)','2035-05-17',None,'Kaunas','Lithuania'), E('Apdovanojimų vakaras „Metų klasteris 2035“','2035-05-17',None,'Kaunas','Lithuania')],
 ['2035-05','2035-05-03','2035-04-26','2035-06-01','2035/2038','2035-05-17','2035-04-12','2035-05-24','2035-06-07',
  '2035-06-19/2035-06-21','2035-06-30','2035-02','2034-12','2033','2036','2035'],
 [], pub='2035-05-03')
