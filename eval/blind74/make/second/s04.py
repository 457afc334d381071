from mk import *
W("nitra-cluster-programme-evaluation-2035","nitra-cluster-programme-evaluation-2035.docx","2035-01-30",
[P("Verena Kessler-Hofbauer","team leader",None),P("Stefan Horváth"),P("Zsófia Németh-Lang"),P("Andrea Pintérová","manager","Danube Renewable Energy Cluster"),
 P("Tomáš Vukovič","manager","Food Cluster Nitra"),P("Ľubomír Šramko","Vice-President",None)],
[O("Regional Development Agency Nitra","RRA Nitra"),O("Kessler & Partner Regionalberatung OG"),O("Austrian Institute for SME Research"),O("Danube Renewable Energy Cluster"),
 O("Food Cluster Nitra"),O("Building and Wood Cluster Tekov"),O("Nitra Self-Governing Region"),O("European Cluster Excellence Initiative","ECEI"),O("Slovak University of Agriculture in Nitra")],
[E("focus groups","2034-11-14","2034-11-15","Nitra","Slovakia"),E("programme steering group meeting","2035-01-22","2035-01-22")],
["2030/2036","2035-01-30","2034-05","2034-06/2034-12","2034-11-14/2034-11-15","2033","2036","2029","2030/2031","2033-10","2035-01-22","2035-06","2037","2040"],
["4 conclusions + 5 recommendations"])
