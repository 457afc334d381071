exec(open('hdr.py').read())
N="Präzisionsnetzwerk Schwäbische Alb e.V.";H="Hochschule Albstadt-Sigmaringen"
d={"doc":"swabian-alb-precision-network-workshop-report-ai-quality.txt","source_url":None,"published_date":"2035-07-04",
"people":[P("Jonas Beutelspacher","network coordinator",N),P("Ulrike Haux-Bachmann","managing director","Haux Feinmechanik GmbH & Co. KG"),P("Matthias Oßwald","vice-president for research",H),
P("Selin Yıldırım-Krauß","production engineer","Maier Drehteile GmbH"),P("Pavel Dvořák",None,"Fraunhofer IPA"),P("Heiko Straub","owner","Straub Werkzeugbau GmbH"),P("Katharina Lämmle",None,"Chamber of Industry and Commerce Reutlingen")],
"organisations":[O(N),O(H),O("Fraunhofer Institute for Manufacturing Engineering and Automation","Fraunhofer IPA"),O("Haux Feinmechanik GmbH & Co. KG"),O("Maier Drehteile GmbH"),
O("Steinbeis Transfer Centre for Production Analytics"),O("Ministry of Economic Affairs, Labour and Tourism Baden-Württemberg"),O("VDMA Machine Vision"),O("Straub Werkzeugbau GmbH"),
O("Chamber of Industry and Commerce Reutlingen","IHK Reutlingen"),O("Wirtschaftsförderung Zollernalbkreis"),O("Landratsamt Zollernalbkreis")],
"events":[E("members' workshop","2035-06-26","2035-06-26","Albstadt","Germany"),E("Hands-on session","2035-06-26","2035-06-26","Albstadt","Germany"),
E("first meeting","2035-09-18","2035-09-18","Balingen","Germany"),E("Control","2036-05-05","2036-05-08","Stuttgart","Germany"),E("summer get-together","2035-07-17","2035-07-17","Hechingen","Germany"),
E("members' assembly 2035","2035-10-16","2035-10-16","Balingen","Germany"),E("workshop \"Energy costs in machining\"","2035-11-20","2035-11-20",None,"Germany")],
"dates":["2035-06-26","2035-07-04","2035","2035-07-01","2035-09-18","2035-10","2036-05-05/2036-05-08","2035-07-17","2035-10-16","2035-11-20"],
"key_messages":["Start with a narrow, costly defect and one machine; scale only after the first station works in daily production",
"Involve the inspectors from the first day: their labelled images are worth more than any pre-trained model","Budget for lighting, fixtures and data storage, which together often cost more than the software",
"Most quality-inspection systems in machining are not \"high-risk\" under the EU AI Act, but documentation of training data should begin now",
"Share data and experience between members: the network will set up a shared image library of common defects"]}
json.dump(d,open('swabian-alb-precision-network-workshop-report-ai-quality.json','w'),ensure_ascii=False,indent=1)
