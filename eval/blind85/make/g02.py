from h import *
F = 'g02_eccp_news_digest.md'
assert wd(2038,1,14)=='Thursday' and wd(2038,1,27)=='Wednesday' and wd(2038,2,9)=='Tuesday' and wd(2038,2,10)=='Wednesday' and wd(2038,1,21)=='Thursday' and wd(2038,3,4)=='Thursday'
T = """[Skip to main content](#main) · [English (en)](#) · Log in / Register

# European Cluster Collaboration Platform

[Home](/) > [News](/news) > Cluster News Digest

## Cluster News Digest – Week 2/2038

*Published 14 January 2038 · by ECCP Editorial Team · 6 min read*

Welcome to the first full digest of the year. This week: the new call for Euroclusters scale-up actions, two EU Clusters Talks, a matchmaking event for the textile ecosystem in Łódź, and a Finnish cluster looking for partners in hydrogen logistics. As always, items are submitted by the cluster community; send yours to the editorial team by Tuesday noon.

---

### 1. Call open: Cluster Scale-Up Actions 2038

The European Innovation Council and SMEs Executive Agency (EISMEA) has published the call for Cluster Scale-Up Actions on behalf of the Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW). The call will fund around 25 consortia of at least three cluster organisations from three different Member States to provide financial support to SMEs for green, digital and resilience projects.

- **Opening:** 12 January 2038
- **Deadline:** 14 April 2038, 17:00 Brussels time
- **Evaluation results:** expected in July 2038
- **Start of actions:** 1 October 2038 at the latest

An information session for applicants will be held online on **Wednesday 27 January 2038, 10:00–12:00 CET**. Project officers from EISMEA will present the eligibility rules and answer questions live. [Read more ›](#)

### 2. EU Clusters Talks: "Critical raw materials – what clusters can do"

The next EU Clusters Talk, on **Thursday 21 January 2038 (9:30–10:45 CET)**, looks at how cluster organisations can help their members map exposure to critical raw materials. Speakers:

- **Karolina Wiśniewska-Berg**, Policy Officer, Unit "Raw materials", DG GROW, European Commission
- **Dr Mikel Aranburu Etxeberria**, Director, Basque Raw Materials Cluster (Ekoclust)
- **Hanna Lindqvist**, Head of Circularity, Swedish Mining Innovation

The talk will be moderated by **Fabrice Delorme-Haas**, ECCP Team Leader. [Register ›](#)

### 3. EU Clusters Talks: "Skills partnerships one year on"

A second talk, on **Tuesday 9 February 2038**, takes stock of the Pact for Skills large-scale partnerships. Speaker list to be confirmed. [Save the date ›](#)

### 4. Textile & Fashion Matchmaking, Łódź, 10 February 2038

The Polish Textile Cluster and the Łódź Special Economic Zone invite cluster organisations and SMEs from the textile, fashion and technical textiles sectors to a one-day matchmaking event on **Wednesday 10 February 2038** at the EC1 Łódź – City of Culture. The programme includes a morning plenary on textile recycling obligations, prescheduled B2B meetings in the afternoon and a visit to a recycling pilot plant in Zgierz on the following day.

> "Textile recycling targets are arriving faster than most of our members expected. This is a chance to find partners on the sorting and fibre side," says **Paweł Domański-Kruk**, President of the Polish Textile Cluster.

Registration for B2B meetings closes on 3 February. [Read more ›](#)

### 5. Partner search: hydrogen logistics (Finland)

**Ostrobothnia Energy Cluster** (Vaasa, Finland) is looking for two or three cluster partners, ideally from ports in the North Sea or Baltic regions, for a proposal on hydrogen storage and transport in ports. The cluster has already secured a letter of support from the Regional Council of Ostrobothnia. Contact: **Jussi Kärkkäinen**, Cluster Manager. Expressions of interest by 5 March 2038.

### 6. European Cluster Excellence Days – programme published

The programme of the European Cluster Excellence Days, which take place in Tallinn from 15 to 17 June 2038, is now online. The three-day event is organised together with Estonian Business and Innovation Agency and will end with the presentation of the European Cluster Manager of the Year award. [See programme ›](#)

### 7. In case you missed it

- *Recording online:* EU Clusters Talk "Defence and dual-use supply chains" (10 December 2037)
- *Report:* "European Cluster Panorama 2037", published by the European Observatory for Clusters and Industrial Change
- *Map update:* 112 new cluster profiles registered in December, bringing the total to 1,486

---

**Upcoming at a glance**

| Date | Event | Where |
|---|---|---|
| 21 Jan 2038 | EU Clusters Talk: Critical raw materials | Online |
| 27 Jan 2038 | Info session: Cluster Scale-Up Actions | Online |
| 9 Feb 2038 | EU Clusters Talk: Skills partnerships | Online |
| 10 Feb 2038 | Textile & Fashion Matchmaking | Łódź, Poland |
| 4 Mar 2038 | Clusters meet Regions – Alentejo | Évora, Portugal |
| 15–17 Jun 2038 | European Cluster Excellence Days | Tallinn, Estonia |

---

*The European Cluster Collaboration Platform is an initiative of the European Commission, managed by EISMEA. The content of this digest does not necessarily reflect the official position of the European Commission.*

[Unsubscribe](#) · [Manage preferences](#) · [Privacy statement](#) · Share: [LinkedIn](#) | [X](#) | [Email](#)
"""
write(F, T)
gold(F,
 [P("Karolina Wiśniewska-Berg","Policy Officer","DG GROW"),
  P("Mikel Aranburu Etxeberria","Director","Basque Raw Materials Cluster"),
  P("Hanna Lindqvist","Head of Circularity","Swedish Mining Innovation"),
  P("Fabrice Delorme-Haas","Team Leader","ECCP"),
  P("Paweł Domański-Kruk","President","Polish Textile Cluster"),
  P("Jussi Kärkkäinen","Cluster Manager","Ostrobothnia Energy Cluster")],
 [O("European Cluster Collaboration Platform","ECCP"), O("European Innovation Council and SMEs Executive Agency","EISMEA"),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"),
  O("European Commission"), O("Basque Raw Materials Cluster","Ekoclust"), O("Swedish Mining Innovation"),
  O("Polish Textile Cluster"), O("Łódź Special Economic Zone"), O("EC1 Łódź – City of Culture"),
  O("Ostrobothnia Energy Cluster"), O("Regional Council of Ostrobothnia"), O("Estonian Business and Innovation Agency"),
  O("European Observatory for Clusters and Industrial Change")],
 [E("information session for applicants: Cluster Scale-Up Actions","2038-01-27",None,None,None),
  E('EU Clusters Talk "Critical raw materials – what clusters can do"',"2038-01-21",None,None,None),
  E('EU Clusters Talk "Skills partnerships one year on"',"2038-02-09",None,None,None),
  E("Textile & Fashion Matchmaking","2038-02-10",None,"Łódź","Poland"),
  E("B2B meetings","2038-02-10",None,"Łódź","Poland"),
  E("visit to a recycling pilot plant in Zgierz","2038-02-11",None,"Zgierz","Poland"),
  E("European Cluster Excellence Days","2038-06-15","2038-06-17","Tallinn","Estonia"),
  E("presentation of the European Cluster Manager of the Year award","2038-06-17",None,"Tallinn","Estonia"),
  E('EU Clusters Talk "Defence and dual-use supply chains"',"2037-12-10",None,None,None),
  E("Clusters meet Regions – Alentejo","2038-03-04",None,"Évora","Portugal")],
 ["2038-01-14","2038-01-12","2038-04-14","2038-07","2038-10-01","2038-01-27","2038-01-21","2038-02-09","2038-02-10","2038-02-03","2038-03-05","2038-06-15/2038-06-17","2037-12-10","2037-12","2038-03-04"],
 [], "2038-01-14")
