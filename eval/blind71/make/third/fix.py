# third pass: changes applied to gold/ (idempotent: each change checks the current value)
import json
G='/work/wt/blind71/eval/blind71/gold/'
def load(s):
    import glob; f=glob.glob(G+s+'*.json')[0]; return f, json.load(open(f))
def save(f,d): open(f,'w').write(json.dumps(d, ensure_ascii=False, indent=1))
def person(d,n): return [p for p in d['people'] if p['name']==n][0]
def event(d,n): return [e for e in d['events'] if e['name']==n][0]
f,d=load('02'); event(d,'Cena del Forum')['country']='Italy'; save(f,d)
f,d=load('06'); p=person(d,'Tóth-Várhelyi Anna'); p['role']='elnöke'; p['organisation']='Felügyelő Bizottság'
if not any(o['name']=='Felügyelő Bizottság' for o in d['organisations']):
    i=[o['name'] for o in d['organisations']].index('Jelölőbizottság'); d['organisations'].insert(i,{'name':'Felügyelő Bizottság','acronym':None})
save(f,d)
f,d=load('09'); person(d,'Dražen Kovačević')['role']='predsjednik'
if not any(e['name']=='uvodni sastanak' for e in d['events']):
    i=[e['name'] for e in d['events']].index('zajedničkom večerom') if any(e['name']=='zajedničkom večerom' for e in d['events']) else 1
    d['events'].insert(i,{'name':'uvodni sastanak','start':'2033-06-06','end':'2033-06-06','city':'Bolzano','country':'Italy'})
save(f,d)
f,d=load('14'); event(d,'visites de sites industriels')['country']='France'; save(f,d)
f,d=load('16'); person(d,'Claudia Wenzel-Brandt')['role']='Journalistin'; save(f,d)
