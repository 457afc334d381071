from h import *
F = 'g09_brussels_skills_alliance_steering.md'
assert wd(2036,11,27)=='Thursday' and wd(2037,2,10)=='Tuesday' and wd(2036,9,30)=='Tuesday'
T = """[Home](/) > [About](/about) > Governance

# Governance of the European Cluster Skills Alliance

*Last updated: 2 December 2036 · Reading time: 5 min*

The European Cluster Skills Alliance (ECSA) is an open network of cluster organisations, vocational training providers and regional authorities that work together on skills for the green and digital transitions. The Alliance was launched in Brussels in 2034 and today counts 212 member organisations from 27 countries. Its secretariat is hosted by the European Clusters Alliance (ECA), an international non-profit association under Belgian law (AISBL).

This page presents the Alliance's Steering Committee, its secretariat and the observers from the European institutions.

## Steering Committee

The Steering Committee sets the annual work plan, approves new working groups and prepares the plenary meetings. Its members were elected by the plenary on 30 September 2036 for two years (2036–2038).

| Role | Name | Organisation | Country |
|---|---|---|---|
| Chair | Dr. Henrike Oltmanns-Ruiz | bayern innovativ GmbH | Germany |
| Vice-Chair | Tomás Ó Ceallaigh | Irish Manufacturing Cluster Network (IMCN) | Ireland |
| Vice-Chair | Aurelija Vaitkevičiūtė | Lithuanian Innovation Centre | Lithuania |
| Member | Jean-Baptiste N'Diaye | Pôle Véhicule du Futur | France |
| Member | Ilse De Smedt | Catalisti vzw | Belgium |
| Member | Paolo Di Martino | Cluster Tecnologico Nazionale Fabbrica Intelligente | Italy |
| Member | Katarzyna Wieczorek-Sato | Polish Cluster Association | Poland |

The previous Chair, **Lars-Erik Wennberg** of Swedish Incubators & Science Parks (SISP), completed his second term in September. He remains involved as mentor of the working group on apprenticeships.

## Secretariat

- **Nadia Benhaddou**, Alliance Coordinator, European Clusters Alliance – nadia.benhaddou@ecsa.example.eu
- **Ruairí McGrath**, Policy Officer (skills and education)
- **Zuzana Hrubá**, Communications and Events Officer

Ruairí McGrath joined the secretariat on 1 October 2036 from the Directorate-General for Employment, Social Affairs and Inclusion, where he worked on the Pact for Skills. He replaces **Anneke Visser**, who left to become Director of the Dutch cluster Brainport Industries Campus Academy.

## Observers

The following officials take part in the Steering Committee as observers without voting rights:

- **Mariella Koutsouri**, Head of Unit, European Commission – DG GROW – Unit D.2 "Industrial Forum, Alliances, Clusters"
- **Gerrit Vanhoutte**, Policy Officer, European Commission – DG EMPL – Unit E.1 "Skills Agenda"
- **Dr. Sofía Aranda Molina**, Programme Manager, European Innovation Council and SMEs Executive Agency (EISMEA)
- a representative of the European Committee of the Regions (rotating)

## Meetings

The Steering Committee meets four times a year, mostly online. Plenary meetings of all members are held twice a year, in spring online and in autumn in person.

Past plenary meetings:
- 1st plenary meeting, Brussels, 12 May 2034 (launch)
- 2nd plenary meeting, Lisbon, 14–15 October 2034
- 3rd plenary meeting, online, 22 April 2035
- 4th plenary meeting, Linz, 8–9 October 2035
- 5th plenary meeting, Vilnius, 29–30 September 2036

The next Steering Committee meeting will take place online on Thursday 27 November 2036. The 6th plenary meeting will be held online on Tuesday 10 February 2037; members can submit agenda items until 16 January.

## Conclusions of the 5th plenary meeting

The plenary in Vilnius adopted the following conclusions:

1. Clusters should map the skills needs of their members every two years using a common European template
2. The Alliance will offer a train-the-trainer programme for cluster managers on skills partnerships from spring 2037
3. Vocational schools should be welcomed as full members of cluster organisations, with reduced fees
4. The Alliance will seek a seat in the Pact for Skills' large-scale partnerships for the automotive and construction ecosystems

## Join the Alliance

Membership is free of charge for cluster organisations registered on the European Cluster Collaboration Platform. To join, fill in the [online form](/join) or write to the secretariat.

---
European Cluster Skills Alliance · c/o European Clusters Alliance AISBL · Rue du Luxembourg 00, 1000 Brussels · [Privacy](/privacy) · [Legal notice](/legal)
"""
write(F, T)
E_="European Cluster Skills Alliance"
gold(F,
 [P("Henrike Oltmanns-Ruiz","Chair",E_),
  P("Tomás Ó Ceallaigh","Vice-Chair",E_),
  P("Aurelija Vaitkevičiūtė","Vice-Chair",E_),
  P("Jean-Baptiste N'Diaye","Member",E_),
  P("Ilse De Smedt","Member",E_),
  P("Paolo Di Martino","Member",E_),
  P("Katarzyna Wieczorek-Sato","Member",E_),
  P("Lars-Erik Wennberg","Chair",E_),
  P("Nadia Benhaddou","Alliance Coordinator","European Clusters Alliance"),
  P("Ruairí McGrath","Policy Officer",E_),
  P("Zuzana Hrubá","Communications and Events Officer",E_),
  P("Anneke Visser","Director","Brainport Industries Campus Academy"),
  P("Mariella Koutsouri","Head of Unit","Unit D.2 \"Industrial Forum, Alliances, Clusters\""),
  P("Gerrit Vanhoutte","Policy Officer","Unit E.1 \"Skills Agenda\""),
  P("Sofía Aranda Molina","Programme Manager","European Innovation Council and SMEs Executive Agency")],
 [O(E_,"ECSA"), O("European Clusters Alliance","ECA"), O("bayern innovativ GmbH"), O("Irish Manufacturing Cluster Network","IMCN"),
  O("Lithuanian Innovation Centre"), O("Pôle Véhicule du Futur"), O("Catalisti vzw"),
  O("Cluster Tecnologico Nazionale Fabbrica Intelligente"), O("Polish Cluster Association"),
  O("Swedish Incubators & Science Parks","SISP"), O("Directorate-General for Employment, Social Affairs and Inclusion","DG EMPL"),
  O("Brainport Industries Campus Academy"), O("European Commission"), O("DG GROW"),
  O("Unit D.2 \"Industrial Forum, Alliances, Clusters\""), O("Unit E.1 \"Skills Agenda\""),
  O("European Innovation Council and SMEs Executive Agency","EISMEA"), O("European Committee of the Regions"),
  O("European Cluster Collaboration Platform")],
 [E("1st plenary meeting","2034-05-12",None,"Brussels","Belgium"),
  E("2nd plenary meeting","2034-10-14","2034-10-15","Lisbon","Portugal"),
  E("3rd plenary meeting","2035-04-22",None,None,None),
  E("4th plenary meeting","2035-10-08","2035-10-09","Linz","Austria"),
  E("5th plenary meeting","2036-09-29","2036-09-30","Vilnius","Lithuania"),
  E("Steering Committee meeting","2036-11-27",None,None,None),
  E("6th plenary meeting","2037-02-10",None,None,None)],
 ["2036-12-02","2034","2036-09-30","2036/2038","2036-09","2036-10-01","2034-05-12","2034-10-14/2034-10-15","2035-04-22",
  "2035-10-08/2035-10-09","2036-09-29/2036-09-30","2036-11-27","2037-02-10","2037-01-16","2037"],
 ["Clusters should map the skills needs of their members every two years using a common European template",
  "The Alliance will offer a train-the-trainer programme for cluster managers on skills partnerships from spring 2037",
  "Vocational schools should be welcomed as full members of cluster organisations, with reduced fees",
  "The Alliance will seek a seat in the Pact for Skills' large-scale partnerships for the automotive and construction ecosystems"],
 pub=None)
