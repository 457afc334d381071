from h import *
F = 'lithuanian_cluster_association_calendar_2033_h2-pdf.txt'
def a(y,m,d): return wd(y,m,d,'ab')
T = f"""LITHUANIAN CLUSTER ASSOCIATION · CALENDAR OF EVENTS · JULY–DECEMBER 2033                    1

Calendar of events
July – December 2033

Lithuanian Cluster Association (LCA) / Lietuvos klasterių asociacija
with the Ministry of the Economy and Innovation and Innovation Agency Lithuania

Issued: 20 June 2033 · Edition 2/2033

This calendar lists the events of the Lithuanian Cluster Association and of
its 41 member clusters, as well as international events in which the
association takes part. It is published twice a year, in December and in
June, and updated monthly on the website. Member clusters are kindly
asked to send their events for the next edition to the LCA office by
15 November 2033. Events marked (p) are provisional; their dates and
venues will be confirmed at least four weeks in advance. For the events of
the European cluster community, please also consult the calendar of the
European Cluster Collaboration Platform.

Legend: Mo Tu We Th Fr Sa Su = weekday · [M] members only · [O] open · [F] fee · (p) provisional

JULY 2033
{a(2033,7,7)} 07.07    Cluster managers' summer meeting, Palanga [M]
                 Host: Klaipėda Maritime Technology Cluster; contact Rūta Vaičiulytė
{a(2033,7,14)} 14.07    Webinar "Horizon Europe calls for clusters" [O]
                 Speaker: Dr. Darius Kavaliauskas, National Contact Point, Research
                 Council of Lithuania

AUGUST 2033
                 No events – summer break of the LCA office (01.08–22.08)
{a(2033,8,30)} 30.08    LCA Board meeting, Vilnius [M]

SEPTEMBER 2033
{a(2033,9,14)} 14.09–   Baltic Cluster Days 2033, Riga (Latvia) [F]
{a(2033,9,15)} 15.09    organised by the Latvian Clusters Association with the LCA and the
                 Estonian cluster network; LCA delegation led by President
                 Audrius Jasėnas
{a(2033,9,22)} 22.09    Laser and photonics cluster open day, Vilnius [O]
                 Host: Lithuanian Laser Association (LLA)
{a(2033,9,28)} 28.09    Cluster excellence training, module 3: "Financing clus-
                 ter services", Kaunas [M][F] – trainer Dr. Evelina
                 Stravinskienė, Kaunas University of Technology

OCTOBER 2033
{a(2033,10,5)} 05.10    Lithuanian Innovation Forum (LIF 2033), Vilnius, LITEXPO [O]
                 LCA session "Clusters in the Lithuanian smart specialisation
                 strategy" – moderator Gintarė Petrulienė, LCA Executive
                 Director
{a(2033,10,12)} 12.10 (p) Study visit of the Polish cluster Dolina Lotnicza to Kaunas
                 aviation companies [M]
{a(2033,10,19)} 19.10    LCA General Assembly, Kaunas, Žalgiris Arena conference
                 centre [M] – election of the Board 2033–2036

- 1 -
________________________________________________________________________________

LITHUANIAN CLUSTER ASSOCIATION · CALENDAR OF EVENTS · JULY–DECEMBER 2033                    2

OCTOBER 2033 (continued)
{a(2033,10,26)} 26.10–   European Cluster Conference 2033, Brussels (Belgium)
{a(2033,10,28)} 28.10    organised by the European Commission, DG GROW; the LCA pre-
                 pares a joint stand of Lithuanian clusters

NOVEMBER 2033
{a(2033,11,9)} 09.11    Webinar "Cluster internationalisation: lessons from
                 Japan" [O] – with Kenji Watanabe-Sato, JETRO Brussels
{a(2033,11,16)} 16.11 (p) Food cluster matchmaking, Marijampolė [O]
                 Host: Food Processing Cluster Sūduva
{a(2033,11,24)} 24.11    Cluster excellence training, module 4: "Measuring im-
                 pact", Vilnius [M][F]

DECEMBER 2033
{a(2033,12,7)} 07.12    LCA Christmas conference and award "Cluster of the Year
                 2033", Vilnius, Town Hall [O]
                 Jury chair: Prof. Dr. Laima Okunevičiūtė-Neverauskienė
{a(2033,12,14)} 14.12    LCA Board meeting, online [M]

CHANGES SINCE EDITION 1/2033
- The Baltic Cluster Days were moved from June to September 2033 at the
  request of the Latvian hosts.
- The module 2 training planned for 06.07 is cancelled; participants will
  be invited to module 3 free of charge.
- The webinar with JETRO, originally 02.11, now takes place on 09.11.

ABOUT THE LCA
The Lithuanian Cluster Association was founded in 2016 by eleven clusters
and today represents more than 1,200 companies, universities and research
centres. It advises the Ministry on cluster policy, runs the national
cluster excellence training and organises the annual award "Cluster of
the Year". Since 2030 the association has also been a member of the
Baltic Sea cluster network BSR Clusters Alliance.

REGISTRATION
Registration for all open events through www.klasteriai.example/renginiai.
For events marked [F], members pay EUR 50, non-members EUR 120. Places in
the cluster excellence training are limited to 25 per module. The training
programme is co-financed by Innovation Agency Lithuania under the measure
"Klasterių tinklų skatinimas" 2028–2034.

CONTACT
Lithuanian Cluster Association, Gedimino pr. 00, LT-01103 Vilnius
Gintarė Petrulienė, Executive Director · +370 600 00000
Mantas Žukauskas, events coordinator · renginiai@klasteriai.example

Calendar of events July–December 2033 · subject to change           - 2 -
"""
write(F, T)
gold(F,
 [P('Rūta Vaičiulytė', None, 'Klaipėda Maritime Technology Cluster'),
  P('Darius Kavaliauskas', 'National Contact Point', 'Research Council of Lithuania'),
  P('Audrius Jasėnas', 'President', 'Lithuanian Cluster Association'),
  P('Evelina Stravinskienė', 'trainer', 'Kaunas University of Technology'),
  P('Gintarė Petrulienė', 'Executive Director', 'Lithuanian Cluster Association'),
  P('Kenji Watanabe-Sato', None, 'JETRO Brussels'),
  P('Laima Okunevičiūtė-Neverauskienė', 'Jury chair', None),
  P('Mantas Žukauskas', 'events coordinator', 'Lithuanian Cluster Association')],
 [O('Lithuanian Cluster Association', 'LCA'), O('Ministry of the Economy and Innovation'), O('Innovation Agency Lithuania'),
  O('Klaipėda Maritime Technology Cluster'), O('Research Council of Lithuania'), O('Latvian Clusters Association'),
  O('Lithuanian Laser Association', 'LLA'), O('Kaunas University of Technology'), O('Dolina Lotnicza'), O('European Commission'),
  O('DG GROW'), O('JETRO Brussels'), O('Food Processing Cluster Sūduva'), O('European Cluster Collaboration Platform'), O('BSR Clusters Alliance')],
 [E("Cluster managers' summer meeting", '2033-07-07', '2033-07-07', 'Palanga', 'Lithuania'),
  E('Webinar "Horizon Europe calls for clusters"', '2033-07-14', '2033-07-14', None, None),
  E('LCA Board meeting', '2033-08-30', '2033-08-30', 'Vilnius', 'Lithuania'),
  E('Baltic Cluster Days 2033', '2033-09-14', '2033-09-15', 'Riga', 'Latvia'),
  E('Laser and photonics cluster open day', '2033-09-22', '2033-09-22', 'Vilnius', 'Lithuania'),
  E('Cluster excellence training, module 3: "Financing cluster services"', '2033-09-28', '2033-09-28', 'Kaunas', 'Lithuania'),
  E('Lithuanian Innovation Forum (LIF 2033)', '2033-10-05', '2033-10-05', 'Vilnius', 'Lithuania'),
  E('Study visit of the Polish cluster Dolina Lotnicza', '2033-10-12', '2033-10-12', 'Kaunas', 'Lithuania'),
  E('LCA General Assembly', '2033-10-19', '2033-10-19', 'Kaunas', 'Lithuania'),
  E('European Cluster Conference 2033', '2033-10-26', '2033-10-28', 'Brussels', 'Belgium'),
  E('Webinar "Cluster internationalisation: lessons from Japan"', '2033-11-09', '2033-11-09', None, None),
  E('Food cluster matchmaking', '2033-11-16', '2033-11-16', 'Marijampolė', 'Lithuania'),
  E('Cluster excellence training, module 4: "Measuring impact"', '2033-11-24', '2033-11-24', 'Vilnius', 'Lithuania'),
  E('LCA Christmas conference and award "Cluster of the Year 2033"', '2033-12-07', '2033-12-07', 'Vilnius', 'Lithuania'),
  E('LCA Board meeting', '2033-12-14', '2033-12-14', None, None),
  E('module 2 training', '2033-07-06', '2033-07-06', None, None)],
 ['2033-07/2033-12', '2033-06-20', '2033-07', '2033-07-07', '2033-07-14', '2033-08', '2033-08-01/2033-08-22', '2033-08-30', '2033-09',
  '2033-09-14/2033-09-15', '2033-09-22', '2033-09-28', '2033-10', '2033-10-05', '2033-10-12', '2033-10-19', '2033/2036',
  '2033-10-26/2033-10-28', '2033-11', '2033-11-09', '2033-11-16', '2033-11-24', '2033-12', '2033-12-07', '2033-12-14',
  '2033-06', '2033-07-06', '2033-11-02', '2028/2034', '2033-11-15', '2016', '2030'],
 [], pub='2033-06-20')
