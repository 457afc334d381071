from h import *
F = 'new-members_dalarna-steel-circular-cluster_2034.md'
T = '''Dalarna Steel & Circular Industry Cluster › News › Members

# Welcome to our new members – spring 2034

Published 5 June 2034 · Membership team

Between January and May 2034 the Board of the Dalarna Steel & Circular Industry Cluster (DSCIC) approved fourteen
applications for membership. With them the cluster now has 131 members: 102 companies, 11 research and education
organisations, 9 municipalities and public bodies, and 9 associate members from outside Sweden. For the first time,
more than a fifth of our companies are based outside Dalarna – a sign that the green steel investments in Borlänge and
Avesta attract suppliers from across the Nordic countries and beyond.

"Every new member brings a piece of the value chain we were missing," says Karin Ersson-Lindqvist, Chair of the Board.
"This spring we have welcomed scrap recyclers, a hydrogen start-up, two engineering firms from Finland and Germany, and
our first member from Poland."

Membership applications are handled on a rolling basis; the Board decides at each of its meetings. The next decision
rounds are on 21 August and 16 October 2034.

## New company members

**Falu Skrot & Metallåtervinning AB** (Falun, Sweden)
Family-owned scrap collector and sorter, 38 employees. Contact: Anders Hedlund, CEO.
Interested in: sensor-based sorting of alloy scrap, traceability of recycled content.

**H2Dala AB** (Borlänge, Sweden)
Start-up founded in 2032 developing containerised electrolysers for small industrial users. Contact: Dr. Sara
Nyström-Bakr, co-founder and CTO.

**Siljan Precision Engineering AB** (Mora, Sweden)
Machining of large components for steel mills and mining equipment. Contact: Per-Olof Mattsson, Managing Director.

**Kokkolan Konepaja Oy** (Kokkola, Finland)
Mechanical workshop specialised in ladles, tundishes and refractory handling equipment. Contact: Jukka Heikkilä,
Sales Director Nordics.

**Westfalen Induktion GmbH** (Hagen, Germany)
Induction heating and melting systems; opened a service office in Borlänge in March 2034. Contact: Dipl.-Ing. Friederike
von Aschenbach, Head of Business Development Scandinavia.

**Stalprofil Serwis sp. z o.o.** (Katowice, Poland)
Steel service centre and cutting-to-length; supplies customers in Sweden via Gdynia. Contact: Tomasz Wróblewski,
Export Manager.

**Norsk Slaggteknikk AS** (Mo i Rana, Norway)
Processing of steel slag into aggregates and cement substitutes. Contact: Ingrid Sæther, Project Manager.

**Avesta Energiservice Kommanditbolag** (Avesta, Sweden)
Energy audits and waste-heat recovery for industrial sites. Contact: Mohammed Al-Karimi, partner.

**Dalcon Miljökonsult Handelsbolag** (Ludvika, Sweden)
Environmental permitting and life-cycle assessments. Contact: Lena Persson, Senior Consultant.

**Jutland Steel Logistics ApS** (Esbjerg, Denmark)
Freight forwarding for heavy steel products across the North Sea. Contact: Kasper Nygaard Holm, partner.

## New research and education members

**Högskolan Dalarna, School of Technology and Business Studies** (Borlänge)
Contact: Prof. Eva Grahn, Dean. The university college will host the cluster's new PhD network on circular metals.

**Teknikcollege Dalarna** (Borlänge and Mora)
Vocational training network of upper secondary schools and employers. Contact: Jonas Berglund, coordinator.

## New public members

**Hedemora kommun**
Contact: Annika Lindqvist, Head of Business Development.

## New associate members

**Cluster Acier Hauts-de-France** (Dunkerque, France)
Partner cluster; the two clusters signed a memorandum of understanding at the Nordic Steel Days in Luleå on 23 May 2034.
Contact: Jean-Baptiste Leroux, Délégué général.

## Leaving members

Three companies left the cluster at the end of 2033: Gagnef Verktyg AB (ceased trading), Orsa Plåt AB (merged with
Siljan Precision Engineering AB) and Nordic Coil Coating Oy (no longer active in Sweden).

## Upcoming for members

- **New members' introduction** – 14 June 2034, 09:00–12:00, Cluster House, Borlänge. A short tour of the cluster's
  services, followed by lunch with the Board.
- **Summer meeting and site visit to the Avesta melt shop** – 23 August 2034.
- **Dalarna Circular Metals Conference 2034** – 7–8 November 2034, Falun Congress Centre.

## About membership

Membership is open to companies, research organisations and public bodies that contribute to a fossil-free and circular
metals industry. The annual fee depends on the number of employees: SEK 2,500 for companies with fewer than ten employees,
SEK 8,000 for 10–249 employees, and SEK 25,000 for larger companies. Associate membership for organisations outside
Sweden costs SEK 5,000. Application forms are available from the membership team.

Contact: Emma Sundberg, Membership and Services Manager, emma.sundberg@dscic.example, +46 243 00 00 00

*Dalarna Steel & Circular Industry Cluster is a non-profit association (ideell förening) registered in Borlänge.*
'''
write(F, T)
D = 'Dalarna Steel & Circular Industry Cluster'
gold(F, [
 P('Karin Ersson-Lindqvist', 'Chair of the Board', D),
 P('Anders Hedlund', 'CEO', 'Falu Skrot & Metallåtervinning AB'),
 P('Sara Nyström-Bakr', 'co-founder and CTO', 'H2Dala AB'),
 P('Per-Olof Mattsson', 'Managing Director', 'Siljan Precision Engineering AB'),
 P('Jukka Heikkilä', 'Sales Director Nordics', 'Kokkolan Konepaja Oy'),
 P('Friederike von Aschenbach', 'Head of Business Development Scandinavia', 'Westfalen Induktion GmbH'),
 P('Tomasz Wróblewski', 'Export Manager', 'Stalprofil Serwis sp. z o.o.'),
 P('Ingrid Sæther', 'Project Manager', 'Norsk Slaggteknikk AS'),
 P('Mohammed Al-Karimi', 'partner', 'Avesta Energiservice Kommanditbolag'),
 P('Lena Persson', 'Senior Consultant', 'Dalcon Miljökonsult Handelsbolag'),
 P('Kasper Nygaard Holm', 'partner', 'Jutland Steel Logistics ApS'),
 P('Eva Grahn', 'Dean', 'Högskolan Dalarna'),
 P('Jonas Berglund', 'coordinator', 'Teknikcollege Dalarna'),
 P('Annika Lindqvist', 'Head of Business Development', 'Hedemora kommun'),
 P('Jean-Baptiste Leroux', 'Délégué général', 'Cluster Acier Hauts-de-France'),
 P('Emma Sundberg', 'Membership and Services Manager', D),
],[
 O(D, 'DSCIC'), O('Falu Skrot & Metallåtervinning AB'), O('H2Dala AB'), O('Siljan Precision Engineering AB'),
 O('Kokkolan Konepaja Oy'), O('Westfalen Induktion GmbH'), O('Stalprofil Serwis sp. z o.o.'), O('Norsk Slaggteknikk AS'),
 O('Avesta Energiservice Kommanditbolag'), O('Dalcon Miljökonsult Handelsbolag'), O('Jutland Steel Logistics ApS'),
 O('Högskolan Dalarna'), O('School of Technology and Business Studies'), O('Teknikcollege Dalarna'), O('Hedemora kommun'),
 O('Cluster Acier Hauts-de-France'), O('Gagnef Verktyg AB'), O('Orsa Plåt AB'), O('Nordic Coil Coating Oy'),
],[
 E('Nordic Steel Days', '2034-05-23', '2034-05-23', 'Luleå', 'Sweden'),
 E("New members' introduction", '2034-06-14', '2034-06-14', 'Borlänge', 'Sweden'),
 E('Summer meeting and site visit to the Avesta melt shop', '2034-08-23', '2034-08-23', 'Avesta', 'Sweden'),
 E('Dalarna Circular Metals Conference 2034', '2034-11-07', '2034-11-08', 'Falun', 'Sweden'),
],['2034-06-05','2034-01/2034-05','2034-08-21','2034-10-16','2032','2034-03','2034-05-23','2033','2034-06-14','2034-08-23','2034-11-07/2034-11-08'], pub='2034-06-05')
