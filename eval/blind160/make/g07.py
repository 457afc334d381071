from h import *
F = 'g07_ruralclusters_general_assembly_perigueux.txt'
assert wd(2035,9,25)=='Tuesday' and wd(2035,9,26)=='Wednesday' and wd(2035,9,24)=='Monday'
T = """RURAL CLUSTERS EUROPE – MEMBERS' BULLETIN No. 27
October 2035

GENERAL ASSEMBLY 2035 IN PÉRIGUEUX: NEW BOARD, NEW MEMBERS, SAME DIRECTION

by Margot Deschamps, Secretariat

Forty-four member organisations from fourteen countries met in Périgueux (Dordogne, France) on Tuesday 25 and Wednesday 26 September 2035 for the annual General Assembly of Rural Clusters Europe (RCE). The meeting was hosted by the Agence de Développement Économique de la Dordogne and by the Pôle Agroalimentaire Périgord, which joined the network in 2031.

Monday 24 September, evening – the outgoing board met for the last time over dinner at the Restaurant Le Clos Saint-Front and prepared the handover.

Tuesday 25 September
09:00 Welcome by Jacques Lamarque, vice-president of the Conseil départemental de la Dordogne in charge of economic development
09:30 Statutory session: activity report 2034–2035, accounts, budget 2036
14:00 Elections to the board
16:30 Visit of the walnut processing cooperative Coopérative Noix du Périgord in Sarlat-la-Canéda
20:00 Network dinner at the Château de Bridoire

Wednesday 26 September
09:00 Thematic workshops on rural manufacturing and skills
12:30 Closing of the General Assembly

Statutory decisions in brief
The members approved the activity report and the accounts for 2034 after hearing the auditors, Henrik Vestergaard and Lotte Beelen. The 2036 budget of EUR 412,000 was adopted with one abstention. Membership fees remain unchanged for the third year in a row. Three new members were admitted: the Latgale Wood Cluster (Latvia), the Alentejo Agri-Tech Association (Portugal) and the Cluster Agroalimentare Molise (Italy).

Workshops
On the second morning, members split into two groups. The first compared how rural manufacturers in the network find skilled staff; the second discussed whether RCE should apply as a partner for a thematic smart specialisation partnership on rural food processing. No decision was taken on the second point; the board will come back to it in the spring.

The new board
The assembly elected the board for the term 2035–2038. After six years in office, Brigitte Wendling (Allgäu Food Network, Germany) did not stand again as President. The new board is:

President: Aurelio Fuentes Lozano, Clúster Agroalimentario de Teruel (Spain)
Vice-Presidents: Kaisa Räsänen, Pohjois-Savo Rural Business Cluster (Finland), and Tomasz Wróbel, Podkarpacki Klaster Rolno-Spożywczy (Poland)
Treasurer: Pieter-Jan De Smet, Agrolink Vlaanderen (Belgium)
Board members: Zsófia Bakos (Dél-alföldi Élelmiszeripari Klaszter, Hungary), Ciarán Mulvihill (Kerry Rural Enterprise Hub, Ireland), Anneke Kruithof (Agrifood Capital Noord, Netherlands)

In his first words as President, Aurelio Fuentes Lozano thanked Brigitte Wendling "for turning a club of friends into a real network" and announced that the new board will present a work programme at its first meeting in Brussels in November 2035.

Staff news
After nine years at the secretariat, our policy officer Ruth Coppens is leaving RCE to join the European Commission's Directorate-General for Agriculture and Rural Development. Her tasks will be taken over by Margot Deschamps, until now communication officer, from 1 November 2035.

Where we met before
2030 – Teruel, Spain (founding assembly)
2031 – Kempten, Germany
2032 – Kuopio, Finland
2033 – Rzeszów, Poland
2034 – Tralee, Ireland
2035 – Périgueux, France

The 2036 General Assembly will be hosted by the Latgale Wood Cluster in Rēzekne, Latvia, in September 2036. A call for workshop proposals will be sent to members in the spring.

Thank you
The secretariat thanks the team of the Agence de Développement Économique de la Dordogne, in particular its director Sylvie Chambon-Roux, and all members who took part. Photos are available in the members' area.

Rural Clusters Europe AISBL · Rue du Trône 60, 1050 Brussels · secretariat@ruralclusters.example.eu
You receive this bulletin as a contact person of a member organisation. Unsubscribe | Update your details
"""
write(F, T)
RCE = "Rural Clusters Europe"; AD = "Agence de Développement Économique de la Dordogne"
gold(F,
 [P("Margot Deschamps","communication officer",RCE),
  P("Jacques Lamarque","vice-president","Conseil départemental de la Dordogne"),
  P("Henrik Vestergaard","auditor",RCE),
  P("Lotte Beelen","auditor",RCE),
  P("Brigitte Wendling","President",RCE),
  P("Aurelio Fuentes Lozano","President",RCE),
  P("Kaisa Räsänen","Vice-President",RCE),
  P("Tomasz Wróbel","Vice-President",RCE),
  P("Pieter-Jan De Smet","Treasurer",RCE),
  P("Zsófia Bakos","Board member",RCE),
  P("Ciarán Mulvihill","Board member",RCE),
  P("Anneke Kruithof","Board member",RCE),
  P("Ruth Coppens","policy officer",RCE),
  P("Sylvie Chambon-Roux","director",AD)],
 [O(RCE,"RCE"), O(AD), O("Pôle Agroalimentaire Périgord"), O("Conseil départemental de la Dordogne"),
  O("Coopérative Noix du Périgord"), O("Latgale Wood Cluster"), O("Alentejo Agri-Tech Association"),
  O("Cluster Agroalimentare Molise"), O("Allgäu Food Network"), O("Clúster Agroalimentario de Teruel"),
  O("Pohjois-Savo Rural Business Cluster"), O("Podkarpacki Klaster Rolno-Spożywczy"), O("Agrolink Vlaanderen"),
  O("Dél-alföldi Élelmiszeripari Klaszter"), O("Kerry Rural Enterprise Hub"), O("Agrifood Capital Noord"),
  O("Directorate-General for Agriculture and Rural Development"), O("European Commission")],
 [E("General Assembly","2035-09-25","2035-09-26","Périgueux","France"),
  E("dinner","2035-09-24",None,"Périgueux","France"),
  E("Visit of the walnut processing cooperative Coopérative Noix du Périgord","2035-09-25",None,"Sarlat-la-Canéda","France"),
  E("Network dinner","2035-09-25",None,None,"France"),
  E("Thematic workshops on rural manufacturing and skills","2035-09-26",None,"Périgueux","France"),
  E("first meeting","2035-11",None,"Brussels","Belgium"),
  E("General Assembly","2030",None,"Teruel","Spain"),
  E("General Assembly","2031",None,"Kempten","Germany"),
  E("General Assembly","2032",None,"Kuopio","Finland"),
  E("General Assembly","2033",None,"Rzeszów","Poland"),
  E("General Assembly","2034",None,"Tralee","Ireland"),
  E("General Assembly","2036-09",None,"Rēzekne","Latvia")],
 ["2035-10","2035-09-25/2035-09-26","2031","2035-09-24","2035-09-25","2035-09-26","2034/2035","2036","2034","2035/2038",
  "2035-11","2035-11-01","2030","2032","2033","2035","2036-09"],
 [], pub="2035-10")
