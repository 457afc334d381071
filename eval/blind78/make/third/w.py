import json, re, os
H=os.path.dirname(os.path.abspath(__file__))
DOCS=sorted(os.listdir(H+'/../../docs'))
def P(n,r=None,o=None): return {"name":n,"role":r,"organisation":o}
def O(n,a=None): return {"name":n,"acronym":a}
def E(n,s=None,e=None,c=None,k=None): return {"name":n,"start":s,"end":e if e else s,"city":c,"country":k}
def li(stem, after, before=None, pat=r'<li>(.*?)</li>'):
    t=open(H+'/'+stem+'.txt').read(); t=t[t.index(after):]
    if before: t=t[:t.index(before)]
    return [re.sub(r'\s+',' ',x).strip() for x in re.findall(pat,t,re.S)]
def save(stem,pub,people,orgs,events,dates,kms):
    doc=[d for d in DOCS if d.startswith(stem)][0]
    d={"doc":doc,"source_url":None,"published_date":pub,"people":people,"organisations":orgs,"events":events,"dates":dates,"key_messages":[re.sub(r"\s+"," ",k).strip() for k in kms]}
    json.dump(d,open(H+'/'+os.path.splitext(doc)[0]+'.json','w'),ensure_ascii=False,indent=1)
