from h import *
F = 'g11_delta_forum_survey-pdf.txt'
assert wd(2034,10,19)=='Thursday' and wd(2034,10,18)=='Wednesday'
T = """Delta Cluster Forum 2034 – Participant survey: results                                  Zeeland Innovation Board

DELTA CLUSTER FORUM 2034
Middelburg, 18–19 October 2034

Participant survey – results and lessons for the 2035 edition

Report prepared by: Femke van der Heijden and Lars Verhulst, Zeeland Innovation Board (ZIB)
Version 1.1 – 30 November 2034


1. Background

The Delta Cluster Forum 2034 took place on Wednesday 18 and Thursday 19 October 2034 in the Zeeuwse Bibliotheek
and the Abdij conference rooms in Middelburg. It was the sixth edition of the forum and the first one organised
jointly with the Flemish partner POM West-Vlaanderen under the Interreg Vlaanderen-Nederland project DeltaLinks.
The forum brought together 342 registered participants: cluster managers, company representatives, researchers
and public officials from the Netherlands, Belgium and, for the first time, the Hauts-de-France region.

Keynote speakers were Maarten Kluivers, Director-General for Enterprise and Innovation at the Ministry
of Economic Affairs, and Dr Annelies Goossens, head of the cluster policy unit at VLAIO (Agentschap Innoveren
& Ondernemen). The programme included four plenary sessions, twelve parallel workshops, a matchmaking ses-
sion with the Enterprise Europe Network Netherlands and a forum dinner on the Wednesday evening at the
Zeeuws Museum. As in earlier years, the forum was free of charge for participants from companies; public
authorities and consultants paid a fee of 120 euro. Around 40 exhibitors, most of them members of the
clusters in the two border regions, presented their products in the library hall.

An online survey was sent to all participants on 23 October 2034 and remained open until 10 November 2034. A
reminder was sent on 3 November 2034.

2. Response

In total 131 people answered the survey (response rate 38%). Respondents by type of organisation:

  Company (SME)                                   44   34%
  Company (large)                                 12    9%
  Cluster organisation                            27   21%
  University or research centre                   21   16%
  Public authority                                19   14%
  Other                                            8    6%

Respondents by country: the Netherlands 71, Belgium 48, France 9, other 3.


Zeeland Innovation Board · Delta Cluster Forum 2034 survey                                                   page 1 of 3
________________________________________________________________________________________________________________

Delta Cluster Forum 2034 – Participant survey: results                                  Zeeland Innovation Board

3. Overall satisfaction

The average overall score was 8.1 out of 10 (2033 edition: 7.6). The plenary on the future of European cluster
policy, moderated by Joost Dekker of Omroep Zeeland, received the highest score (8.6). The panel with Sophie
Lamarque, Director of the Pôle Mer Hauts-de-France, and Ruben Claeys, cluster manager at Flux50, was rated
8.4. The parallel workshops were rated between 6.9 and 8.3; the workshop on hydrogen valleys, led by Ingrid
Sterkenburg of the North Sea Port company, was the best-rated workshop.

Matchmaking: 118 bilateral meetings were held. 62% of those who took part in matchmaking expect a follow-up
with at least one contact; 14% have already agreed a concrete project or an order.

Venue and organisation: 89% were satisfied with the venue; the main complaint (mentioned 23 times) was the
distance between the library and the abbey rooms in the rain. Catering received 7.4 on average.

4. Key findings

- Participants value the forum mostly for cross-border contacts: 72% name networking as the main reason to attend
- The policy plenaries are appreciated but should leave more time for questions from the floor
- SMEs want shorter, practical workshops with concrete cases rather than presentations of projects
- Matchmaking works well but should be opened to participants from outside the two Interreg regions
- French-speaking participants asked for interpretation or more sessions in French
- Only 31% of respondents were aware of the European Cluster Collaboration Platform before the forum

5. Open comments (selection)

"Finally a conference where I met customers and not only other cluster managers." (SME, Vlissingen)
"The dinner at the museum was the best networking of the year." (Research centre, Ghent)
"Please publish the slides within a week, not a month." (Public authority, Lille)


Zeeland Innovation Board · Delta Cluster Forum 2034 survey                                                   page 2 of 3
________________________________________________________________________________________________________________

Delta Cluster Forum 2034 – Participant survey: results                                  Zeeland Innovation Board

6. Recommendations for the 2035 edition

- Keep the two-day format but start on a Tuesday to avoid the Friday travel of Belgian participants
- Reserve 15 minutes for questions in each plenary
- Offer interpretation into French for the plenary sessions
- Invite non-Dutch and non-Belgian clusters to the matchmaking through the ECCP

The steering committee discussed these results on 24 November 2034 and adopted the recommendations. The
2035 forum will be held in Bruges, hosted by POM West-Vlaanderen, on 16 and 17 October 2035 (to be con-
firmed).

Acknowledgements: we thank the Province of Zeeland, the Municipality of Middelburg and Impuls Zeeland for
their financial support, and all participants who took the time to answer.

Contact: Femke van der Heijden, programme manager, ZIB – f.vanderheijden@zib.example – +31 118 000 220

Annex (available on request): full questionnaire; scores of all twelve workshops; list of exhibitors.


Zeeland Innovation Board · Delta Cluster Forum 2034 survey                                                   page 3 of 3
"""
write(F, T)
gold(F,
 [P("Femke van der Heijden","programme manager","ZIB"), P("Lars Verhulst",None,"Zeeland Innovation Board"),
  P("Maarten Kluivers","Director-General for Enterprise and Innovation","Ministry of Economic Affairs"),
  P("Annelies Goossens","head of the cluster policy unit","VLAIO"),
  P("Joost Dekker",None,"Omroep Zeeland"), P("Sophie Lamarque","Director","Pôle Mer Hauts-de-France"),
  P("Ruben Claeys","cluster manager","Flux50"), P("Ingrid Sterkenburg",None,"North Sea Port")],
 [O("Zeeland Innovation Board","ZIB"), O("POM West-Vlaanderen"), O("Ministry of Economic Affairs"),
  O("Agentschap Innoveren & Ondernemen","VLAIO"), O("Enterprise Europe Network Netherlands"),
  O("Omroep Zeeland"), O("Pôle Mer Hauts-de-France"), O("Flux50"), O("North Sea Port"),
  O("European Cluster Collaboration Platform","ECCP"), O("Province of Zeeland"), O("Municipality of Middelburg"),
  O("Impuls Zeeland")],
 [E("Delta Cluster Forum 2034","2034-10-18","2034-10-19","Middelburg","Netherlands"),
  E("forum dinner","2034-10-18",None,"Middelburg","Netherlands"),
  E("steering committee","2034-11-24",None,None,None),
  E("Delta Cluster Forum (2035 edition)","2035-10-16","2035-10-17","Bruges","Belgium")],
 ["2034-10-18/2034-10-19","2034-11-30","2034-10-23","2034-11-10","2034-11-03","2034-11-24","2035-10-16/2035-10-17"],
 ["Participants value the forum mostly for cross-border contacts: 72% name networking as the main reason to attend",
  "The policy plenaries are appreciated but should leave more time for questions from the floor",
  "SMEs want shorter, practical workshops with concrete cases rather than presentations of projects",
  "Matchmaking works well but should be opened to participants from outside the two Interreg regions",
  "French-speaking participants asked for interpretation or more sessions in French",
  "Only 31% of respondents were aware of the European Cluster Collaboration Platform before the forum",
  "Keep the two-day format but start on a Tuesday to avoid the Friday travel of Belgian participants",
  "Reserve 15 minutes for questions in each plenary",
  "Offer interpretation into French for the plenary sessions",
  "Invite non-Dutch and non-Belgian clusters to the matchmaking through the ECCP"],
 pub="2034-11-30")
