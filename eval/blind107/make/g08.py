from h import *
F = 'g08_kortrijk_textile_circularity_study-pdf.txt'
assert wd(2038,9,14)=='Tuesday'
T = """Flanders Textile & Flooring Cluster – Circular Textiles in West Flanders – Summary
1

CIRCULAR TEXTILES IN WEST FLANDERS
Where the region stands and what it takes to close the loop

Summary of the study
Kortrijk, June 2038

Commissioned by: Flanders Textile & Flooring Cluster vzw (FTFC)
With the support of: Flanders Innovation & Entrepreneurship (VLAIO) and the
Province of West Flanders
Carried out by: Ghent University, Centre for Textile Science and Engineering,
and the consultancy Leiedal Economics bv

Authors: Prof. dr. ir. Hilde Vanderhaeghen, dr. Bram De Smet-Lievens,
Charlotte Verhulst (Leiedal Economics)
Steering group chair: Koen Vandenbussche, CEO of Vanbus Carpets nv and
chair of the board of FTFC

Flanders Textile & Flooring Cluster – Circular Textiles in West Flanders – Summary
2

1. Why this study

West Flanders is home to one of the densest concentrations of textile and floor-
covering companies in Europe: some 420 firms employing about 16,000 people
between Kortrijk, Waregem, Roeselare and Tielt. From 2035, the extended producer
responsibility for textiles obliges brands and importers to finance the collection
and sorting of used textiles, and from 2038 carpets and mattresses follow. The
cluster asked how ready its members are, which technologies they lack, and
where the region could take the lead.

The study was carried out between October 2037 and April 2038. It combines a
survey of 138 member companies (response rate 41 %), 26 in-depth interviews,
a material flow analysis for the province and three case studies abroad: the
textile sorting hub of Borås in Sweden, the carpet recycling consortium in
Hardenberg in the Netherlands and the regional recycling programme of the
Prato textile district in Italy.

Flanders Textile & Flooring Cluster – Circular Textiles in West Flanders – Summary
3

2. Key findings

1. About 58,000 tonnes of textile and carpet waste arise in West Flanders
each year, of which less than 9 percent is recycled into new fibres
2. Two thirds of the surveyed companies have no information on the fibre
composition of the products they sell
3. Mechanical recycling capacity exists, but the quality of the recycled fibre
is too low for most flooring applications
4. Companies that already use recycled fibres report higher costs, but also
new customers among public buyers
5. The main bottleneck is sorting: there is no automated sorting plant for
post-consumer textiles in the province
6. Small companies lack the staff to follow the new rules and ask the cluster
for shared services

Note: all figures refer to the year 2037 unless stated otherwise. The full
material flow analysis is given in Annex B of the report.

3. Recommendations

To the cluster:
- Set up a shared service for product passports and fibre data, open to all
  members from 2039.
- Start a pilot line for chemical recycling of polyamide carpet yarn with
  three to five members.

To the public authorities:
- Support the construction of an automated sorting plant for post-consumer
  textiles in West Flanders, in cooperation with the intermunicipal waste
  companies.
- Use public procurement of carpets and workwear to create demand for
  recycled content.

Flanders Textile & Flooring Cluster – Circular Textiles in West Flanders – Summary
4

4. Presentation and follow-up

The results were presented on Tuesday 14 September 2038 at the Kortrijk Xpo
conference centre, during the cluster's annual Circular Textiles Day, in the
presence of Nathalie Claeys-Debaene, deputy of the Province of West Flanders
for the economy, and of Jeroen Maes, head of the circular economy team at
VLAIO. The board of FTFC decided that evening to prepare the pilot line for
polyamide yarn together with the research centre Centexbel and the recycler
Vlaamse Vezel Recyclage nv.

Interviews were held with, among others: Deprez Weverij nv, Balta-Ingelmunster
Floorings, Roeselaarse Spinnerij bv, Sioen Technical Fabrics, OVAM
(Public Waste Agency of Flanders), the intermunicipal company Imog, the
Swedish School of Textiles in Borås and the Prato Textile Industrial Union.

Acknowledgements: the authors thank all companies that answered the survey,
and in particular Griet Debusschere, cluster manager of FTFC, who coordinated
the interviews, and the members of the steering group.

Full report (96 pages, in Dutch): available to members on the cluster intranet.
Summary available in Dutch, English and French.

Contact: Flanders Textile & Flooring Cluster vzw, Doorniksesteenweg 214, 8500
Kortrijk · info@ftfc.example.be

Flanders Textile & Flooring Cluster – Circular Textiles in West Flanders – Summary
5

Annex: Survey respondents by sub-sector (n = 57)

Floor coverings ........................ 18
Technical textiles ..................... 14
Home textiles ........................... 9
Spinning and yarns ...................... 7
Finishing and dyeing .................... 5
Other ................................... 4

Survey period: 15 November 2037 – 31 January 2038. The questionnaire was sent
to all 138 member compa-
nies by e-mail and was followed by two reminders.
Answers were treated confidentially; results are only reported at an aggre-
gated level. No company is named in the figures without its consent.

The study is one of the actions of the cluster strategy 2036–2040 and was
co-financed by the Province of West Flanders under its economic support
scheme for cluster organisations.

Flanders Textile & Flooring Cluster – Circular Textiles in West Flanders – Summary
6
"""
write(F, T)
C = "Flanders Textile & Flooring Cluster vzw"
gold(F,
 [P("Hilde Vanderhaeghen","Author",None), P("Bram De Smet-Lievens","Author",None),
  P("Charlotte Verhulst","Author","Leiedal Economics"),
  P("Koen Vandenbussche","chair of the board","FTFC"),
  P("Nathalie Claeys-Debaene","deputy","Province of West Flanders"),
  P("Jeroen Maes","head of the circular economy team","VLAIO"),
  P("Griet Debusschere","cluster manager","FTFC")],
 [O(C,"FTFC"), O("Flanders Innovation & Entrepreneurship","VLAIO"), O("Province of West Flanders"),
  O("Ghent University"), O("Centre for Textile Science and Engineering"), O("Leiedal Economics bv"),
  O("Vanbus Carpets nv"), O("Centexbel"), O("Vlaamse Vezel Recyclage nv"), O("Deprez Weverij nv"),
  O("Balta-Ingelmunster Floorings"), O("Roeselaarse Spinnerij bv"), O("Sioen Technical Fabrics"),
  O("Public Waste Agency of Flanders","OVAM"), O("Imog"), O("Swedish School of Textiles"),
  O("Prato Textile Industrial Union")],
 [E("Circular Textiles Day","2038-09-14",None,"Kortrijk","Belgium")],
 ["2038-06","2035","2038","2037-10/2038-04","2037","2039","2038-09-14","2037-11-15/2038-01-31","2036/2040"],
 ["About 58,000 tonnes of textile and carpet waste arise in West Flanders each year, of which less than 9 percent is recycled into new fibres",
  "Two thirds of the surveyed companies have no information on the fibre composition of the products they sell",
  "Mechanical recycling capacity exists, but the quality of the recycled fibre is too low for most flooring applications",
  "Companies that already use recycled fibres report higher costs, but also new customers among public buyers",
  "The main bottleneck is sorting: there is no automated sorting plant for post-consumer textiles in the province",
  "Small companies lack the staff to follow the new rules and ask the cluster for shared services",
  "Set up a shared service for product passports and fibre data, open to all members from 2039",
  "Start a pilot line for chemical recycling of polyamide carpet yarn with three to five members",
  "Support the construction of an automated sorting plant for post-consumer textiles in West Flanders, in cooperation with the intermunicipal waste companies",
  "Use public procurement of carpets and workwear to create demand for recycled content"],
 None)
