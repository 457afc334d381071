from h import *
F = 'g13_skive_foedevareklynge_generalforsamling.md'
assert wd(2037,4,23)=='Thursday' and wd(2037,5,19)=='Tuesday' and wd(2037,8,27)=='Thursday'
T = """# Referat af ordinær generalforsamling i Fødevareklynge Salling & Fjends

**Torsdag den 23. april 2037 kl. 16.00–18.30, GreenLab Skive, Spøttrupvej 5, Skive**

*Offentliggjort på klyngens hjemmeside 28. april 2037 · Referent: Mette Kjærgaard Vestergaard*

[Forside](/) › [Om klyngen](/om) › [Generalforsamling](/generalforsamling) · Del: [LinkedIn](#) · [Facebook](#)

Til stede var 34 medlemmer, der repræsenterede 29 virksomheder og organisationer, samt fire gæster, heriblandt borgmester Peder Kjærsgaard Lund fra Skive Kommune og erhvervschef Lone Riis Hjorth fra Business Viborg.

## 1. Valg af dirigent

Bestyrelsen foreslog advokat Søren Dahl Kvist (Kvist & Bak Advokater, Skive), som blev valgt med akklamation. Dirigenten konstaterede, at generalforsamlingen var lovligt indkaldt den 26. marts 2037 i henhold til vedtægterne.

## 2. Formandens beretning

Formand Hanne Thøgersen (Jesperhus Mejeri A/S) aflagde beretning for 2036. Klyngen har fået 11 nye medlemmer og tæller nu 87. Året bød på et fælles eksportfremstød til Hamborg, et kursusforløb i automatisering for 42 medarbejdere i samarbejde med Erhvervsakademi Dania, og en undersøgelse af fælles brug af overskudsvarme fra biogasanlægget i Glyngøre.

Formanden fremhævede samarbejdet med Food & Bio Cluster Denmark og Fødevarestyrelsen om en fælles vejledning for små producenter. Hun takkede Energi Salling og Sparekassen Skive for sponsorater til klyngens årsmøde i Roslev i oktober 2036.

Beretningen blev taget til efterretning.

Under drøftelsen af beretningen spurgte flere medlemmer, om klyngen kan hjælpe de mindste virksomheder med at finde kvalificeret arbejdskraft. Formanden svarede, at bestyrelsen vil tage emnet op på sit første møde og undersøge et samarbejde med jobcentret. Et medlem foreslog desuden, at klyngen laver en fælles oversigt over ledig lagerkapacitet og køleplads, så virksomhederne lettere kan hjælpe hinanden i travle perioder. Forslaget blev modtaget positivt og sendes videre til bestyrelsen.

## 3. Regnskab

Kasserer Bo Lindgaard Pedersen fremlagde det reviderede regnskab for 2036, som viste et overskud på 48.300 kr. Regnskabet blev godkendt uden bemærkninger.

## 4. Budget og kontingent

Budgettet for 2037 blev godkendt. Kontingentet fastholdes på 2.500 kr. for virksomheder med under 10 ansatte og 6.000 kr. for øvrige.

## 5. Indkomne forslag

Der var ikke indkommet forslag. Dirigenten mindede om, at forslag til næste års generalforsamling skal være bestyrelsen i hænde senest fire uger før mødet, og opfordrede medlemmerne til at bruge muligheden. Bestyrelsen vil i løbet af året også invitere medlemmerne til et idémøde om klyngens strategi for de kommende tre år, hvor især de små producenters ønsker skal høres.

## 6. Valg til bestyrelsen

På valg var Hanne Thøgersen og Jens-Ole Bach. Begge blev genvalgt for to år. Som nyt medlem blev valgt Amalie Strøm Nielsen (Fjordkød ApS), der afløser Karsten Hedegaard, som ikke ønskede genvalg.

Bestyrelsen konstituerede sig efterfølgende således:
- formand: Hanne Thøgersen
- næstformand: Jens-Ole Bach (Skive Handelsskole)
- kasserer: Bo Lindgaard Pedersen (Sparekassen Skive)
- menige medlemmer: Amalie Strøm Nielsen og Tove Rask (Salling Økologi)

Som suppleant blev valgt Morten Brix Sørensen (Glyngøre Fiskeindustri).

## 7. Valg af revisor

BDO, Skive, blev genvalgt.

## 8. Eventuelt

Klyngekoordinator Mette Kjærgaard Vestergaard orienterede om kommende aktiviteter:
- virksomhedsbesøg hos Spøttrup Frugtplantage tirsdag den 19. maj 2037
- Fødevaredag Salling torsdag den 27. august 2037 i Roslev
- fælles stand på messen Foodexpo i Herning i marts 2038

Borgmester Peder Kjærsgaard Lund takkede klyngen for samarbejdet og fortalte, at kommunen vil afsætte midler til en fælles klyngemedarbejder fra 2038.

Dirigenten takkede for god ro og orden, og generalforsamlingen blev afsluttet kl. 18.30 med en let anretning.

Referent: Mette Kjærgaard Vestergaard
Godkendt af dirigent: Søren Dahl Kvist
"""
write(F, T)
K = "Fødevareklynge Salling & Fjends"
gold(F,
 [P("Mette Kjærgaard Vestergaard","Klyngekoordinator",K),
  P("Peder Kjærsgaard Lund","borgmester","Skive Kommune"),
  P("Lone Riis Hjorth","erhvervschef","Business Viborg"),
  P("Søren Dahl Kvist","advokat","Kvist & Bak Advokater"),
  P("Hanne Thøgersen","formand",K),
  P("Bo Lindgaard Pedersen","kasserer",K),
  P("Jens-Ole Bach","næstformand",K),
  P("Amalie Strøm Nielsen","medlem",K),
  P("Karsten Hedegaard",None,None),
  P("Tove Rask","medlem",K),
  P("Morten Brix Sørensen","suppleant",K)],
 [O(K), O("Skive Kommune"), O("Business Viborg"), O("Kvist & Bak Advokater"),
  O("Jesperhus Mejeri A/S"), O("Erhvervsakademi Dania"), O("Food & Bio Cluster Denmark"), O("Fødevarestyrelsen"),
  O("Energi Salling"), O("Sparekassen Skive"), O("Fjordkød ApS"), O("Skive Handelsskole"), O("Salling Økologi"),
  O("Glyngøre Fiskeindustri"), O("BDO"), O("Spøttrup Frugtplantage")],
 [E("ordinær generalforsamling","2037-04-23",None,"Skive","Denmark"),
  E("eksportfremstød","2036",None,"Hamborg","Germany"),
  E("årsmøde","2036-10",None,"Roslev","Denmark"),
  E("virksomhedsbesøg hos Spøttrup Frugtplantage","2037-05-19",None,None,"Denmark"),
  E("Fødevaredag Salling","2037-08-27",None,"Roslev","Denmark"),
  E("Foodexpo","2038-03",None,"Herning","Denmark")],
 ["2037-04-23","2037-04-28","2037-03-26","2036","2036-10","2037","2037-05-19","2037-08-27","2038-03","2038"],
 [], pub="2037-04-28")
