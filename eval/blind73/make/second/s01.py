import json
P=lambda n,r=None,o=None:{"name":n,"role":r,"organisation":o}
O=lambda n,a=None:{"name":n,"acronym":a}
E=lambda n,s=None,e=None,c=None,k=None:{"name":n,"start":s,"end":e,"city":c,"country":k}
L="Lõuna-Eesti Puiduklaster MTÜ"
d={"doc":"valgamaa-puiduklaster-uudised-lk2.html","source_url":None,"published_date":None,
"people":[P("Mirjam Vahtramäe","Hindaja"),P("Kristjan Ilves","Klastrijuht",L),P("Urmas Tamm-Kõrge","vallavanem"),
P("Liina Mäeots","juhatuse liige","SA Valgamaa Arenguagentuur"),P("Piret Org","juhatuse esimees",L),P("Jānis Ozoliņš","juht"),
P("Henrik Välja-Saar","tegevjuht","Eesti Metsa- ja Puidutööstuse Liidu"),P("Ilze Bērziņa","valdes priekšsēdētāja","Vidzemes Koka Klasteris biedrība"),
P("Anneli Kask-Rüütel","professor","Tallinna Tehnikaülikooli"),P("Margus Lepik","arendusjuht","Riigi Kinnisvara AS"),
P("Maarja-Liis Õunapuu","projektijuht",L),P("Tõnu Raudsepp","ekspert","Päästeameti Lõuna päästekeskuse")],
"organisations":[O(L),O("Valga Kutsehariduskeskuse"),O("SA Valgamaa Arenguagentuur"),O("Ettevõtluse ja Innovatsiooni Sihtasutus","EIS"),
O("Otepää Palkmajad OÜ"),O("Tõrva Saetööstus AS"),O("Eesti Metsa- ja Puidutööstuse Liidu","EMPL"),O("Hummuli Puidutöö OÜ"),
O("Vidzemes Koka Klasteris biedrība"),O("Tallinna Tehnikaülikooli"),O("Riigi Kinnisvara AS","RKAS"),O("Päästeameti Lõuna päästekeskuse"),O("Skellefteå kommuni")],
"events":[E("Puitehituse Päev 2034","2034-04-16","2034-04-16","Valga","Estonia"),E("ettevõtete külastus","2034-04-16","2034-04-16","Otepää","Estonia"),
E("Jõulukohtumine","2033-12-12","2033-12-12",None,"Estonia"),E("Puitlinna foorum","2033-11-10","2033-11-10","Tallinn","Estonia"),
E("Õppereis Skellefteåsse","2033-10-30","2033-11-02","Skellefteå","Sweden"),E("Koolitussari „Puit ja tuleohutus“","2033-11","2033-12",None,"Estonia"),
E("Üldkoosolek","2034-05-21","2034-05-21","Tõrva","Estonia")],
"dates":["2034-03-14","2034-02","2034/2038","2034-02-27","2034-02-23","2034-02-09","2034-02-06","2034-01-22","2034-04-16","2034-04-05","2034-01-08","2033",
"2033-12-18","2033-12-12","2034/2040","2033-11-30","2033-11-28","2034/2036","2033-11-15","2033-11-10","2033-11-04","2033-10-30/2033-11-02","2033-10-20","2033-11","2033-12","2034-05-21"],
"key_messages":[]}
json.dump(d,open(__file__.replace('s01.py','valgamaa-puiduklaster-uudised-lk2.json'),'w'),ensure_ascii=False,indent=1)
