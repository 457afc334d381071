exec(open('hdr.py').read())
C="Westfjords Blue Biotech Cluster";S="Arctic Blue Bioresources Summit"
d={"doc":"westfjords-blue-biotech-save-the-date.eml","source_url":None,"published_date":"2035-02-19",
"people":[P("Elín Björg Guðmundsdóttir","Cluster Manager",C),P("Hildur Sæmundsdóttir","research director","Matís ohf."),P("Kristian Egede Olsen",None,"Greenland Institute of Natural Resources"),
P("Sigurður Baldvinsson Thorlacius","CEO","Roð og Roðhúð ehf."),P("Pétur Már Halldórsson"),P("Peter Nygaard",None,"Nordic Atlantic Cooperation")],
"organisations":[O(C),O("University Centre of the Westfjords"),O("Westfjords Regional Development Office"),O("Matís ohf."),O("Greenland Institute of Natural Resources"),
O("Roð og Roðhúð ehf."),O("European Commission"),O("Directorate-General for Maritime Affairs and Fisheries","DG MARE"),O("Nordic Atlantic Cooperation","NORA")],
"events":[E("Arctic Blue Bioresources Summit 2035","2035-09-05","2035-09-07","Ísafjörður","Iceland"),E(S+" (2031 edition)","2031","2031","Ísafjörður","Iceland"),E(S+" (2033 edition)","2033","2033","Bolungarvík","Iceland"),
E("cluster study visits","2035-09-05","2035-09-05","Bolungarvík","Iceland"),E("welcome reception","2035-09-05","2035-09-05","Ísafjörður","Iceland"),E("B2B meetings","2035-09-06","2035-09-06","Ísafjörður","Iceland"),
E("summit dinner","2035-09-06","2035-09-06","Ísafjörður","Iceland"),E("thematic workshops","2035-09-07","2035-09-07","Ísafjörður","Iceland"),E("boat excursion","2035-09-07","2035-09-07",None,"Iceland"),
E("Icelandic Fisheries Exhibition","2036","2036","Kópavogur","Iceland"),E("stjórnarfundur","2035-01-16","2035-01-16",None,None),E("Næsti stjórnarfundur","2035-02-13","2035-02-13",None,None)],
"dates":["2035-02-19","2035-09-05/2035-09-07","2031","2033","2035-09-05","2035-09-06","2035-09-07","2035-04-02","2035-06-15","2035-05-30","2036","2035-06-01","2035-01-20","2035-01-16","2035-02-13","2035-03"],
"key_messages":[]}
json.dump(d,open('westfjords-blue-biotech-save-the-date.json','w'),ensure_ascii=False,indent=1)
