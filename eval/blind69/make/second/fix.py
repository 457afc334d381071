import json
D='eval/blind69/gold/'
def ld(s): return json.load(open(D+s+'.json'))
def sv(s,g): json.dump(g,open(D+s+'.json','w'),ensure_ascii=False,indent=1)
def person(g,n): return next(p for p in g['people'] if p['name']==n)
def ev(g,n): return next(e for e in g['events'] if e['name']==n)
def E(n,s,e,c,k): return {"name":n,"start":s,"end":e,"city":c,"country":k}
s='braisle-mhara-dhun-na-ngall-bord-foireann'; g=ld(s); person(g,'Proinsias Ó Dubhthaigh')['role']=None; sv(s,g)
s='burgos-cluster-network-calendar-2036-pdf'; g=ld(s); ev(g,'Hackathon "Smart Rural 2036"')['city']='Miranda de Ebro, Burgos'; sv(s,g)
s='glasriket-materials-days-2036-programme'; g=ld(s); g['organisations']=[o for o in g['organisations'] if o['name']!='Kosta Boda Art Hotel']; sv(s,g)
s='study-visit-viseu-programme-2035'; g=ld(s); g['organisations']=[o for o in g['organisations'] if o['name']!='Hotel Montebelo Viseu']
i=[e['name'] for e in g['events']].index('Company visit: wine cooperative and bottling line')
g['events'].insert(i,E('Lunch with cluster members','2035-06-18','2035-06-18','Mangualde','Portugal')); sv(s,g)
s='lubuskie-wood-cluster-timber-talks-webinars'; g=ld(s); ev(g,'Timber Talks')['end']='2035-06-27'; sv(s,g)
s='pomurje-cluster-interview-board-chair-2037'; g=ld(s); g['organisations']=[o for o in g['organisations'] if o['name']!='Pomurski sejem']
i=[e['name'] for e in g['events']].index('kick-off')
g['events'].insert(i+1,E('final','2037-06-10','2037-06-11','Gornja Radgona','Slovenia')); sv(s,g)
s='varna-blue-economy-cluster-awards-2035'; g=ld(s); person(g,'Ivan Zhelev')['organisation']='Black Sea Blue Economy Cluster'; person(g,'Todor Kolarov')['role']=None; sv(s,g)
s='vidzeme-mechatronics-joint-stand-call-hannover-2035'; g=ld(s)
g['events']+= [E('Hannover Messe (2031 edition)','2031','2031','Hannover','Germany'),E('Hannover Messe (2033 edition)','2033','2033','Hannover','Germany')]; sv(s,g)
