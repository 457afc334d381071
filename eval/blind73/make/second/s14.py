exec(open('hdr.py').read())
N="Nordic Regional Policy Network";R="Directorate-General for Regional and Urban Policy";L="Lofoten Seafood Innovation Cluster"
d={"doc":"svolvaer-arctic-coastal-clusters-policy-conclusions.md","source_url":None,"published_date":"2037-06-18",
"people":[P("Ingvild Berg Johansen","State Secretary for Local Government and Regional Development"),P("Sigrid Haugland Pettersen","Lead author","Nordregio"),
P("Tor-Arne Eilertsen","cluster manager",L),P("Hanne Mork Olsen","mayor of Vågan"),P("Pekka Kärkkäinen","Minister of Economic Affairs"),P("Bryndís Haraldsdóttir","Minister of Infrastructure"),
P("Philippe Delacroix-Weber","Head of Unit for Smart and Sustainable Growth",R),P("Ása Jóhannsdóttir","manager","East Iceland Energy and Food Cluster"),P("Kristín Ólafsdóttir","communications officer",N)],
"organisations":[O(N),O("Nordland County Municipality"),O("Nordregio"),O(L),O("Nordic Council of Ministers"),O("European Commission"),O(R,"DG REGIO"),
O("East Iceland Energy and Food Cluster"),O("Arctic Business Norrbotten"),O("Innovation Norway"),O("Arctic Economic Council")],
"events":[E("ministers' meeting","2037-06-15","2037-06-16","Svolvær","Norway"),E("visit to the Lofoten Seafood Innovation Cluster","2037-06-15","2037-06-15","Henningsvær","Norway"),
E("dinner","2037-06-15","2037-06-15",None,"Norway"),E("next meeting","2039","2039","Rovaniemi","Finland"),E("European Week of Regions and Cities","2037-10-12","2037-10-15","Brussels","Belgium"),
E("follow-up webinar","2037-09-09","2037-09-09",None,None)],
"dates":["2037-06-18","2037-06-15/2037-06-16","2035/2036","2039","2037-10-12/2037-10-15","2037-09-09"],
"key_messages":["Cluster organisations in Arctic coastal regions should receive multi-annual core funding for at least five years, so that managers can spend their time on members rather than on applications",
"Regional and national innovation programmes should accept joint applications from clusters in different Nordic countries without requiring a lead partner outside the Arctic",
"Vocational schools and universities in the region should be full members of clusters and co-design training with companies, starting with aquaculture, maritime logistics and energy"]}
json.dump(d,open('svolvaer-arctic-coastal-clusters-policy-conclusions.json','w'),ensure_ascii=False,indent=1)
