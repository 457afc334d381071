from h import *
F = 'g04_slupsk_maritime_cluster_annual_report-pdf.txt'
assert wd(2041,3,7)=='Thursday' and wd(2040,11,21)=='Wednesday'
H1 = "Pomeranian Boatbuilding Cluster · Annual Report 2040"
def hdr(n): return f"\n{H1}\n\n"
def ftr(n): return f"\n\nwww.pbc-slupsk.example.pl                                     Page {n} of 3\n\f"
p1 = """ANNUAL REPORT 2040
Pomeranian Boatbuilding Cluster
(Pomorski Klaster Szkutniczy)

Słupsk, March 2041

Adopted by the General Assembly of Members on 7 March 2041

1. Foreword of the President

The year 2040 was the first full year of the cluster under its new gov-
ernance. After the extraordinary assembly of November 2039 we separated
the management office from the board, hired a full-time cluster manag-
er and opened a second office in Ustka, close to the yards. I would like
to thank our 67 members for their patience during this change, and the
Pomorskie Regional Development Agency for its advice.

Krzysztof WIŚNIEWSKI
President of the Board

2. Governance

The cluster is an association registered in Słupsk. Its bodies are the
General Assembly of Members, the Board (Zarząd) and the Audit Committee
(Komisja Rewizyjna). The management office is led by the cluster manager.

Board of the cluster in 2040:
- Krzysztof Wiśniewski (Wiśniewski Yachts sp. z o.o.) – President
- Agnieszka Pawlak-Zielińska (Akademia Pomorska w Słupsku) –
  Vice-President
- Tomasz Grabowski (Stocznia Ustka S.A.) – Member of the Board
- Ewa Kamińska (Kamińska Composites) – Member of the Board
"""
p2 = """Audit Committee: Janusz Lewandowski (chair), Marta Sobczak, Piotr
Dąbrowski. The committee met four times and found no irregularities; its
report forms an an-
nex to this document.

Management office: Katarzyna Nowicka-Reszke, cluster manager (since
1 February 2040); Michał Kowalczyk, project coordinator; Joanna Bielska,
office and finance.

3. Members

At the end of 2040 the cluster had 67 members: 48 companies, 7 research
and training institutions, 6 business support organisations and 6 mu-
nicipalities. New members in 2040 included:
- Hanse Marine Design GmbH (Greifswald, Germany)
- Bornholm Bådeværft ApS (Nexø, Denmark)
- Klaipėdos laivų remontas UAB (Klaipėda, Lithuania)
- Gmina Miejska Ustka (Poland)
- Centrum Kształcenia Zawodowego w Słupsku (Poland)

4. Main activities in 2040

The cluster organised or co-organised eleven events. The most important
were the Boat Builders' Day in Ustka on 14 June 2040, which attracted 430
visitors, and the study visit of twelve members to the boatyards of Gre-
ifswald and Stralsund from 23 to 25 September 2040. On Wednesday 21 Nov-
ember 2040 the cluster hosted the partner meeting of the Baltic Small
Craft Network in Słupsk, with 38 participants from five countries.

Members exhibited together at boot Düsseldorf (20–28 January 2040) and
at the Gdynia Sailing Days. The cluster manager represented the members
at the European Maritime Day in Kiel in May 2040.
"""
p3 = """5. Key findings of the member survey

The member survey was carried out in December 2040; 41 members answered.
- Access to skilled workers is the first problem for 29 of 41 members
- Members value the joint fair stands more than any other service
- Only one member in five has worked with a research institution in the
  last three years
- The new office in Ustka is used mainly by the smaller yards

6. Finances

Income 2040: PLN 1,284,000 (membership fees 22%, projects 61%, services
17%). The accounts were audited by Biuro Rachunkowe Lewandowski i Wsp.
and approved by the Audit Committee on 12 February 2041.

7. Outlook for 2041

The board will propose to the assembly a strategy for 2041–2045. The
Boat Builders' Day will take place again in Ustka in June 2041. Member-
ship fees remain unchanged.

Contact: Pomeranian Boatbuilding Cluster, ul. Portowa 12, 76-200 Słupsk
biuro@pbc-slupsk.example.pl
"""
T = hdr(1)+p1+ftr(1)+hdr(2)+p2+ftr(2)+hdr(3)+p3+ftr(3)
write(F, T)
PB="Pomeranian Boatbuilding Cluster"
gold(F,
 [P("Krzysztof Wiśniewski","President of the Board",PB),
  P("Agnieszka Pawlak-Zielińska","Vice-President",PB),
  P("Tomasz Grabowski","Member of the Board",PB),
  P("Ewa Kamińska","Member of the Board",PB),
  P("Janusz Lewandowski","chair",PB),
  P("Marta Sobczak",None,PB),
  P("Piotr Dąbrowski",None,PB),
  P("Katarzyna Nowicka-Reszke","cluster manager",PB),
  P("Michał Kowalczyk","project coordinator",PB),
  P("Joanna Bielska","office and finance",PB)],
 [O(PB), O("Pomorskie Regional Development Agency"), O("Wiśniewski Yachts sp. z o.o."), O("Akademia Pomorska w Słupsku"),
  O("Stocznia Ustka S.A."), O("Kamińska Composites"), O("Hanse Marine Design GmbH"), O("Bornholm Bådeværft ApS"),
  O("Klaipėdos laivų remontas UAB"), O("Gmina Miejska Ustka"), O("Centrum Kształcenia Zawodowego w Słupsku"),
  O("Baltic Small Craft Network"), O("Biuro Rachunkowe Lewandowski i Wsp.")],
 [E("General Assembly of Members","2041-03-07",None,None,None),
  E("extraordinary assembly","2039-11",None,None,None),
  E("Boat Builders' Day","2040-06-14",None,"Ustka","Poland"),
  E("study visit","2040-09-23","2040-09-25","Greifswald, Stralsund","Germany"),
  E("partner meeting of the Baltic Small Craft Network","2040-11-21",None,"Słupsk","Poland"),
  E("boot Düsseldorf","2040-01-20","2040-01-28","Düsseldorf","Germany"),
  E("Gdynia Sailing Days",None,None,"Gdynia","Poland"),
  E("European Maritime Day","2040-05",None,"Kiel","Germany"),
  E("Boat Builders' Day","2041-06",None,"Ustka","Poland")],
 ["2040","2041-03","2041-03-07","2039-11","2040-02-01","2040-06-14","2040-09-23/2040-09-25","2040-11-21",
  "2040-01-20/2040-01-28","2040-05","2040-12","2041-02-12","2041","2041/2045","2041-06"],
 ["Access to skilled workers is the first problem for 29 of 41 members",
  "Members value the joint fair stands more than any other service",
  "Only one member in five has worked with a research institution in the last three years",
  "The new office in Ustka is used mainly by the smaller yards"],
 pub="2041-03")
