from h import *
F = 'g04_aarhus_food_cluster_peer_review-pdf.txt'
assert wd(2039,4,12)=='Tuesday' and wd(2039,4,14)=='Thursday' and wd(2039,5,3)=='Tuesday'
H = "Peer Review Report – East Jutland Food Innovation Cluster                    April 2039"
T = H + """

                         CLUSTER PEER REVIEW
                  East Jutland Food Innovation Cluster
                              (EJFIC)
                         Aarhus, Denmark

          Peer review visit: 12–14 April 2039 · Report date: 3 May 2039

Review team
Dr. Ilse Vandenberghe, Managing Director, Flanders' FOOD (lead peer)
Tomás Ó Briain, Cluster Manager, Food Hub Munster
Katarzyna Pawlak-Nowicka, Head of Internationalisation, Wielkopolska Food
Cluster
Coordinated by: Fernando Alarcón-Pérez, peer review facilitator, European
Secretariat for Cluster Analysis (ESCA)

                                                                        1
""" + "\f" + H + """

1. Introduction and method

The East Jutland Food Innovation Cluster asked for a peer review to prepare its
strategy for 2040–2044. Before the visit, the cluster management sent a self-
assessment of 28 pages, a member survey with 96 replies and its financial ac-
counts for 2036–2038. During the three-day visit in Aarhus the team interviewed
31 people: board members, staff, member companies of all sizes, researchers
from Aarhus University and representatives of the Central Denmark Region and
the Danish Board of Business Development.

The cluster was founded in 2012 and has 146 members: 21 large
food processors, 98 small and medium-sized companies, nine start-ups
in alternative proteins and a group of research and education partners.
Its secretariat of six people is hosted at Agro Food Park in Skejby, on
the northern edge of Aarhus. Since 2031 the cluster has been one of the
national cluster organisations recognised by the Danish Board of Busi-
ness Development, which provides a large part of its core funding.

The programme of the visit was as follows:

Tuesday 12 April    09:00  Welcome and presentation of the self-assessment by
                           cluster manager Mette Kjærgaard Lund
                    13:00  Interviews with board members, chaired by Søren
                           Damgaard, CEO of Nordlys Mejeri A/S
                    18:00  Working dinner with the board at Agro Food Park
Wednesday 13 April  09:00  Company visits: Skagerak Fisk ApS, Grøn Protein
                           Aarhus and the test kitchen of Danish Crown
                    14:00  Interviews with researchers and regional partners
Thursday 14 April   10:00  Feedback session and oral findings

2. Strengths

The review team identified the following strengths:

• The cluster has a clear focus on alternative proteins and food waste
  reduction, which matches both regional priorities and member demand
• Member satisfaction is high: 87 per cent of survey respondents would
  recommend membership to another company
• The cluster management team is small but experienced, and its links to
  Aarhus University give members fast access to laboratory capacity
• The test kitchen scheme, run with Danish Crown and the Aarhus Business
  Academy, is a good practice that other food clusters in Europe should copy

                                                                        2
""" + "\f" + H + """

3. Areas for improvement

• The cluster depends on regional funding for 64 per cent of its budget; a
  plan to raise income from services is needed before 2041
• Small start-ups feel that the board is dominated by large processors; the
  board should include at least two seats reserved for companies with fewer
  than 50 employees
• International activities are driven by opportunity rather than by a
  written internationalisation strategy
• The cluster does not yet measure the results of its services in a
  systematic way

4. Recommendations

The review team recommends that the cluster:

1. Adopt a written internationalisation strategy with three target markets
   by the end of 2039
2. Introduce a paid service catalogue for members, starting with regulatory
   advice on novel food applications
3. Reserve two board seats for start-ups and small companies at the general
   assembly in 2040
4. Set up a simple results framework with five indicators and report on it
   in each annual report
5. Apply for the Gold Label of the European Cluster Excellence Initiative
   once the strategy 2040–2044 is adopted

                                                                        3
""" + "\f" + H + """

5. Response of the cluster

In her reply, cluster manager Mette Kjærgaard Lund thanked the team and ac-
cepted recommendations 1, 2, 4 and 5. Recommendation 3 will be discussed by
the board, as it requires a change of the statutes. The chair of the board,
Søren Damgaard, said the review had "told us politely what our youngest mem-
bers have been telling us less politely for two years".

Jens Peter Holm, head of business development at the Central Denmark Region,
welcomed the review and said the region would use it in its next funding
decision in the autumn of 2039.

6. Next steps

A follow-up call between the review team and the cluster is planned for
October 2039. The cluster will present its new strategy at the Danish Food
Cluster Day in Aarhus on 6 June 2040.

Acknowledgements
The review team thanks Line Bech Sørensen, communication officer, for the
excellent organisation of the visit, and all interviewees for their time
and frankness.

Annex: list of interviewees (not published)

                                                                        4
"""
write(F, T)
EJ="East Jutland Food Innovation Cluster"
gold(F,
 [P("Ilse Vandenberghe","Managing Director","Flanders' FOOD"),
  P("Tomás Ó Briain","Cluster Manager","Food Hub Munster"),
  P("Katarzyna Pawlak-Nowicka","Head of Internationalisation","Wielkopolska Food Cluster"),
  P("Fernando Alarcón-Pérez","peer review facilitator","European Secretariat for Cluster Analysis"),
  P("Mette Kjærgaard Lund","cluster manager",EJ),
  P("Søren Damgaard","CEO","Nordlys Mejeri A/S"),
  P("Jens Peter Holm","head of business development","Central Denmark Region"),
  P("Line Bech Sørensen","communication officer",None)],
 [O(EJ,"EJFIC"), O("Flanders' FOOD"), O("Food Hub Munster"), O("Wielkopolska Food Cluster"),
  O("European Secretariat for Cluster Analysis","ESCA"), O("Aarhus University"), O("Central Denmark Region"),
  O("Danish Board of Business Development"), O("Nordlys Mejeri A/S"), O("Agro Food Park"), O("Skagerak Fisk ApS"),
  O("Grøn Protein Aarhus"), O("Danish Crown"), O("Aarhus Business Academy"),
  O("European Cluster Excellence Initiative")],
 [E("Peer review visit","2039-04-12","2039-04-14","Aarhus","Denmark"),
  E("Working dinner","2039-04-12",None,None,None),
  E("Company visits","2039-04-13",None,None,None),
  E("Feedback session","2039-04-14",None,None,None),
  E("follow-up call","2039-10",None,None,None),
  E("Danish Food Cluster Day","2040-06-06",None,"Aarhus","Denmark"),
  E("general assembly","2040",None,None,None)],
 ["2039-04","2039-04-12/2039-04-14","2039-05-03","2040/2044","2036/2038","2039-04-12","2039-04-13","2039-04-14",
  "2041","2039","2040","2039-10","2040-06-06","2012","2031"],
 ["The cluster has a clear focus on alternative proteins and food waste reduction, which matches both regional priorities and member demand",
  "Member satisfaction is high: 87 per cent of survey respondents would recommend membership to another company",
  "The cluster management team is small but experienced, and its links to Aarhus University give members fast access to laboratory capacity",
  "The test kitchen scheme, run with Danish Crown and the Aarhus Business Academy, is a good practice that other food clusters in Europe should copy",
  "The cluster depends on regional funding for 64 per cent of its budget; a plan to raise income from services is needed before 2041",
  "Small start-ups feel that the board is dominated by large processors; the board should include at least two seats reserved for companies with fewer than 50 employees",
  "International activities are driven by opportunity rather than by a written internationalisation strategy",
  "The cluster does not yet measure the results of its services in a systematic way",
  "Adopt a written internationalisation strategy with three target markets by the end of 2039",
  "Introduce a paid service catalogue for members, starting with regulatory advice on novel food applications",
  "Reserve two board seats for start-ups and small companies at the general assembly in 2040",
  "Set up a simple results framework with five indicators and report on it in each annual report",
  "Apply for the Gold Label of the European Cluster Excellence Initiative once the strategy 2040–2044 is adopted"],
 "2039-05-03")
