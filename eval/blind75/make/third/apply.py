"""Third annotation pass: corrections applied directly to gold/ (the generators make/gNN.py are not changed;
if the set is regenerated, run make/second/apply.py and then this script again). Idempotent."""
import json
B='/work/wt/blind75/eval/blind75/gold/'
def load(s): return json.load(open(B+s+'.json'))
def save(s,d): json.dump(d, open(B+s+'.json','w'), ensure_ascii=False, indent=1)
def person(d,name,role,org):
    for p in d['people']:
        if p['name']==name: p['role'],p['organisation']=role,org; return
    raise KeyError(name)
def drop_event(d,name): d['events']=[e for e in d['events'] if e['name']!=name]
def rename(lst,key,old,new):
    for x in lst:
        if x[key]==old: x[key]=new
def add_event(d,after,ev):
    if any(e['name']==ev['name'] for e in d['events']): return
    i=[e['name'] for e in d['events']].index(after)+1 if after else len(d['events'])
    d['events'].insert(i,ev)
def add_date(d,v):
    if v not in d['dates']: d['dates'].append(v)

s='oaec-general-assembly-2034-notice'; d=load(s)
add_date(d,'2034-10')   # "As announced in October" (the save-the-date of 16 October 2034), as "in March" -> 2034-03
save(s,d)

s='baltic-blue-bioeconomy-webinar-series'; d=load(s)
person(d,'Tomas Žemaitis','Moderator','Klaipėda University')   # "Moderator: Dr. Tomas Žemaitis" (episodes 4 and 7), as Laura Ozoliņa
save(s,d)

s='ludzas-biznesa-vestis-2034-04-pdf'; d=load(s)
person(d,'Edgars Mekšs','priekšsēdētājs','Ludzas novada domes')   # "Ludzas novada domes priekšsēdētājs": the council is in the gold's organisations
rename(d['organisations'],'name','Zaļā Skaida','SIA „Zaļā Skaida”')   # as written, like SIA „Ludzas Koks”, SIA „Latgales Mēbeles”
drop_event(d,'Diskusija „Kā noturēt jauniešus kokapstrādē?”')   # a discussion inside the Krāslava meeting: a session, not an event
rename(d['events'],'name','Informatīvā diena','Informatīvā diena par „Biznesa inkubatoru” jauno atbalsta kārtu')   # the box's heading as written
save(s,d)

s='cce-wg-circular-construction-calendar-2035'; d=load(s)
add_event(d,'WG3 meeting and CCE Annual Forum, Brussels',
  dict(name='CCE Annual Forum',start='2035-10-17',end='2035-10-18',city='Brussels',country='Belgium'))   # named two-day forum: 17 Oct afternoon, 18 Oct "second day"
save(s,d)

s='arctic-industry-clusters-summit-2034-sett-av-datoen'; d=load(s)
drop_event(d,'Paneldebatt: «Hvordan beholder vi de unge?»')   # a panel of the programme (session), as the panels of docs 2, 7 and 15
save(s,d)

s='cemp-clusters-conference-czestochowa-2034-report'; d=load(s)
rename(d['events'],'name','"Cluster Cooperation Award"','Cluster Cooperation Award')   # name without the quotation marks
save(s,d)
