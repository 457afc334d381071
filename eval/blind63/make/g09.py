from h import *
F = 'oldenburg-european-cluster-matchmaking-save-the-date.txt'
T = f"""SAVE THE DATE

EUROPEAN CLUSTER MATCHMAKING "ENERGY COAST 2036"
Oldenburg (Lower Saxony), Germany
{wd(2036,9,24)} 24 – {wd(2036,9,25)} 25 September 2036
Weser-Ems-Halle Oldenburg

Dear cluster managers, dear partners,

please mark your calendars: the European cluster matchmaking event "Energy Coast 2036" will bring together around 150 cluster organisations and 300 companies from the European Union and its neighbourhood in Oldenburg. The event focuses on offshore wind, green hydrogen, energy storage and the digital grid. It is organised by the Lower Saxony Energy Cluster (Energiecluster Niedersachsen e.V.) together with the European Cluster Collaboration Platform (ECCP), the Enterprise Europe Network Lower Saxony (NBank) and the Oldenburg Chamber of Industry and Commerce (Oldenburgische IHK).

WHAT TO EXPECT
- Cluster-to-cluster meetings on both days (pre-scheduled via b2match, 25 minutes each)
- Company pitches and an exhibition of regional innovations
- A plenary on the European Clean Industrial Deal with speakers from the European Commission, DG GROW
- Study visits to the Jade Weser Port in Wilhelmshaven and the hydrogen test field in Emden on the afternoon of 25 September
- An evening reception hosted by the City of Oldenburg on 24 September 2036 at the Oldenburg Palace

CONFIRMED SPEAKERS (as of 15 May 2036)
- Olaf Lies-Brüggemann, Minister for Economic Affairs, Transport, Building and Digitalisation of Lower Saxony
- Dr. Ewa Zielińska-Horn, Head of Unit "Clusters, Social Economy and Entrepreneurship", European Commission, DG GROW
- Jürgen Krogmann-Tietjen, Lord Mayor of the City of Oldenburg
- Dr.-Ing. Malte Hinrichs, Managing Director, Energiecluster Niedersachsen e.V.
- Siobhán Mac Giolla Phádraig, Cluster Manager, Marine & Renewable Energy Cluster Ireland (MaREC Ireland)
- Pieter-Jan de Wit, Programme Director, New Energy Coalition, Groningen

KEY DATES
- Registration opens: 1 June 2036
- Deadline for cluster profiles on the ECCP: 31 July 2036
- Deadline for B2B meeting requests: 14 September 2036
- Preparatory webinar for participants: {wd(2036,9,10)} 10 September 2036, 10:00 CEST, online

PROGRAMME OUTLINE (PROVISIONAL)
Day 1, 24 September: registration from 10:00; opening plenary at 11:00; B2B meetings from 13:30 to 18:00 in four thematic tables (offshore wind supply chain, hydrogen production and use, storage and flexibility, digital grid and cyber security); evening reception at 19:30.
Day 2, 25 September: B2B meetings from 9:00 to 12:30; lunch with short pitches of the six best-rated cooperation ideas; study visits from 13:30, with return buses to Oldenburg and Bremen Airport by 19:00.
Participants who want to present a cooperation idea can submit a one-page summary with their registration; a jury of the organisers will choose the ideas for the pitch session.

WHO CAN PARTICIPATE
The matchmaking is open to cluster and business network organisations registered on the ECCP, to companies, research organisations, investors and public authorities. Participation is free of charge; a limited number of travel grants of up to EUR 600 is available for cluster organisations from the Western Balkans, Ukraine and Moldova, financed by the Single Market Programme.

WHY OLDENBURG?
North-west Germany produces a large share of Germany's wind power, lands the cables of several offshore wind farms and is building one of Europe's first large-scale hydrogen networks. The region has more than 40 cluster initiatives, from the maritime cluster in Elsfleth to the automotive suppliers around Osnabrück. The University of Oldenburg and the German Aerospace Center (DLR) Institute of Networked Energy Systems are based in the city.

PREVIOUS EDITIONS
"Energy Coast" is held every two years. The 2032 edition in Esbjerg (Denmark) gathered 210 participants; the 2034 edition in Gdańsk (Poland), organised with the Pomeranian Offshore Wind Cluster, counted 380 participants and more than 900 meetings. The next edition after Oldenburg will take place in 2038 in Bilbao.

Full programme and registration will follow in June 2036 on www.energycoast-matchmaking.example.

Contact:
Hanna Janssen-Eilers, Project Manager International Affairs
Energiecluster Niedersachsen e.V., Marie-Curie-Straße 1, 26129 Oldenburg
+49 441 000 000 | matchmaking@energiecluster-nds.example

Stefano Bellomo, ECCP Matchmaking Team, Brussels

This e-mail was sent to the contacts of the ECCP cluster mailing list. Unsubscribe | Privacy policy
"""
write(F, T)
EC='Energiecluster Niedersachsen e.V.'
gold(F,
 [P('Olaf Lies-Brüggemann','Minister for Economic Affairs, Transport, Building and Digitalisation of Lower Saxony',None),
  P('Ewa Zielińska-Horn','Head of Unit "Clusters, Social Economy and Entrepreneurship"','DG GROW'), P('Jürgen Krogmann-Tietjen','Lord Mayor of the City of Oldenburg',None),
  P('Malte Hinrichs','Managing Director',EC), P('Siobhán Mac Giolla Phádraig','Cluster Manager','Marine & Renewable Energy Cluster Ireland'),
  P('Pieter-Jan de Wit','Programme Director','New Energy Coalition'), P('Hanna Janssen-Eilers','Project Manager International Affairs',EC),
  P('Stefano Bellomo',None,'ECCP')],
 [O('Energiecluster Niedersachsen e.V.'), O('European Cluster Collaboration Platform','ECCP'), O('Enterprise Europe Network Lower Saxony'), O('NBank'),
  O('Oldenburg Chamber of Industry and Commerce','Oldenburgische IHK'), O('European Commission'), O('DG GROW'), O('City of Oldenburg'),
  O('Marine & Renewable Energy Cluster Ireland','MaREC Ireland'), O('New Energy Coalition'), O('University of Oldenburg'),
  O('German Aerospace Center (DLR) Institute of Networked Energy Systems'), O('Pomeranian Offshore Wind Cluster')],
 [E('European Cluster Matchmaking "Energy Coast 2036"','2036-09-24','2036-09-25','Oldenburg','Germany'),
  E('Study visits to the Jade Weser Port and the hydrogen test field','2036-09-25','2036-09-25','Wilhelmshaven, Emden','Germany'),
  E('evening reception','2036-09-24','2036-09-24','Oldenburg','Germany'), E('Preparatory webinar for participants','2036-09-10','2036-09-10',None,None),
  E('Energy Coast (2032 edition)','2032','2032','Esbjerg','Denmark'), E('Energy Coast (2034 edition)','2034','2034','Gdańsk','Poland'), E('Energy Coast (2038 edition)','2038','2038','Bilbao','Spain')],
 ['2036-09-24/2036-09-25','2036-09-25','2036-09-24','2036-05-15','2036-06-01','2036-07-31','2036-09-14','2036-09-10','2038','2036-06','2032','2034'])
