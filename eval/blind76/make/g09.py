from h import *
F = 'vendsyssel-foedevareklynge-evaluering-resume-2034.md'
S = [
 "Klyngen har en stærk forankring blandt virksomhederne: 83 % af medlemmerne vurderer klyngens aktiviteter som relevante eller meget relevante for deres forretning.",
 "Sekretariatet er lille, men effektivt og har skabt tillid på tværs af fiskeindustri, mejerier og fødevareteknologi.",
 "Samarbejdet med Aalborg Universitet og Erhvervsakademi Dania har ført til 14 fælles udviklingsprojekter og to nye uddannelsesforløb.",
 "Klyngen har evnet at tiltrække eksterne midler: for hver krone i kontingent er der hentet 4,20 kr. i projektfinansiering.",
]
I = [
 "Klyngens strategi er bred og indeholder for mange indsatsområder i forhold til sekretariatets ressourcer.",
 "De mindste virksomheder, især enkeltmandsvirksomheder og iværksættere, deltager sjældent i projekterne.",
 "Der mangler systematisk opfølgning på effekterne for medlemmerne, fx omsætning, eksport og nye produkter.",
 "Det internationale samarbejde er begrænset til enkelte messer og bør bygges op omkring faste partnere i Norge og Tyskland.",
]
R = [
 "Klyngen bør reducere antallet af indsatsområder fra syv til tre: bæredygtig proteinproduktion, forarbejdning af fisk og automatisering.",
 "Bestyrelsen bør indføre en enkel effektmåling med årlig rapportering fra 2035.",
 "Der bør etableres et særligt tilbud til iværksættere, fx et rabatteret kontingent og et mentorprogram med erfarne ledere fra medlemsvirksomhederne.",
 "Klyngen bør indgå en formel samarbejdsaftale med mindst én norsk og én tysk fødevareklynge inden udgangen af 2035.",
]
T = f"""# Evaluering af Vendsyssel Fødevareklynge 2031–2034

## Resumé

*Udarbejdet af Nordisk Evaluering ApS for Vendsyssel Fødevareklynge og Business Region North Denmark · Hjørring, 11. december 2034*

### Baggrund

Vendsyssel Fødevareklynge blev etableret i 2031 som en forening med 42 stiftende medlemmer fra Hjørring, Frederikshavn, Brønderslev og Læsø. Klyngen har i dag 118 medlemmer: fiskeforarbejdningsvirksomheder, mejerier, slagterier, producenter af ingredienser, maskinleverandører samt uddannelses- og forskningsinstitutioner. Sekretariatet har til huse i Nordsøen Fødevarepark i Hirtshals og ledes af klyngechef Mette Kjærgaard-Poulsen.

Evalueringen er bestilt af klyngens bestyrelse og af Business Region North Denmark (BRN), som har finansieret klyngen med 9,6 mio. kr. i perioden 2031–2034. Formålet er at vurdere, om klyngen har nået sine mål, og at give anbefalinger til den næste strategiperiode 2035–2038.

### Metode

Evalueringen bygger på en spørgeskemaundersøgelse blandt alle medlemmer (svarprocent 61), 24 interviews med virksomhedsledere, forskere og repræsentanter for kommunerne, en analyse af klyngens regnskaber og projektdata samt en workshop med bestyrelsen i Hirtshals den 7. november 2034. Evalueringen er gennemført af Jonas Overgaard Nielsen og Dr. Ragnhild Tveit-Andersen fra Nordisk Evaluering ApS i perioden august–november 2034.

### Styrker

{chr(10).join('- ' + x for x in S)}

### Forbedringsområder

{chr(10).join('- ' + x for x in I)}

### Anbefalinger

{chr(10).join(f'{i}. ' + x for i, x in enumerate(R, 1))}

### Udvalgte resultater 2031–2034

| Indikator | Mål | Resultat |
|---|---|---|
| Medlemmer | 100 | 118 |
| Fælles udviklingsprojekter | 12 | 14 |
| Virksomheder i eksportforløb | 40 | 31 |
| Nye produkter på markedet | 20 | 23 |

Eksportforløbene nåede ikke målet, bl.a. fordi messen Seafood Expo Global 2033 i Barcelona blev gennemført med færre danske deltagere end planlagt. Til gengæld har de fælles projekter med Danmarks Tekniske Universitet (DTU) og Teknologisk Institut givet flere nye produkter end forventet.

### Bestyrelsens kommentar

Bestyrelsesformand Søren Damgaard Mikkelsen, administrerende direktør i Hirtshals Fiskeindustri A/S, takker for en grundig evaluering: „Vi tager anbefalingerne til os. Især fokuseringen og effektmålingen vil blive en del af den nye strategi, som generalforsamlingen skal vedtage til foråret."

Også Business Region North Denmark ser positivt på resultaterne. „Klyngen har vist, at små og store fødevarevirksomheder i Vendsyssel kan løfte i flok. Vi forventer at videreføre finansieringen, hvis fokuseringen gennemføres," siger direktør Lone Frost Sørensen fra BRN.

Den nye strategi forelægges på klyngens generalforsamling den 23. april 2035 i Frederikshavn. Evalueringsrapporten i fuld længde (64 sider) kan rekvireres hos sekretariatet på info@vendsysselfood.dk.

Kontakt: Mette Kjærgaard-Poulsen, klyngechef, tlf. +45 98 12 34 56 · Nordisk Evaluering ApS, Jonas Overgaard Nielsen, partner
"""
write(F, T)
V='Vendsyssel Fødevareklynge'
gold(F, [P('Mette Kjærgaard-Poulsen','klyngechef',V), P('Jonas Overgaard Nielsen','partner','Nordisk Evaluering ApS'),
 P('Ragnhild Tveit-Andersen',None,'Nordisk Evaluering ApS'),
 P('Søren Damgaard Mikkelsen','Bestyrelsesformand',V), P('Lone Frost Sørensen','direktør','BRN')],
 [O(V), O('Nordisk Evaluering ApS'), O('Business Region North Denmark','BRN'), O('Nordsøen Fødevarepark'), O('Aalborg Universitet'),
  O('Erhvervsakademi Dania'), O('Danmarks Tekniske Universitet','DTU'), O('Teknologisk Institut'), O('Hirtshals Fiskeindustri A/S')],
 [E('workshop med bestyrelsen','2034-11-07','2034-11-07','Hirtshals','Denmark'), E('Seafood Expo Global 2033','2033','2033','Barcelona','Spain'),
  E('generalforsamling','2035-04-23','2035-04-23','Frederikshavn','Denmark')],
 ['2031/2034','2034-12-11','2031','2035/2038','2034-11-07','2034-08/2034-11','2035','2035-04-23'],
 [x.rstrip('.') for x in S+I+R], pub='2034-12-11')
