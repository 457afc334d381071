import json,sys
def load(stem): return json.load(open(f'eval/blind80/gold/{stem}.json'))
def save(stem,d):
    open(f'eval/blind80/gold/{stem}.json','w').write(json.dumps(d,ensure_ascii=False,indent=1)+'\n')
def person(d,name,**kw):
    for p in d['people']:
        if p['name']==name: p.update(kw); return
    raise KeyError(name)
