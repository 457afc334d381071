from h import *
F = 'g04.md'
assert wd(2036,2,12)=='Tuesday' and wd(2036,3,5)=='Wednesday' and wd(2036,2,26)=='Tuesday'
T = """[Savonia Health & Water Cluster](/) · Members · Services · **Funding** · Events · News · Contact · FI | EN

# Calls calendar: spring 2036

*Updated 28 January 2036 by Kaisa Rönkkö, funding adviser · Printable version (PDF)*

> We use only necessary cookies on this site. [OK]

This page lists the open and upcoming calls that are most relevant for the members of the Savonia Health & Water
Cluster. The list is not complete: always check the call text on the funder's own page. Deadlines are in Finnish
time unless the table says otherwise. Calls marked ★ are ones where the cluster office can help you write the
application or find partners; book a slot with the funding team at least three weeks before the deadline.

## Regional and national calls

| Call | Funder | Who can apply | Budget / grant | Deadline |
|---|---|---|---|---|
| ★ Innovation vouchers, round 1/2036 | Regional Council of Pohjois-Savo | SMEs in North Savo | EUR 4,000–10,000 per voucher | 15 February 2036 |
| Business development grant | Centre for Economic Development, Transport and the Environment (ELY Centre) of North Savo | SMEs, all sectors | up to 50 % of costs | continuous |
| ★ Co-innovation projects | Business Finland | consortia of companies and research organisations | EUR 0.5–3 million | 12 March 2036 |
| Research-to-business pilots | Business Finland | universities and research institutes | up to EUR 1.2 million | 2 April 2036 |
| Water sector export programme, 2036 intake | Team Finland / Finnish Water Forum | SMEs with an export plan | services in kind | 20 March 2036 |
| Just transition pilots | Regional Council of Pohjois-Savo | municipalities, companies, RDI actors | EUR 50,000–300,000 | 30 April 2036 |

## European calls

| Call | Funder | Who can apply | Budget / grant | Deadline |
|---|---|---|---|---|
| ★ Cluster partnership call, second cut-off | EISMEA | consortia of cluster organisations | EUR 1.2–1.6 million | 9 April 2036, 17:00 CET |
| Interreg Baltic Sea Region, call 5 (core projects) | Interreg Baltic Sea Region | public and private partners from the region | up to EUR 4 million | 14 May 2036 |
| ★ Health tech open call (cascade funding) | HealthTech Nordic Bridge consortium | start-ups and SMEs | up to EUR 60,000 | 26 February 2036 |
| EIT Health Catapult | EIT Health | health start-ups | prizes and coaching | 5 March 2036 |
| Water4All joint call | Water4All partnership | research-led consortia | national budgets | 18 June 2036 (pre-proposal) |

## Information sessions in February and March

- **Tuesday 12 February 2036, 13:00–14:00** – Webinar on the innovation vouchers with the Regional Council of Pohjois-Savo (online, Teams). Speaker: Antti Halonen, Development Manager.
- **Tuesday 26 February 2036, 9:00–11:30** – Business Finland funding morning at the Kuopio Science Park, Microkatu 1, Kuopio. Speakers: Sanna Miettinen (Business Finland, senior adviser) and Jari Väisänen (Savonia University of Applied Sciences, RDI Director).
- **Wednesday 5 March 2036, 14:00–16:00** – Partner café for the cluster partnership call at the cluster office. Short pitches by members with project ideas; coffee and pulla from 13:30.

## Recently closed

- Regional innovation vouchers, round 2/2035 – closed 30 November 2035, 41 vouchers granted.
- Business Finland Veturi partner calls – closed 15 December 2035.
- Cluster partnership call, first cut-off – closed 31 October 2035; results expected in March 2036.

## Tips from the funding team

1. Start early. Most consortium calls need a letter of support from the regional council, which can take two weeks.
2. Check the state aid rules: a de minimis declaration is needed for most SME grants.
3. Use the cluster's partner database before you search elsewhere: 74 members are listed with their competences.
4. Do not apply for the same costs twice; the funders do compare applications.

### Contact the funding team

**Kaisa Rönkkö**, funding adviser – kaisa.ronkko@savoniacluster.example.fi – +358 40 000 3141
**Mikko Tuovinen**, cluster director – mikko.tuovinen@savoniacluster.example.fi

Savonia Health & Water Cluster ry · Microkatu 1, 70210 Kuopio · Y-tunnus 0000000-1

[Back to top] · [Subscribe to the funding newsletter] · Share: [LinkedIn] [Facebook]
"""
write(F, T)
gold(F,
 [P("Kaisa Rönkkö","funding adviser","Savonia Health & Water Cluster"),
  P("Antti Halonen","Development Manager","Regional Council of Pohjois-Savo"),
  P("Sanna Miettinen","senior adviser","Business Finland"),
  P("Jari Väisänen","RDI Director","Savonia University of Applied Sciences"),
  P("Mikko Tuovinen","cluster director","Savonia Health & Water Cluster")],
 [O("Savonia Health & Water Cluster"), O("Regional Council of Pohjois-Savo"),
  O("Centre for Economic Development, Transport and the Environment (ELY Centre) of North Savo","ELY Centre"),
  O("Business Finland"), O("Team Finland"), O("Finnish Water Forum"), O("EISMEA"),
  O("HealthTech Nordic Bridge consortium"), O("EIT Health"),
  O("Savonia University of Applied Sciences")],
 [E("Webinar on the innovation vouchers","2036-02-12"),
  E("Business Finland funding morning","2036-02-26",None,"Kuopio","Finland"),
  E("Partner café","2036-03-05",None,"Kuopio","Finland")],
 ["2036-01-28","2036-02-15","2036-03-12","2036-04-02","2036-03-20","2036-04-30","2036-04-09","2036-05-14",
  "2036-02-26","2036-03-05","2036-06-18","2036-02-12","2035-11-30","2035-12-15","2035-10-31","2036-03","2036"],
 [], pub="2036-01-28")
