import json
def G(s): return json.load(open(f'eval/blind63/gold/{s}.json'))
def S(s,d): open(f'eval/blind63/gold/{s}.json','w').write(json.dumps(d, ensure_ascii=False, indent=1))
def person(d,name,**kw):
    for p in d['people']:
        if p['name']==name: p.update(kw); return
    raise KeyError(name)
def ev(name,start,end,city,country): return {"name":name,"start":start,"end":end,"city":city,"country":country}
s='connemara-gaeltacht-innovation-calendar-2036'; d=G(s)
d['events'].append(ev('Atlantic Seafood Forum (2037 edition)','2037','2037',None,None))
S(s,d)
s='latgale-food-cluster-forum-rezekne-2034-report'; d=G(s)
d['events'].insert(1, ev('paneļdiskusija par eksportu uz Skandināviju','2034-10-17','2034-10-17','Rēzekne','Latvia'))
S(s,d)
s='ourense-foro-termalismo-innovacion-2035'; d=G(s)
d['events'].insert(1, ev('Mesa redonda: "Auga e saúde: que di a evidencia científica?"','2035-06-12','2035-06-12','Ourense','Spain'))
S(s,d)
s='pirkanmaa-innovation-agency-upcoming-events'; d=G(s)
i=[e['name'] for e in d['events']].index('Health Tech Pitching Evening')
d['events'].insert(i+1, ev("Pirkanmaa wellbeing services county's procurement fair",'2034-03-28','2034-03-28',None,None))
i=[e['name'] for e in d['events']].index('Pirkanmaa Innovation Forum 2034')
d['events'].insert(i+1, ev('Site visits','2034-05-31','2034-05-31','Tampere','Finland'))
S(s,d)
s='carinthia-microelectronics-cluster-conference-2036-programme'; d=G(s)
i=[e['name'] for e in d['events']].index('Silicon Alps Cluster Conference 2036')
d['events'].insert(i+1, ev('Panel: Skills for the chip industry','2036-04-22','2036-04-22','Villach','Austria'))
S(s,d)
