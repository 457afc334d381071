from h import *
F = 'g13_centre_val_de_loire_cosmetics_roadmap.md'
assert wd(2034,6,27)=='Tuesday' and wd(2034,6,28)=='Wednesday' and wd(2034,9,14)=='Thursday'
T = """[Home](/) | [The cluster](/cluster) | [Members](/members) | [Projects](/projects) | [Publications](/publications) | [FR](/fr)

# Roadmap 2034–2039 "Beauty that lasts": our route to sustainable cosmetics

*Publications · 5 July 2034 · Reading time 5 minutes*

On Tuesday 27 June 2034, at its Roadmap Launch Day, the competitiveness cluster Cosmetic Valley presented its new five-year roadmap to 240 members and partners at the Château de Chartres conference centre. The roadmap was prepared over eight months with the Centre-Val de Loire Region, the regional economic development agency Dev'Up Centre-Val de Loire, the University of Orléans and the University of Tours, and 63 member companies, from global brands to small contract manufacturers in Gien and Vendôme.

The launch was followed on Wednesday 28 June by the annual general assembly of the cluster, which elected a new board.

## Why a new roadmap?

The cosmetics industry in the region employs around 40,000 people. The previous roadmap (2029–2033) focused on growth and export. The new one starts from three pressures that members named in the consultation: stricter European rules on ingredients and packaging, the cost of energy, and customers who ask for proof of sustainability.

"Our members do not need another strategy document; they need a map showing who does what and when," said Marc-Antoine Le Gall, Director General of Cosmetic Valley, in his opening speech. François Bonneau-Chabert, Vice-President for Economic Development of the Centre-Val de Loire Region, confirmed that the Region will co-finance the first two years of actions.

## The roadmap in brief

The document sets out four priorities, each led by a member company and a research partner:

- **Green chemistry and natural ingredients** – led by LVMH Recherche and the Institute of Organic and Analytical Chemistry (ICOA) of the University of Orléans
- **Packaging and recycling** – led by Pochet du Courval and the University of Tours
- **Digital and traceability** – led by a start-up from the Orléans incubator LAB'O
- **Skills** – led by the Cosmetic Valley training centre and the Chamber of Commerce and Industry Centre-Val de Loire

## Recommendations of the roadmap

The roadmap closes with recommendations to members and public partners:

1. Every member company above 50 employees should publish a simple sustainability profile by 2036
2. The cluster should set up a shared testing platform for recyclable packaging in the Loire valley
3. The Region and the cluster should jointly fund ten industrial PhDs per year on green chemistry
4. Small contract manufacturers should receive support for energy audits before 2035
5. The cluster should join at least two European partnerships with cosmetics clusters in Spain and Poland

## Key takeaways from the launch

- Members want fewer, larger projects rather than many small ones
- Training of operators and technicians is as urgent as research
- Small suppliers fear being left behind by the big brands' sustainability demands

## New board

The general assembly elected Isabelle Nguyen-Marchetti (Parfums Christian Dior) as President, Dr. Hervé de La Roche-Aymon (University of Tours) as Vice-President and Sébastien Kowalczyk (Laboratoires Gien Cosmétiques SAS) as Treasurer. Outgoing President Catherine Deschamps-Morel was thanked for her six years at the head of the cluster.

## What next

The first progress review is planned for the Cosmetic 360 trade show in Paris in October 2034. Companies that want to join one of the four working groups can register until 14 September 2034.

Contact: Julie Barbier, roadmap coordinator, roadmap@cosmetic-valley.example.fr

Share: [LinkedIn](#) · [X](#) · [Email](#)

*Cosmetic Valley · 1 place de la Cathédrale, Chartres · Legal notice · Cookies*
"""
write(F, T)
CV="Cosmetic Valley"
gold(F,
 [P("Marc-Antoine Le Gall","Director General",CV),
  P("François Bonneau-Chabert","Vice-President for Economic Development","Centre-Val de Loire Region"),
  P("Isabelle Nguyen-Marchetti","President",CV),
  P("Hervé de La Roche-Aymon","Vice-President",CV),
  P("Sébastien Kowalczyk","Treasurer",CV),
  P("Catherine Deschamps-Morel","President",CV),
  P("Julie Barbier","roadmap coordinator",CV)],
 [O(CV), O("Centre-Val de Loire Region"), O("Dev'Up Centre-Val de Loire"), O("University of Orléans"),
  O("University of Tours"), O("LVMH Recherche"), O("Institute of Organic and Analytical Chemistry","ICOA"),
  O("Pochet du Courval"), O("LAB'O"), O("Chamber of Commerce and Industry Centre-Val de Loire"),
  O("Parfums Christian Dior"), O("Laboratoires Gien Cosmétiques SAS")],
 [E("Roadmap Launch Day","2034-06-27",None,"Chartres","France"),
  E("annual general assembly","2034-06-28",None,None,None),
  E("Cosmetic 360","2034-10",None,"Paris","France")],
 ["2034/2039","2034-07-05","2034-06-27","2034-06-28","2029/2033","2036","2035","2034-10","2034-09-14"],
 ["Every member company above 50 employees should publish a simple sustainability profile by 2036",
  "The cluster should set up a shared testing platform for recyclable packaging in the Loire valley",
  "The Region and the cluster should jointly fund ten industrial PhDs per year on green chemistry",
  "Small contract manufacturers should receive support for energy audits before 2035",
  "The cluster should join at least two European partnerships with cosmetics clusters in Spain and Poland",
  "Members want fewer, larger projects rather than many small ones",
  "Training of operators and technicians is as urgent as research",
  "Small suppliers fear being left behind by the big brands' sustainability demands"],
 pub="2034-07-05")
