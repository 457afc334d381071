from h import *
F = 'g11_debagoiena_roadmap_ibilbide_orria.md'
T = """# Ibilbide-orria 2035–2040 / Roadmap 2035–2040
## Debagoieneko Fabrikazio Aurreratuko Klusterra (DEFAK)

*Batzar Nagusiak onartua, Arrasate, 2035eko martxoaren 14an · Approved by the General Assembly, Arrasate, 14 March 2035*

---

### Aurkezpena

Debagoieneko Fabrikazio Aurreratuko Klusterra 2030ean sortu zen Arrasaten, bailarako industria-enpresek, kooperatibek eta ezagutza-eragileek bultzatuta. Gaur egun 58 bazkide ditu, horien artean Ulma Forja S. Coop., Fagor Arrasate S. Coop., Mondragon Unibertsitatea eta Debagoieneko Mankomunitatea. Klusterreko lehendakaria Miren Etxeberria Arregi da, Ulma Forja S. Coop.-eko zuzendari nagusia, eta kudeatzailea Iñaki Zubizarreta Oiarbide.

Ibilbide-orri hau 2034ko udazkenean landu zen, bazkideekin egindako lau lan-saiotan. Prozesua Mondragon Unibertsitateko Goi Eskola Politeknikoko irakasle Dr. Leire Uribarren Mugica-k gidatu zuen, eta Gipuzkoako Foru Aldundiko Ekonomia Sustatzeko Departamentuak lagundu zuen.

### Foreword (English)

The Advanced Manufacturing Cluster of Debagoiena (DEFAK) was founded in Arrasate-Mondragón in 2030 by industrial companies, cooperatives and knowledge organisations of the Deba valley. It now has 58 members, including Ulma Forja S. Coop., Fagor Arrasate S. Coop., Mondragon Unibertsitatea (Mondragon University) and the Debagoiena District Association (Debagoieneko Mankomunitatea). The cluster is chaired by Miren Etxeberria Arregi, managing director of Ulma Forja S. Coop.; its manager is Iñaki Zubizarreta Oiarbide.

This roadmap was prepared in autumn 2034 in four working sessions with members. The process was led by Dr. Leire Uribarren Mugica, lecturer at the Faculty of Engineering of Mondragon University, with support from the Department of Economic Promotion of the Provincial Council of Gipuzkoa (Gipuzkoako Foru Aldundia). It sets out where the cluster wants to be in 2040 and how it will get there.

The valley's industry faces three pressures at once. Customers in the automotive and capital goods sectors demand lower emissions along the supply chain; a generation of skilled workers will retire within ten years; and competitors in Asia are catching up in forming, machining and press technology. At the same time, the valley has strengths that few regions can match: a dense network of cooperatives, a university rooted in industry, and a long tradition of shared investment. The roadmap builds on these strengths and on the experience of the first five years, in which the cluster ran eleven joint projects and two export missions to Mexico and India.

### Lehentasunak / Priorities

Klusterrak bost lehentasun ezarri ditu 2035–2040 aldirako. The cluster has set the following five priorities for 2035–2040:

1. **Deskarbonizazioa / Decarbonisation:** halve the energy-related emissions of member plants by 2040, with shared investment in heat recovery and on-site renewable energy.
2. **Talentua / Talent:** train 600 young technicians and engineers in the valley by 2040 through dual vocational training and company-based master's programmes.
3. **Digitalizazioa / Digitalisation:** connect all member plants to a common data space for quality, maintenance and energy data.
4. **Nazioartekotzea / Internationalisation:** open at least three new export markets per year for SMEs through joint missions and shared sales offices.
5. **Lankidetza / Cooperation:** launch at least four joint R&D projects per year between members and Mondragon University or the technology centres of the valley.

Each priority has a working group led by one member company. The decarbonisation group is led by Jon Ander Garitano Lasa of Fagor Arrasate S. Coop.; the talent group by Nerea Aranburu Ugalde, director of the Arizmendi Ikastola; the digitalisation group by Xabier Mendizabal of Datik Solutions S.L.; the internationalisation group by Amaia Lasagabaster Igartua of Ulma Forja S. Coop.; and the cooperation group by Dr. Leire Uribarren Mugica.

### Mugarriak / Milestones

| Urtea / Year | Mugarria / Milestone | Arduraduna / Lead |
|---|---|---|
| 2035 | Energy audits completed in 40 member plants | Decarbonisation group |
| 2035 | Launch of the "Deba Tech Talent" dual training programme (September 2035) | Talent group |
| 2036 | Common data space pilot with ten plants | Digitalisation group |
| 2036 | Shared sales office opened in Monterrey, Mexico | Internationalisation group |
| 2037 | First shared solar park for members commissioned | Decarbonisation group |
| 2038 | Mid-term review of the roadmap | Board |
| 2040 | Final evaluation and new roadmap | General Assembly |

### Jarraipena / Monitoring

The cluster office will report progress to the board twice a year and to the General Assembly once a year. A mid-term review in 2038 will check whether the priorities are still the right ones. Members can follow the indicators on the cluster's intranet.

Batzordeak urtean bitan jasoko du aurrerapenen berri, eta Batzar Nagusiak urtean behin. 2038an tarteko berrikuspena egingo da.

### Hurrengo urratsak / Next steps

The first working group meetings take place in April 2035. The next General Assembly will be held on 13 March 2036 in Arrasate. The cluster will also present the roadmap at the Basque Industry 4.0 Week in Bilbao on 16–18 October 2035.

Harremanetarako / Contact: Iñaki Zubizarreta Oiarbide, kudeatzailea / cluster manager, DEFAK, Uarkape 00, 20500 Arrasate.
"""
write(F, T)
gold(F,
 [P("Miren Etxeberria Arregi", "managing director", "Ulma Forja S. Coop."),
  P("Iñaki Zubizarreta Oiarbide", "cluster manager", "DEFAK"),
  P("Leire Uribarren Mugica", "lecturer", "Mondragon University"),
  P("Jon Ander Garitano Lasa", None, "Fagor Arrasate S. Coop."),
  P("Nerea Aranburu Ugalde", "director", "Arizmendi Ikastola"),
  P("Xabier Mendizabal", None, "Datik Solutions S.L."),
  P("Amaia Lasagabaster Igartua", None, "Ulma Forja S. Coop.")],
 [O("Debagoieneko Fabrikazio Aurreratuko Klusterra", "DEFAK"), O("Ulma Forja S. Coop."), O("Fagor Arrasate S. Coop."),
  O("Mondragon Unibertsitatea"), O("Debagoiena District Association"),
  O("Faculty of Engineering of Mondragon University"),
  O("Department of Economic Promotion of the Provincial Council of Gipuzkoa"), O("Gipuzkoako Foru Aldundia"),
  O("Arizmendi Ikastola"), O("Datik Solutions S.L.")],
 [E("General Assembly", "2035-03-14", None, "Arrasate", "Spain"),
  E("next General Assembly", "2036-03-13", None, "Arrasate", "Spain"),
  E("Basque Industry 4.0 Week", "2035-10-16", "2035-10-18", "Bilbao", "Spain"),
  E("first working group meetings", "2035-04", None, None, None)],
 ["2035/2040", "2035-03-14", "2030", "2034", "2040", "2035", "2035-09", "2036", "2037", "2038", "2035-04", "2036-03-13", "2035-10-16/2035-10-18"],
 [
  "halve the energy-related emissions of member plants by 2040, with shared investment in heat recovery and on-site renewable energy",
  "train 600 young technicians and engineers in the valley by 2040 through dual vocational training and company-based master's programmes",
  "connect all member plants to a common data space for quality, maintenance and energy data",
  "open at least three new export markets per year for SMEs through joint missions and shared sales offices",
  "launch at least four joint R&D projects per year between members and Mondragon University or the technology centres of the valley"],
 pub="2035-03-14")
