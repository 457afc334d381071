from common import *
fn = "ECCP_cluster-ambassadors-2033-2035_by-country.txt"
t = """European Cluster Collaboration Platform
Home > Cluster Community > Ambassadors

ECCP Cluster Ambassadors 2033–2035

Submitted by ECCP Team on 02 February 2033

The European Cluster Collaboration Platform (ECCP) has selected its third cohort of Cluster Ambassadors. Ambassadors
are experienced cluster managers and cluster-policy experts who promote cluster cooperation in their country, help
newcomers find partners on the platform, speak at ECCP events and feed the voice of their national cluster community
into the European Commission's work on industrial ecosystems. The call for candidates ran from 1 October to
30 November 2032 and attracted 96 applications from 31 countries. An evaluation panel of the European Innovation
Council and SMEs Executive Agency (EISMEA) and DG GROW selected 24 ambassadors for a two-year term starting on
1 February 2033.

The ambassadors will meet for the first time at the ECCP Ambassadors' Onboarding Day in Brussels on 7 March 2033 and
will be presented to the cluster community at the European Cluster Conference 2033.

Ambassadors by country

AUSTRIA
- Mag. Verena Pichlmayr – Managing Director, Traunviertel Mechatronics Cluster
BELGIUM
- Geert Van den Broeck – senior cluster expert, Wallonia-Brussels Cluster Office (WBCO)
BULGARIA
- Boyana Angelova – Cluster Manager, Thracian AgriTech Cluster
CROATIA
- Ivan Zrinski – manager, Papuk Wood Cluster
CYPRUS
- Andreas Charalambous – Director, Cyprus Shipping Innovation Cluster
FINLAND
- Aino Väisänen – Executive Director, RoboPirkka
FRANCE
- Dr. Mathilde Roux-Vasseur – head of European affairs, Pôle Aquatech Occitanie
GERMANY
- Jens-Uwe Bartsch – Geschäftsführer, Kunststoffnetz Saale-Holzland e.V.
- Rüdiger Hänsch-Kaltofen – Managing Director, TexNet Sachsen e.V.
GREECE
- Eleni Papadopoulou-Rizou – Director General, Thermaikos Logistics Cluster
HUNGARY
- Dr. Bence Szabó-Halmi – Cluster Manager, Pannon Pharma & Life Sciences Cluster
IRELAND
- Declan Mac Cárthaigh – CEO, Corrib MedTech Cluster
ITALY
- Chiara Benedetti Rossi – Direttrice, Distretto Tecnologico Nautico Ligure
- Federico Dall'Acqua – cluster policy expert (independent)
LATVIA
- Ilze Bērziņa – Board member, Latgale Food Innovation Cluster
LITHUANIA
- Dovydas Petrauskas – cluster coordinator, Baltic Timber & Furniture Cluster
MALTA
- Joseph Camilleri-Grech – CEO, Malta Aviation Maintenance Cluster
NETHERLANDS
- Sanne de Groot-Ameling – programme director, Zuid-Holland Horticulture Tech
POLAND
- dr hab. Marek Wójcik – Professor, Poznań University of Economics and Business
PORTUGAL
- Marta Sousa Magalhães – Director, Associação Têxtil do Norte (ATN)
ROMANIA
- Andrei Munteanu – President, Textile Cluster Timișoara
SPAIN
- Núria Puigdomènech i Serra – Director, Catalan Water Technology Cluster (AIGUACAT)
SWEDEN
- Lina Grape – Cluster Manager, NorrHydro
NON-EU (associated countries)
- NORWAY: Ingrid Haugland Sæther – Daglig leder, Vestland Subsea Cluster
- UKRAINE: Oleksandr Kravchenko – Head, Kharkiv Machine-Building Cluster

Contact the ambassadors
Ambassadors can be contacted through their profile on the platform (log-in required). For questions about the
ambassador programme please contact the ECCP helpdesk. The ECCP is funded under the Single Market Programme and
managed by EISMEA on behalf of DG GROW.

Related
- ECCP Ambassadors 2031–2033: final report and lessons learned (PDF)
- Webinar: "How to become an ambassador", recorded 14/09/2032

Share: LinkedIn | X | E-mail
Cookies · Legal notice · Privacy policy · Accessibility
"""
write_doc(fn, t)
people = [
 ("Verena Pichlmayr","Managing Director","Traunviertel Mechatronics Cluster"),
 ("Geert Van den Broeck","senior cluster expert","Wallonia-Brussels Cluster Office"),
 ("Boyana Angelova","Cluster Manager","Thracian AgriTech Cluster"),
 ("Ivan Zrinski","manager","Papuk Wood Cluster"),
 ("Andreas Charalambous","Director","Cyprus Shipping Innovation Cluster"),
 ("Aino Väisänen","Executive Director","RoboPirkka"),
 ("Mathilde Roux-Vasseur","head of European affairs","Pôle Aquatech Occitanie"),
 ("Jens-Uwe Bartsch","Geschäftsführer","Kunststoffnetz Saale-Holzland e.V."),
 ("Rüdiger Hänsch-Kaltofen","Managing Director","TexNet Sachsen e.V."),
 ("Eleni Papadopoulou-Rizou","Director General","Thermaikos Logistics Cluster"),
 ("Bence Szabó-Halmi","Cluster Manager","Pannon Pharma & Life Sciences Cluster"),
 ("Declan Mac Cárthaigh","CEO","Corrib MedTech Cluster"),
 ("Chiara Benedetti Rossi","Direttrice","Distretto Tecnologico Nautico Ligure"),
 ("Federico Dall'Acqua","cluster policy expert",None),
 ("Ilze Bērziņa","Board member","Latgale Food Innovation Cluster"),
 ("Dovydas Petrauskas","cluster coordinator","Baltic Timber & Furniture Cluster"),
 ("Joseph Camilleri-Grech","CEO","Malta Aviation Maintenance Cluster"),
 ("Sanne de Groot-Ameling","programme director","Zuid-Holland Horticulture Tech"),
 ("Marek Wójcik","Professor","Poznań University of Economics and Business"),
 ("Marta Sousa Magalhães","Director","Associação Têxtil do Norte"),
 ("Andrei Munteanu","President","Textile Cluster Timișoara"),
 ("Núria Puigdomènech i Serra","Director","Catalan Water Technology Cluster"),
 ("Lina Grape","Cluster Manager","NorrHydro"),
 ("Ingrid Haugland Sæther","Daglig leder","Vestland Subsea Cluster"),
 ("Oleksandr Kravchenko","Head","Kharkiv Machine-Building Cluster"),
]
orgs = [O("European Cluster Collaboration Platform","ECCP"), O("European Commission"),
        O("European Innovation Council and SMEs Executive Agency","EISMEA"), O("DG GROW")]
acr = {"Wallonia-Brussels Cluster Office":"WBCO","Associação Têxtil do Norte":"ATN","Catalan Water Technology Cluster":"AIGUACAT"}
for n,r,o in people:
    if o and all(x["name"]!=o for x in orgs): orgs.append(O(o, acr.get(o)))
write_gold(fn, "2033-02-02", [P(*p) for p in people], orgs, [
 E("ECCP Ambassadors' Onboarding Day", "2033-03-07", "2033-03-07", "Brussels", "Belgium"),
 E("European Cluster Conference 2033", "2033", "2033", None, None),
 E("Webinar: \"How to become an ambassador\"", "2032-09-14", "2032-09-14", None, None),
],["2033-02-02","2033/2035","2032-10-01/2032-11-30","2033-02-01","2033-03-07","2031/2033","2032-09-14"])
