exec(open('hdr.py').read())
C="Ceredigion Agri-Tech Cluster"
d={"doc":"ceredigion-agritech-innovation-vouchers-call-2036.txt","source_url":None,"published_date":"2036-01-14",
"people":[P("Gwenllian Rhys-Evans","Cluster manager",C),P("Sioned ap Dafydd",None,"IBERS"),P("Tomos Llewelyn"),P("Ffion Hughes-Parry","Innovation Voucher Officer",C)],
"organisations":[O(C,"CATC"),O("Menter Aeron Cyf."),O("Institute of Biological, Environmental and Rural Sciences","IBERS"),O("Aberystwyth University"),
O("Ceredigion County Council"),O("University of Wales Trinity Saint David","UWTSD"),O("Coleg Ceredigion"),O("Grasslands Analytics Ltd"),O("Tir Data Cyf.")],
"events":[E("Information webinar","2036-01-29","2036-01-29",None,None),E("drop-in session","2036-12-01","2036-12-01","Llanelwedd","United Kingdom"),
E("Royal Welsh Winter Fair",None,None,"Llanelwedd","United Kingdom")],
"dates":["2036-01-14","2034","2035","2036","2036-01-29","2036-03-06","2036-04-10","2036-06-12","2036-07-17","2037-01-31","2036-01-27","2036-12-01"],
"key_messages":[]}
json.dump(d,open('ceredigion-agritech-innovation-vouchers-call-2036.json','w'),ensure_ascii=False,indent=1)
