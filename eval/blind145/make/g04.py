from h import *
F = 'g04_rzeszow_cluster_evaluation-pdf.txt'
assert wd(2040,9,17)=='Monday' and wd(2040,6,12)=='Tuesday'
T = """Ex-post evaluation of the Podkarpackie Cluster Support Scheme 2034–2039
Executive summary

Commissioned by: Podkarpackie Regional Development Agency (RARR S.A.), Rzeszów
Prepared by: Vistula Policy Evaluation sp. z o.o., Kraków
Evaluation team: Dr Agnieszka Wróbel-Nowak (team leader), Michał Szczepański
(economist), Dr Olena Kovalchuk (survey methods), Bartosz Jędrzejczyk
Final version accepted by the Steering Committee on Monday 17 September 2040

                                                                        page 1
---------------------------------------------------------------------------
Ex-post evaluation of the Podkarpackie Cluster Support Scheme · Executive summary

1. Object and scope

The Podkarpackie Cluster Support Scheme was launched by the Marshal's
Office of the Podkarpackie Voivodeship in 2034 and ran until Decem-
ber 2039. It provided operating and project grants to cluster organisa-
tions in the region, with a total budget of PLN 148 million from the
regional programme. Nine cluster organisations received support, the
largest being the Aviation Valley Association (Stowarzyszenie Grupy
Przedsiębiorców Przemysłu Lotniczego Dolina Lotnicza) in Rzeszów, the
Podkarpackie ICT Cluster and the Bieszczady Wood Cluster in Sanok.

The evaluation covers effectiveness, efficiency, impact on member com-
panies and the sustainability of cluster organisations after the end
of funding. Fieldwork took place from March to July 2040: 1,140 firm-
level records were analysed, 212 companies answered an online survey,
and 38 interviews were held. A validation workshop with cluster man-
agers took place in Rzeszów on Tuesday 12 June 2040.

                                                                        page 2
---------------------------------------------------------------------------
Ex-post evaluation of the Podkarpackie Cluster Support Scheme · Executive summary

2. Main findings

- Supported cluster members increased their R&D spending by 23% more
  than a matched group of non-member firms over the period 2034–2039
- The effect on exports was significant only for firms in the aviation
  and ICT clusters; in the wood and food clusters no measurable effect
  was found
- Operating grants were used mainly to keep staff: on average a cluster
  organisation employed 4.2 people, against 2.1 before the scheme
- Only three of the nine cluster organisations had a business model that
  would allow them to survive without public money for more than two
  years
- Cooperation with clusters outside Poland remained concentrated in a
  few firms; 61% of international contacts were made by 18 companies

3. Recommendations

The evaluators recommend that the Managing Authority:
1. Continue operating support in a successor scheme, but make it de-
   gressive over five years and conditional on a growing share of
   membership fees and paid services
2. Focus project grants on joint R&D and testing with SMEs, where the
   evidence of impact is strongest
3. Introduce a light monitoring system with three result indicators
   per cluster, reported yearly
4. Support smaller clusters in merging or sharing back-office functions
5. Use the Eastern Poland macro-regional programme to fund internatio-
   nal partnerships with clusters in Slovakia, Ukraine and Lithuania

                                                                        page 3
---------------------------------------------------------------------------
Ex-post evaluation of the Podkarpackie Cluster Support Scheme · Executive summary

4. Management response

In its response of 1 October 2040 the Management Board of RARR S.A.
accepted recommendations 1 to 4 and partly accepted recommendation 5.
Deputy Marshal Krzysztof Mazur-Pawlak announced that a successor
scheme for 2041–2047 would be presented at the Podkarpackie Cluster
Forum in Jasionka on 22–23 November 2040. The Forum is organised each
year by Aviation Valley and the G2A Arena congress centre; the 2039
edition gathered 560 participants.

Comments on the draft were received from the Polish Agency for
Enterprise Development (PARP), from the Rzeszów University of Technology
and from Joanna Lis-Kowalczyk, President of the Management Board of
the Podkarpackie ICT Cluster.

The full report (146 pages, Polish, with an English summary) and the
data annex are available on the website of the agency.

Steering Committee members: Paweł Ryś (RARR S.A., chair), Anna Dębska
(Marshal's Office, Department of Regional Policy), Prof. Stefan
Głowacki (Rzeszów University of Technology), Wojciech van Hoorn
(independent expert).

                                                                        page 4
"""
write(F, T)
V="Vistula Policy Evaluation sp. z o.o."; RA="Podkarpackie Regional Development Agency"
gold(F,
 [P("Agnieszka Wróbel-Nowak","team leader",V), P("Michał Szczepański","economist",V),
  P("Olena Kovalchuk","survey methods",V), P("Bartosz Jędrzejczyk",None,V),
  P("Krzysztof Mazur-Pawlak","Deputy Marshal",None),
  P("Joanna Lis-Kowalczyk","President of the Management Board","Podkarpackie ICT Cluster"),
  P("Paweł Ryś","chair","RARR S.A."), P("Anna Dębska",None,"Department of Regional Policy"),
  P("Stefan Głowacki",None,"Rzeszów University of Technology"), P("Wojciech van Hoorn","independent expert",None)],
 [O(RA,"RARR S.A."), O(V), O("Marshal's Office of the Podkarpackie Voivodeship"),
  O("Aviation Valley Association"), O("Podkarpackie ICT Cluster"), O("Bieszczady Wood Cluster"),
  O("Polish Agency for Enterprise Development","PARP"), O("Rzeszów University of Technology"),
  O("Department of Regional Policy"), O("G2A Arena")],
 [E("Steering Committee","2040-09-17",None,None,None),
  E("validation workshop","2040-06-12",None,"Rzeszów","Poland"),
  E("Podkarpackie Cluster Forum","2040-11-22","2040-11-23","Jasionka","Poland"),
  E("Podkarpackie Cluster Forum","2039",None,None,None)],
 ["2034/2039","2040-09-17","2034","2039-12","2040-03/2040-07","2040-06-12","2040-10-01","2041/2047","2040-11-22/2040-11-23","2039"],
 ["Supported cluster members increased their R&D spending by 23% more than a matched group of non-member firms over the period 2034–2039",
  "The effect on exports was significant only for firms in the aviation and ICT clusters; in the wood and food clusters no measurable effect was found",
  "Operating grants were used mainly to keep staff: on average a cluster organisation employed 4.2 people, against 2.1 before the scheme",
  "Only three of the nine cluster organisations had a business model that would allow them to survive without public money for more than two years",
  "Cooperation with clusters outside Poland remained concentrated in a few firms; 61% of international contacts were made by 18 companies",
  "Continue operating support in a successor scheme, but make it de- gressive over five years and conditional on a growing share of membership fees and paid services",
  "Focus project grants on joint R&D and testing with SMEs, where the evidence of impact is strongest",
  "Introduce a light monitoring system with three result indicators per cluster, reported yearly",
  "Support smaller clusters in merging or sharing back-office functions",
  "Use the Eastern Poland macro-regional programme to fund internatio- nal partnerships with clusters in Slovakia, Ukraine and Lithuania"],
 pub=None)
