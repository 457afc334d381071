from common import *
doc = "PR_NavalNantes_Ocean-Industry-Days-2033_results.txt"
text(doc, """
PRESS RELEASE
Nantes, 4 July 2033

Ocean Industry Days 2033: record attendance for the naval and marine renewables community

The fifth edition of the Ocean Industry Days, organised by NAVALOIRE Atlantique – the naval and offshore industries
cluster of Pays de la Loire – closed yesterday at the Cité des Congrès de Nantes after three days (1–3 July 2033).

Key figures
• 2,350 participants (+18% compared with 2032)
• 164 exhibitors, of which 41 from outside France
• 1,120 pre-arranged B2B meetings
• 38 conference sessions and 112 speakers
• 9 delegations, including Norway, Japan, South Korea and Canada

"The Ocean Industry Days have become the place where shipyards, floating-wind developers and their suppliers sign
contracts, not only exchange business cards," said Yannick LE GALL, president of NAVALOIRE Atlantique and CEO of Chantiers
Loire Océan SAS.

The opening session brought together Sophie Marchand-Rivière, vice-president of the Pays de la Loire Region in charge of
the economy, and Tormod Eikeland, CEO of the Norwegian cluster Vestkyst Maritime AS. A memorandum of understanding
between NAVALOIRE Atlantique and Vestkyst Maritime was signed on 2 July on the topic of floating-wind mooring systems.

Conference themes
This year's programme was built around three questions: how shipyards can build floating-wind foundations in
series, how ports can make space for assembly and storage, and how the region can train enough welders, electricians
and marine technicians. Several sessions were held in English for the first time, and a third of the speakers came
from outside France. The exhibition hall was extended by a second tent for the supply chain of floating wind, which
was fully booked two months before the opening.

Awards
The Ocean Innovation Trophies were presented on the evening of 2 July. The jury, chaired by Hélène Quéré, director of
research at École Centrale de Nantes, awarded:
• Start-up prize: Ancrage Bleu SAS (Saint-Nazaire) for its synthetic mooring lines
• SME prize: Hydrocoque SARL (La Rochelle) for a recycled-composite hull
• Sustainability prize: Port Atlantique Nantes Saint-Nazaire for its shore-power programme

Supporting the event
The Ocean Industry Days were supported by Bpifrance, the Pays de la Loire Region, Nantes Métropole and the Enterprise
Europe Network. The European Commission's DG MARE took part in the blue-economy investment panel, represented by Ana
Rebelo Marques, policy officer.

Next edition
The sixth Ocean Industry Days will take place from 30 June to 2 July 2034 in Saint-Nazaire. The call for exhibitors
opens on 15 October 2033.

About NAVALOIRE Atlantique
Founded in 2008, NAVALOIRE Atlantique gathers 380 companies, research centres and training bodies of the naval, offshore and
marine-renewables industries in western France.

Press contact
Gwenaëlle Tanguy, head of communication – presse@navaloire.example – +33 2 00 00 00 00
""")
gold(doc, "2033-07-04",
 [P("Yannick LE GALL","president","NAVALOIRE Atlantique"), P("Sophie Marchand-Rivière","vice-president","Pays de la Loire Region"),
  P("Tormod Eikeland","CEO","Vestkyst Maritime AS"), P("Hélène Quéré","director of research","École Centrale de Nantes"),
  P("Ana Rebelo Marques","policy officer","DG MARE"), P("Gwenaëlle Tanguy","head of communication","NAVALOIRE Atlantique")],
 [O("NAVALOIRE Atlantique"), O("Chantiers Loire Océan SAS"), O("Pays de la Loire Region"), O("Vestkyst Maritime AS"),
  O("École Centrale de Nantes"), O("Ancrage Bleu SAS"), O("Hydrocoque SARL"), O("Port Atlantique Nantes Saint-Nazaire"),
  O("Bpifrance"), O("Nantes Métropole"), O("Enterprise Europe Network"), O("European Commission"), O("DG MARE")],
 [E("Ocean Industry Days 2033","2033-07-01","2033-07-03","Nantes","France"),
  E("Ocean Innovation Trophies","2033-07-02","2033-07-02","Nantes","France"),
  E("sixth Ocean Industry Days","2034-06-30","2034-07-02","Saint-Nazaire","France")],
 ["2033-07-04","2033-07-01/2033-07-03","2032","2033-07-02","2034-06-30/2034-07-02","2033-10-15","2008"], [])
