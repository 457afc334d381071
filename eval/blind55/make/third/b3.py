from mk import *
W('islecirc-project-events','islecirc-project-events.md',None,"""
Marianna Vlachou-Kouris|Associate Professor|University of the Aegean
Stelios Fragkoulis|Director|North Aegean Hotel Association
Joseph Camilleri|Head of Operations|BCRS Malta Ltd
Ana Petrić-Bašić|Circular Economy Officer|Split-Dalmatia County
Giovanna Lo Presti|communication manager|Sicindustria
Bartomeu Ferrer Salvà|Project Manager|Fundació Balears Innovació
Salvatore Distefano-Russo|Vice-Rector|University of Catania
Eva Lindqvist-Moreno|Senior Expert|ICLEI Europe
Nikos Papageorgiou-Lemonis|Secretary General|Region of North Aegean
Konstantinos Alexiou|Project coordinator|University of the Aegean
""","""
University of the Aegean
Department of Environment
North Aegean Hotel Association
BCRS Malta Ltd
Split-Dalmatia County
Sicindustria
Fundació Balears Innovació
Cyprus University of Technology
Euro-MED Tourism and Green Living Mission
University of Catania
ICLEI Europe
Region of North Aegean
""","""
Living Lab Lesbos #4: "Food waste from hotels to farms"|2034-10-05|2034-10-05|Mytilene|Greece
Webinar: Deposit-return systems on small islands|2034-10-17|2034-10-17||
Transnational workshop: Islands' water and energy nexus|2034-11-08|2034-11-09|Palma|Spain
ISLE-CIRC Final Conference|2035-05-15|2035-05-16|Limassol|Cyprus
Mid-term conference|2034-06-12|2034-06-12|Catania|Italy
Living Lab Lesbos #3|2034-04-18|2034-04-18|Mytilene|Greece
Webinar: Circular procurement for island municipalities|2034-03-07|2034-03-07||
Living Lab Mallorca #2|2034-02-22|2034-02-22|Palma|Spain
Kick-off conference|2033-01-26|2033-01-27|Mytilene|Greece
1st partner meeting (kick-off)|2033-01-26|2033-01-27|Mytilene|Greece
2nd partner meeting|2033-10-19|2033-10-20|Split|Croatia
3rd partner meeting|2034-06-11|2034-06-11|Catania|Italy
4th partner meeting|2034-11-07|2034-11-07|Palma|Spain
5th partner meeting|2035-05-14|2035-05-14|Limassol|Cyprus
""","2032/2035 2034-10-05 2034-09-28 2034-10-17 2034-11-08/2034-11-09 2034-10-06 2034-11-23/2034-11-24 2035-05-15/2035-05-16 2035-02 2034-06-12 2034-04-18 2034-03-07 2034-02-22 2033-01-26/2033-01-27 2033-10-19/2033-10-20 2034-06-11 2034-11-07 2035-05-14 2035 2035-01 2021/2027")
W('joint-stand_salone-del-mobile-2035_smalands-mobelkluster','joint-stand_salone-del-mobile-2035_smalands-mobelkluster.md','2034-08-28',"""
Elin Karlsson-Ståhl|Project Manager Internationalisation|Smålands Möbelkluster
Johan Lindqvist|Cluster Manager|Smålands Möbelkluster
Giulia Bernasconi-Ferri|Project Manager|Business Sweden Milan
Anders Öhman|Export Manager|Bruksvara Möbler AB
Karin Sjöberg-Nilsson|CEO|Tranås Stol & Bord AB
""","""
Smålands Möbelkluster ek. för.|Småland Furniture Cluster
Business Sweden
Business Sweden Milan
Region Jönköpings län
Swedish Federation of Wood and Furniture Industry|TMF
Bruksvara Möbler AB
Tranås Stol & Bord AB
Linnaeus University
Science Park Jönköping
""","""
Salone del Mobile.Milano 2035|2035-04-17|2035-04-22|Milan|Italy
Information webinar joint stand Salone del Mobile 2035|2034-10-04|2034-10-04||
Preparatory meeting for all exhibitors|2035-03-08|2035-03-08|Jönköping|Sweden
Stockholm Furniture Fair 2035|2035-02-04|2035-02-08|Stockholm|Sweden
Joint visit with dinner at Stockholm Furniture Fair|2035-02-05|2035-02-05|Stockholm|Sweden
Orgatec 2034|2034-10-22|2034-10-25|Cologne|Germany
Smålandsdagen|2034-11-24|2034-11-24|Växjö|Sweden
Småland joint stand at Salone del Mobile (2033)|2033|2033|Milan|Italy
Småland joint stand at Salone del Mobile (2034)|2034|2034|Milan|Italy
""","2034-08-28 2035-04-17/2035-04-22 2035-04-17 2034-09-29 2034-10-04 2034-10-31 2034-11 2035-02-15 2035-03-08 2033 2034 2035-02-04/2035-02-08 2035-02-05 2034-10-22/2034-10-25 2034-11-24")
W('kpkn-events-calendar','kpkn-events-calendar.html',None,"""
Marta Kowalczyk-Wiśniewska|Head of the Additive Manufacturing Lab|Bydgoszcz University of Science and Technology
Paweł Zieliński|Technical Director|Formy Zielińscy Sp. z o.o.
Anneke van der Berg|Senior Policy Officer|ISTMA Europe
Łukasz Nowicki|export advisor|KPKN
Jolanta Rybicka|President|Toruń Chamber of Crafts and SMEs
Agnieszka Maj|Events and Communication Manager|KPKN
Christian Hopmann-Brandt|Director|Institute for Plastics Processing
Zofia Lewandowska||Marshal's Office of the Kuyavian-Pomeranian Voivodeship
Tomasz Grabowski|CEO|Toolpol S.A.
Ewa Szymańska-Król||Polish Agency for Enterprise Development
Michał Dąbrowski||
Kristina Holmqvist|Application Engineer|Nordic Hotrunner AB
Jure Kovačič|Head of Business Development|TECOS
""","""
Kujawsko-Pomorski Klaster Narzędziowy|KPKN
Bydgoszcz Industrial Park
Bydgoszcz University of Science and Technology
Formy Zielińscy Sp. z o.o.
European Tool & Mould Making Association|ISTMA Europe
Toruń Chamber of Crafts and SMEs
Polish Investment and Trade Agency|PAIH
CEFAMOL
Institute for Plastics Processing|IKV
RWTH Aachen
Marshal's Office of the Kuyavian-Pomeranian Voivodeship
Toolpol S.A.
Polish Agency for Enterprise Development|PARP
Fabryka Form Toruń Sp. z o.o.
Nordic Hotrunner AB
Slovenian Tool and Die Development Centre|TECOS
""","""
Workshop: Conformal cooling in injection moulds|2034-09-12|2034-09-12|Bydgoszcz|Poland
Webinar: CBAM and what it means for tool steel buyers|2034-09-21|2034-09-21||
Members' Networking Evening – autumn edition|2034-11-15|2034-11-15|Toruń|Poland
KPKN joint stand at Fakuma 2034|2034-10-17|2034-10-20|Friedrichshafen|Germany
Tooling Forum Bydgoszcz 2034|2034-11-23|2034-11-23|Bydgoszcz|Poland
Christmas meeting and General Assembly|2034-12-08|2034-12-08|Bydgoszcz|Poland
Summer Tooling Picnic|2034-06-20|2034-06-20|Toruń|Poland
Plastpol 2034|2034-05-30|2034-06-02|Kielce|Poland
Workshop "Hot runners without headaches"|2034-05-17|2034-05-17||
Webinar "Digital twins for mould shops"|2034-04-13|2034-04-13||
Matchmaking mission to TECOS|2034-03-22|2034-03-23|Celje|Slovenia
""","2034-09-12 2034-09-05 2034-09-21 2034-10-04 2034-11-15 2034-10-17/2034-10-20 2034-11-06 2034-09-30 2035 2034-11-23 2034-10-31 2034-12-08 2034-11-24 2034-06-20 2034-05-30/2034-06-02 2034-05-17 2034-04-13 2034-03-22/2034-03-23 2027/2033 2035-01-15")
