from h import *
F = 'g12_la_rochelle_nautical_cluster_event_page.md'
assert wd(2038,6,2)=='Wednesday' and wd(2038,6,3)=='Thursday' and wd(2038,6,4)=='Friday' and wd(2038,5,20)=='Thursday' and wd(2038,9,9)=='Thursday'
T = """Skip to content
Atlantic Nautical Cluster – Pôle Nautisme Atlantique | EN | FR
Home > Events > Blue Refit Days 2038

# Blue Refit Days 2038 – Retrofitting the leisure fleet

**2–4 June 2038 · La Rochelle and Rochefort (Charente-Maritime, France)**
Organised by the Atlantic Nautical Cluster with the Communauté d'agglomération de La Rochelle, Enterprise Europe Network France and the University of La Rochelle

[Register now](https://example.fr/register) · [Download the programme (PDF)](https://example.fr/prog.pdf) · Share: LinkedIn | X | Facebook

---

There are about 6 million leisure boats in Europe, and most of them run on diesel or petrol engines that are decades old. Replacing the fleet is neither affordable nor sustainable. The third Blue Refit Days bring together boatyards, engine makers, marinas, researchers and public funders to work on the alternative: retrofitting.

Previous editions: Lorient (2036), Les Sables-d'Olonne (2037). Next year the event moves to Bilbao, where it will be hosted by the Basque maritime cluster.

## Programme

### Wednesday 2 June – Rochefort

- 14:00 – Arrival and registration at the Rochefort naval arsenal
- 15:00 – Site visit: the electric refit workshop of Chantier Naval Bernard & Fils
- 18:30 – Welcome reception offered by the Mayor of Rochefort

### Thursday 3 June – La Rochelle, Espace Encan

- 09:00 – Opening: Hélène Le Gall-Moreau, President of the Atlantic Nautical Cluster; Jean-Baptiste Darrieux, Vice-President for economic development of the Communauté d'agglomération de La Rochelle
- 09:45 – Keynote: "Ten thousand boats a year: what an industrial refit sector would need" – Kristiina Mäkelä-Ortiz, Head of Sustainability, Nautor Group
- 11:00 – Panel: Financing the refit – banks, insurers and public funds
- 12:30 – Lunch in the exhibition area
- 14:00 – Parallel workshops: batteries and safety; hydrogen for workboats; second-life engines
- 16:30 – B2B meetings (pre-booked through the matchmaking platform)
- 20:00 – Cluster dinner at the Aquarium La Rochelle

### Friday 4 June – Port des Minimes

- 09:30 – Sea trials of retrofitted boats (on registration, places limited)
- 12:00 – Closing lunch and announcement of the Blue Refit Award winners

## Speakers (selection)

- **Hélène Le Gall-Moreau** – President, Atlantic Nautical Cluster
- **Kristiina Mäkelä-Ortiz** – Head of Sustainability, Nautor Group
- **Dr Yann Kerbrat** – researcher, LaSIE laboratory, University of La Rochelle
- **Giulia Van Acker** – policy officer, European Boating Industry (EBI)
- **Olivier N'Diaye** – technical director, Port de Plaisance des Minimes

## Practical information

- Venue (3 June): Espace Encan, Quai Louis Prunier, La Rochelle
- Languages: English and French, with simultaneous interpretation in the plenary
- Fee: 180 EUR for cluster members, 260 EUR for non-members; free for students
- Early-bird rate until 15 May 2038
- Registration closes on Thursday 20 May 2038
- Applications for the Blue Refit Award: until 29 April 2038

## About the cluster

The Atlantic Nautical Cluster (Pôle Nautisme Atlantique) was founded in 2029 and brings together 180 companies, training centres and research laboratories from Nouvelle-Aquitaine and the Pays de la Loire. Its work plan for 2036–2040 focuses on low-carbon boating, skills and the circular economy. The cluster also runs the monthly "Refit Café" webinar series; the next one, on battery passports, is on Thursday 9 September 2038.

Contact: Mathilde Rousseau-Tessier, Events Manager – events@pole-nautisme.example.fr – +33 5 00 00 00 00

---

© 2038 Atlantic Nautical Cluster · Legal notice · Privacy · Accessibility · Cookies settings
"""
write(F, T)
C="Atlantic Nautical Cluster"
gold(F,
 [P("Hélène Le Gall-Moreau","President",C),
  P("Jean-Baptiste Darrieux","Vice-President for economic development","Communauté d'agglomération de La Rochelle"),
  P("Kristiina Mäkelä-Ortiz","Head of Sustainability","Nautor Group"),
  P("Yann Kerbrat","researcher","LaSIE laboratory"),
  P("Giulia Van Acker","policy officer","European Boating Industry"),
  P("Olivier N'Diaye","technical director","Port de Plaisance des Minimes"),
  P("Mathilde Rousseau-Tessier","Events Manager",C)],
 [O(C), O("Communauté d'agglomération de La Rochelle"), O("Enterprise Europe Network France"),
  O("University of La Rochelle"), O("Chantier Naval Bernard & Fils"), O("Nautor Group"), O("LaSIE laboratory"),
  O("European Boating Industry","EBI"), O("Port de Plaisance des Minimes")],
 [E("Blue Refit Days 2038","2038-06-02","2038-06-04","La Rochelle, Rochefort","France"),
  E("Blue Refit Days","2036",None,"Lorient","France"),
  E("Blue Refit Days","2037",None,"Les Sables-d'Olonne","France"),
  E("Blue Refit Days",None,None,"Bilbao","Spain"),
  E("Site visit","2038-06-02",None,"Rochefort","France"),
  E("Welcome reception","2038-06-02",None,"Rochefort","France"),
  E("B2B meetings","2038-06-03",None,"La Rochelle","France"),
  E("Cluster dinner","2038-06-03",None,"La Rochelle","France"),
  E("Sea trials of retrofitted boats","2038-06-04",None,"La Rochelle","France"),
  E("Closing lunch","2038-06-04",None,"La Rochelle","France"),
  E("Refit Café","2038-09-09",None,None,None)],
 ["2038-06-02/2038-06-04","2036","2037","2038-06-02","2038-06-03","2038-06-04","2038-05-15","2038-05-20","2038-04-29",
  "2029","2036/2040","2038-09-09"],
 [])
