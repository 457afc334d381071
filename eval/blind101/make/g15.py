from h import *
F = 'g15_plovdiv_ministerial_declaration_clusters.md'
assert wd(2039,11,24)=='Thursday' and wd(2039,11,25)=='Friday'
T = """[Home](/) / [Press centre](/press) / [Declarations](/press/declarations)    🔍 Search   |   БГ   EN

# Plovdiv Declaration on Clusters for Resilient Regional Value Chains

*Adopted at the Ministerial Meeting on Industrial Ecosystems of South-East Europe, Plovdiv, 25 November 2039*

*Posted on 25 November 2039 by the Press Office of the Ministry of Innovation and Growth · 5 min read*

---

We, the ministers and state secretaries responsible for industry, innovation and regional development of Bulgaria, Croatia, Greece, Romania and Slovenia, meeting in Plovdiv on 24–25 November 2039 at the invitation of the Bulgarian Ministry of Innovation and Growth, and in the presence of the European Commission,

**Recognising** that cluster organisations in our countries have grown from 74 in 2030 to more than 190 today, and that they connect over 11,000 small and medium-sized enterprises;

**Concerned** that supply shocks since 2035 have shown how dependent our manufacturers remain on distant suppliers;

**Welcoming** the work of the South-East European Cluster Network (SEECN) and the conclusions of its forum held in Thessaloniki in June 2039;

## Commitments

1. We will give cluster organisations a permanent place in the design and monitoring of our smart specialisation strategies for 2041–2047.
2. We will open our national cluster support schemes to joint projects with clusters from the other signatory countries.
3. We will create a regional map of critical suppliers in the automotive, electronics and agri-food ecosystems by the end of 2040.
4. We will support a common cluster excellence training programme for cluster managers, delivered by the network.
5. We will meet again in 2041 to review progress, at the invitation of the Republic of Slovenia.

## Call to the European Commission

We invite the **European Commission, DG GROW and DG REGIO**, to take regional value chains into account in the next generation of cohesion programmes and to support a South-East European pilot of the Euroclusters initiative.

## Follow-up

The Bulgarian Presidency of the network will prepare a short progress report for each signatory country before the next ministerial meeting. The cluster networks of the five countries are invited to propose three pilot value chains, one of which should involve at least four of the signatory countries, and to present them at the network's forum in 2040.

Observers from Serbia, North Macedonia and Albania attended the meeting and were invited to associate themselves with the declaration at a later stage; their cluster associations already take part in several of the network's working groups. Delegations from Montenegro and Bosnia and Herzegovina sent written messages of support.

## Signatories

| Country | Signed by |
|---|---|
| Bulgaria | Radoslav Iliev, Minister of Innovation and Growth |
| Croatia | Marina Jurić Babić, State Secretary, Ministry of Economy |
| Greece | Nikolaos Papadimas, Secretary General for Industry, Ministry of Development |
| Romania | Cristina Munteanu, State Secretary, Ministry of Economy, Entrepreneurship and Tourism |
| Slovenia | Matej Zadravec, State Secretary, Ministry of the Economy, Tourism and Sport |

In the presence of **Ulla Törnqvist**, Deputy Director-General, DG GROW, European Commission.

## Background

The declaration follows two years of preparation by the cluster networks of the five countries. In 2038 they carried out a joint mapping exercise which found that more than 40 % of the cluster members in the automotive and electronics sectors buy critical components from outside Europe, and that fewer than one in ten has an alternative supplier in the region. The mapping also showed that national cluster programmes rarely allow a cluster to spend money on partners abroad, which makes joint projects across borders slow and costly.

The ministers discussed these findings in a closed round table and agreed that cluster organisations, which already know the suppliers in their regions, are the most practical channel to build alternative value chains. The declaration is not legally binding, but each signatory undertook to report on the commitments at the next meeting.

## Around the meeting

The ministerial meeting was preceded on Thursday 24 November by a cluster forum at the International Fair Plovdiv with 240 participants, opened by the Mayor of Plovdiv, **Kostadin Dimitrov**. **Elena Stoyanova**, President of the Bulgarian Association of Cluster Organisations (BACO), presented the network's proposals. A study visit to the Trakia Economic Zone followed in the afternoon.

"Clusters are where our industrial policy meets the real economy. Today five countries agreed to make that meeting permanent," said Minister Radoslav Iliev at the closing press conference.

**Programme, 25 November 2039**
- 09:30 Arrival of delegations, Plovdiv Regional Administration
- 10:00 Ministerial round table (closed)
- 12:30 Signing of the Plovdiv Declaration
- 13:00 Press conference
- 13:30 Working lunch

---
Download: [Declaration (EN, PDF)](#) · [Декларация (BG, PDF)](#)
Press contact: Press Office, Ministry of Innovation and Growth · press@mig.government.bg · +359 2 940 77 61

Share: Facebook · LinkedIn · X   |   © 2039 Ministry of Innovation and Growth · Privacy · Cookies
"""
write(F, T)
MIG='Ministry of Innovation and Growth'
gold(F,
 [P('Radoslav Iliev','Minister of Innovation and Growth',MIG),
  P('Marina Jurić Babić','State Secretary','Ministry of Economy'),
  P('Nikolaos Papadimas','Secretary General for Industry','Ministry of Development'),
  P('Cristina Munteanu','State Secretary','Ministry of Economy, Entrepreneurship and Tourism'),
  P('Matej Zadravec','State Secretary','Ministry of the Economy, Tourism and Sport'),
  P('Ulla Törnqvist','Deputy Director-General','DG GROW'),
  P('Kostadin Dimitrov','Mayor of Plovdiv',None),
  P('Elena Stoyanova','President','Bulgarian Association of Cluster Organisations')],
 [O(MIG),O('European Commission'),O('South-East European Cluster Network','SEECN'),O('DG GROW'),O('DG REGIO'),
  O('Ministry of Economy'),O('Ministry of Development'),O('Ministry of Economy, Entrepreneurship and Tourism'),
  O('Ministry of the Economy, Tourism and Sport'),O('Bulgarian Association of Cluster Organisations','BACO'),
  O('Plovdiv Regional Administration'),O('Trakia Economic Zone')],
 [E('Ministerial Meeting on Industrial Ecosystems of South-East Europe','2039-11-24','2039-11-25','Plovdiv','Bulgaria'),
  E('forum','2039-06',None,'Thessaloniki','Greece'),
  E('cluster forum','2039-11-24',None,'Plovdiv','Bulgaria'),
  E('study visit to the Trakia Economic Zone','2039-11-24',None,None,'Bulgaria'),
  E('Press conference','2039-11-25',None,'Plovdiv','Bulgaria'),
  E('Working lunch','2039-11-25',None,'Plovdiv','Bulgaria'),
  E('Ministerial round table','2039-11-25',None,'Plovdiv','Bulgaria'),
  E('Signing of the Plovdiv Declaration','2039-11-25',None,'Plovdiv','Bulgaria'),
  E('meeting to review progress','2041',None,None,'Slovenia'),
  E("network's forum",'2040')],
 ['2039-11-25','2039-11-24/2039-11-25','2030','2035','2039-06','2041/2047','2040','2041','2039-11-24','2038'],
 ['We will give cluster organisations a permanent place in the design and monitoring of our smart specialisation strategies for 2041–2047',
  'We will open our national cluster support schemes to joint projects with clusters from the other signatory countries',
  'We will create a regional map of critical suppliers in the automotive, electronics and agri-food ecosystems by the end of 2040',
  'We will support a common cluster excellence training programme for cluster managers, delivered by the network',
  'We will meet again in 2041 to review progress, at the invitation of the Republic of Slovenia'],
 pub='2039-11-25')
