import json, os, datetime
OUT='/work/wt/blind148/eval/blind148/make/second/'
os.makedirs(OUT, exist_ok=True)
def P(n,r=None,o=None): return {"name":n,"role":r,"organisation":o}
def O(n,a=None): return {"name":n,"acronym":a}
def E(n,s=None,e=None,c=None,k=None): return {"name":n,"start":s,"end":e if e else s,"city":c,"country":k}
def wd(d, name):
    w=datetime.date.fromisoformat(d).strftime('%A')
    assert w==name, (d,w,name)
def save(doc, pub, people, orgs, events, dates, kms):
    stem=os.path.splitext(doc)[0]
    assert len(set(dates))==len(dates), [d for d in dates if dates.count(d)>1]
    json.dump({"doc":doc,"source_url":None,"published_date":pub,"people":people,"organisations":orgs,"events":events,"dates":dates,"key_messages":kms},
              open(OUT+stem+'.json','w'),ensure_ascii=False,indent=1)
