from h import *
F = 'indkaldelse-generalforsamling-2034_symbiosecluster.txt'
T = '''Vestsjællands Symbiose- og Bioklynge
Kalundborg · Holbæk · Slagelse

INDKALDELSE TIL ORDINÆR GENERALFORSAMLING 2034

Kalundborg, den 6. marts 2034

Kære medlemmer

Bestyrelsen indkalder hermed til ordinær generalforsamling i foreningen Vestsjællands Symbiose- og Bioklynge (VSB) i henhold til vedtægternes § 8.

Tid: torsdag den 27. april 2034 kl. 15.00–17.00
Sted: Kalundborg Symbiosis Center, Hareskovvej 2, 4400 Kalundborg (mødelokale "Fjorden")

Generalforsamlingen holdes i forbindelse med klyngens forårsseminar "Fra restprodukt til råvare", som begynder samme dag kl. 12.30 med frokost. Efter generalforsamlingen er der middag i kantinen hos Novonesis A/S for de tilmeldte.

DAGSORDEN

1. Valg af dirigent og referent
2. Bestyrelsens beretning for 2033 v/ formand Henrik Møller-Sørensen
3. Fremlæggelse og godkendelse af revideret årsregnskab 2033
4. Fremlæggelse af handlingsplan og budget for 2034–2035
5. Fastsættelse af kontingent for 2035
6. Behandling af indkomne forslag
   a) Forslag fra bestyrelsen om ændring af vedtægternes § 5 (optagelse af uddannelsesinstitutioner som associerede medlemmer)
   b) Forslag fra Holbæk Erhvervsforum om et fælles sekretariat med Erhvervshus Sjælland
7. Valg af bestyrelsesmedlemmer
   På valg er:
   - Henrik Møller-Sørensen, Novonesis A/S (modtager genvalg)
   - Birgitte Skov Lauridsen, Slagelse Kommune (modtager genvalg)
   - Jens Peter Kjærgaard, Kalundborg Forsyning A/S (modtager ikke genvalg)
   Bestyrelsen foreslår nyvalg af Dr. Sofie Andersen-Thygesen, sektionsleder, Danmarks Tekniske Universitet (DTU Biosustain).
8. Valg af suppleanter
   Bestyrelsen foreslår genvalg af Mads Vestergaard, Equinor Refining Denmark A/S, og nyvalg af Camilla Kruse, Gyproc A/S.
9. Valg af revisor
   Bestyrelsen foreslår genvalg af Beierholm Statsautoriseret Revisionspartnerselskab, Holbæk.
10. Eventuelt

FORSLAG OG TILMELDING

Forslag, der ønskes behandlet på generalforsamlingen, skal være bestyrelsen i hænde senest torsdag den 13. april 2034. Forslag sendes til klyngens sekretariat. Endelig dagsorden og alle bilag udsendes senest den 20. april 2034.

Tilmelding til generalforsamling, seminar og middag sker via medlemsportalen senest fredag den 21. april 2034. Hvert medlem har én stemme. Et medlem kan give fuldmagt til et andet medlem; et medlem kan højst repræsentere to fuldmagter. Fuldmagtsblanketten findes på medlemsportalen.

FORÅRSSEMINAR "FRA RESTPRODUKT TIL RÅVARE" – 27. APRIL 2034

12.30 Frokost og netværk
13.15 Velkomst v/ klyngechef Louise Brandt Winther
13.25 "Symbiosen efter 2030: nye strømme af CO2, varme og protein" v/ Anders Holm Rasmussen, direktør, Kalundborg Symbiose
13.55 "Biogas og grønne gødningsprodukter på Vestsjælland" v/ Pernille Dalsgaard, forretningsudvikler, Nature Energy Biogas A/S
14.25 Kaffe
14.40 Kort præsentation af tre nye medlemmer: FjordProtein ApS, Sorø Alger I/S og Holbæk Plast A/S
15.00 Generalforsamling (se dagsorden ovenfor)
17.30 Middag

BERETNING I KORT FORM

2033 var et år med vækst: klyngen fik 14 nye medlemmer og tæller nu 96 virksomheder, kommuner og videninstitutioner. Klyngen gennemførte 22 arrangementer, heriblandt Symbiose-konferencen i Kalundborg den 19. september 2033 med 240 deltagere og en studietur til Rotterdam (Holland) den 14.–15. november 2033. Sammen med Danmarks Erhvervsfremmebestyrelse og Region Sjælland blev der sat tre nye innovationsprojekter i gang. Klyngen deltog desuden i den europæiske netværksindsats under European Cluster Collaboration Platform (ECCP).

I 2034 vil bestyrelsen især arbejde med tre indsatser: en fælles kortlægning af restvarme og CO2-strømme i Vestsjælland, et kompetenceforløb for driftsledere sammen med Zealand – Sjællands Erhvervsakademi og en styrket indsats for at tiltrække internationale partnere, blandt andet gennem klyngens deltagelse i en europæisk matchmaking om industriel symbiose i efteråret.

PRAKTISKE OPLYSNINGER

Kalundborg Symbiosis Center ligger ti minutters gang fra Kalundborg Station. Der er gratis parkering ved bygningen. Medlemmer fra Slagelse og Holbæk kan tilmelde sig fælles bustransport; bussen kører fra Slagelse Station kl. 11.15 og fra Holbæk Station kl. 11.45. Deltagelse i seminar og generalforsamling er gratis for medlemmer; middagen koster 350 kr. pr. person.

Den fulde beretning, regnskabet og handlingsplanen 2034–2035 vedlægges den endelige dagsorden.

Vel mødt!

Med venlig hilsen
På bestyrelsens vegne

Henrik Møller-Sørensen
Formand

Louise Brandt Winther
Klyngechef, Vestsjællands Symbiose- og Bioklynge
Tlf. +45 00 00 00 00 · lbw@vsb-klynge.example

Vestsjællands Symbiose- og Bioklynge · CVR 00000000 · www.vsb-klynge.example
'''
write_text(F, T)
V = 'Vestsjællands Symbiose- og Bioklynge'
gold(F, '2034-03-06',
 [P('Henrik Møller-Sørensen','formand',V),
  P('Birgitte Skov Lauridsen',None,'Slagelse Kommune'),
  P('Jens Peter Kjærgaard',None,'Kalundborg Forsyning A/S'),
  P('Sofie Andersen-Thygesen','sektionsleder','Danmarks Tekniske Universitet'),
  P('Mads Vestergaard',None,'Equinor Refining Denmark A/S'),
  P('Camilla Kruse',None,'Gyproc A/S'),
  P('Louise Brandt Winther','klyngechef',V),
  P('Anders Holm Rasmussen','direktør','Kalundborg Symbiose'),
  P('Pernille Dalsgaard','forretningsudvikler','Nature Energy Biogas A/S')],
 [O(V,'VSB'),O('Novonesis A/S'),O('Holbæk Erhvervsforum'),O('Erhvervshus Sjælland'),O('Slagelse Kommune'),
  O('Kalundborg Forsyning A/S'),O('Danmarks Tekniske Universitet'),O('DTU Biosustain'),O('Equinor Refining Denmark A/S'),O('Gyproc A/S'),
  O('Beierholm Statsautoriseret Revisionspartnerselskab'),O('Kalundborg Symbiose'),O('Nature Energy Biogas A/S'),O('FjordProtein ApS'),
  O('Sorø Alger I/S'),O('Holbæk Plast A/S'),O('Danmarks Erhvervsfremmebestyrelse'),O('Region Sjælland'),O('European Cluster Collaboration Platform','ECCP'),O('Zealand – Sjællands Erhvervsakademi')],
 [E('ordinær generalforsamling 2034','2034-04-27',None,'Kalundborg','Denmark'),
  E('Forårsseminar "Fra restprodukt til råvare"','2034-04-27',None,'Kalundborg','Denmark'),
  E('Symbiose-konferencen','2033-09-19',None,'Kalundborg','Denmark'),
  E('studietur til Rotterdam','2033-11-14','2033-11-15','Rotterdam','Netherlands')],
 ['2034-03-06','2034-04-27','2033','2034/2035','2035','2034-04-13','2034-04-20','2034-04-21','2033-09-19','2033-11-14/2033-11-15','2034','2030'],
 [])
