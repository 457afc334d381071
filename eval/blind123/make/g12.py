from h import *
F = 'g12_amiens_cluster_week_report-pdf.txt'
assert wd(2039,6,7)=='Tuesday' and wd(2039,6,9)=='Thursday' and wd(2039,6,30)=='Thursday' and wd(2039,6,8)=='Wednesday'
T = """Hauts-de-France Cluster Week 2039 – Event report                                   1

HAUTS-DE-FRANCE CLUSTER WEEK 2039
Event report
Amiens, 7–9 June 2039

Prepared by the Agence Régionale d'Innovation Hauts-de-France (ARI HdF)
Cluster Policy Team · published 30 June 2039

1. The week in figures
The fifth Hauts-de-France Cluster Week brought 612 registered partici-
pants to Amiens over three days, 38 % more than the 2038 edition in Lille.
Twenty-two cluster organisations and competitiveness poles of the region
took part, among them Pôle IAR (bioeconomy), Clubster NSL (health and
nutrition), Euramaterials and the i-Trans rail cluster. Guests came
from Flanders, Kent and the Ruhr area. The week was part of the EU Cluster
Weeks campaign of the European Cluster Collaboration Platform (ECCP).

2. What happened, day by day
Tuesday 7 June – Cluster managers' day, Citadelle campus, Université de
Picardie Jules Verne. Opening by Hélène Duchâteau-Lemaire, Director
General of ARI HdF, and Franck Vasseur, regional councillor in charge of
economic development for the Région Hauts-de-France. A workshop on
cluster performance indicators was led by Dr Pieter-Jan Van Acker of
Flanders Innovation & Entrepreneurship (VLAIO). In the evening, a
reception at the Hôtel de Région antenna in Amiens.

Wednesday 8 June – Matchmaking day at Mégacité. 417 pre-arranged B2B
meetings between 208 companies. In parallel, the general assembly of
the regional cluster association France Clusters Hauts-de-France
elected its new president, Nathalie Kowalski (Pôle IAR), who succeeds
Jean-Marc Delattre after two terms (2033–2039).

Hauts-de-France Cluster Week 2039 – Event report                                   2

Thursday 9 June – Field visits. Group A visited the Bioeconomy Demo
Plant of Pôle IAR in Pomacle near Reims (coach at 07:30); group B visited
the Valeo plant in Amiens and the Amiens Energy Transition Hub. The day
ended with a closing lunch at the Citadelle.

3. Voices from the week
"We came to learn how French poles finance their international teams,
and we leave with two project ideas," said Sarah Okonkwo-Brennan, cluster
manager of Kent Engineering Network.
Lukas Brandhorst of ruhr:bioeconomy, Gelsenkirchen, added that the match-
making format should be copied "everywhere".

4. Key takeaways
The Cluster Policy Team drew the following key takeaways from the eval-
uation forms (291 returned) and the managers' workshop:
• Cluster organisations want one shared regional set of performance
  indicators instead of a different report for each funder
• Matchmaking works best when meetings are booked at least one week ahead
  and profiles are checked by the organisers
• Cross-border cooperation with Flanders and Kent should move from single
  events to a standing programme
• Field visits were the most appreciated part of the week and should
  remain on the last day

5. Next edition
The sixth Hauts-de-France Cluster Week will take place in Valenciennes
in June 2040, coinciding with the regional rail innovation days organ-
ised by i-Trans. A call for session proposals will open in January 2040,
with a deadline of 28 February 2040.

Contact: Cluster Policy Team, ARI HdF, clusters@ari-hdf.example.fr

Hauts-de-France Cluster Week 2039 – Event report                                   3
Annex – Previous editions
1st edition: 2035, Lille (one day, 140 participants)
2nd edition: 2036, Compiègne (one day, 210 participants)
3rd edition: 2037, Dunkirk (three days, 380 participants)
4th edition: 2038, Lille (three days, 443 participants)
The three-day format introduced in Dunkirk has been kept since. Partici-
pant numbers are registrations, not badges collected on site, so the
real attendance is probably about ten per cent lower each year.
"""
write(F, T)
A="Agence Régionale d'Innovation Hauts-de-France"
gold(F,
 [P("Hélène Duchâteau-Lemaire","Director General","ARI HdF"),
  P("Franck Vasseur","regional councillor in charge of economic development","Région Hauts-de-France"),
  P("Pieter-Jan Van Acker",None,"Flanders Innovation & Entrepreneurship"),
  P("Nathalie Kowalski","president","France Clusters Hauts-de-France"),
  P("Jean-Marc Delattre",None,None),
  P("Sarah Okonkwo-Brennan","cluster manager","Kent Engineering Network"),
  P("Lukas Brandhorst",None,"ruhr:bioeconomy")],
 [O(A,"ARI HdF"), O("Pôle IAR"), O("Clubster NSL"), O("Euramaterials"), O("i-Trans"),
  O("European Cluster Collaboration Platform","ECCP"), O("Université de Picardie Jules Verne"), O("Région Hauts-de-France"),
  O("Flanders Innovation & Entrepreneurship","VLAIO"), O("France Clusters Hauts-de-France"), O("Valeo"),
  O("Amiens Energy Transition Hub"), O("Kent Engineering Network"), O("ruhr:bioeconomy")],
 [E("Hauts-de-France Cluster Week 2039","2039-06-07","2039-06-09","Amiens","France"),
  E("2038 edition","2038",None,"Lille","France"),
  E("EU Cluster Weeks"),
  E("Cluster managers' day","2039-06-07",None,"Amiens","France"),
  E("workshop on cluster performance indicators","2039-06-07",None,"Amiens","France"),
  E("reception","2039-06-07",None,"Amiens","France"),
  E("Matchmaking day","2039-06-08",None,"Amiens","France"),
  E("general assembly of the regional cluster association France Clusters Hauts-de-France","2039-06-08",None,"Amiens","France"),
  E("Field visits","2039-06-09",None,None,"France"),
  E("closing lunch","2039-06-09",None,"Amiens","France"),
  E("sixth Hauts-de-France Cluster Week","2040-06",None,"Valenciennes","France"),
  E("regional rail innovation days","2040-06",None,"Valenciennes","France"),
  E("1st edition","2035",None,"Lille","France"),
  E("2nd edition","2036",None,"Compiègne","France"),
  E("3rd edition","2037",None,"Dunkirk","France")],
 ["2039-06-07/2039-06-09","2039-06-30","2038","2039-06-07","2039-06-08","2033/2039","2039-06-09","2040-06","2040-01","2040-02-28","2035","2036","2037"],
 ["Cluster organisations want one shared regional set of performance indicators instead of a different report for each funder",
  "Matchmaking works best when meetings are booked at least one week ahead and profiles are checked by the organisers",
  "Cross-border cooperation with Flanders and Kent should move from single events to a standing programme",
  "Field visits were the most appreciated part of the week and should remain on the last day"],
 pub="2039-06-30")
