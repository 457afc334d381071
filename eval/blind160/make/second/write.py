import json, os, datetime as dt, shutil
exec(open('/tmp/blind160-second/ann1.py').read()); exec(open('/tmp/blind160-second/ann2.py').read())
wd=['Mon','Tue','Wed','Thu','Fri','Sat','Sun']
for d,w in WD:
    assert wd[dt.date.fromisoformat(d).weekday()]==w,(d,w)
print('weekdays',len(WD),'OK')
docs=sorted(os.listdir('eval/blind160/docs'))
out='eval/blind160/make/second'; sc='/tmp/blind160-second/scratch'
shutil.rmtree(sc,ignore_errors=True); os.makedirs(sc+'/gold'); os.symlink(os.path.abspath('eval/blind160/docs'),sc+'/docs')
for stem,a in A.items():
    doc=[f for f in docs if os.path.splitext(f)[0]==stem][0]
    g={"doc":doc,"source_url":None,"published_date":a['pub'],"people":a['people'],"organisations":a['orgs'],"events":a['events'],"dates":a['dates'],"key_messages":a['km']}
    s=json.dumps(g,ensure_ascii=False,indent=1)+'\n'
    open(f'{out}/{stem}.json','w').write(s); open(f'{sc}/gold/{stem}.json','w').write(s)
print(len(A))
