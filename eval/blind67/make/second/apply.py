"""Second annotation pass: the changes made to eval/blind67/gold (applied once to the JSON; the gNN.py generators are not re-run)."""
import json
B='eval/blind67/gold/'
def ld(s): return json.load(open(B+s+'.json'))
def sv(s,d): json.dump(d,open(B+s+'.json','w'),ensure_ascii=False,indent=1)
def ev(n,s,e,c,k): return {"name":n,"start":s,"end":e,"city":c,"country":k}
def person(d,n): return next(x for x in d['people'] if x['name']==n)
def event(d,n): return next(x for x in d['events'] if x['name']==n)
def drop_ev(d,n): d['events']=[x for x in d['events'] if x['name']!=n]
def drop_org(d,n): d['organisations']=[x for x in d['organisations'] if x['name']!=n]
# asturias: the three earlier editions named with city and year are events (as g07's earlier peer reviews)
s='asturias-materials-conference-2033-outcome-report'; d=ld(s)
for y,c in (("2027","Avilés"),("2029","Oviedo"),("2031","Mieres")):
    d['events'].insert(-1, ev("Advanced Materials Cluster Conference",y,y,c,"Spain"))
sv(s,d)
# bucovina: study visit to Podkarpacie (a Polish region, "din Polonia" in the text) -> country Poland
s='bucovina-wood-cluster-raport-adunare-2031'; d=ld(s)
event(d,'vizită de studiu')['country']='Poland'; sv(s,d)
# kielce: Targi Kielce is the venue here; the panel is a session of the forum; the three earlier editions are events
s='kielce-forum-klastrow-2034-sprawozdanie'; d=ld(s)
drop_org(d,'Targi Kielce'); drop_ev(d,'Klastry a zielona transformacja przemysłu')
i=[x['name'] for x in d['events']].index('Świętokrzyski Klaster Roku 2034')
for y in ("2032","2030","2028"): d['events'].insert(i, ev("Świętokrzyskie Forum Klastrów",y,y,None,None))
sv(s,d)
# limburg: year-less months resolved from the March 2032 issue ("closed ... in January", "presented in May")
s='limburg-logistics-cluster-newsletter-2032-03'; d=ld(s)
d['dates']+= ["2032-01","2032-05"]; sv(s,d)
# nordland: Norwegian Innovation Clusters is the national cluster programme; the panel is a session;
# the conference dinner is only where the award is given (the award, Klyngeprisen Nordland, stays)
s='nordland-klyngekonferanse-2036-oppsummering'; d=ld(s)
drop_org(d,'Norwegian Innovation Clusters'); drop_ev(d,'panel om kraft og nett'); drop_ev(d,'konferansemiddagen'); sv(s,d)
# northern ireland: Akira Endō's organisation is not stated ("Visit to the ... Centre and meeting with Dr. Akira Endō")
s='northern-ireland-agritech-mission-tohoku-report'; d=ld(s)
person(d,'Akira Endō')['organisation']=None; sv(s,d)
# zealand: "Authors: ... and Dr. Anders Bech-Nielsen" -> role Author (plural role in the singular; as Cantabria's authors)
s='region-zealand-policy-brief-circular-construction'; d=ld(s)
person(d,'Anders Bech-Nielsen')['role']='Author'; sv(s,d)
# sardinia: "In 2035 the cluster ... helped 19 companies at the Cibus fair in Parma" -> 2035
s='sardinia-agrifood-cluster-general-assembly-minutes-2036'; d=ld(s)
e=event(d,'Cibus fair'); e['start']=e['end']='2035'; sv(s,d)
# south bohemia: study trip to Bavaria -> Germany; year-less months of the September 2035 issue (questionnaire in October,
# working group meeting in December)
s='south-bohemia-energy-cluster-newsletter-2035-09'; d=ld(s)
event(d,'Study trip to energy communities in Bavaria')['country']='Germany'
d['dates']+= ["2035-10","2035-12"]; sv(s,d)
