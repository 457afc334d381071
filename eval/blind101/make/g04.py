from h import *
F = 'g04_aalesund_maritim_klynge_aarsrapport.txt'
assert wd(2038,3,18)=='Thursday' and wd(2037,6,3)=='Wednesday' and wd(2037,11,11)=='Wednesday'
T = """Hovedside | Om klyngen | Medlemmer | Prosjekter | Aktuelt | Kontakt          Søk    EN

ÅRSRAPPORT 2037 – HØYDEPUNKTER
Blue Maritime Cluster Ålesund
Publisert 18. mars 2038

Leders forord

2037 ble året da klyngen for alvor gikk fra ord til handling på grønn skipsfart. Vi har fått flere medlemmer, flere prosjekter og flere internasjonale kontakter enn noen gang. Samtidig merker bedriftene våre at ordrebøkene er blitt tynnere, og at kampen om ingeniører er hard.

Takk til alle medlemmer, til Møre og Romsdal fylkeskommune og til Innovasjon Norge for godt samarbeid.

Kristin Longva Solheim
styreleder, Blue Maritime Cluster

Året i tall
- 214 medlemmer ved utgangen av 2037 (198 i 2036), av dem 161 bedrifter
- 37 samarbeidsprosjekter, 11 av dem nye
- 96 millioner kroner i offentlig og privat prosjektfinansiering utløst
- 48 arrangementer med til sammen 3 870 deltakere
- 9 internasjonale delegasjoner tatt imot

Hovedresultater
1. Klyngen fikk status som Global Centre of Expertise (GCE) i Norwegian Innovation Clusters fra 1. juli 2037.
2. Pilotprosjektet for ammoniakkdrevne servicefartøy ble avsluttet med fullskalatest i Breisundet.
3. Fire nye medlemsbedrifter kom fra havbruk og havvind, og klyngen etablerte en egen faggruppe for havvind.
4. Sammen med NTNU i Ålesund ble det etablert et etter- og videreutdanningstilbud i maritim digitalisering med 64 studenter første år.

Årets arrangementer
- Klyngesamling og årsmøte, 3. juni 2037, Sunnmørsbadet konferansesenter, Ålesund
- Ocean Tech Week Ålesund, 21.–23. september 2037
- Studietur til Rotterdam og Antwerpen, 12.–15. oktober 2037
- Rekrutteringsdag for studenter, onsdag 11. november 2037, NTNU Ålesund
- Julemøte med medlemmene, 9. desember 2037

På årsmøtet ble Kristin Longva Solheim (Vard Group AS) gjenvalgt som styreleder. Nye styremedlemmer er Øyvind Hareide (Ulstein Group ASA) og Marte Fiskerstrand (Fiskerstrand Verft AS). Daglig leder Per Arne Vik la fram strategien for 2038–2041.

Faggrupper
Grønn framdrift – leder: Lars Ove Brunstad, Rolls-Royce Marine Ålesund
Havvind og havbruk – leder: Ingrid Rønneberg, Sintef Ocean
Digitalisering og autonomi – leder: Henrik Skeide, Kongsberg Maritime

Kompetanse
Rekruttering er den største utfordringen medlemmene melder om. Klyngen gjennomførte i 2037 en kartlegging blant 58 bedrifter som viste et behov for rundt 400 nye ingeniører og fagarbeidere de neste fem årene. Sammen med fagskolen og videregående skoler i regionen startet vi et traineeprogram der studenter roterer mellom tre medlemsbedrifter i løpet av et år. Første kull på tolv traineer startet i august 2037.

Internasjonalt
Klyngen deltok i European Maritime Cluster Network og var partner i Interreg North Sea-prosjektet GreenPort Link sammen med Port of Rotterdam og Flanders Maritime Cluster. I oktober tok vi imot en delegasjon fra Galicia organisert av Clúster do Naval Galego (ACLUNAGA).

Styret hadde seks møter i 2037 og behandlet blant annet ny medlemskontingent, strategien og søknaden om GCE-status. Administrasjonen besto ved årsskiftet av sju ansatte, to av dem i deltidsstillinger finansiert gjennom prosjekter.

Økonomi
Klyngen hadde i 2037 en omsetning på 19,4 millioner kroner og et overskudd på 0,6 millioner kroner. Medlemskontingenten utgjorde 28 prosent av inntektene.

Veien videre
I 2038 vil klyngen prioritere kompetanse, havvind og tilgang på kapital for små leverandører. Neste Ocean Tech Week er satt til 20.–22. september 2038.

Kontakt
Per Arne Vik, daglig leder | per.arne.vik@bluemaritime.no | +47 70 16 22 00
Blue Maritime Cluster, Keiser Wilhelms gate 22, 6003 Ålesund

Last ned hele årsrapporten (PDF) | Del på LinkedIn | Del på Facebook
Vi bruker informasjonskapsler (cookies). Les mer i vår personvernerklæring.
"""
write(F, T)
B='Blue Maritime Cluster'
gold(F,
 [P('Kristin Longva Solheim','styreleder',B),P('Øyvind Hareide','styremedlem',B),P('Marte Fiskerstrand','styremedlem',B),
  P('Per Arne Vik','daglig leder',B),P('Lars Ove Brunstad','leder',B),
  P('Ingrid Rønneberg','leder',B),P('Henrik Skeide','leder',B)],
 [O('Blue Maritime Cluster Ålesund'),O('Møre og Romsdal fylkeskommune'),O('Innovasjon Norge'),O('NTNU'),
  O('Vard Group AS'),O('Ulstein Group ASA'),O('Fiskerstrand Verft AS'),O('Rolls-Royce Marine Ålesund'),O('Sintef Ocean'),
  O('Kongsberg Maritime'),O('European Maritime Cluster Network'),O('Port of Rotterdam'),O('Flanders Maritime Cluster'),
  O('Clúster do Naval Galego','ACLUNAGA')],
 [E('Klyngesamling og årsmøte','2037-06-03',None,'Ålesund','Norway'),
  E('Ocean Tech Week Ålesund','2037-09-21','2037-09-23','Ålesund','Norway'),
  E('Studietur til Rotterdam og Antwerpen','2037-10-12','2037-10-15','Rotterdam, Antwerpen',None),
  E('Rekrutteringsdag for studenter','2037-11-11',None,'Ålesund','Norway'),
  E('Julemøte med medlemmene','2037-12-09'),
  E('Ocean Tech Week','2038-09-20','2038-09-22','Ålesund','Norway')],
 ['2038-03-18','2037','2036','2037-07-01','2037-06-03','2037-09-21/2037-09-23','2037-10-12/2037-10-15','2037-11-11','2037-12-09','2038/2041','2037-10','2038','2038-09-20/2038-09-22','2037-08'],
 ['Klyngen fikk status som Global Centre of Expertise (GCE) i Norwegian Innovation Clusters fra 1. juli 2037',
  'Pilotprosjektet for ammoniakkdrevne servicefartøy ble avsluttet med fullskalatest i Breisundet',
  'Fire nye medlemsbedrifter kom fra havbruk og havvind, og klyngen etablerte en egen faggruppe for havvind',
  'Sammen med NTNU i Ålesund ble det etablert et etter- og videreutdanningstilbud i maritim digitalisering med 64 studenter første år'],
 pub='2038-03-18')
