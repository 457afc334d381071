from h import *
F = 'g16_burgas_agency_events_bulletin.txt'
assert wd(2039,2,8)=='Tuesday' and wd(2039,2,15)=='Tuesday' and wd(2039,3,10)=='Thursday' and wd(2039,3,22)=='Tuesday' and wd(2039,4,5)=='Tuesday' and wd(2039,4,7)=='Thursday' and wd(2039,3,1)=='Tuesday' and wd(2039,5,12)=='Thursday'
T = """BRDA EVENTS BULLETIN – February 2039
Burgas Regional Development Agency | Newsletter for clusters, municipalities and partners
View in browser | Forward to a colleague | Unsubscribe

Issue 2/2039 · sent 15 February 2039

Dear partners,

This bulletin brings you a short report from our workshop on cluster internationalisation, the dates of the next events organised by the agency and its partner clusters in the South-East region, and one deadline you should not miss. As always, all our events are free of charge for the members of the region's clusters.

------------------------------------------------------------
1. LOOKING BACK: WORKSHOP ON CLUSTER INTERNATIONALISATION
------------------------------------------------------------

On Tuesday 8 February, 38 cluster managers and company representatives met at the Burgas Free University for a half-day workshop on how regional clusters can take their members abroad. The workshop was opened by BRDA's Executive Director, Stoyan Georgiev-Petrov, and moderated by Desislava Koleva, head of the agency's Cluster Support Unit.

Guest speakers were Henrik Lindqvist of Business Region Halland, who presented the Swedish experience of joint export groups, and Marta Kowalczyk-Nowak, internationalisation manager at the Pomeranian Logistics Cluster in Gdynia. Three local clusters – the Black Sea Tourism Cluster, the Bulgarian Wine Cluster Strandzha-Sakar and the Burgas Chemical Industry Cluster – presented their plans for 2039.

The participants agreed on the following recommendations for the agency's work programme:
- organise at least two joint trade missions a year for members of different clusters, instead of separate small missions
- set up a shared database of foreign buyers that every cluster can use
- offer training for cluster managers in preparing B2B meetings and follow-up

Presentations are available on request. A short video summary, recorded by students of the university's media department, will be published on the agency's social media channels next week.

------------------------------------------------------------
2. COMING UP
------------------------------------------------------------

>> Thursday 10 March 2039, 10:00–16:00, Burgas
Tourism Innovation Matchmaking Day
B2B meetings between hotels, tour operators and digital service providers, organised with the Enterprise Europe Network Bulgaria at the Burgas Chamber of Commerce and Industry. Meetings of 25 minutes; register by 1 March 2039.

>> Tuesday 22 March 2039, 11:00–12:30, online
Webinar "Cluster excellence label: is it worth it?"
With Dr. Radoslav Ivanov, cluster policy expert at the Bulgarian Small and Medium Enterprises Promotion Agency (BSMEPA), and Sigrún Eiríksdóttir-Berg, assessor of the European Secretariat for Cluster Analysis.

>> Tuesday 5 to Thursday 7 April 2039, Thessaloniki (Greece)
Study visit of Burgas cluster managers to the Thessaloniki technology park and to the food cluster of Central Macedonia. Places: 15. Travel by agency minibus.

>> 12 May 2039, Sozopol
General Assembly of the Black Sea Tourism Cluster, followed by a visit to the renovated port of Sozopol. Chair: Nadezhda Stoilova.

>> June 2039 (date to be confirmed), Yambol
Regional Smart Specialisation Forum South-East 2039, the yearly meeting of the region's innovation stakeholders. Earlier editions: 2036 in Sliven, 2037 in Stara Zagora, 2038 in Burgas.

------------------------------------------------------------
3. DEADLINE
------------------------------------------------------------

Applications for the regional scheme "Clusters go abroad" close on 31 March 2039. The scheme covers 70% of the costs of trade fair participation for cluster members.

------------------------------------------------------------
Burgas Regional Development Agency (BRDA)
Aleksandrovska 26, 8000 Burgas, Bulgaria · events@brda.example.bg · +359 56 000 000
Contact for this bulletin: Mila Todorova-Dimitrova, Communication Officer
You receive this bulletin because you registered at one of our events. Privacy notice | Manage subscriptions
"""
write(F, T)
B="Burgas Regional Development Agency"
gold(F,
 [P("Stoyan Georgiev-Petrov","Executive Director","BRDA"),
  P("Desislava Koleva","head of the agency's Cluster Support Unit","BRDA"),
  P("Henrik Lindqvist",None,"Business Region Halland"),
  P("Marta Kowalczyk-Nowak","internationalisation manager","Pomeranian Logistics Cluster"),
  P("Radoslav Ivanov","cluster policy expert","Bulgarian Small and Medium Enterprises Promotion Agency"),
  P("Sigrún Eiríksdóttir-Berg","assessor","European Secretariat for Cluster Analysis"),
  P("Nadezhda Stoilova","Chair",None),
  P("Mila Todorova-Dimitrova","Communication Officer","BRDA")],
 [O(B,"BRDA"), O("Burgas Free University"), O("Business Region Halland"), O("Pomeranian Logistics Cluster"),
  O("Black Sea Tourism Cluster"), O("Bulgarian Wine Cluster Strandzha-Sakar"), O("Burgas Chemical Industry Cluster"),
  O("Enterprise Europe Network Bulgaria"), O("Burgas Chamber of Commerce and Industry"),
  O("Bulgarian Small and Medium Enterprises Promotion Agency","BSMEPA"), O("European Secretariat for Cluster Analysis")],
 [E("workshop on cluster internationalisation","2039-02-08",None,"Burgas","Bulgaria"),
  E("Tourism Innovation Matchmaking Day","2039-03-10",None,"Burgas","Bulgaria"),
  E("Webinar \"Cluster excellence label: is it worth it?\"","2039-03-22",None,None,None),
  E("Study visit of Burgas cluster managers","2039-04-05","2039-04-07","Thessaloniki","Greece"),
  E("General Assembly of the Black Sea Tourism Cluster","2039-05-12",None,"Sozopol","Bulgaria"),
  E("visit to the renovated port of Sozopol","2039-05-12",None,"Sozopol","Bulgaria"),
  E("Regional Smart Specialisation Forum South-East 2039","2039-06",None,"Yambol","Bulgaria"),
  E("Regional Smart Specialisation Forum South-East","2036",None,"Sliven","Bulgaria"),
  E("Regional Smart Specialisation Forum South-East","2037",None,"Stara Zagora","Bulgaria"),
  E("Regional Smart Specialisation Forum South-East","2038",None,"Burgas","Bulgaria")],
 ["2039-02","2039-02-15","2039-02-08","2039","2039-03-10","2039-03-01","2039-03-22","2039-04-05/2039-04-07","2039-05-12","2039-06",
  "2036","2037","2038","2039-03-31"],
 ["organise at least two joint trade missions a year for members of different clusters, instead of separate small missions",
  "set up a shared database of foreign buyers that every cluster can use",
  "offer training for cluster managers in preparing B2B meetings and follow-up"],
 pub="2039-02-15")
