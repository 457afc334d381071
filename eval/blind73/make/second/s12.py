exec(open('hdr.py').read())
C="Highland Life Sciences Cluster";H="Highlands and Islands Enterprise"
d={"doc":"highland-life-sciences-cluster-our-team.html","source_url":None,"published_date":None,
"people":[P("Catriona MacLeod-Fraser","Cluster Director",C),P("Graham Munro",None,C),P("Rajesh Nair","Deputy Director and Head of Business Growth",C),
P("Mhairi Ann Campbell","Programme Manager, Rural Health Innovation",C),P("Pieter de Groot","Innovation Manager, Natural Products and Marine Bioactives",C),P("Lewis Sutherland","Skills and Talent Lead",C),
P("Fiona Mackay","Events and Communications Officer",C),P("Agnieszka Dąbrowska","Finance and Membership Administrator",C),P("Alasdair Grant","Chair",C),
P("Sunita Rao-Menzies","Vice-Chair",C),P("Iain Maciver","Treasurer",C),P("Eilidh Robertson","Director of Research and Innovation","NHS Highland"),
P("Hamish Gunn","Director","Moray Botanicals Ltd"),P("Marta Oliveira","Head of Life Sciences",H)],
"organisations":[O(C,"HLSC"),O(H,"HIE"),O("Scottish Enterprise"),O("NHS Highland"),O("University of the Highlands and Islands","UHI"),O("Scottish Association for Marine Science","SAMS"),
O("Inverness College UHI"),O("Lochside Diagnostics Ltd"),O("Macrae Stephen & Co"),O("Moray Botanicals Ltd")],
"events":[E("annual general meeting","2033-11-14","2033-11-14",None,None),E("Highland Life Sciences Showcase","2034-03-19","2034-03-19","Inverness","United Kingdom"),
E("Scottish Life Sciences Summit","2034-04-23","2034-04-24","Glasgow","United Kingdom"),E("Rural Health Innovation café",None,None,"Fort William","United Kingdom")],
"dates":["2030","2033-09-01","2026","2031","2033-11-14","2033/2036","2034-03-19","2034-04-23/2034-04-24","2036-03","2034-02-09"],
"key_messages":[]}
json.dump(d,open('highland-life-sciences-cluster-our-team.json','w'),ensure_ascii=False,indent=1)
