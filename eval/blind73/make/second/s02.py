exec(open('hdr.py').read())
C="Asociación Clúster del Calzado y la Moda Sostenible de Elche"
d={"doc":"clusterelche-nombramiento-nueva-gerente.txt","source_url":None,"published_date":"2035-02-12",
"people":[P("Rocío Martínez de la Fuente","gerente",C),P("Joan Baptista Pastor i Ferrer","asesor honorífico",C),
P("Vicente Sempere Agulló","presidente",C),P("María José Ruiz Brotons","concejala de Promoción Económica","Ayuntamiento de Elche"),
P("Lucía Candela Pomares","responsable de comunicación",C)],
"organisations":[O(C,"CCMS"),O("Talento Levante, S.L."),O("Universidad Miguel Hernández","UMH"),O("Universitat Politècnica de València","UPV"),
O("Calzados Boix-Menargues, S.A."),O("Instituto Tecnológico del Calzado y Conexas","INESCOP"),O("Sempere Hermanos, S.L."),
O("Instituto Valenciano de Competitividad Empresarial","IVACE+i"),O("Federación de Industrias del Calzado Español","FICE"),O("Ayuntamiento de Elche"),
O("Red de Clústeres de la Comunitat Valenciana")],
"events":[E("reunión de la Junta Directiva","2035-02-10","2035-02-10",None,None),E("Asamblea General Ordinaria","2035-03-27","2035-03-27","Elche","Spain"),
E("Micam Milano","2035-09-16","2035-09-19","Milan","Italy")],
"dates":["2035-02-12","2035-03-03","2027","2035-02-10","2016/2022","2022","2030/2034","2031","2035-12-31","2035-03-27","2035-09-16/2035-09-19","2034/2036","2034","2035","1991"],
"key_messages":[]}
json.dump(d,open('clusterelche-nombramiento-nueva-gerente.json','w'),ensure_ascii=False,indent=1)
