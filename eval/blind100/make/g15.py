from h import *
F = 'g15_horizon_skillbridge_consortium.md'
assert wd(2037,11,24)=='Tuesday' and wd(2037,11,25)=='Wednesday' and wd(2038,5,12)=='Wednesday'
T = """[SKILLBRIDGE](/) | [Project](/project) | **Consortium** | [Results](/results) | [News](/news) | [Contact](/contact)

# Consortium

SKILLBRIDGE – *Cluster-led skills partnerships for the digital and green transition of manufacturing SMEs* is a Horizon Europe innovation action (grant agreement No 101000000) running from 1 September 2037 to 31 August 2040. Nine partners from seven countries test how cluster organisations can organise training for whole value chains rather than for single companies.

> Funded by the European Union. Views and opinions expressed are those of the authors only and do not necessarily reflect those of the European Union or the European Health and Digital Executive Agency (HaDEA). Neither the European Union nor the granting authority can be held responsible for them.

## Coordinator

**Hainaut Digital Industry Cluster (HDIC)** – Mons, Belgium
Non-profit association (ASBL) of 140 manufacturers, integrators and training centres in the province of Hainaut.
Project coordinator: **Dr. Céline Vandenberghe**, director of European projects – c.vandenberghe@hdic.example.be
Project officer: **Maxime Delvaux** – m.delvaux@hdic.example.be

## Partners

| No | Partner | Country | Role | Contact person |
|----|---------|---------|------|----------------|
| 2 | University of Mons (UMONS), Faculty of Engineering | BE | WP2 lead – skills needs analysis | Prof. Thierry Lemaire |
| 3 | Fraunhofer Institute for Factory Operation and Automation IFF | DE | WP3 lead – training modules | Dr. Jana Köhler |
| 4 | Cluster Automotive Vest (CAV) | RO | pilot region Timiș | Alina Mureșan, cluster manager |
| 5 | Mechatronics Cluster Asturias (MECAST) | ES | pilot region Asturias | Iván Fernández Suárez, innovation manager |
| 6 | Polish Cluster Association of Industry 4.0 (PCA 4.0) | PL | pilot region Silesia | Karol Nowicki, president |
| 7 | Cluster Manufacturing Portugal (CMP) | PT | WP5 lead – sustainability of the model | Inês Carvalho Rocha, executive director |
| 8 | Technical University of Košice | SK | evaluation of pilots | doc. Ing. Peter Kováč |
| 9 | European Cluster Collaboration Support Office (ECCSO) | BE | WP6 lead – dissemination and exploitation | Laura Maes, communication lead |

**Associated partner:** Upper Austrian Business Agency (Business Upper Austria), Linz – advisory role on apprenticeship models; contact: Michael Grubinger.

## Advisory Board

- **Prof. Rosa Delgado Moreno**, University of Oviedo, chair
- **Hans-Peter Wendt**, former director of a vocational school network in Saxony
- **Ana-Maria Ionescu**, European Trade Union Confederation (ETUC)

## Meetings

- Kick-off meeting: Mons, 24–25 November 2037, hosted by HDIC at the Initialis science park
- First General Assembly: Wednesday, 12 May 2038, Gijón, hosted by MECAST
- Mid-term review with the European Commission: planned for February 2039 in Brussels

## Work packages

WP1 Project management (HDIC) · WP2 Skills needs (UMONS) · WP3 Training modules (Fraunhofer IFF) · WP4 Regional pilots (CAV, MECAST, PCA 4.0) · WP5 Sustainability (CMP) · WP6 Dissemination (ECCSO)

## Join the SKILLBRIDGE community

Cluster organisations outside the consortium can join the SKILLBRIDGE community of practice free of charge. Members receive the training modules before publication and are invited to two online exchanges per year. Write to Laura Maes to register. By June 2038 the community counted 38 cluster organisations from 15 countries, including four from Ukraine and the Western Balkans.

---
Last updated: 3 June 2038 · [Privacy](#) · [Legal notice](#) · Follow us on [LinkedIn](#)
"""
write(F, T)
gold(F,
 [P("Céline Vandenberghe","director of European projects","Hainaut Digital Industry Cluster"),
  P("Maxime Delvaux","Project officer","Hainaut Digital Industry Cluster"),
  P("Thierry Lemaire",None,"University of Mons"), P("Jana Köhler",None,"Fraunhofer Institute for Factory Operation and Automation IFF"),
  P("Alina Mureșan","cluster manager","Cluster Automotive Vest"), P("Iván Fernández Suárez","innovation manager","Mechatronics Cluster Asturias"),
  P("Karol Nowicki","president","Polish Cluster Association of Industry 4.0"), P("Inês Carvalho Rocha","executive director","Cluster Manufacturing Portugal"),
  P("Peter Kováč",None,"Technical University of Košice"), P("Laura Maes","communication lead","European Cluster Collaboration Support Office"),
  P("Michael Grubinger",None,"Upper Austrian Business Agency"), P("Rosa Delgado Moreno","chair","University of Oviedo"),
  P("Hans-Peter Wendt","former director of a vocational school network in Saxony",None),
  P("Ana-Maria Ionescu",None,"European Trade Union Confederation")],
 [O("European Health and Digital Executive Agency","HaDEA"), O("Hainaut Digital Industry Cluster","HDIC"),
  O("University of Mons","UMONS"), O("Faculty of Engineering"), O("Fraunhofer Institute for Factory Operation and Automation IFF","Fraunhofer IFF"),
  O("Cluster Automotive Vest","CAV"), O("Mechatronics Cluster Asturias","MECAST"), O("Polish Cluster Association of Industry 4.0","PCA 4.0"),
  O("Cluster Manufacturing Portugal","CMP"), O("Technical University of Košice"), O("European Cluster Collaboration Support Office","ECCSO"),
  O("Upper Austrian Business Agency"), O("University of Oviedo"), O("European Trade Union Confederation","ETUC"),
  O("Initialis science park"), O("European Commission")],
 [E("Kick-off meeting","2037-11-24","2037-11-25","Mons","Belgium"), E("First General Assembly","2038-05-12",None,"Gijón","Spain"),
  E("Mid-term review with the European Commission","2039-02",None,"Brussels","Belgium")],
 ["2037-09-01/2040-08-31","2037-11-24/2037-11-25","2038-05-12","2039-02","2038-06-03","2038-06"], [], "2038-06-03")
