from h import *
F = 'g05_hilleroed_klynge_generalforsamling_referat.txt'
assert wd(2041,4,24)=='Wednesday' and wd(2041,6,5)=='Wednesday' and wd(2041,9,12)=='Thursday' and wd(2041,5,2)=='Thursday'
T = """Nordsjællands Velfærdsteknologiklynge
REFERAT AF ORDINÆR GENERALFORSAMLING 2041

Tid: onsdag den 24. april 2041, kl. 15.00-17.15
Sted: Nordsjællands Hospital, auditoriet, Hillerød
Til stede: 38 stemmeberettigede medlemmer (heraf 6 ved fuldmagt), klyngesekretariatet og to gæster
Referent: Sofie Lindqvist-Bach, projektkoordinator

Dagsorden
1. Valg af dirigent og referent
2. Bestyrelsens beretning for 2040
3. Fremlæggelse og godkendelse af årsregnskab 2040
4. Godkendelse af budget og kontingent for 2042
5. Indkomne forslag
6. Valg af bestyrelsesmedlemmer og suppleanter
7. Valg af revisor
8. Eventuelt

Ad 1. Valg af dirigent og referent
Bestyrelsen foreslog advokat Henrik Møller-Dahl, Advokatfirmaet Kronborg & Partnere, som dirigent. Han blev valgt og konstaterede, at generalforsamlingen var lovligt indkaldt den 27. marts 2041 og dermed beslutningsdygtig.

Ad 2. Bestyrelsens beretning
Formand Mette Skovgaard-Jensen (Hillerød Kommune) aflagde beretning. Klyngen har i 2040 fået 19 nye medlemmer og har nu 112 medlemmer, heraf 74 virksomheder. Der blev gennemført 31 aktiviteter, blandt andet den tredje udgave af konferencen Velfærdsteknologidagen Nordsjælland i Helsingør den 14. november 2040 med 310 deltagere og en studietur til Oulu i Finland i september 2040. Klyngen har desuden indgået et samarbejde med Danish Life Science Cluster om fælles testfaciliteter.
Formanden fremhævede, at klyngen i 2041-2042 vil prioritere test af teknologi i borgernes hjem og samarbejdet med de fem nordsjællandske kommuner. Under debatten spurgte Camilla Brøndum fra Halsnæs Kommune, hvordan de mindre kommuner kan få adgang til testfaciliteterne. Formanden svarede, at sekretariatet vil lave en fælles aftale med alle fem kommuner inden udgangen af 2041. Flere medlemmer efterlyste desuden flere aktiviteter for iværksættere og færre konferencer. Beretningen blev taget til efterretning.

Ad 3. Årsregnskab 2040
Klyngens økonomiansvarlige, Jakob Østerby, gennemgik regnskabet, som viser et overskud på 212.000 kr. Statsautoriseret revisor fra BDO Statsautoriseret revisionsaktieselskab har revideret regnskabet uden forbehold. Regnskabet blev godkendt.

Ad 4. Budget og kontingent 2042
Budgettet blev godkendt. Kontingentet for virksomheder med under 10 ansatte fastholdes på 2.500 kr. årligt.

Ad 5. Indkomne forslag
Bestyrelsen havde stillet forslag om vedtægtsændring, så bestyrelsen kan udvides fra syv til ni medlemmer, heraf to fra forskningsinstitutioner. Forslaget blev vedtaget med 35 stemmer for og 3 imod.

Ad 6. Valg
Følgende blev valgt til bestyrelsen for perioden 2041-2043:
- Mette Skovgaard-Jensen, Hillerød Kommune (genvalgt, formand)
- Anders Holm Ravn, direktør, CareSense ApS (genvalgt, næstformand)
- Birgitte de Neergaard, Københavns Professionshøjskole (nyvalgt)
- Rasmus Ibsen-Kiær, Region Hovedstaden (nyvalgt)
Som suppleant blev valgt Nour Haddad, stifter af Vitalis Home Tech IVS.
Ulrik Bundgaard (Gribskov Kommune) udtrådte af bestyrelsen efter seks år og blev takket for sin indsats.

Ad 7. Valg af revisor
BDO blev genvalgt.

Ad 8. Eventuelt
Klyngechef Lene Frederiksen orienterede om de kommende aktiviteter:
- Torsdag den 2. maj 2041: Netværksmøde om sensorer i plejeboliger, Fredensborg
- Onsdag den 5. juni 2041, kl. 9-16: Testdag for virksomheder på Nordsjællands Hospital, Hillerød
- 12. september 2041: Velfærdsteknologidagen Nordsjælland, 4. udgave, Hillerød
- Ansøgningsfrist for klyngens innovationspuljer: 15. august 2041
Desuden har klyngen modtaget en invitation til Health Innovation Week i Tallinn 7.-9. oktober 2041.

Beslutninger
1. Årsregnskab 2040 og budget 2042 blev godkendt
2. Vedtægternes § 7 ændres, så bestyrelsen kan have op til ni medlemmer
3. Bestyrelsen pålægges at fremlægge en strategi for 2042-2045 på næste generalforsamling
4. BDO fortsætter som klyngens revisor

Dirigenten takkede for god ro og orden, og generalforsamlingen blev hævet kl. 17.15.

Hillerød, den 29. april 2041

Henrik Møller-Dahl, dirigent          Sofie Lindqvist-Bach, referent

Nordsjællands Velfærdsteknologiklynge · c/o Erhvervshus Nordsjælland · Milnersvej 42, 3400 Hillerød · CVR 00000000
"""
write(F, T)
K="Nordsjællands Velfærdsteknologiklynge"
gold(F,
 [P("Sofie Lindqvist-Bach","projektkoordinator",K),
  P("Henrik Møller-Dahl","advokat","Advokatfirmaet Kronborg & Partnere"),
  P("Mette Skovgaard-Jensen","Formand",K),
  P("Jakob Østerby","økonomiansvarlige",K),
  P("Anders Holm Ravn","næstformand",K),
  P("Birgitte de Neergaard",None,"Københavns Professionshøjskole"),
  P("Rasmus Ibsen-Kiær",None,"Region Hovedstaden"),
  P("Nour Haddad","suppleant",K),
  P("Ulrik Bundgaard",None,"Gribskov Kommune"),
  P("Camilla Brøndum",None,"Halsnæs Kommune"),
  P("Lene Frederiksen","Klyngechef",K)],
 [O(K), O("Nordsjællands Hospital"), O("Advokatfirmaet Kronborg & Partnere"), O("Hillerød Kommune"), O("Danish Life Science Cluster"),
  O("BDO Statsautoriseret revisionsaktieselskab","BDO"), O("CareSense ApS"), O("Københavns Professionshøjskole"), O("Region Hovedstaden"),
  O("Vitalis Home Tech IVS"), O("Gribskov Kommune"), O("Erhvervshus Nordsjælland"), O("Halsnæs Kommune")],
 [E("ordinær generalforsamling","2041-04-24",None,"Hillerød","Denmark"),
  E("Velfærdsteknologidagen Nordsjælland","2040-11-14",None,"Helsingør","Denmark"),
  E("studietur til Oulu","2040-09",None,"Oulu","Finland"),
  E("Netværksmøde om sensorer i plejeboliger","2041-05-02",None,"Fredensborg","Denmark"),
  E("Testdag for virksomheder","2041-06-05",None,"Hillerød","Denmark"),
  E("Velfærdsteknologidagen Nordsjælland","2041-09-12",None,"Hillerød","Denmark"),
  E("Health Innovation Week","2041-10-07","2041-10-09","Tallinn","Estonia")],
 ["2041-04-24","2040","2042","2041-03-27","2040-11-14","2040-09","2041/2042","2041/2043","2041-05-02","2041-06-05",
  "2041-09-12","2041-08-15","2041-10-07/2041-10-09","2042/2045","2041-04-29","2041"],
 ["Årsregnskab 2040 og budget 2042 blev godkendt",
  "Vedtægternes § 7 ændres, så bestyrelsen kan have op til ni medlemmer",
  "Bestyrelsen pålægges at fremlægge en strategi for 2042-2045 på næste generalforsamling",
  "BDO fortsætter som klyngens revisor"],
 pub="2041-04-29")
