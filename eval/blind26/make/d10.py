from mk import save
T = '''Home > Nieuws > Circulaire kunststoffen

Nieuws | 12-03-2035

Zeven bedrijven starten gezamenlijke proeffabriek voor chemische recycling in Geleen

Zeven leden van het Maasvallei Chemie Cluster (MCC) bouwen samen een proeffabriek waarin
gemengd plastic afval wordt omgezet in grondstof voor nieuwe kunststoffen. Dat maakte het
cluster dinsdag 6 maart bekend tijdens de ledenbijeenkomst op de campus van de Universiteit
Maastricht in Geleen. De installatie moet begin 2036 draaien en kost ruim 38 miljoen euro.

Penvoerder is Polyvorm B.V. uit Stein. Verder doen Limburgse Kunststof Groep, Retrapol, de
Duitse partner Niederrhein Polymere GmbH uit Krefeld en drie mkb-bedrijven mee. De Provincie
Limburg draagt 6 miljoen euro bij, het Nationaal Groeifonds de rest van de publieke
financiering.

"Twintig jaar lang hebben we gepraat over circulaire chemie. Nu gaan we het gewoon bouwen,"
zegt directeur Sanne Houben-Lemmens van MCC. Volgens Ruud van der Linden,
gedeputeerde voor Economie en Innovatie van de Provincie Limburg, past de fabriek in de plannen om de industrie in Zuid-Limburg tegen
2040 klimaatneutraal te maken.

Onderzoekers van de Universiteit Maastricht en TNO begeleiden de proeven. Hoogleraar
circulaire chemie prof. dr. Martijn de Vries: "De techniek werkt in het lab. De vraag is of
ze ook werkt met het afval dat je echt ophaalt, inclusief vuile yoghurtbekers."

Agenda
- 23 mei 2035: MCC Innovatiedag, Maastricht Exhibition & Congress Centre (MECC), Maastricht
- 14 t/m 16 oktober 2035: MCC-handelsmissie naar de Fakuma-beurs in Friedrichshafen
- Aanmelden voor de werkgroep chemische recycling kan tot 1 april.

Meer informatie: Bram Janssens, projectleider circulaire kunststoffen, b.janssens@mcc.example

---
English summary
Seven members of the Maasvallei Chemie Cluster (MCC) will jointly build a pilot plant in
Geleen that turns mixed plastic waste into feedstock for new plastics. The project was
announced on 6 March 2035 at the cluster's members' meeting. The plant, led by Polyvorm B.V.,
should start operating in early 2036 and costs over EUR 38 million; the Province of Limburg
contributes EUR 6 million. Maastricht University and TNO will support the trials. MCC's next
Innovation Day takes place on 23 May 2035 in Maastricht.
'''
save('mcc-nieuws-proeffabriek-chemische-recycling.txt', T, '2035-03-12',
 [("Sanne Houben-Lemmens","directeur","MCC"),
  ("Ruud van der Linden","gedeputeerde voor Economie en Innovatie","Provincie Limburg"),
  ("Martijn de Vries","Hoogleraar circulaire chemie",None),
  ("Bram Janssens","projectleider circulaire kunststoffen","MCC")],
 [("Maasvallei Chemie Cluster","MCC"),("Universiteit Maastricht",None),("Polyvorm B.V.",None),("Limburgse Kunststof Groep",None),
  ("Retrapol",None),("Niederrhein Polymere GmbH",None),("Provincie Limburg",None),("TNO",None)],
 [("ledenbijeenkomst","2035-03-06","2035-03-06","Geleen","Netherlands"),
  ("MCC Innovatiedag","2035-05-23","2035-05-23","Maastricht","Netherlands"),
  ("MCC-handelsmissie naar de Fakuma-beurs","2035-10-14","2035-10-16","Friedrichshafen","Germany")],
 ["2035-03-12","2035-03-06","2036","2040","2035-05-23","2035-10-14/2035-10-16","2035-04-01"],
 [])
