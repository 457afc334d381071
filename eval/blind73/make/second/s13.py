exec(open('hdr.py').read())
C="Donegal Creative Cluster";F="Digital Craft Forum"
d={"doc":"donegal-creative-cluster-digital-craft-forum-2035.html","source_url":None,"published_date":"2035-05-28",
"people":[P("Orla Mac Giolla Bhríde"),P("Gráinne Ní Ghallchóir","cluster manager",C),P("Ines Moreau-Lindqvist","head of the textile traceability programme","RISE"),
P("Seamus McGinley",None,"Enterprise Ireland"),P("Aisling O'Donnell-Byrne","Knitwear designer","Inishowen Knits Ltd"),P("Kenneth Boyle",None,"Glenveagh Furniture Company"),
P("Patrick J. Doherty",None,"Intellectual Property Office of Ireland"),P("Tomás Ó Síocháin","chief executive","Western Development Commission"),P("Colm Ó Baoill")],
"organisations":[O(C),O("Regional Cultural Centre"),O("Atlantic Technological University","ATU"),O("Local Enterprise Office Donegal"),O("Donegal County Council"),O("Údarás na Gaeltachta"),
O("Shetland Textile Hub"),O("RISE"),O("Enterprise Ireland"),O("Inishowen Knits Ltd"),O("Glenveagh Furniture Company"),O("Fíodóirí Ghleann Cholm Cille Teo."),
O("Intellectual Property Office of Ireland"),O("Creative Ireland"),O("Western Development Commission")],
"events":[E("Digital Craft Forum 2035","2035-05-22","2035-05-23","Letterkenny","Ireland"),E(F+" (2033 edition)","2033","2033","Donegal Town","Ireland"),
E("makers' dinner","2035-05-22","2035-05-22","Letterkenny","Ireland"),E("New York NOW","2036-08","2036-08","New York","United States"),E(F+" (2037 edition)","2037","2037","Dungloe","Ireland"),
E("Digital Craft Day","2036-03-12","2036-03-12","Buncrana","Ireland"),E("Wool Week",None,None,None,None)],
"dates":["2035-05-28","2035-05-22/2035-05-23","2033","2031","2034","2035/2037","2036-08","2037","2036-03-12","2035-06-10"],
"key_messages":[]}
json.dump(d,open('donegal-creative-cluster-digital-craft-forum-2035.json','w'),ensure_ascii=False,indent=1)
