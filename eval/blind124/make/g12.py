from h import *
F = 'g12_arctic_skills_partners_kickoff.md'
assert wd(2041,9,17)=='Tuesday' and wd(2041,9,18)=='Wednesday' and wd(2041,9,19)=='Thursday' and wd(2042,3,10)=='Monday'
T = """# ARCTIC-SKILLS – Partners and team

> Interreg Europe project · 1 September 2041 – 31 August 2045 · Lead partner: Digipolis Technology Park Oy, Kemi (Finland)

[Project](#) | **Partners** | [Good practices](#) | [Events](#) | [Library](#) | [Contact](#)

---

## Who we are

ARCTIC-SKILLS brings together nine partners from seven countries to improve regional policies that help cluster organisations in sparsely populated and industrial regions attract, train and keep skilled people. The partnership was built on the contacts made at the Interreg Europe partner search forum in Brussels on 5 November 2040 and on two earlier projects between Lapland, Norrbotten and northern Portugal.

## Partners

| # | Partner | Country | Contact person |
|---|---|---|---|
| 1 | Digipolis Technology Park Oy (lead partner) | Finland | Tiina Kallioniemi, Project Coordinator |
| 2 | Regional Council of Lapland (Lapin liitto) | Finland | Juha-Matti Ylitalo, Regional Development Director |
| 3 | Norrbotten Region (Region Norrbotten) | Sweden | Maja Lindgren Åhman, Senior Policy Adviser |
| 4 | Luleå University of Technology | Sweden | Prof. Anders van der Linden |
| 5 | Comunidade Intermunicipal do Alto Minho (CIM Alto Minho) | Portugal | Eng. Rui Barbosa de Sousa |
| 6 | Cluster Industrial de Viana do Castelo – Associação | Portugal | Mariana Fonseca |
| 7 | Regional Development Agency Koroška | Slovenia | Matej Vrečko, Head of Business Support |
| 8 | Jihomoravské inovační centrum (JIC) | Czech Republic | Mgr. Tereza Dvořáková-Nováčková |
| 9 | Highlands and Islands Enterprise | United Kingdom (associated partner) | Dr. Fiona MacLeod |

Advisory partners without budget: the Finnish Ministry of Economic Affairs and Employment, Business Finland, and the European Clusters Alliance.

## Project team at the lead partner

- **Tiina Kallioniemi** – Project Coordinator, tiina.kallioniemi@digipolis.example.fi
- **Antti Rautio** – Financial Manager
- **Sofia Nieminen-Garcia** – Communication Officer

Tiina replaces **Harri Mäenpää**, who prepared the application and left Digipolis in August 2041 to become CEO of Kemi-Tornio Industrial Cluster ry.

## Kick-off meeting in Kemi, 17–19 September 2041

The partners met for the first time from Tuesday 17 to Thursday 19 September 2041 in Kemi and Tornio. The programme:

- **Tue 17 Sept, 19:00** – welcome dinner at the SnowCastle restaurant, Kemi
- **Wed 18 Sept, 09:00–16:30** – partner meeting at Digipolis: project management, communication, financial rules
- **Wed 18 Sept, 17:00** – steering group meeting (one representative per partner)
- **Thu 19 Sept, 08:30** – site visit to the Outokumpu Tornio steel works
- **Thu 19 Sept, 13:00** – stakeholder seminar "Skills for Arctic industry" with 70 local companies, Tornio town hall

The meeting was opened by **Tuomo Ikonen**, Mayor of Kemi, and by **Katja Huttunen-Blom**, Interreg Europe Joint Secretariat project officer, who joined online from Lille.

### Main outcomes of the kick-off

1. The steering group elected Juha-Matti Ylitalo (Regional Council of Lapland) as its chair for the first two years
2. Each region will appoint a stakeholder group of at least eight members by 15 December 2041
3. The first interregional study visit will take place in Viana do Castelo in March 2042
4. Partners agreed to a shared online library of good practices on cluster skills academies

## Next meetings

- 10–11 March 2042 – Study visit and partner meeting, Viana do Castelo (Portugal)
- October 2042 – Partner meeting, Ravne na Koroškem (Slovenia)
- spring 2043 – Partner meeting, Brno (Czech Republic)

---

*ARCTIC-SKILLS is co-funded by the European Union through Interreg Europe. Page maintained by Digipolis Technology Park Oy · Last update 30 September 2041*
"""
write(F, T)
D_="Digipolis Technology Park Oy"
gold(F,
 [P("Tiina Kallioniemi","Project Coordinator",D_),
  P("Juha-Matti Ylitalo","Regional Development Director","Regional Council of Lapland"),
  P("Maja Lindgren Åhman","Senior Policy Adviser","Norrbotten Region"),
  P("Anders van der Linden",None,"Luleå University of Technology"),
  P("Rui Barbosa de Sousa",None,"Comunidade Intermunicipal do Alto Minho"),
  P("Mariana Fonseca",None,"Cluster Industrial de Viana do Castelo – Associação"),
  P("Matej Vrečko","Head of Business Support","Regional Development Agency Koroška"),
  P("Tereza Dvořáková-Nováčková",None,"Jihomoravské inovační centrum"),
  P("Fiona MacLeod",None,"Highlands and Islands Enterprise"),
  P("Antti Rautio","Financial Manager",D_),
  P("Sofia Nieminen-Garcia","Communication Officer",D_),
  P("Harri Mäenpää","CEO","Kemi-Tornio Industrial Cluster ry"),
  P("Tuomo Ikonen","Mayor of Kemi",None),
  P("Katja Huttunen-Blom","project officer","Interreg Europe Joint Secretariat")],
 [O(D_), O("Regional Council of Lapland"), O("Norrbotten Region"), O("Luleå University of Technology"),
  O("Comunidade Intermunicipal do Alto Minho","CIM Alto Minho"), O("Cluster Industrial de Viana do Castelo – Associação"),
  O("Regional Development Agency Koroška"), O("Jihomoravské inovační centrum","JIC"), O("Highlands and Islands Enterprise"),
  O("Finnish Ministry of Economic Affairs and Employment"), O("Business Finland"), O("European Clusters Alliance"),
  O("Kemi-Tornio Industrial Cluster ry"), O("Outokumpu"), O("Interreg Europe Joint Secretariat")],
 [E("Interreg Europe partner search forum","2040-11-05",None,"Brussels","Belgium"),
  E("Kick-off meeting","2041-09-17","2041-09-19","Kemi, Tornio","Finland"),
  E("welcome dinner","2041-09-17",None,"Kemi","Finland"),
  E("partner meeting","2041-09-18",None,"Kemi","Finland"),
  E("steering group meeting","2041-09-18",None,"Kemi","Finland"),
  E("site visit to the Outokumpu Tornio steel works","2041-09-19",None,"Tornio","Finland"),
  E("Skills for Arctic industry","2041-09-19",None,"Tornio","Finland"),
  E("Study visit and partner meeting","2042-03-10","2042-03-11","Viana do Castelo","Portugal"),
  E("Partner meeting","2042-10",None,"Ravne na Koroškem","Slovenia"),
  E("Partner meeting","2043",None,"Brno","Czech Republic")],
 ["2041-09-01/2045-08-31","2040-11-05","2041-08","2041-09-17/2041-09-19","2041-09-17","2041-09-18","2041-09-19","2041-12-15","2042-03",
  "2042-03-10/2042-03-11","2042-10","2043","2041-09-30"],
 ["The steering group elected Juha-Matti Ylitalo (Regional Council of Lapland) as its chair for the first two years",
  "Each region will appoint a stakeholder group of at least eight members by 15 December 2041",
  "The first interregional study visit will take place in Viana do Castelo in March 2042",
  "Partners agreed to a shared online library of good practices on cluster skills academies"],
 pub="2041-09-30")
