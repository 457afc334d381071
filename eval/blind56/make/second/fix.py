"""Second annotation pass: the changes to the first-pass gold, applied in place (run once)."""
import json, sys
G = '../../gold/'
def load(s): return json.load(open(G+s+'.json'))
def save(s, d): open(G+s+'.json','w').write(json.dumps(d, ensure_ascii=False, indent=1))
def person(d, name, **kw):
    for x in d['people']:
        if x['name']==name: x.update(kw); return
    raise KeyError(name)
def event(d, name, **kw):
    for x in d['events']:
        if x['name']==name: x.update(kw); return
    raise KeyError(name)
def add_org(d, name, acr=None, after=None):
    assert all(o['name']!=name for o in d['organisations'])
    o={'name':name,'acronym':acr}
    if after:
        i=[x['name'] for x in d['organisations']].index(after); d['organisations'].insert(i+1,o)
    else: d['organisations'].append(o)
def add_event(d, name, start, end, city, country):
    d['events'].append(dict(name=name,start=start,end=end,city=city,country=country))

s='CMLD_staff-directory_2034-pdf'; d=load(s)
event(d,'Member visits to Tulcea and Mangalia',city='Tulcea, Mangalia')
save(s,d)

s='PAIF2034_speakers'; d=load(s)
add_event(d,'B2B matchmaking','2034-10-18','2034-10-18','Kalamata','Greece')
save(s,d)

s='UMBRIA-HEMP_consortium-contact-list'; d=load(s)
person(d,'Paola Brizi',role='Dirigente')
add_org(d,'Servizio Innovazione',after='Direzione Sviluppo economico')
save(s,d)

s='nyheder_ny-bestyrelse-foedevareklynge-sjaelland'; d=load(s)
person(d,'Birgitte Lund',role='advokat')
save(s,d)

s='news_delegation-mv-to-zealand-june-2034'; d=load(s)
event(d,'delegation visit to Zealand',city='Køge, Kalundborg, Rødbyhavn')
save(s,d)

s='working-groups_who-is-who_zemgale-agritech'; d=load(s)
person(d,'Andris Rozenbergs',organisation='Zemgale Agritech and Food Cluster')
for n in ['Dace Vītola','Uldis Brants','Sandra Upīte','Kaspars Miezis']: person(d,n,role=None)
save(s,d)
