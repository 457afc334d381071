from h import *
F = 'g03_aland_maritime_cluster_news.md'
assert wd(2038,10,7)=='Thursday' and wd(2038,11,18)=='Thursday' and wd(2038,9,15)=='Wednesday'
T = """# Åland Maritime Cluster – Autumn News 2038

*Posted 28 September 2038 by the cluster office, Mariehamn · 5 min read*

[Home](/) · [Members](/members) · [News](/news) · [Events](/events) · [Contact](/contact) · [Svenska](/sv)

---

## A word from the managing director

Twenty ferries a day, two shipping groups, a hundred small suppliers: that is how I describe our cluster to visitors
from the mainland. This autumn we add a fourth leg – a training partnership with the maritime academy – and I am
grateful to the members who lent us their engineers for the curriculum work. Shipping in the archipelago will only go
electric if we have people who can maintain the batteries.

— **Johanna Eriksson-Lindqvist**, Managing Director

## Member news

- **New members:** Sjökvist Marine Electric Ab (Jomala), Skärgårdens Båtvarv Ab (Föglö) and Lumparn Digital Ab
  (Lemland). The cluster now has 64 members.
- **Anniversary:** Rederi Ab Lillgaard turns 75. The company was registered in Mariehamn in 1963 and today runs four
  cargo vessels on the Baltic.
- **Investment:** Eckerö Shore Power Ab has commissioned a 6 MW shore power connection at the western harbour, in use
  since 1 September 2038.

## People on the move

- **Kristoffer Sundberg** is the new chair of the board, elected at the annual meeting on 15 September 2038. He is
  technical director of Rederi Ab Lillgaard.
- **Annika Holmström** leaves the board after nine years; she remains head of training at Ålands yrkesgymnasium.
- **Emil Jansson** joins the cluster office as project coordinator from 1 October.

## Events

| When | What | Where |
|---|---|---|
| Thu 7 Oct 2038, 13:00–16:00 | Battery safety on board – workshop | Ålands sjösäkerhetscentrum, Mariehamn |
| 20–21 Oct 2038 | Nordic Ferry Forum | Turku, Finland |
| Thu 18 Nov 2038, 18:00 | Members' autumn dinner | Mariehamn |

Registration for the workshop closes on 1 October 2038. The cluster has six places on the joint stand of
Business Finland at the Nordic Ferry Forum.

**Looking back:** the annual meeting on 15 September gathered 41 members; the accounts for 2037 were approved and
the membership fee stays at €350. Members also agreed to set up a working group on port
electricity tariffs, which will report to the board before the end of the year.

## From Brussels

The European Commission has confirmed that islands will be a priority of the next European Cluster Collaboration
Platform matchmaking round. Pekka Virolainen of the Regional Council of Åland's EU office says the cluster should use it
to find partners in Madeira and the Azores for its electric ferry work.

## Survey results: crew skills

Together with the Åland University of Applied Sciences (Högskolan på Åland) we asked 29 employers about the skills
they will need. **Key findings:**

1. Demand for battery and high-voltage skills will triple by 2042
2. Half of the employers train staff abroad because no local course exists
3. Housing is the main barrier to recruiting from Sweden and Finland

## Calls corner

The Government of Åland's innovation voucher opens on 1 November 2038; maximum €10,000 per company.

> "The cluster meeting was where we found our first buyer in Stockholm." – *Ida Mattsson, founder, Lumparn Digital Ab*

---

Åland Maritime Cluster r.f. · Norra Esplanadgatan 1, AX-22100 Mariehamn · Business ID 0000000-0
Photo: Kalle Nordlund. [Unsubscribe](/unsubscribe) · [Privacy](/privacy)
"""
write(F, T)
AC="Åland Maritime Cluster"
gold(F,
 [P("Johanna Eriksson-Lindqvist","Managing Director",AC),
  P("Kristoffer Sundberg","chair of the board",AC),
  P("Annika Holmström","head of training","Ålands yrkesgymnasium"),
  P("Emil Jansson","project coordinator",AC),
  P("Pekka Virolainen",None,"Regional Council of Åland"),
  P("Ida Mattsson","founder","Lumparn Digital Ab"),
  P("Kalle Nordlund",None,None)],
 [O("Åland Maritime Cluster r.f."), O("Sjökvist Marine Electric Ab"), O("Skärgårdens Båtvarv Ab"), O("Lumparn Digital Ab"),
  O("Rederi Ab Lillgaard"), O("Eckerö Shore Power Ab"), O("Ålands yrkesgymnasium"),
  O("Business Finland"), O("European Commission"), O("European Cluster Collaboration Platform"),
  O("Regional Council of Åland"), O("Åland University of Applied Sciences"), O("Government of Åland")],
 [E("annual meeting","2038-09-15",None,None,None),
  E("Battery safety on board – workshop","2038-10-07",None,"Mariehamn","Finland"),
  E("Nordic Ferry Forum","2038-10-20","2038-10-21","Turku","Finland"),
  E("Members' autumn dinner","2038-11-18",None,"Mariehamn","Finland")],
 ["2038","2038-09-28","1963","2038-09-01","2038-09-15","2038-10-01","2038-10-07","2038-10-20/2038-10-21","2038-11-18","2037",
  "2042","2038-11-01"],
 ["Demand for battery and high-voltage skills will triple by 2042",
  "Half of the employers train staff abroad because no local course exists",
  "Housing is the main barrier to recruiting from Sweden and Finland"], "2038-09-28")
