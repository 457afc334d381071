import json, os, re, html
exec(open('eval/check_gold.py').read().split("base = ")[0])
B='eval/blind39'
MON={m:i+1 for i,m in enumerate("january february march april may june july august september october november december".split())}
FR={'janvier':1,'février':2,'mars':3,'avril':4,'mai':5,'juin':6,'juillet':7,'août':8,'septembre':9,'octobre':10,'novembre':11,'décembre':12}
MON.update(FR)
ab={m[:3]:v for m,v in MON.items() if len(m)>3}
for g in sorted(os.listdir(B+'/gold')):
    d=json.load(open(B+'/gold/'+g)); txt=read_doc(B+'/docs/'+d['doc'])
    if d['doc'].endswith('.html'): txt=html.unescape(txt)
    allv=set()
    for v in d['dates']: allv|=set(v.split('/'))
    for e in d['events']: allv|={e['start'],e['end']}
    days=set()
    for m in re.finditer(r'(\d{1,2})(?:er)?\.?\s*(?:[–-]\s*\d{1,2}\s+)?([A-Za-zéû]+)', txt):
        mon=m.group(2).lower()
        mm=MON.get(mon) or ab.get(mon[:3]) if mon[:3] in ab or mon in MON else None
        if mm: days.add((int(m.group(1)),mm))
    for m in re.finditer(r'(\d{2})[./-](\d{2})[./-](20\d\d)', txt): days.add((int(m.group(1)),int(m.group(2))))
    miss=[f"{dd}/{mm}" for dd,mm in sorted(days,key=lambda x:(x[1],x[0])) if not any(v and len(v)==10 and int(v[5:7])==mm and int(v[8:])==dd for v in allv)]
    print(g, miss)
