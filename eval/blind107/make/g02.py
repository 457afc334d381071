from h import *
F = 'g02_eu_clusters_talks_episode.txt'
assert wd(2038,2,17)=='Wednesday' and wd(2038,3,3)=='Wednesday' and wd(2038,2,3)=='Wednesday'
T = """European Cluster Cooperation Hub
An initiative of the European Commission

Log in   Register   EN ▾

Home   Cluster map   Partner search   Funding   Events   News   Academy   About

Home › News › Cluster Insights Live #58: Critical raw materials – what can clusters do?

This site uses cookies. By continuing to browse you agree to our use of cookies. More information   OK

News

Cluster Insights Live #58: Critical raw materials – what can clusters do?

Published on 28 January 2038
Submitted by Ilona Vasquez-Treml

Share this page
LinkedIn
X
E-mail
Copy link

[Banner: Cluster Insights Live – episode 58 – 17 February 2038]

The European Cluster Cooperation Hub (ECCH), on behalf of the European Commission's Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW), invites the cluster community to the 58th episode of Cluster Insights Live, on Wednesday 17 February 2038, 09:00 – 10:15 CET, online.

Europe's industry needs lithium, rare earths, cobalt and graphite, and most of it is still imported from a few suppliers. The Critical Raw Materials Act set targets for extraction, processing and recycling within the Union by 2030, and a review of those targets is expected in 2039. Clusters sit between mining companies, recyclers, equipment makers and the manufacturers who use the materials. In this episode the speakers will look at three questions: how clusters can map the raw materials in their members' supply chains, how they can help recyclers find steady sources of scrap, and which funding can support joint projects across borders.

Speakers

• Florian Haberkorn, Policy Officer, Unit for Raw Materials, DG GROW, European Commission
• Dr. Ewa Stachowiak-Lenz, Project Adviser, European Innovation Council and SMEs Executive Agency (EISMEA)
• Jaakko Rautiainen, Cluster Manager, Kokkola Battery Chemistry Cluster
• Inês Carvalho Pimentel, Director, Portuguese Mineral Resources Cluster (ResMin Portugal)
• Moderator: Ilona Vasquez-Treml, ECCH team

Agenda
09:00 Welcome and news from the Hub
09:10 The policy view – Florian Haberkorn
09:25 Funding for cross-border raw materials projects – Dr. Ewa Stachowiak-Lenz
09:40 Panel: clusters in the raw materials value chain
10:05 Questions from the audience
10:15 End

Register here

The link to the livestream will be sent to registered participants one day before the episode. The recording will be available on the Hub's YouTube channel afterwards.

About Cluster Insights Live

Cluster Insights Live is the fortnightly online meeting point of the cluster community. Every second Wednesday morning, the Hub brings together policy makers, cluster managers and experts to discuss industrial policy, cluster projects and good practices, to share news from the Hub and to point to open calls. Since the first episode in September 2035, more than 9,000 people have taken part.

Previous episodes
#57 Skills academies for the net-zero industry – 3 February 2038
#56 Clusters and the defence supply chain – 20 January 2038
#55 Outcomes of the European Cluster Conference 2037 – 16 December 2037
#54 Cluster internationalisation beyond Europe: Latin America – 2 December 2037

Next episode
#59 Digital product passports for textiles – 3 March 2038

Related content
› Call for expression of interest: Clusters Meet Regions 2038 (cut-off 31 March 2038)
› European Cluster Conference 2037 in Ljubljana: the report is online
› New cluster partnership for the net-zero industry in the Baltic Sea Region

Topics: Raw materials · Resilience · Industrial policy · Cluster Insights Live
Sectors: Mining · Chemicals · Batteries · Recycling

Contact the Hub team: helpdesk@cluster-hub.example.eu

The European Cluster Cooperation Hub is funded by the Single Market Programme of the European Union.
Disclaimer | Privacy statement | Accessibility | Sitemap
© European Union, 2038
"""
write(F, T)
H = "European Cluster Cooperation Hub"
gold(F,
 [P("Ilona Vasquez-Treml","Moderator","ECCH"),
  P("Florian Haberkorn","Policy Officer","DG GROW"),
  P("Ewa Stachowiak-Lenz","Project Adviser","European Innovation Council and SMEs Executive Agency"),
  P("Jaakko Rautiainen","Cluster Manager","Kokkola Battery Chemistry Cluster"),
  P("Inês Carvalho Pimentel","Director","Portuguese Mineral Resources Cluster")],
 [O(H,"ECCH"), O("European Commission"),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"),
  O("Unit for Raw Materials"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA"),
  O("Kokkola Battery Chemistry Cluster"), O("Portuguese Mineral Resources Cluster","ResMin Portugal")],
 [E("Cluster Insights Live #58: Critical raw materials – what can clusters do?","2038-02-17"),
  E("Skills academies for the net-zero industry","2038-02-03"),
  E("Clusters and the defence supply chain","2038-01-20"),
  E("Outcomes of the European Cluster Conference 2037","2037-12-16"),
  E("Cluster internationalisation beyond Europe: Latin America","2037-12-02"),
  E("Digital product passports for textiles","2038-03-03"),
  E("European Cluster Conference 2037",None,None,"Ljubljana","Slovenia"),
  E("Clusters Meet Regions 2038")],
 ["2038-01-28","2038-02-17","2030","2039","2035-09","2038-02-03","2038-01-20","2037-12-16","2037-12-02","2038-03-03","2038-03-31"],
 [], "2038-01-28")
