from h import *
F = 'g10_zamora_study_visit_north_iceland_report.txt'
T = f"""CLUSTER LÁCTEO Y AGROALIMENTARIO DE ZAMORA (CLAZ)
Study visit report

North Iceland: small communities, big value from milk, fish and geothermal heat
Húsavík and Akureyri, {w(2033,9,12)} 12 – {w(2033,9,15)} 15 September 2033

Prepared by: Alba Rodríguez de Miguel, Project Officer, CLAZ
Approved by: Tomás Hernández Lobato, Managing Director, CLAZ
Date of report: 2 October 2033
Distribution: CLAZ members, Junta de Castilla y León (Dirección General de Industria Agroalimentaria)

1. PURPOSE AND PARTICIPANTS

The study visit was organised within the Interreg Europe project RURAL-HEAT, in which CLAZ and the Icelandic partner Þekkingarnet Þingeyinga (Þekkingarnet, the Knowledge Network of Þingeyjarsýsla) work together on the use of renewable heat in food processing. The aim was to see how small Icelandic dairies, fish processors and greenhouses use geothermal heat and cooperate in a sparsely populated region, and to bring ideas back to the province of Zamora.

The delegation had eleven members: four cheese makers, two meat processors, one cooperative, a representative of the Diputación de Zamora, a researcher from the Universidad de Salamanca and two staff members of CLAZ. The host programme was prepared by Hildur Sigurðardóttir, project manager at Þekkingarnet, and by Jón Örn Guðmundsson from the regional development agency SSNE (Samtök sveitarfélaga og atvinnuþróunar á Norðurlandi eystra).

2. PROGRAMME DAY BY DAY

Day 1 – {w(2033,9,12)}, 12 September 2033 (Akureyri)
Arrival at Akureyri airport via Reykjavík at 11:40. In the afternoon, a company visit to Mjólkursamsalan's dairy plant in Akureyri, where plant manager Einar Baldursson showed the skyr line and explained how surplus heat from the district heating network is used for cleaning water. At 19:00, welcome reception at the Hof Cultural Centre, hosted by the Mayor of Akureyri, Ásthildur Sturludóttir. The mayor spoke about the town's role as a service centre for the whole north of Iceland.

Day 2 – {w(2033,9,13)}, 13 September 2033 (Akureyri – Húsavík)
Morning visit to the University of Akureyri, where Prof. Dr. Rannveig Björnsdóttir presented research on by-products of fish processing. After lunch, transfer to Húsavík (about 75 km). Visit to the GPG Seafood processing plant, with managing director Gunnar Páll Pétursson. In the evening, round table "Cold climate, warm cooperation" at the Húsavík Whale Museum, moderated by Hildur Sigurðardóttir. Speakers: Reinhard Reynisson, head of the regional business development unit at SSNE; María Helena Tryggvadóttir, owner of Hvammur Cheese Farm; and, for the Spanish side, Pilar Fernández-Valbuena, President of the cooperative Lácteos del Duero S. Coop. About forty people attended, including local farmers.

Day 3 – {w(2033,9,14)}, 14 September 2033 (Húsavík area)
Visit to the geothermal greenhouses in Hveravellir and to the Reykjahlíð energy park near Lake Mývatn operated by Landsvirkjun, with energy engineer Sigríður Ósk Kristjánsdóttir. In the afternoon, a workshop at the Húsavík Knowledge Centre on joint projects. At 19:30, farewell dinner at the restaurant Naustið in Húsavík, offered by Norðurþing municipality. Councillor Hjálmar Bogi Hafliðason welcomed the group.

Day 4 – {w(2033,9,15)}, 15 September 2033
Short visit to a family dairy farm at Laxamýri, then return flight from Akureyri at 13:15.

3. WHAT WE SAW

The Icelandic model rests on three things that are weak in Zamora: cheap and stable heat, strong cooperation between municipalities, and a regional knowledge network that is present in every small town. The dairy in Akureyri is much larger than any plant in Zamora, but the greenhouse farms and the cheese farm at Hvammur are of a comparable size to our members. Several of them sell directly to tourists, which pays for a large share of their investments. We also noted how openly competitors share data on energy use and costs, something that is still rare among our members. Language was not a barrier: almost all hosts spoke good English, and two of them had studied in Spain.

4. MAIN CONCLUSIONS

The delegation agreed on the following conclusions, which were presented to the CLAZ board on 28 September 2033:
- Renewable heat in cheese making is feasible at small scale if municipalities plan heat networks together with food companies.
- CLAZ should map waste heat from the biogas plants and the Ricobayo hydropower area for potential use by members.
- Direct sales to visitors can finance part of the modernisation of small dairies, as at Hvammur.
- A permanent exchange of apprentices between Zamora and North Iceland should be explored with the Universidad de Salamanca and the University of Akureyri.

5. FOLLOW-UP

Þekkingarnet will send a delegation to Zamora for the Feria del Queso de Zamora in spring 2034; the dates will be confirmed by December 2033. A joint webinar on heat networks for food processors is planned for 23 November 2033. Members who wish to take part in the next visit, to Friesland in 2034, should contact the project officer.

Photos of the visit: shared album on the CLAZ members' area.
Contact: Alba Rodríguez de Miguel, arodriguez@claz.example.es, +34 980 000 000

CLAZ – Avda. de Requejo 33, 49012 Zamora
The project RURAL-HEAT is co-financed by the European Union (Interreg Europe).
"""
write(F, T)
gold(F,
 [P("Alba Rodríguez de Miguel", "Project Officer", "CLAZ"),
  P("Tomás Hernández Lobato", "Managing Director", "CLAZ"),
  P("Hildur Sigurðardóttir", "project manager", "Þekkingarnet"),
  P("Jón Örn Guðmundsson", None, "SSNE"),
  P("Einar Baldursson", "plant manager", "Mjólkursamsalan"),
  P("Ásthildur Sturludóttir", "Mayor of Akureyri", None),
  P("Rannveig Björnsdóttir", None, "University of Akureyri"),
  P("Gunnar Páll Pétursson", "managing director", "GPG Seafood"),
  P("Reinhard Reynisson", "head of the regional business development unit", "SSNE"),
  P("María Helena Tryggvadóttir", "owner", "Hvammur Cheese Farm"),
  P("Pilar Fernández-Valbuena", "President", "Lácteos del Duero S. Coop."),
  P("Sigríður Ósk Kristjánsdóttir", "energy engineer", "Landsvirkjun"),
  P("Hjálmar Bogi Hafliðason", "Councillor", "Norðurþing")],
 [O("CLUSTER LÁCTEO Y AGROALIMENTARIO DE ZAMORA", "CLAZ"), O("Junta de Castilla y León"),
  O("Dirección General de Industria Agroalimentaria"), O("Þekkingarnet Þingeyinga", "Þekkingarnet"),
  O("Diputación de Zamora"), O("Universidad de Salamanca"),
  O("Samtök sveitarfélaga og atvinnuþróunar á Norðurlandi eystra", "SSNE"), O("Mjólkursamsalan"), O("University of Akureyri"), O("GPG Seafood"), O("Hvammur Cheese Farm"),
  O("Lácteos del Duero S. Coop."), O("Landsvirkjun"), O("Húsavík Knowledge Centre"), O("Norðurþing"), O("European Union")],
 [E("study visit", "2033-09-12", "2033-09-15", "Húsavík, Akureyri", "Iceland"),
  E("company visit to Mjólkursamsalan's dairy plant", "2033-09-12", None, "Akureyri", "Iceland"),
  E("welcome reception", "2033-09-12", None, "Akureyri", "Iceland"),
  E("visit to the University of Akureyri", "2033-09-13", None, "Akureyri", "Iceland"),
  E("Visit to the GPG Seafood processing plant", "2033-09-13", None, "Húsavík", "Iceland"),
  E("round table \"Cold climate, warm cooperation\"", "2033-09-13", None, "Húsavík", "Iceland"),
  E("Visit to the geothermal greenhouses in Hveravellir and to the Reykjahlíð energy park", "2033-09-14", None, None, "Iceland"),
  E("workshop", "2033-09-14", None, "Húsavík", "Iceland"),
  E("farewell dinner", "2033-09-14", None, "Húsavík", "Iceland"),
  E("visit to a family dairy farm at Laxamýri", "2033-09-15", None, None, "Iceland"),
  E("Feria del Queso de Zamora", "2034", None, "Zamora", "Spain"),
  E("joint webinar on heat networks for food processors", "2033-11-23"),
  E("next visit, to Friesland", "2034")],
 ["2033-09-12/2033-09-15", "2033-10-02", "2033-09-12", "2033-09-13", "2033-09-14", "2033-09-15", "2033-09-28", "2034", "2033-12", "2033-11-23"],
 ["Renewable heat in cheese making is feasible at small scale if municipalities plan heat networks together with food companies",
  "CLAZ should map waste heat from the biogas plants and the Ricobayo hydropower area for potential use by members",
  "Direct sales to visitors can finance part of the modernisation of small dairies, as at Hvammur",
  "A permanent exchange of apprentices between Zamora and North Iceland should be explored with the Universidad de Salamanca and the University of Akureyri"],
 pub="2033-10-02")
