exec(open('hdr.py').read())
C="South East Offshore Energy Cluster"
d={"doc":"wexford-offshore-energy-cluster-interview.md","source_url":None,"published_date":"2036-10-08",
"people":[P("Aoife Ní Chonchúir",None,C),P("Declan Furlong"),P("Séamus Doyle","harbour master","Rosslare Europort"),P("Niamh Breen",None,"South East Technological University"),
P("Brendan O'Leary","founding manager",C),P("Liam Kehoe",None,"Welding Institute of Ireland"),P("Ciarán Mac Aodha",None,"MedTech Galway"),P("Sarah-Jane Whelan",None,"Food Connect Cork")],
"organisations":[O(C,"SEOEC"),O("ESB Networks"),O("Van der Kolk Offshore B.V."),O("Wexford Enterprise Centre"),O("Enterprise Ireland"),O("Rosslare Europort"),O("Iarnród Éireann"),
O("South East Technological University","SETU"),O("Wexford County Council"),O("Offshore Wind Cluster Wales"),O("Windkracht Noord"),O("Skillnet Ireland"),O("Welding Institute of Ireland"),
O("University College Cork"),O("TU Delft"),O("MedTech Galway"),O("Food Connect Cork"),O("Department of Enterprise, Trade and Employment")],
"events":[E("Celtic Sea Supply Chain Day","2036-11-12","2036-11-12","Wexford","Ireland"),E("B2B meetings","2036-11-12","2036-11-12","Wexford","Ireland"),
E("joint study visit","2036-12-02","2036-12-04","Esbjerg","Denmark"),E("webinar","2037-01-21","2037-01-21",None,None),E("plenary meeting","2037-03-04","2037-03-04","Rosslare","Ireland")],
"dates":["2036-10-08","2035-03","2037","2034/2040","2030","2031","2038","2036-10-31","2036-12-02/2036-12-04","2037-01-21","2037-03-04","2036-11-12"],
"key_messages":[]}
json.dump(d,open('wexford-offshore-energy-cluster-interview.json','w'),ensure_ascii=False,indent=1)
