from h import *
F = 'vendsyssel-foedevaredage-tidligere-udgaver.md'
T = """[Forside](/) › [Arrangementer](/arrangementer) › Vendsyssel Fødevaredage

# Vendsyssel Fødevaredage – klyngens årlige mødested siden 2026

*Senest opdateret 12. januar 2034 af Sekretariatet, Food Tech Nord*

Vendsyssel Fødevaredage er Food Tech Nords største arrangement. Hvert år samler vi virksomheder, forskere, kommuner og uddannelsesinstitutioner fra hele Nordjylland til to dage med oplæg, virksomhedsbesøg og netværk. Arrangementet flytter rundt mellem byerne i Vendsyssel, så deltagerne hvert år får et nyt stykke af fødevareerhvervet at se – fra fiskeindustrien i Skagen og Hirtshals til mejerier og planteproteiner i det indre land.

Arrangementet er støttet af Hjørring Kommune, Frederikshavn Kommune, Brønderslev Kommune og Region Nordjylland og gennemføres i samarbejde med Erhvervshus Nordjylland og Aalborg Universitet.

## Næste udgave: Vendsyssel Fødevaredage 2034

**Torsdag den 7. og fredag den 8. september 2034 i Hjørring**
Sted: Vendsyssel Teater og Hjørring Erhvervsakademi (UCN), Hjørring

Tema: *Protein fra havet og marken – fra pilotanlæg til hylde*

Blandt de bekræftede oplægsholdere er:

- Mette Vinding Poulsen, klyngedirektør, Food Tech Nord
- Søren Kjærgaard, borgmester, Hjørring Kommune
- professor Lene Holm Østergaard, Institut for Kemi og Biovidenskab, Aalborg Universitet
- Jens-Erik Brøndum, administrerende direktør, Vendsyssel Havprotein A/S
- Dr. Astrid Nyhus, seniorforsker, Nofima (Norge)
- Ingrid Lindqvist-Mäkelä, Business Finland

Programmet offentliggøres den 1. maj 2034. Tilmelding åbner samme dag og lukker fredag den 25. august 2034. Første dag slutter med klyngemiddag på Hotel Phønix torsdag aften kl. 19.00; anden dag byder på virksomhedsbesøg hos tre medlemsvirksomheder.

## Tidligere udgaver

| År | By | Tema | Deltagere |
|---|---|---|---|
| 2033 | Frederikshavn | Fiskeriets sidestrømme | 310 |
| 2032 | Brønderslev | Mejeri og klima | 280 |
| 2031 | Skagen | Turisme og lokale råvarer | 240 |
| 2030 | Sæby | Digitalisering i fødevareproduktionen | 220 |
| 2029 | Hjørring | Emballage og cirkulær økonomi | 205 |
| 2028 | Hirtshals | Akvakultur | 190 |
| 2027 | – | aflyst | – |
| 2026 | Hjørring | Første udgave: "Hvad kan Vendsyssel?" | 120 |

### 2033 – Frederikshavn

Den ottende udgave fandt sted den 14.–15. september 2033 på Frederikshavn Havn. Åbningstalen blev holdt af erhvervsminister Karen Bach Sørensen, og Dr. Pieter De Smedt fra Europa-Kommissionen (DG GROW) fortalte om de europæiske klyngepartnerskaber. Omkring 310 deltagere deltog, og der blev holdt 84 B2B-møder.

### 2032 – Brønderslev

Den syvende udgave fandt sted den 8.–9. september 2032 i Brønderslev Hallerne. Hovedtaleren var Anne-Marie Vestergaard Ravn, formand for Landbrug & Fødevarer. Mejerisessionen blev ledet af Thomas Ørum-Jensen fra Arla Foods.

### 2031 – Skagen

Udgaven i Skagen blev holdt sammen med Skagen Turistforening og satte fokus på lokale råvarer i restauranterne. Deltagerne besøgte Skagen Fiskerestaurant og Skagen Bryghus.

## Hvorfor deltage?

- Mød over 60 nordjyske fødevarevirksomheder på to dage.
- Hør om nye finansieringsmuligheder fra Danmarks Eksport- og Investeringsfond (EIFO) og Innovationsfonden.
- Se pilotanlæg og produktionslinjer, som normalt ikke er åbne for besøgende.
- Book B2B-møder med købere fra Norge, Sverige og Tyskland.

## Sådan blev 2033 modtaget

I evalueringen efter udgaven i Frederikshavn gav 87 procent af deltagerne arrangementet karakteren "godt" eller "meget godt". Mange ønskede mere tid til virksomhedsbesøg og færre oplæg fra scenen. Det har vi lyttet til: I 2034 bliver hele fredagen brugt på besøg, og plenumprogrammet om torsdagen afkortes til tre timer. Som noget nyt inviterer vi desuden studerende fra UCN til at præsentere deres afgangsprojekter i pauserne.

## Praktisk

Deltagelse koster 950 kr. for medlemmer af Food Tech Nord og 1.800 kr. for ikke-medlemmer (ekskl. moms). Prisen dækker begge dage, frokost og klyngemiddagen. Studerende deltager gratis, men skal tilmelde sig.

Kontakt: projektleder Sofie Kragh Laursen, sofie@foodtechnord.dk, tlf. 96 24 18 30.

---

Food Tech Nord · Niels Ebbesens Vej 8 · 9800 Hjørring · CVR 41 22 87 90
[Privatlivspolitik](/privatliv) · [Cookies](/cookies) · [Nyhedsbrev](/nyhedsbrev) · Følg os på LinkedIn
"""
write(F, T)
gold(F, [P('Mette Vinding Poulsen','klyngedirektør','Food Tech Nord'), P('Søren Kjærgaard','borgmester','Hjørring Kommune'),
 P('Lene Holm Østergaard','professor','Aalborg Universitet'), P('Jens-Erik Brøndum','administrerende direktør','Vendsyssel Havprotein A/S'),
 P('Astrid Nyhus','seniorforsker','Nofima'), P('Ingrid Lindqvist-Mäkelä',None,'Business Finland'),
 P('Karen Bach Sørensen','erhvervsminister',None), P('Pieter De Smedt',None,'DG GROW'),
 P('Anne-Marie Vestergaard Ravn','formand','Landbrug & Fødevarer'), P('Thomas Ørum-Jensen',None,'Arla Foods'),
 P('Sofie Kragh Laursen','projektleder','Food Tech Nord')],
 [O('Food Tech Nord'), O('Hjørring Kommune'), O('Frederikshavn Kommune'), O('Brønderslev Kommune'), O('Region Nordjylland'),
  O('Erhvervshus Nordjylland'), O('Aalborg Universitet'), O('Hjørring Erhvervsakademi','UCN'), O('Vendsyssel Havprotein A/S'),
  O('Nofima'), O('Business Finland'), O('Europa-Kommissionen'), O('DG GROW'), O('Landbrug & Fødevarer'), O('Arla Foods'),
  O('Skagen Turistforening'), O('Skagen Fiskerestaurant'), O('Skagen Bryghus'),
  O('Danmarks Eksport- og Investeringsfond','EIFO'), O('Innovationsfonden'), O('Institut for Kemi og Biovidenskab')],
 [E('Vendsyssel Fødevaredage 2034','2034-09-07','2034-09-08','Hjørring','Denmark'),
  E('klyngemiddag','2034-09-07','2034-09-07','Hjørring','Denmark'),
  E('virksomhedsbesøg','2034-09-08','2034-09-08',None,'Denmark'),
  E('Vendsyssel Fødevaredage (2033 edition)','2033-09-14','2033-09-15','Frederikshavn','Denmark'),
  E('Vendsyssel Fødevaredage (2032 edition)','2032-09-08','2032-09-09','Brønderslev','Denmark'),
  E('Vendsyssel Fødevaredage (2031 edition)','2031','2031','Skagen','Denmark'),
  E('Vendsyssel Fødevaredage (2030 edition)','2030','2030','Sæby','Denmark'),
  E('Vendsyssel Fødevaredage (2029 edition)','2029','2029','Hjørring','Denmark'),
  E('Vendsyssel Fødevaredage (2028 edition)','2028','2028','Hirtshals','Denmark'),
  E('Vendsyssel Fødevaredage (2026 edition)','2026','2026','Hjørring','Denmark')],
 ['2026','2034-01-12','2034-09-07/2034-09-08','2034-05-01','2034-08-25','2033','2032','2031','2030','2029','2028','2027',
  '2033-09-14/2033-09-15','2032-09-08/2032-09-09'], [], pub='2034-01-12')
