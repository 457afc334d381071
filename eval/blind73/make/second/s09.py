exec(open('hdr.py').read())
C="Orkney Islands Energy Cluster"
d={"doc":"orkney-islands-energy-cluster-events-flyer-2033.pdf","source_url":None,"published_date":None,
"people":[P("Katrin zu Stolberg",None,"Fraunhofer IWES"),P("Magnus Rendall","chair","Community Energy Scotland"),P("Ingrid Flett","Cluster manager",C),
P("Kirsty Linklater-Muir",None,C),P("Tomasz Wiśniewski",None,C),P("Euan Drever",None,C),P("Sandra Isbister","managing director","Scapa Flow Marine Services Ltd")],
"organisations":[O(C,"OIEC"),O("European Marine Energy Centre","EMEC"),O("Orkney College UHI"),O("Fraunhofer IWES"),O("Orkney Islands Council"),O("Community Energy Scotland"),
O("Highlands and Islands Enterprise","HIE"),O("Scapa Flow Marine Services Ltd"),O("Heriot-Watt University Orkney Campus"),O("Shetland Energy Cluster"),O("European Cluster Excellence Initiative")],
"events":[E("Tidal Energy Open Day","2033-09-19","2033-09-19","Eday","United Kingdom"),E("Hydrogen Islands Workshop","2033-10-03","2033-10-03","Kirkwall","United Kingdom"),
E("Meet the Buyer: Ferries","2033-10-24","2033-10-24","Kirkwall","United Kingdom"),E("Community Energy Forum","2033-11-14","2033-11-15","Stromness","United Kingdom"),
E("Skills Webinar","2033-11-28","2033-11-28",None,None),E("Winter Members' Meeting","2033-12-12","2033-12-12","Kirkwall","United Kingdom"),E("Christmas supper","2033-12-12","2033-12-12","Kirkwall","United Kingdom"),
E("Orkney Energy Week 2034","2034-06-08","2034-06-12","Kirkwall, Stromness","United Kingdom"),E("Islands Energy Conference","2034-06-10","2034-06-10",None,"United Kingdom"),
E("Tidal Energy Summit","2033-04","2033-04","Brest","France"),E("hydrogen ferry demonstration","2033-06","2033-06","Kirkwall","United Kingdom")],
"dates":["2033-09-19","2033-10-03","2033-10-24","2033-10-10","2033-11-14/2033-11-15","2033-11-28","2033-12-12","2029","2031","2034-06-08/2034-06-12","2034-06-10","2033-10-31","2033-04","2033-05","2033-06","2033/2040"],
"key_messages":[]}
json.dump(d,open('orkney-islands-energy-cluster-events-flyer-2033.json','w'),ensure_ascii=False,indent=1)
