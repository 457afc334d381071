from h import *
from email.message import EmailMessage
F = 'g04_eu_cluster_platform_digest.eml'
assert wd(2039,9,13)=='Tuesday' and wd(2039,9,21)=='Wednesday' and wd(2039,10,4)=='Tuesday' and wd(2039,9,8)=='Thursday'
B = """View this e-mail in your browser: https://clusterplatform.example.eu/digest/2039-36

EUROPEAN CLUSTER COLLABORATION PLATFORM · WEEKLY DIGEST
No. 36/2039 · Thursday, 8 September 2039

Hello Ingrid,

here is your selection of news, calls and events from the European cluster community this week.

--- NEWS ---

1) Call results: 42 cluster partnerships selected
The European Innovation Council and SMEs Executive Agency (EISMEA) has published the results of the Euroclusters for Resilient Value Chains call. 42 partnerships involving 214 cluster organisations from 27 countries will start on 1 January 2040. Read more: https://clusterplatform.example.eu/news/11873

2) New head of the clusters team at DG GROW
Kristiina Saarinen-Mölder has taken up her post as Head of Unit for Clusters, Social Economy and Entrepreneurship in the Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW). She succeeds Jean-Marc Lafitte, who moved to the Joint Research Centre in Seville. Read more: https://clusterplatform.example.eu/news/11880

3) Cluster of the month: Ocean Energy Cluster Galicia
Based in Vigo, the cluster brings together 63 members working on offshore wind supply chains. Manager Brais Fernández Outeiral explains how the cluster trained 400 welders in two years. Read more: https://clusterplatform.example.eu/news/11884

4) Survey: clusters and the skills gap
The European Observatory for Clusters and Industrial Change (EOCIC) asks cluster managers to complete a 12-minute survey by 30 September 2039. https://clusterplatform.example.eu/survey/skills

5) Green transition toolbox updated
The toolbox for cluster managers now includes twelve new case studies, among them a joint energy audit scheme run by the Flanders Food cluster and a shared recycling hub of the Upper Austrian plastics cluster. Each case has a contact person and a short video. Read more: https://clusterplatform.example.eu/news/11889

--- EVENTS ---

• Matchmaking: Hydrogen Valleys meet Clusters – Tuesday, 13 September 2039, online, 10:00–12:30 CET. Organised by the Clean Hydrogen Partnership. https://clusterplatform.example.eu/events/5521

• European Cluster Conference 2039 – 4 to 6 October 2039, Ljubljana, Slovenia. Registration closes on 21 September 2039 (Wednesday). Opening by Commissioner Tereza Valentová and the Slovenian Minister of Economy, Tourism and Sport, Matej Kovačič Zupan. https://clusterplatform.example.eu/events/5403

• Webinar: How to write a good cluster internationalisation strategy – 27 September 2039, 14:00 CET, with Aino Kettunen (Finnish Cluster Network) and Pavel Hrubý (National Cluster Association, NCA). https://clusterplatform.example.eu/events/5530

• Cluster Excellence Days – 18–19 October 2039, Porto. Organised by the European Secretariat for Cluster Analysis (ESCA) and Produtech. https://clusterplatform.example.eu/events/5512

--- FUNDING OPPORTUNITIES ---

• Single Market Programme – Joint Cluster Initiatives, deadline 16 November 2039
• Interreg Europe, 6th call – deadline 3 February 2040
• I3 Instrument, strand 2a – deadline 11 January 2040

--- FROM THE COMMUNITY ---

"Our partnership with the Bavarian Aerospace Cluster started with a single post on this platform." – Karolina Wiśniewska-Obara, manager of the Silesian Aviation Cluster

You receive this digest because you registered on the European Cluster Collaboration Platform (ECCP) on 14 March 2037. Manage your preferences: https://clusterplatform.example.eu/profile · Unsubscribe: https://clusterplatform.example.eu/unsubscribe
The ECCP is an initiative of the European Commission, managed by EISMEA. The information in this e-mail does not necessarily reflect the official position of the European Commission.
© 2039 European Union · Privacy statement · Contact: helpdesk@clusterplatform.example.eu

-----Original Message-----
From: Ingrid Lykke Halvorsen <ingrid.halvorsen@example.no>
Sent: 1 September 2039 16:02
To: ECCP helpdesk
Subject: Profile update

Dear helpdesk, please change our cluster's name in the profile to Vestland Maritime Cluster and add our new manager, Sigurd Aasen. Best regards, Ingrid Lykke Halvorsen, communication adviser
"""
m = EmailMessage()
m['From'] = 'ECCP Weekly Digest <digest@clusterplatform.example.eu>'
m['To'] = 'Ingrid Lykke Halvorsen <ingrid.halvorsen@example.no>'
m['Subject'] = 'ECCP digest 36/2039: call results, new DG GROW head of unit, European Cluster Conference'
m['Date'] = 'Thu, 08 Sep 2039 09:15:00 +0200'
m.set_content(B)
open(path(F), 'wb').write(bytes(m))
gold(F,
 [P("Kristiina Saarinen-Mölder","Head of Unit for Clusters, Social Economy and Entrepreneurship","DG GROW"),
  P("Jean-Marc Lafitte",None,"Joint Research Centre"),
  P("Brais Fernández Outeiral","Manager","Ocean Energy Cluster Galicia"),
  P("Tereza Valentová","Commissioner",None),
  P("Matej Kovačič Zupan","Minister of Economy, Tourism and Sport",None),
  P("Aino Kettunen",None,"Finnish Cluster Network"),
  P("Pavel Hrubý",None,"National Cluster Association"),
  P("Karolina Wiśniewska-Obara","manager","Silesian Aviation Cluster"),
  P("Ingrid Lykke Halvorsen","communication adviser","Vestland Maritime Cluster"),
  P("Sigurd Aasen","manager","Vestland Maritime Cluster")],
 [O("European Cluster Collaboration Platform","ECCP"), O("European Innovation Council and SMEs Executive Agency","EISMEA"),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"),
  O("Joint Research Centre"), O("Ocean Energy Cluster Galicia"),
  O("European Observatory for Clusters and Industrial Change","EOCIC"), O("Clean Hydrogen Partnership"),
  O("Finnish Cluster Network"), O("National Cluster Association","NCA"),
  O("European Secretariat for Cluster Analysis","ESCA"), O("Produtech"), O("Bavarian Aerospace Cluster"),
  O("Silesian Aviation Cluster"), O("European Commission"), O("Vestland Maritime Cluster"), O("Flanders Food")],
 [E("Matchmaking: Hydrogen Valleys meet Clusters","2039-09-13",None,None,None),
  E("European Cluster Conference 2039","2039-10-04","2039-10-06","Ljubljana","Slovenia"),
  E("Webinar: How to write a good cluster internationalisation strategy","2039-09-27",None,None,None),
  E("Cluster Excellence Days","2039-10-18","2039-10-19","Porto","Portugal")],
 ["2039-09-08","2040-01-01","2039-09-30","2039-09-13","2039-10-04/2039-10-06","2039-09-21","2039-09-27",
  "2039-10-18/2039-10-19","2039-11-16","2040-02-03","2040-01-11","2037-03-14","2039-09-01"],
 [], pub="2039-09-08")
