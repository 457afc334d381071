from h import *
F = 'g02_eccp_platform_news.md'
assert wd(2037,10,6)=='Tuesday' and wd(2037,11,18)=='Wednesday'
T = """[Skip to main content](#main)

**European Cluster Collaboration Platform** | [Login](/user/login) | [Register your cluster](/register) | EN ▾

[Home](/) › [News](/news) › Cluster Twins Baltic–Adriatic: 40 pairs matched in the first round

This site uses cookies. We use them to improve your browsing experience and to collect anonymous statistics. [Accept all cookies] [Accept only essential cookies] [More information](/cookies)

# Cluster Twins Baltic–Adriatic: 40 pairs matched in the first round

*Submitted by Ilze Kalniņa on 9 October 2037*

Tags: [Internationalisation](/tags/internationalisation) · [Matchmaking](/tags/matchmaking) · [Blue economy](/tags/blue-economy)

![Participants of the kick-off in Rijeka](/img/twins-rijeka.jpg)
*The twinning kick-off in Rijeka. © Primorje-Gorski Kotar County*

The first matchmaking round of the **Cluster Twins Baltic–Adriatic** initiative closed with 40 pairs of cluster organisations agreeing to exchange staff and run joint services over the next 18 months. The round started with a two-day kick-off in Rijeka on 6 and 7 October 2037, hosted by the Croatian Maritime Cluster (Hrvatski pomorski klaster) and attended by 112 cluster managers from eleven countries.

The initiative is run by the European Cluster Collaboration Platform (ECCP) on behalf of the European Innovation Council and SMEs Executive Agency (EISMEA) and the Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW). It pairs clusters on the Baltic coast with peers on the Adriatic, with a focus on ports, shipbuilding suppliers, aquaculture and coastal tourism.

Opening the kick-off, **Dragan Vuković**, Head of the Regional Development Department of Primorje-Gorski Kotar County, said that the county had "waited a long time for a European format that starts from what firms actually need". **Kaja Lindström**, Policy Officer in the Clusters Unit of DG GROW, presented the timeline of the initiative and the reporting obligations.

## Who was matched?

Among the first pairs:

- **Klaipėda Maritime Cluster** (Lithuania) with the **Split Blue Tech Hub** (Croatia) – on shore power for ferry terminals
- **Pomeranian Aquaculture Cluster** (Poland) with **Cluster Acquacoltura Friuli** (Italy) – on fish-feed traceability
- **Baltic Yacht Industry Network** (Finland) with **Montenegro Nautical Cluster** – on refit skills
- **Tallinn Port Logistics Cluster** (Estonia) with **Koper Logistics Partnership** (Slovenia) – on customs data exchange

The full list of 40 pairs is available in the [matchmaking results (PDF, 420 KB)](/files/twins-round1.pdf).

## What participants said

"We had met our Croatian partners at trade fairs for ten years, but never sat down to plan a service together," said **Rūta Stankevičienė**, manager of the Klaipėda Maritime Cluster. **Marko Jelenić**, director of the Split Blue Tech Hub, added that the twinning budget of €12,000 per pair was "small but exactly the right size for a first staff exchange".

## Main outcomes of the kick-off

1. Forty pairs signed letters of intent covering 23 joint services
2. Most pairs will start with a staff exchange of one to two weeks in the first half of 2038
3. Participants asked ECCP to add a shared calendar of partner events to the platform
4. A second matchmaking round will be open to clusters from the Black Sea coast

## Next steps

The online info session for the second round will take place on **Wednesday, 18 November 2037, 10:00–11:30 CET**. Applications for round two open on 1 December 2037 and close on 26 February 2038. A mid-term meeting of all pairs is planned in Gdańsk in June 2038.

[Register for the info session →](/events/twins-round2-info)

---

**Share:** [LinkedIn](#) · [X](#) · [Facebook](#) · [Copy link](#)

### Related news

- [ECCP publishes the Cluster Internationalisation Compass 2037](/news/compass-2037) — *22 September 2037*
- [Call for cluster events: European Cluster Weeks 2037–2038](/news/ecw-2037) — *15 September 2037*
- [Cluster managers' academy: dates announced](/news/academy-dates) — *2 September 2037*

[View all news](/news)

---

[About ECCP](/about) · [Contact](/contact) · [Legal notice](/legal) · [Privacy statement](/privacy) · [Accessibility](/accessibility)

The European Cluster Collaboration Platform is an initiative of the European Commission. The content of this page does not necessarily reflect the opinion of the European Commission.
"""
write(F, T)
gold(F,
 [P("Ilze Kalniņa",None,None),
  P("Dragan Vuković","Head of the Regional Development Department","Primorje-Gorski Kotar County"),
  P("Kaja Lindström","Policy Officer","DG GROW"),
  P("Rūta Stankevičienė","manager","Klaipėda Maritime Cluster"),
  P("Marko Jelenić","director","Split Blue Tech Hub")],
 [O("European Cluster Collaboration Platform","ECCP"), O("Primorje-Gorski Kotar County"), O("Croatian Maritime Cluster"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA"),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"), O("Clusters Unit"),
  O("Klaipėda Maritime Cluster"), O("Split Blue Tech Hub"), O("Pomeranian Aquaculture Cluster"), O("Cluster Acquacoltura Friuli"),
  O("Baltic Yacht Industry Network"), O("Montenegro Nautical Cluster"), O("Tallinn Port Logistics Cluster"),
  O("Koper Logistics Partnership"), O("European Commission")],
 [E("Cluster Twins Baltic–Adriatic kick-off","2037-10-06","2037-10-07","Rijeka","Croatia"),
  E("online info session for the second round","2037-11-18",None,None,None),
  E("mid-term meeting of all pairs","2038-06",None,"Gdańsk","Poland"),
  E("European Cluster Weeks 2037–2038","2037","2038",None,None)],
 ["2037-10-09","2037-10-06/2037-10-07","2038","2037-11-18","2037-12-01","2038-02-26","2038-06","2037-09-22","2037-09-15","2037-09-02","2037/2038"],
 ["Forty pairs signed letters of intent covering 23 joint services",
  "Most pairs will start with a staff exchange of one to two weeks in the first half of 2038",
  "Participants asked ECCP to add a shared calendar of partner events to the platform",
  "A second matchmaking round will be open to clusters from the Black Sea coast"], "2037-10-09")
