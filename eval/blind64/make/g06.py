from h import *
F = 'ohrid-wood-furniture-summit-2033-speakers-pdf.txt'
HDR = "Western Balkans Wood & Furniture Cluster Summit 2033 · Ohrid, 4–5 October 2033                Speakers"
T = f"""{HDR}

WESTERN BALKANS WOOD & FURNITURE
CLUSTER SUMMIT 2033
Ohrid, North Macedonia · {wd(2033,10,4)}, 4 – {wd(2033,10,5)}, 5 October 2033
Hotel Metropol Lake Resort

ABOUT THE SUMMIT
The fifth summit brings together cluster managers, wood processing and
furniture companies, universities, vocational schools, funders and public
authorities from the six Western Balkan economies, Austria and Germany.
After four editions that mapped the sector, this year's programme looks at
three practical questions: how more value can stay in the region instead of
leaving it as sawn timber, which skills companies need in the next ten
years, and how small firms can finance the green transition required by
their customers in the European Union. About 260 participants are expect-
ed. All sessions take place in the main hall; study visits leave from the
hotel entrance.

SPEAKERS AND MODERATORS
(as of 19 September 2033; subject to change)

Organised by the Macedonian Wood Cluster (MWC) in cooperation with the Austrian
Wood Cluster Network (Holzcluster Österreich) and the Regional Cooperation
Council (RCC)

OPENING SESSION · 4 October 2033, 09:30

Kristina ANGELOVSKA
Minister of Economy and Labour, Government of the Republic of North Macedonia

Mag. Bernhard STEINWENDER
Head of the Economic and Commercial Section, Embassy of Austria in Skopje

Dr. Aleksandar TRAJKOVSKI
President, Macedonian Wood Cluster; Managing Director, Drvo-
Lesnina DOOEL, Struga

KEYNOTE
Prof. Dr.-Ing. Ulrike KÜHNEL-WALDHÄUSL
Chair of Timber Engineering, Technical University of Munich (TUM)
"Engineered wood from Balkan beech: what the research says"

                                                                                     1

{HDR}

SESSION 1 · From sawmill to design: value chains in the region
Moderator: Ing. Jovana PETROVIĆ, Cluster Manager, Serbian Furniture
Cluster (SFC), Kraljevo

Ing. Friedrich ZU LEININGEN
Chief Operating Officer, Lignum Alpin Holzindustrie GmbH, Spittal an der Drau
Ardit KAPLLANI
Founder and CEO, Dru Design Sh.p.k., Tirana
Mag. Sabina HODŽIĆ-BEGOVIĆ
Director, Wood Cluster Bosnia and Herzegovina, Sarajevo
Dipl.-Ing. Marko VUKOVIĆ
Head of Production, Prima Namještaj d.o.o., Nikšić

SESSION 2 · Skills for the wood sector
Moderator: Mag. Elisabeth GRUBER-DE LA FUENTE, Project Manager
International, Holzcluster Österreich

Dr. Biljana STOJANOVSKA-NIKOLOVSKA
Dean, Faculty of Design and Technologies of Furniture and Interior,
Ss. Cyril and Methodius University in Skopje
Ing. Peter HAUSBERGER
Head of the Timber Technical College Kuchl (HTL Kuchl), Salzburg
Elira DOKO
Programme Officer, Regional Cooperation Council (RCC), Sarajevo

                                                                                     2

{HDR}

SESSION 3 · Green finance and the EU market
Moderator: Nikola DIMITRIEVSKI, Senior Advisor, Fund for Innovation and
Technology Development (FITD), Skopje

Dr. Ruth VAN DEN BERGHE
Policy Officer, European Commission, Directorate-General for Neighbourhood and Enlarge-
ment Negotiations (DG NEAR)
Mag. Thomas EDLINGER
Senior Banker, European Bank for Reconstruction and Development
(EBRD), Resident Office Skopje
Goce ILIEVSKI
Chief Executive Officer, Ohrid Veneer DOO, Ohrid
Ana-Maria PAVLOVSKA
Sustainability Manager, IKEA Supply AG, Regional Purchasing Office

SESSION 4 · Cluster cooperation across borders (5 October 2033, 09:30)
Moderator: Dr. Aleksandar TRAJKOVSKI

Dipl.-Ing. (FH) Katharina MOOSBRUGGER
Cluster Manager, Möbel- und Holzbau-Cluster Oberösterreich, Linz
Luan GJONI
Executive Director, Albanian Wood Processing Association (AWPA),
Durrës
Tanja MILOŠEVIĆ
Cluster Manager, Montenegrin Wood Cluster, Berane
Filip NAUMOVSKI
Project Coordinator, Macedonian Wood Cluster

                                                                                     3

{HDR}

CLOSING SESSION · 5 October 2033, 12:30
Conclusions of the summit and presentation of the "Ohrid Declaration on
Wood Value Chains"
Dr. Aleksandar TRAJKOVSKI, President, Macedonian Wood Cluster
Mag. Elisabeth GRUBER-DE LA FUENTE, Holzcluster Österreich

STUDY VISITS (5 October 2033, afternoon)
Visit A: Ohrid Veneer DOO, veneer production and drying
Visit B: Drvo-Lesnina DOOEL, Struga, furniture assembly line

PREVIOUS EDITIONS
2029 Sarajevo · 2030 Kraljevo · 2031 Nikšić · 2032 Tirana

Contact for speakers: Marija TALEVSKA, Events Officer, Macedonian Wood
Cluster · events@mwc.mk · +389 2 000 0000

The summit is supported by the Austrian Development Agency (ADA) and the
Ministry of Economy and Labour of North Macedonia. Interpretation
Macedonian/English will be provided in all sessions.

                                                                                     4
"""
write(F, T)
M='Macedonian Wood Cluster'; H='Holzcluster Österreich'
gold(F,
 [P('Kristina ANGELOVSKA','Minister of Economy and Labour','Government of the Republic of North Macedonia'),
  P('Bernhard STEINWENDER','Head of the Economic and Commercial Section','Embassy of Austria in Skopje'),
  P('Aleksandar TRAJKOVSKI','President',M), P('Ulrike KÜHNEL-WALDHÄUSL','Chair of Timber Engineering','Technical University of Munich'),
  P('Jovana PETROVIĆ','Cluster Manager','Serbian Furniture Cluster'), P('Friedrich ZU LEININGEN','Chief Operating Officer','Lignum Alpin Holzindustrie GmbH'),
  P('Ardit KAPLLANI','Founder and CEO','Dru Design Sh.p.k.'), P('Sabina HODŽIĆ-BEGOVIĆ','Director','Wood Cluster Bosnia and Herzegovina'),
  P('Marko VUKOVIĆ','Head of Production','Prima Namještaj d.o.o.'), P('Elisabeth GRUBER-DE LA FUENTE','Project Manager International',H),
  P('Biljana STOJANOVSKA-NIKOLOVSKA','Dean','Ss. Cyril and Methodius University in Skopje'), P('Peter HAUSBERGER','Head of the Timber Technical College Kuchl','HTL Kuchl'),
  P('Elira DOKO','Programme Officer','Regional Cooperation Council'), P('Nikola DIMITRIEVSKI','Senior Advisor','Fund for Innovation and Technology Development'),
  P('Ruth VAN DEN BERGHE','Policy Officer','European Commission'), P('Thomas EDLINGER','Senior Banker','European Bank for Reconstruction and Development'),
  P('Goce ILIEVSKI','Chief Executive Officer','Ohrid Veneer DOO'), P('Ana-Maria PAVLOVSKA','Sustainability Manager','IKEA Supply AG'),
  P('Katharina MOOSBRUGGER','Cluster Manager','Möbel- und Holzbau-Cluster Oberösterreich'), P('Luan GJONI','Executive Director','Albanian Wood Processing Association'),
  P('Tanja MILOŠEVIĆ','Cluster Manager','Montenegrin Wood Cluster'), P('Filip NAUMOVSKI','Project Coordinator',M),
  P('Marija TALEVSKA','Events Officer',M)],
 [O(M,'MWC'), O('Austrian Wood Cluster Network'), O('Regional Cooperation Council','RCC'), O('Government of the Republic of North Macedonia'),
  O('Embassy of Austria in Skopje'), O('Drvo-Lesnina DOOEL'), O('Technical University of Munich','TUM'), O('Serbian Furniture Cluster','SFC'),
  O('Lignum Alpin Holzindustrie GmbH'), O('Dru Design Sh.p.k.'), O('Wood Cluster Bosnia and Herzegovina'), O('Prima Namještaj d.o.o.'),
  O('Faculty of Design and Technologies of Furniture and Interior'), O('Ss. Cyril and Methodius University in Skopje'),
  O('Timber Technical College Kuchl','HTL Kuchl'), O('Fund for Innovation and Technology Development','FITD'), O('European Commission'),
  O('DG NEAR'), O('European Bank for Reconstruction and Development','EBRD'),
  O('Ohrid Veneer DOO'), O('IKEA Supply AG'), O('Möbel- und Holzbau-Cluster Oberösterreich'), O('Albanian Wood Processing Association','AWPA'),
  O('Montenegrin Wood Cluster'), O('Austrian Development Agency','ADA'), O('Ministry of Economy and Labour of North Macedonia')],
 [E('Western Balkans Wood & Furniture Cluster Summit 2033','2033-10-04','2033-10-05','Ohrid','North Macedonia'),
  E('Western Balkans Wood & Furniture Cluster Summit','2029','2029','Sarajevo','Bosnia and Herzegovina'), E('Western Balkans Wood & Furniture Cluster Summit','2030','2030','Kraljevo','Serbia'),
  E('Western Balkans Wood & Furniture Cluster Summit','2031','2031','Nikšić','Montenegro'), E('Western Balkans Wood & Furniture Cluster Summit','2032','2032','Tirana','Albania')],
 ['2033-10-04/2033-10-05','2033-09-19','2033-10-04','2033-10-05','2029','2030','2031','2032'])
