from h import *
F = 'g13_rural_clusters_network_newsletter-pdf.txt'
assert wd(2039,6,9)=='Thursday' and wd(2039,6,10)=='Friday' and wd(2039,6,8)=='Wednesday' and wd(2039,9,22)=='Thursday'
H = "EURURAL CLUSTERS NEWSLETTER · No. 14 · Summer 2039"
def foot(n): return f"Network of Rural Industrial Clusters in Europe (EURURAL) · www.eurural.example.eu                page {n}/3"
T = f"""{H}

Network of Rural Industrial Clusters in Europe
EURURAL CLUSTERS NEWSLETTER
No. 14 – Summer 2039
Published 4 July 2039 by the EURURAL secretariat, Tulle (Corrèze, France)

CONTENTS
1. Annual Conference in Tulle: what we heard ................... 1
2. Board meeting and new members ............................... 2
3. Webinar series "Small towns, big factories" ................. 2
4. Dates to remember ............................................ 3

1. ANNUAL CONFERENCE IN TULLE: WHAT WE HEARD

More than 140 cluster managers, mayors and re-
gional officials from eleven countries travelled to
Tulle for the EURURAL Annual Conference on 9–10
June 2039. The conference was hosted by the
Conseil départemental de la Corrèze and the local
cluster Pôle Bois-Accordéon Corrèze, which
brings together wood, musical instrument and
small mechanical firms around Tulle and Brive.

The opening was given by Pascale Vergnaud,
President of the Conseil départemental de la Cor-
rèze, and by the President of EURURAL, Dr Henrik
Aaltonen (Kainuu Industry Cluster, Finland). The
keynote, "Why factories stay in the countryside",
was delivered by Professor Mariana Costa Leite
(University of Trás-os-Montes and Alto Douro,
Portugal). She showed that firms in rural clusters
survive crises better when they share apprentices

{foot(1)}
\f{H}

and machines, not only information.

On the evening of Wednesday 8 June, a welcome
dinner at the Accordion Museum gathered the
speakers; on Friday 10 June the participants
visited the Maugein accordion workshop and a
sawmill in Égletons.

Conclusions of the conference

The closing session, chaired by Vice-President
Joanna Malec (Podhale Wood Cluster, Poland),
summed up the two days in three conclusions:

First, rural clusters must be recognised in the next cohesion policy as a category of their own and not treated as small urban clusters
Second, the shortage of housing for young workers is now a bigger obstacle to growth than transport
Finally, the network should collect comparable data on jobs and turnover in its member clusters every year

2. BOARD MEETING AND NEW MEMBERS

The EURURAL board met in Brive-la-Gaillarde on the
morning of Thursday 9 June before the conference.
It approved the accounts for 2038 and admitted
four new members:
- Cluster Agroalimentare Alta Irpinia (Italy)
- Klaster Drvnog Proizvoda Slavonija (Croatia)
- Westmeath Engineering Network (Ireland)
- Sdružení Šumava Dřevo (Czechia)

The network now counts 38 member clusters in 14 countries. The board also appoint-
ed Élodie Marsac as the network's new Secretary General from 1 September
2039. She succeeds Bernard Chassaing, who led the secretariat since 2031.

3. WEBINAR SERIES "SMALL TOWNS, BIG FACTORIES"

Three webinars are planned for the autumn:
- 22 September 2039 – Housing for apprentices (with Westmeath Engi-
  neering Network)
- October 2039 – Shared maintenance teams
- November 2039 – Buying energy together

{foot(2)}
\f{H}

4. DATES TO REMEMBER

- 30 September 2039: deadline for members' data for the annual survey
- 17–18 November 2039: EURURAL board meeting, Alta Irpinia (Italy)
- June 2040: next EURURAL Annual Conference, Sanok (Poland)

Earlier annual conferences:
2036 – Kajaani (Finland), 2–3 June
2037 – Vila Real (Portugal), 8–9 June
2038 – Nowy Targ (Poland), 14–15 June

The newsletter is prepared by the secretariat. Contributions for the autumn
issue are welcome until 15 September 2039. Contact: Bernard Chassaing, Se-
cretary General, secretariat@eurural.example.eu

{foot(3)}
"""
write(F, T)
C = "Network of Rural Industrial Clusters in Europe"
gold(F,
 [P("Pascale Vergnaud","President","Conseil départemental de la Corrèze"),
  P("Henrik Aaltonen","President",C), P("Mariana Costa Leite","Professor","University of Trás-os-Montes and Alto Douro"),
  P("Joanna Malec","Vice-President",C), P("Élodie Marsac","Secretary General",C), P("Bernard Chassaing","Secretary General",C)],
 [O(C,"EURURAL"), O("Conseil départemental de la Corrèze"), O("Pôle Bois-Accordéon Corrèze"), O("Kainuu Industry Cluster"),
  O("University of Trás-os-Montes and Alto Douro"), O("Maugein"), O("Podhale Wood Cluster"),
  O("Cluster Agroalimentare Alta Irpinia"), O("Klaster Drvnog Proizvoda Slavonija"), O("Westmeath Engineering Network"),
  O("Sdružení Šumava Dřevo")],
 [E("EURURAL Annual Conference","2039-06-09","2039-06-10","Tulle","France"),
  E("welcome dinner","2039-06-08",None,None,None),
  E("visit to the Maugein accordion workshop and a sawmill in Égletons","2039-06-10",None,None,None),
  E("board meeting","2039-06-09",None,"Brive-la-Gaillarde","France"),
  E("Housing for apprentices","2039-09-22",None,None,None),
  E("Shared maintenance teams","2039-10",None,None,None),
  E("Buying energy together","2039-11",None,None,None),
  E("EURURAL board meeting","2039-11-17","2039-11-18",None,"Italy"),
  E("EURURAL Annual Conference","2040-06",None,"Sanok","Poland"),
  E("EURURAL Annual Conference","2036-06-02","2036-06-03","Kajaani","Finland"),
  E("EURURAL Annual Conference","2037-06-08","2037-06-09","Vila Real","Portugal"),
  E("EURURAL Annual Conference","2038-06-14","2038-06-15","Nowy Targ","Poland")],
 ["2039","2039-07-04","2039-06-09/2039-06-10","2039-06-08","2039-06-10","2039-06-09","2038","2039-09-01","2031","2039-09-22","2039-10","2039-11",
  "2039-09-30","2039-11-17/2039-11-18","2040-06","2036-06-02/2036-06-03","2037-06-08/2037-06-09","2038-06-14/2038-06-15","2039-09-15"],
 ["rural clusters must be recognised in the next cohesion policy as a category of their own and not treated as small urban clusters",
  "the shortage of housing for young workers is now a bigger obstacle to growth than transport",
  "the network should collect comparable data on jobs and turnover in its member clusters every year"],
 pub="2039-07-04")
