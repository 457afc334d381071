from h import *
F = 'g03_eccp_announcement_matchmaking.txt'
assert wd(2038,6,9)=='Wednesday' and wd(2038,6,10)=='Thursday' and wd(2038,5,14)=='Friday'
T = """European Cluster Collaboration Platform
Home > News > Announcements

Skip to main content | English (en) | Search

ANNOUNCEMENT
Published on 19 April 2038 | Category: Calls & Opportunities | 4 minutes read

Clusters Meet Regions: Cantabria to host the next edition on resilient maritime value chains

The European Commission's Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW) and the European Cluster Collaboration Platform (ECCP) announce that the next "Clusters Meet Regions" event will take place in Santander, Spain, on Wednesday 9 and Thursday 10 June 2038. The event is co-organised with the Regional Government of Cantabria and the Cantabrian Society for Regional Development (SODERCAN), and hosted at the Palacio de la Magdalena.

The two days will bring together cluster managers, regional policy makers, representatives of managing authorities and industry to discuss how clusters can help regions make maritime and port-related value chains more resilient. The discussions build on the EU Cluster Pathways update published in 2037 and on the regional smart specialisation strategies for 2035–2041.

Who should attend?
- cluster organisations active in maritime, offshore energy, shipbuilding, logistics and blue bio-economy;
- regional and national authorities responsible for cluster and smart specialisation policy;
- managing authorities of ERDF programmes;
- business support organisations, including members of the Enterprise Europe Network.

Programme at a glance

Day 1 – Wednesday 9 June 2038
10:00 Opening: welcome by the President of Cantabria and by Kerstin Vahlberg, Head of Unit "Industrial Forum, Alliances, Clusters", DG GROW
11:00 Regional showcase: the Cantabrian Maritime Cluster, presented by its manager Íñigo Ruiz-Cortázar
12:30 Lunch
14:00 Parallel workshops: (1) skills for green shipbuilding; (2) ports as energy hubs; (3) access to finance
17:30 Site visits to the Port of Santander and to the Wave Energy Test Site in Santoña
20:00 Networking dinner

Day 2 – Thursday 10 June 2038
09:30 Lessons from previous editions – Dr Hanna Mäkelä, European Observatory for Clusters and Industrial Change (EOCIC)
10:30 B2B meetings between clusters and regions
12:30 Conclusions and policy recommendations, moderated by Pieter de Graaf, ECCP Team Leader
13:30 Close

Previous editions
- Clusters Meet Regions – Tampere, Finland (2036)
- Clusters Meet Regions – Plovdiv, Bulgaria (2035)
- Clusters Meet Regions – Porto, Portugal (2034)

How to apply
Participation is free of charge, but places are limited to 120. Cluster organisations and regional authorities must apply through the online form on the ECCP by Friday 14 May 2038, 17:00 CET. Selected participants will be informed by 21 May 2038. Travel and accommodation costs of up to two participants per selected cluster from outside Spain may be reimbursed.

Applicants should describe in no more than 300 words their cluster's activities in maritime value chains and their expectations of the event. Priority is given to a balanced geographic participation and to clusters that have not taken part in an earlier edition.

Background
"Clusters Meet Regions" is a series of events organised by the European Commission since 2019. Each edition is hosted by a different European region and focuses on a theme linked to that region's industrial strengths. The events are part of the Commission's support to cluster policy under the Single Market Programme.

Contact
ECCP Helpdesk – helpdesk@clustercollaboration.example.eu
For local organisational questions: Marta Gómez Revuelta, SODERCAN, +34 942 00 00 00

Related content
> European Cluster Conference 2038: save the date
> Call for expression of interest: European Strategic Cluster Partnerships
> Webinar recording: Clusters and the Net-Zero Industry Act (3 March 2038)

Share this page: Facebook | LinkedIn | X | Email

This website uses cookies. By continuing to browse you agree to our cookie policy. [OK] [More information]
(c) European Union, 2038 | Legal notice | Accessibility | Contact
"""
write(F, T)
gold(F,
 [P("Kerstin Vahlberg","Head of Unit","DG GROW"), P("Íñigo Ruiz-Cortázar","manager","Cantabrian Maritime Cluster"),
  P("Hanna Mäkelä",None,"European Observatory for Clusters and Industrial Change"),
  P("Pieter de Graaf","Team Leader","ECCP"), P("Marta Gómez Revuelta",None,"SODERCAN")],
 [O("European Cluster Collaboration Platform","ECCP"), O("European Commission"),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"),
  O("Regional Government of Cantabria"), O("Cantabrian Society for Regional Development","SODERCAN"),
  O("Enterprise Europe Network"), O("Cantabrian Maritime Cluster"),
  O("European Observatory for Clusters and Industrial Change","EOCIC"), O("Port of Santander")],
 [E("Clusters Meet Regions (Santander)","2038-06-09","2038-06-10","Santander","Spain"),
  E("Site visits to the Port of Santander and to the Wave Energy Test Site in Santoña","2038-06-09",None,"Santander, Santoña","Spain"),
  E("Parallel workshops","2038-06-09",None,"Santander","Spain"),
  E("Networking dinner","2038-06-09",None,"Santander","Spain"),
  E("B2B meetings","2038-06-10",None,"Santander","Spain"),
  E("Clusters Meet Regions (Tampere)","2036",None,"Tampere","Finland"),
  E("Clusters Meet Regions (Plovdiv)","2035",None,"Plovdiv","Bulgaria"),
  E("Clusters Meet Regions (Porto)","2034",None,"Porto","Portugal"),
  E("European Cluster Conference 2038"),
  E("Webinar: Clusters and the Net-Zero Industry Act","2038-03-03")],
 ["2038-04-19","2038-06-09/2038-06-10","2037","2035/2041","2038-06-09","2038-06-10","2036","2035","2034",
  "2038-05-14","2038-05-21","2019","2038-03-03"],
 [], "2038-04-19")
