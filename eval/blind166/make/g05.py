from h import *
F = 'g05_novara_rice_district_quarterly-pdf.txt'
assert wd(2035,1,23)=='Tuesday' and wd(2035,2,6)=='Tuesday' and wd(2035,3,8)=='Thursday' and wd(2035,3,9)=='Friday' and wd(2035,4,12)=='Thursday'
H = "NOVARA RICE & AGRITECH DISTRICT · QUARTERLY NEWSLETTER · No. 1/2035"
def foot(n): return f"www.risonovara.example.it                                         page {n} of 3"
T = f"""{H}

RISAIA DIGITALE
News from the district, winter 2035

Editorial
When the district was founded in 2029, we were mostly a group of
rice farmers and two mills looking for a common voice towards the
Region. Six years later we count 112 members, among them seed com-
panies, drone operators, software houses and the Università del
Piemonte Orientale. The year ahead is about water: the last three
summers showed that the old flooding calendar no longer works in
the Sesia and Ticino plains.
Giulia Ferraris Bonomi, President

In this issue: water study results (p. 1) · open call (p. 2) · Rice
Innovation Forum (p. 2) · calendar (p. 3) · people (p. 3)

WATER STUDY: WHAT THE DATA SAY
At a public meeting in Novara on Tuesday 23 January 2035 the
district presented the results of its two-year study on alternate wetting and drying, car-
ried out on 36 farms with the
Consiglio per la ricerca in agricoltura e l'analisi dell'economia
agraria (CREA) and the irrigation
consortium Associazione d'Irrigazione Est Sesia. Water use fell by
a third on the test plots, while yields stayed within 4 per cent of
the control fields. The study team was led by agronomist Dr Matteo
Cerutti (CREA, Vercelli).

{foot(1)}
{H}

Recommendations
The study report closes with four recommendations to the Regione
Piemonte and to the consortia:
1. Make alternate wetting and drying eligible for agri-environment payments from the 2036 season
2. Fund soil-moisture sensors through a shared district scheme rather than farm by farm
3. Adapt the consortia's water-release calendars to the new practice
4. Train contractors, not only farmers, because they do most of the field work

OPEN CALL: PRECISION IRRIGATION PILOTS
Together with the Camera di Commercio Monte Rosa Laghi Alto
Piemonte, the district offers ten grants of up to EUR 8,000 to mem-
ber farms that want to test automated sluice gates or sensor net-
works in the 2035 season. Applications must be received by Thursday
8 March 2035 at 12 noon. An information evening will be held on
Tuesday 6 February 2035 at 18:30 at the district office in Novara.
Contact: Stefano Rolandi, innovation officer, bandi@risonovara.
example.it

RICE INNOVATION FORUM – SIXTH EDITION
The Rice Innovation Forum returns on 12 and 13 April 2035 to the
Castello Visconteo Sforzesco in Novara. The first day (Thursday)
brings together researchers and machinery makers; the second is a
field day on demonstration plots near Vespolate. Speakers include
Ana Lúcia Figueiredo (COTArroz, Portugal) and Jean-Baptiste
Reynaud of the Centre Français du Riz in Arles.

Previous editions of the forum:
2030 – Novara, 10–11 April 2030
2031 – Vercelli, 15–16 April 2031
2032 – Mortara, 13–14 April 2032
2033 – Novara, 19–20 April 2033
2034 – Vercelli, 11–12 April 2034

{foot(2)}
{H}

CALENDAR
- 6 February 2035 – information evening on the precision irrigation
  call, Novara
- 9 March 2035 – meeting of the district's scientific committee
- 12–13 April 2035 – Rice Innovation Forum, Novara and Vespolate
- May 2035 – visit of a delegation from the Camargue rice growers'
  union, with the Syndicat des Riziculteurs de France

PEOPLE
The assembly of members of 14 December 2034 appointed
Davide Locatelli as the district's new director. He previously worked for
ten years at Coldiretti Novara-VCO, latterly as head of the techni-
cal office. He succeeds Elisa Mainardi, who has joined the Regione
Piemonte's agriculture directorate.
Our board also welcomes Carlo Alberto Gambaro, owner of Riseria
Gambaro (Trecate), who replaces the late Pietro Zanetta.

Risaia Digitale is published four times a year by the Novara Rice &
Agritech District, Via Greppi 7, 28100 Novara. Editor:
Chiara Vestri. Printed on paper made from rice straw.

{foot(3)}
"""
write(F, T)
D = "Novara Rice & Agritech District"
gold(F,
 [P("Giulia Ferraris Bonomi","President",D),
  P("Matteo Cerutti","agronomist","CREA"),
  P("Stefano Rolandi","innovation officer",D),
  P("Ana Lúcia Figueiredo",None,"COTArroz"),
  P("Elisa Mainardi",None,"Regione Piemonte"),
  P("Carlo Alberto Gambaro","owner","Riseria Gambaro"),
  P("Pietro Zanetta",None,None),
  P("Jean-Baptiste Reynaud",None,"Centre Français du Riz"),
  P("Davide Locatelli","director",D),
  P("Chiara Vestri","Editor",D)],
 [O(D), O("Università del Piemonte Orientale"),
  O("Consiglio per la ricerca in agricoltura e l'analisi dell'economia agraria","CREA"),
  O("Associazione d'Irrigazione Est Sesia"), O("Regione Piemonte"), O("COTArroz"), O("Riseria Gambaro"),
  O("Syndicat des Riziculteurs de France"),
  O("Camera di Commercio Monte Rosa Laghi Alto Piemonte"), O("Centre Français du Riz"), O("Coldiretti Novara-VCO")],
 [E("public meeting","2035-01-23",None,"Novara","Italy"),
  E("information evening","2035-02-06",None,"Novara","Italy"),
  E("Rice Innovation Forum","2035-04-12","2035-04-13","Novara, Vespolate","Italy"),
  E("field day","2035-04-13",None,"Vespolate","Italy"),
  E("Rice Innovation Forum","2030-04-10","2030-04-11","Novara","Italy"),
  E("Rice Innovation Forum","2031-04-15","2031-04-16","Vercelli","Italy"),
  E("Rice Innovation Forum","2032-04-13","2032-04-14","Mortara","Italy"),
  E("Rice Innovation Forum","2033-04-19","2033-04-20","Novara","Italy"),
  E("Rice Innovation Forum","2034-04-11","2034-04-12","Vercelli","Italy"),
  E("meeting of the district's scientific committee","2035-03-09",None,None,None),
  E("visit of a delegation from the Camargue rice growers' union","2035-05",None,None,None),
  E("assembly of members","2034-12-14",None,None,None)],
 ["2035","2029","2035-01-23","2036","2035-03-08","2035-02-06","2035-04-12/2035-04-13","2030","2030-04-10/2030-04-11",
  "2031","2031-04-15/2031-04-16","2032","2032-04-13/2032-04-14","2033","2033-04-19/2033-04-20","2034",
  "2034-04-11/2034-04-12","2035-03-09","2035-05","2034-12-14"],
 ["Make alternate wetting and drying eligible for agri-environment payments from the 2036 season",
  "Fund soil-moisture sensors through a shared district scheme rather than farm by farm",
  "Adapt the consortia's water-release calendars to the new practice",
  "Train contractors, not only farmers, because they do most of the field work"],
 pub=None)
