exec(open('hdr.py').read())
C="Klasteri i Mollës dhe Frutave Korçë"
d={"doc":"korce-klasteri-mollet-linkedin-post.txt","source_url":None,"published_date":None,
"people":[P("Erjona Dhimitri-Papa","Menaxhere",C),P("Anila Hoxha","zëvendësministrja"),P("Fatos Çani","Kryetar i Bordit",C),P("Ilir Gjergji","Konsulent i pavarur për agrobiznes"),
P("Dejan Panov","Координатор","Агрокластер Југоисток"),P("Mimoza Kristo","Pedagoge","Fakulteti i Bujqësisë"),P("Kevin Marsh","Senior Programme Officer","Swisscontact Albania"),
P("Blerina Qirjako-Xhafa","Zyrtare projektesh","AZHBR"),P("Arben Lleshi","Drejtor ekzekutiv","Dhoma e Tregtisë dhe Industrisë Korçë"),P("Sofia Karanikola","Export manager","Kastoria Fruit Cooperative")],
"organisations":[O(C),O("Çani Fruta sh.p.k."),O("Bashkia Devoll"),O("Universiteti „Fan S. Noli“ Korçë"),O("Agjencia për Zhvillimin Bujqësor dhe Rural","AZHBR"),O("Агрокластер Југоисток"),
O("Dhoma e Tregtisë dhe Industrisë Korçë"),O("Fakulteti i Bujqësisë"),O("Swisscontact Albania"),O("Kastoria Fruit Cooperative")],
"events":[E("Forumin e Agrobiznesit Shqiptar 2036","2036-11-06","2036-11-06","Tiranë","Albania"),E("Takimi i radhës për anëtarët","2036-11-20","2036-11-20","Korçë","Albania"),
E("„Dita e Mollës“","2037-10-11","2037-10-12","Bilisht","Albania")],
"dates":["2036-11-06","2037/2039","2031","2036-11-20","2037","2037-10-11/2037-10-12","2036-12-15"],
"key_messages":[]}
json.dump(d,open('korce-klasteri-mollet-linkedin-post.json','w'),ensure_ascii=False,indent=1)
