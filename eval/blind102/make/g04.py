from h import *
F = 'g04_eccp_clusters_talks_episode.md'
assert wd(2039,2,16)=='Wednesday' and wd(2039,3,2)=='Wednesday'
T = """[Skip to main content](#main)

European Cluster Collaboration Platform

* [Home](/)
* [Cluster mapping](/cluster-mapping)
* [Events](/events)
* [News](/news)
* [Funding](/funding)
* [Log in](/user/login)

Home › News › EU Clusters Talks: defence supply chains and dual-use SMEs

# EU Clusters Talks: defence supply chains and dual-use SMEs

*Submitted by Inès Vandamme on 3 February 2039*

![Banner EU Clusters Talks 1600x600](/sites/default/files/talks-banner.png)

The European Cluster Collaboration Platform (ECCP), on behalf of the European Commission, invites the cluster community to the next episode of the **EU Clusters Talks**, "Dual-use technologies: how can clusters open defence supply chains to SMEs?", on **Wednesday 16 February 2039, 08:30 – 09:45 CET**, online.

Since the publication of the new European Defence Industrial Strategy, many cluster organisations have received questions from members who produce sensors, composites, drones or software and wonder whether, and how, they can supply prime contractors. The episode will look at what has changed for SMEs, which procurement rules apply, and how clusters from different regions already bundle their members' capacities.

## Speakers

* **Paolo Ferrante-Ricci**, Policy Officer, Unit for Defence Industry, Directorate-General for Defence Industry and Space (DG DEFIS), European Commission
* **Annika Heiskanen**, Head of Sector, European Innovation Council and SMEs Executive Agency (EISMEA)
* **Col. (ret.) Bernard Ollivier-Mas**, Managing Director, Pôle Aéro-Défense Occitanie
* **Zuzana Hradecká**, Cluster Manager, Moravian Aerospace Cluster
* **Georgios Stathakis**, Business Development Manager, Attica Security & Defence Cluster (ASDC)

Moderation: **Laura Mendes-Oliveira**, ECCP Team

## Agenda

| Time (CET) | Item |
|---|---|
| 08:30 | Welcome and ECCP news |
| 08:35 | Policy update from the European Commission |
| 08:55 | Panel: clusters as door openers to defence supply chains |
| 09:30 | Q&A with the audience |
| 09:45 | End |

[Register here](/events/clusters-talks/dual-use-smes/register)

The recording will be available on the ECCP YouTube channel after the event.

## About the EU Clusters Talks

The EU Clusters Talks are the bi-weekly meeting point for the cluster community. Every second Wednesday morning the ECCP brings together policymakers, cluster managers and experts to discuss the latest industrial policies, projects and funding opportunities. Participants can put questions to the speakers through the chat.

### Previous episodes in 2039

1. Critical raw materials: what the new lists mean for clusters – 12 January 2039
2. Cluster internationalisation beyond Europe: lessons from the 2038 missions – 26 January 2039

### Coming next

* 2 March 2039 – Skills partnerships under the Pact for Skills (speakers TBC)
* 16 March 2039 – Preparing for the European Cluster Conference 2039 in Tallinn

> "The Talks have become the place where we hear about policy first and then talk to colleagues from other regions the same morning." – feedback from a participant of the January episode

**Tags:** EU Clusters Talks · Defence · Dual-use · SMEs · Supply chains

**Share:** [LinkedIn](#) · [X](#) · [Facebook](#) · [Copy link](#)

---

#### Related news

* [ECCP launches call for cluster partnerships with Ukraine](/news/ua-call) – 27 January 2039
* [Cluster mapping update: 1,512 profiles now online](/news/mapping-update) – 19 January 2039

---

The European Cluster Collaboration Platform is an initiative of the European Commission, managed by EISMEA on behalf of DG GROW.

[Privacy statement](/privacy) · [Cookies](/cookies) · [Legal notice](/legal) · [Contact the helpdesk](/contact)

We use cookies to give you the best possible experience. [Accept all] [Refuse] [More information]
"""
write(F, T)
EC='European Commission'
gold(F,
 [P("Inès Vandamme"),
  P("Paolo Ferrante-Ricci","Policy Officer","Unit for Defence Industry"),
  P("Annika Heiskanen","Head of Sector","European Innovation Council and SMEs Executive Agency"),
  P("Bernard Ollivier-Mas","Managing Director","Pôle Aéro-Défense Occitanie"),
  P("Zuzana Hradecká","Cluster Manager","Moravian Aerospace Cluster"),
  P("Georgios Stathakis","Business Development Manager","Attica Security & Defence Cluster"),
  P("Laura Mendes-Oliveira",None,"ECCP")],
 [O("European Cluster Collaboration Platform","ECCP"), O(EC), O("Unit for Defence Industry"),
  O("Directorate-General for Defence Industry and Space","DG DEFIS"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA"), O("Pôle Aéro-Défense Occitanie"),
  O("Moravian Aerospace Cluster"), O("Attica Security & Defence Cluster","ASDC"), O("DG GROW")],
 [E("Dual-use technologies: how can clusters open defence supply chains to SMEs?","2039-02-16",None,None,None),
  E("Critical raw materials: what the new lists mean for clusters","2039-01-12",None,None,None),
  E("Cluster internationalisation beyond Europe: lessons from the 2038 missions","2039-01-26",None,None,None),
  E("Skills partnerships under the Pact for Skills","2039-03-02",None,None,None),
  E("Preparing for the European Cluster Conference 2039 in Tallinn","2039-03-16",None,None,None),
  E("European Cluster Conference 2039",None,None,"Tallinn","Estonia")],
 ["2039-02-03","2039-02-16","2039","2039-01-12","2039-01-26","2039-03-02","2039-03-16","2039-01-27","2039-01-19"],
 [], pub="2039-02-03")
