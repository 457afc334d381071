"""Second annotation pass: the changes made to gold (run once, idempotent)."""
import json
G="eval/blind68/gold/%s.json"
def L(s): return json.load(open(G%s))
def S(s,d): open(G%s,"w").write(json.dumps(d,ensure_ascii=False,indent=1))
def person(d,n,**kw):
    for p in d['people']:
        if p['name']==n: p.update(kw)
def event(d,n,**kw):
    for e in d['events']:
        if e['name']==n: e.update(kw)
def adddate(d,v):
    if v not in d['dates']: d['dates'].append(v)
s="hydrodelta-zeeland-news-page2"; d=L(s)
person(d,"Pieter-Jan de Wolf",role="Outgoing managing director",organisation="HydroDelta Zeeland"); adddate(d,"2037"); S(s,d)
s="hydrodelta-new-managing-director-press-release"; d=L(s)
person(d,"Pieter-Jan de Wolf",role="outgoing managing director",organisation="HydroDelta Zeeland"); S(s,d)
s="zemgale-mechatronics-board-election-2035"; d=L(s); adddate(d,"2034-10"); S(s,d)
s="save-the-date-rencontres-vegetal-cosmetique-2035"; d=L(s)
event(d,"Parallel workshops",city="Orléans",country="France"); event(d,"B2B meetings",city="Orléans",country="France")
event(d,"Site visits",city="Ardon, Saint-Jean-de-Braye",country="France"); S(s,d)
s="pgbc-members-news-spring-2035"; d=L(s); adddate(d,"2035"); S(s,d)
s="linkedin-post-zmec-wroclaw-mission"; d=L(s)
if not any(e['name']=="welcome" for e in d['events']):
    d['events'].insert(1,{"name":"welcome","start":"2034-10-15","end":"2034-10-15","city":"Wrocław","country":"Poland"})
if "2034-10-15" not in d['dates']: print("note: 2034-10-15 not in dates of",s)
S(s,d)
s="habic-albisteak-innlandet-norvegia-lankidetza"; d=L(s); person(d,"Iñaki Etxeberria Ruiz de Azúa",organisation=None); S(s,d)
