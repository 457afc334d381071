from h import *
F = 'g14_halland_general_assembly_report.md'
assert wd(2042,4,24)=='Thursday' and wd(2042,4,23)=='Wednesday' and wd(2042,9,17)=='Wednesday' and wd(2042,6,5)=='Thursday'
T = """# General Assembly 2042: Halland Health Tech Cluster sets course for the next four years

**Halmstad, 28 April 2042** – *by Malin Strandberg, Communications Officer* · Category: Association news · 4 min read

[News](/news) › [Association news](/news/association) › General Assembly 2042

---

Seventy-three member representatives met at Halmstad University on Thursday 24 April 2042 for the ninth General Assembly of the **Halland Health Tech Cluster (HHTC)**. The day before, on Wednesday 23 April, the cluster hosted a study visit from the Flemish health cluster **flanders.health** and its partners from Ghent and Leuven.

## Formal business

The assembly approved the annual report and accounts for 2041, discharged the board and adopted the work programme "Halland Health 2042–2045". Membership grew from 118 to 131 organisations in 2041, with the strongest growth among digital health start-ups.

Elected to the board were:

- **Chair:** Dr. Fredrik Åkesson, Head of Innovation, Region Halland
- **Vice-Chair:** Nadia El-Amrani, CEO, CareSense AB (Falkenberg)
- **Board member:** Prof. Birgitta Lund-Ekholm (Halmstad University)
- **Board member:** Johan de Vries (Getinge AB)
- **Board member:** Sanna Mäkelä-Ström (Almi Företagspartner Halland)

Outgoing chair Gunnar Hellström, who led the cluster from 2034 to 2042, was made honorary member.

## Keynote and discussion

The keynote came from **Dr. Ewa Lindahl-Nowak**, Director of the Swedish innovation agency's health programme at **Vinnova**, who asked the cluster to "stop running pilots and start running procurement". A discussion with the county's hospital managers followed. Several members said that the procurement rules of the region made it almost impossible for a small company to sell a new product, even after a successful pilot. The region's representatives promised to test an innovation procurement procedure in 2042 with two member companies, starting with remote monitoring of heart patients.

## Conclusions of the assembly

The cluster manager, **Oscar Bengtsson**, summarised the discussion in three conclusions that will guide the work programme:

1. First, member companies need access to real care settings; the testbed at Hallands sjukhus Varberg should be opened to all members by 2043
2. Second, the cluster will focus on two areas only – home care technology and prevention – instead of the five areas of the previous programme
3. Finally, the cluster must raise at least 40 per cent of its budget from members and services by 2045

## Recommendations from the study visit

The Flemish guests led by **Pieter Vandenbroucke** (flanders.health) gave the hosts some advice of their own:

- Publish a single catalogue of all test and demonstration facilities in the region
- Involve patient organisations in the cluster's steering group
- Use the European Digital Innovation Hub network instead of building a separate one

## What's next

- **5 June 2042** – Members' meeting on AI in diagnostics, Varberg
- **17 September 2042** – Halland Health Tech Day 2042, Halmstad (the fourth edition; earlier editions: Halland Health Tech Day 2039 in Halmstad, Halland Health Tech Day 2040 in Halmstad and Halland Health Tech Day 2041 in Kungsbacka)
- **October 2042** – Return visit to Flanders, Ghent and Leuven

Documents from the General Assembly (minutes, annual report 2041, work programme) are available to members in the member portal. Questions: info@hhtc.example.se

---
*Halland Health Tech Cluster is a non-profit association founded in 2033 by Region Halland, Halmstad University and twelve companies. It is co-financed by Region Halland and the European Regional Development Fund.*

Share: [LinkedIn](#) · [Facebook](#) · [E-mail](#)
"""
write(F, T)
H="Halland Health Tech Cluster"
gold(F,
 [P("Malin Strandberg","Communications Officer",H),
  P("Fredrik Åkesson","Chair",H),
  P("Nadia El-Amrani","Vice-Chair",H),
  P("Birgitta Lund-Ekholm","Board member",H),
  P("Johan de Vries","Board member",H),
  P("Sanna Mäkelä-Ström","Board member",H),
  P("Gunnar Hellström","honorary member",H),
  P("Ewa Lindahl-Nowak","Director of the Swedish innovation agency's health programme","Vinnova"),
  P("Oscar Bengtsson","cluster manager",H),
  P("Pieter Vandenbroucke",None,"flanders.health")],
 [O(H,"HHTC"), O("Halmstad University"), O("flanders.health"), O("Region Halland"), O("CareSense AB"), O("Getinge AB"),
  O("Almi Företagspartner Halland"), O("Vinnova"), O("Hallands sjukhus Varberg"), O("European Digital Innovation Hub network")],
 [E("General Assembly","2042-04-24",None,"Halmstad","Sweden"),
  E("study visit","2042-04-23",None,None,None),
  E("Members' meeting on AI in diagnostics","2042-06-05",None,"Varberg","Sweden"),
  E("Halland Health Tech Day 2042","2042-09-17",None,"Halmstad","Sweden"),
  E("Halland Health Tech Day 2039","2039",None,"Halmstad","Sweden"),
  E("Halland Health Tech Day 2040","2040",None,"Halmstad","Sweden"),
  E("Halland Health Tech Day 2041","2041",None,"Kungsbacka","Sweden"),
  E("Return visit to Flanders","2042-10",None,"Ghent, Leuven","Belgium")],
 ["2042-04-28","2042-04-24","2042-04-23","2041","2042/2045","2034/2042","2042","2043","2045","2042-06-05","2042-09-17","2042-10","2033"],
 ["member companies need access to real care settings; the testbed at Hallands sjukhus Varberg should be opened to all members by 2043",
  "the cluster will focus on two areas only – home care technology and prevention – instead of the five areas of the previous programme",
  "the cluster must raise at least 40 per cent of its budget from members and services by 2045",
  "Publish a single catalogue of all test and demonstration facilities in the region",
  "Involve patient organisations in the cluster's steering group",
  "Use the European Digital Innovation Hub network instead of building a separate one"],
 pub="2042-04-28")
