from common import *
F = 'b61_04_workshop_burgenland.md'
KM = ["Start small: a two-firm pilot with a clear energy saving convinced more companies than any brochure",
 "Municipalities must be at the table from the beginning, because grid connections and building permits decide the timeline",
 "Cluster managers need a neutral data space; firms will not share load profiles with competitors directly",
 "Cross-border visits to Győr-Moson-Sopron were the most valued activity and should become a yearly fixture",
 "Funding rules that forbid costs before the grant decision slowed every project by at least four months"]
t = """[Startseite](/) / [Veranstaltungen](/veranstaltungen) / Workshop report

# Workshop report: Energy communities in industrial parks — Burgenland cross-border workshop

**Cluster Erneuerbare Energie Burgenland** | posted by Mag. Lukas Pöltl | 3 December 2035 | Tags: energy communities, industrial parks, Interreg AT-HU

On Thursday, 29 November 2035, some 45 participants from Burgenland, Lower Austria and the Hungarian county of Győr-Moson-Sopron met in the Technologiezentrum Eisenstadt for a one-day workshop on energy communities in industrial parks. The workshop was the third of four organised under the Interreg Austria–Hungary project PARKENERGY and was hosted by the Cluster Erneuerbare Energie Burgenland together with the Wirtschaftsagentur Burgenland GmbH.

## Programme

| Time | Item | Speaker |
|---|---|---|
| 09:30 | Welcome | Dr. Eva Szabó-Hartl, Wirtschaftsagentur Burgenland GmbH |
| 09:45 | Energy communities: the legal framework in Austria | Mag. Christoph Frühwirth, Energie-Control Austria (E-Control) |
| 10:30 | The Hungarian view | Dr. Katalin Németh, Széchenyi István University |
| 11:30 | Case: Wirtschaftspark Müllendorf | Stefan Unger, park manager |
| 13:30 | World café: what worked, what didn't | moderated by Mag. Lukas Pöltl |
| 15:30 | Lessons learnt and wrap-up | Ing. Barbara Kovács-Leitner, cluster manager |

## Discussion

Dr. Szabó-Hartl opened by reminding the audience that Burgenland has produced more electricity from wind than it consumes since 2013, yet many firms in the region's industrial parks still pay retail prices for their power. Energy communities, allowed in Austria since 2021, could change this, but only a handful of parks have formed one.

Mag. Frühwirth of E-Control walked through the rules for renewable energy communities and citizen energy communities and showed that the grid-fee discount depends on the network level. Questions from the floor concerned the treatment of heat pumps and battery storage. Dr. Németh explained that Hungarian law still limits sharing of electricity across plot boundaries, although a reform was announced for 2036.

The most concrete contribution came from Stefan Unger, who manages the Wirtschaftspark Müllendorf. Eleven companies there — among them Leitner Metallbau GmbH and the bakery chain Ströck-Ost — share 2.4 MW of rooftop solar. He described three years of negotiation, two failed attempts and a successful start on 1 April 2034.

In the world café, participants worked at five tables on permits, metering, financing, governance and communication with employees. The metering table was the liveliest: several firms reported that smart meters had been installed months late, which made it impossible to allocate the shared electricity correctly during the first season. The financing table concluded that bank loans were easy to obtain once a park operator stood behind the community, but almost impossible for a loose group of tenants. Representatives from Győr, including Gábor Horváth of the Pannon Business Network Association, compared the Austrian experience with their own industrial-park associations.

## Lessons learnt

At the end of the day, cluster manager Ing. Barbara Kovács-Leitner summarised the lessons learnt from the three PARKENERGY workshops so far:

""" + "".join(f"- {k}.\n" for k in KM) + """
## Next workshop

The fourth and final PARKENERGY workshop will take place in Győr on 14 March 2036, hosted by the Pannon Business Network Association. Registration opens in January. The project ends on 30 June 2036 with a final conference in Eisenstadt.

*Photos: © Cluster Erneuerbare Energie Burgenland. Share this article: [LinkedIn](#) [Facebook](#) [E-Mail](#)*

---
Cluster Erneuerbare Energie Burgenland · Technologiezentrum Eisenstadt · Thomas-Alva-Edison-Straße 2 · 7000 Eisenstadt · [Impressum](/impressum) · [Datenschutz](/datenschutz)
"""
write_text(F, t)
gold(F, [
 P("Lukas Pöltl", None, "Cluster Erneuerbare Energie Burgenland"),
 P("Eva Szabó-Hartl", None, "Wirtschaftsagentur Burgenland GmbH"),
 P("Christoph Frühwirth", None, "Energie-Control Austria"),
 P("Katalin Németh", None, "Széchenyi István University"),
 P("Stefan Unger", "park manager", "Wirtschaftspark Müllendorf"),
 P("Barbara Kovács-Leitner", "cluster manager", "Cluster Erneuerbare Energie Burgenland"),
 P("Gábor Horváth", None, "Pannon Business Network Association"),
],[
 O("Cluster Erneuerbare Energie Burgenland"), O("Technologiezentrum Eisenstadt"), O("Wirtschaftsagentur Burgenland GmbH"),
 O("Energie-Control Austria", "E-Control"), O("Széchenyi István University"), O("Wirtschaftspark Müllendorf"),
 O("Leitner Metallbau GmbH"), O("Ströck-Ost"), O("Pannon Business Network Association"),
],[
 E("Burgenland cross-border workshop on energy communities in industrial parks", "2035-11-29", None, "Eisenstadt", "Austria"),
 E("fourth PARKENERGY workshop", "2036-03-14", None, "Győr", "Hungary"),
 E("PARKENERGY final conference", "2036-06-30", None, "Eisenstadt", "Austria"),
],["2035-12-03","2035-11-29","2013","2021","2036","2034-04-01","2036-03-14","2036-01","2036-06-30"],
 KM, pub="2035-12-03")
