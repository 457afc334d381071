from mk import build
build('cemp-clusters-conference-czestochowa-2034-report','cemp-clusters-conference-czestochowa-2034-report.md','2034-10-10', """
Bartłomiej Jurczyk||
Grzegorz Wilk-Pawlak|President of the Board|CKM
Renata Hajduk-Mrozek|Rector|Częstochowa University of Technology
Jakub Ledwoń|Deputy Marshal of the Silesian Voivodeship|
Bernadette Ó Súilleabháin|Deputy Head of Unit for Energy-Intensive Industries|DG GROW
Tomasz Rzepecki|editor|Hutnik Polski
Lucie Vondráčková||Moravian-Silesian Automotive Cluster
Florian Habersack||Forschungsinstitut für Stahlbau
Kamil Ostrowski||Huta Częstochowa Nova S.A.
Zoltán Herczeg-Bódis||Hungarian Foundry Association
Agnieszka Kubicka-Rams||Częstochowa University of Technology
Marek Šimko||Žilina Engineering Cluster
Ewelina Gach||Voivodeship Labour Office in Katowice
Jarosław Kmiecik|owner|Odlewnia Kmiecik sp. z o.o.
Monika Dziubek|communications|CKM
""","""
Częstochowa Metal Industry Cluster|CKM
Częstochowa University of Technology
Silesian Voivodeship Marshal's Office
European Commission
DG GROW
Hutnik Polski
Moravian-Silesian Automotive Cluster
Forschungsinstitut für Stahlbau
Huta Częstochowa Nova S.A.
Hungarian Foundry Association
Žilina Engineering Cluster
Voivodeship Labour Office in Katowice
Odlewnia Kmiecik sp. z o.o.
Metal-Jura sp. k.
Enterprise Europe Network Poland (Silesia)
CEMP network
""","""
5th Central European Metal Processing Clusters Conference|2034-09-28|2034-09-29|Częstochowa|Poland
company visits|2034-09-29|2034-09-29||Poland
B2B meetings|2034-09-29|2034-09-29|Częstochowa|Poland
closing dinner|2034-09-29|2034-09-29|Częstochowa|Poland
6th Central European Metal Processing Clusters Conference|2035-09-25|2035-09-26|Žilina|Slovakia
""","2034-09-28/2034-09-29 2034-10-10 2028/2034 2035-09-25/2035-09-26 2035-04 2034-09-29","""
Decarbonisation of the metal supply chain must be planned together by steelmakers, foundries and their customers, not company by company
Small and medium-sized metal processors need access to affordable green electricity through joint purchasing, and clusters are well placed to organise it
Public support should reward measured reductions of emissions rather than investments alone
Dual training in foundries and forges should become the rule in all countries of the network
A common Central European register of low-carbon metal components would help suppliers prove their footprint to customers
""")
