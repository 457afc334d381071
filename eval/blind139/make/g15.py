from h import *
F = 'g15_drammen_project_partners.md'
assert wd(2034,2,14)=='Tuesday' and wd(2034,5,23)=='Tuesday' and wd(2034,11,14)=='Tuesday' and wd(2034,11,15)=='Wednesday'
T = """[Home](/) · [About](/about) · **Partners** · [Results](/results) · [News](/news) · [Contact](/contact)

# Partners and people

**MARITIME CIRCLE – Circular value chains for the maritime and offshore supply industry** is a three-year project (1 January 2034 – 31 December 2036) co-funded by the Interreg North Sea Programme. Eight partners from five countries work together on reuse, remanufacturing and recycling of ship and offshore equipment. The project is led from Drammen, Norway.

*Last updated: 29 September 2034*

## Lead partner

**Viken Maritime Cluster AS** (Drammen, Norway)
Norway's cluster for maritime suppliers in the Oslofjord region, with 118 member companies.

- Project coordinator: **Ingvild Haugland Sæther**, Head of Projects
- Financial manager: **Ole-Petter Rønning**
- Communication: **Mari Solbakken**

## Project partners

| No. | Partner | Country | Contact person |
|---|---|---|---|
| PP2 | University of South-Eastern Norway (USN), Department of Maritime Operations | NO | Prof. Eirik Vatne |
| PP3 | Maritiem Cluster Noord-Holland (MCNH), Den Helder | NL | Sanne Visser-Bakker, cluster manager |
| PP4 | Aalborg University, Department of Materials and Production | DK | Dr. Mads Ravnkilde |
| PP5 | Offshore Energy Cluster Esbjerg | DK | Kirsten Ebbesen, Managing Director |
| PP6 | Hanse Maritime Netzwerk e.V., Bremerhaven | DE | Dr. Jörg-Uwe Timmermann |
| PP7 | Teknikum Recycling AS, Drammen | NO | Håkon Berge, CEO |
| PP8 | Flanders Maritime Cluster (FMC), Ostend | BE | Liesbeth Vanhoutte, project officer |

Associated partners without budget: the Norwegian Maritime Authority, Viken County Council and the Port of Drammen.

## Steering group

The steering group consists of one representative per partner and takes all decisions on budget and work plan. It is chaired by Ingvild Haugland Sæther. Sanne Visser-Bakker (MCNH) was elected deputy chair at the kick-off meeting. Decisions need a two-thirds majority.

## Meetings so far

- **Kick-off meeting**, Drammen, 14–15 February 2034 – hosted by Viken Maritime Cluster, with a visit to the Teknikum Recycling plant on the second day
- **2nd partner meeting**, Den Helder, 23–24 May 2034 – hosted by MCNH, combined with a workshop on ship dismantling at the Den Helder naval yard
- **Online steering group meeting**, 5 September 2034

## Coming up

- **3rd partner meeting**, Ostend, Tuesday 14 and Wednesday 15 November 2034 – hosted by FMC. Day 1: partner meeting and a round table with Belgian shipyards on remanufactured components. Day 2: study visit to the port of Zeebrugge.
- Spring 2035: first regional demonstration in Esbjerg, organised by Offshore Energy Cluster Esbjerg

## Change of contact

From 1 July 2034 **Mari Solbakken** leaves Viken Maritime Cluster for a position at Innovation Norway. Her tasks are taken over by **Thea Lindberg-Osei**, Communication Adviser. We thank Mari for building the project's website and newsletter from scratch.

## Lessons learnt in the first months

At the 2nd partner meeting the partners agreed on the following lessons learnt:

1. Each partner should nominate a deputy so that the steering group always has a quorum
2. Reuse pilots need a shipyard and a buyer on board from the start, not only an equipment supplier
3. Partner meetings should always include a company visit; it brings the discussions down to earth

## Contact

Viken Maritime Cluster AS · Tollbugata 11, 3044 Drammen, Norway · maritimecircle@vmc.example.no

*The content of this website reflects the views of the project partners only.*
"""
write(F, T)
V="Viken Maritime Cluster AS"; MC="MARITIME CIRCLE"
gold(F,
 [P("Ingvild Haugland Sæther","Head of Projects",V),
  P("Ole-Petter Rønning","Financial manager",V),
  P("Mari Solbakken","Communication",V),
  P("Eirik Vatne",None,"University of South-Eastern Norway"),
  P("Sanne Visser-Bakker","cluster manager","Maritiem Cluster Noord-Holland"),
  P("Mads Ravnkilde",None,"Aalborg University"),
  P("Kirsten Ebbesen","Managing Director","Offshore Energy Cluster Esbjerg"),
  P("Jörg-Uwe Timmermann",None,"Hanse Maritime Netzwerk e.V."),
  P("Håkon Berge","CEO","Teknikum Recycling AS"),
  P("Liesbeth Vanhoutte","project officer","Flanders Maritime Cluster"),
  P("Thea Lindberg-Osei","Communication Adviser",V)],
 [O(V), O("University of South-Eastern Norway","USN"),
  O("Maritiem Cluster Noord-Holland","MCNH"), O("Aalborg University"),
  O("Offshore Energy Cluster Esbjerg"), O("Hanse Maritime Netzwerk e.V."), O("Teknikum Recycling AS"),
  O("Flanders Maritime Cluster","FMC"), O("Norwegian Maritime Authority"), O("Viken County Council"), O("Port of Drammen"),
  O("Innovation Norway")],
 [E("Kick-off meeting","2034-02-14","2034-02-15","Drammen","Norway"),
  E("visit to the Teknikum Recycling plant","2034-02-15",None,"Drammen","Norway"),
  E("2nd partner meeting","2034-05-23","2034-05-24","Den Helder","Netherlands"),
  E("workshop on ship dismantling","2034-05-23","2034-05-24","Den Helder","Netherlands"),
  E("Online steering group meeting","2034-09-05",None,None,None),
  E("3rd partner meeting","2034-11-14","2034-11-15","Ostend","Belgium"),
  E("round table with Belgian shipyards on remanufactured components","2034-11-14",None,"Ostend","Belgium"),
  E("study visit to the port of Zeebrugge","2034-11-15",None,"Zeebrugge","Belgium"),
  E("first regional demonstration","2035",None,"Esbjerg","Denmark")],
 ["2034-01-01/2036-12-31","2034-09-29","2034-02-14/2034-02-15","2034-05-23/2034-05-24","2034-09-05","2034-11-14/2034-11-15","2034-11-14","2034-11-15","2035","2034-07-01"],
 ["Each partner should nominate a deputy so that the steering group always has a quorum",
  "Reuse pilots need a shipyard and a buyer on board from the start, not only an equipment supplier",
  "Partner meetings should always include a company visit; it brings the discussions down to earth"],
 pub="2034-09-29")
