import json, os
def P(n,r=None,o=None): return {"name":n,"role":r,"organisation":o}
def O(n,a=None): return {"name":n,"acronym":a}
def E(n,s=None,e=None,c=None,k=None): return {"name":n,"start":s,"end":e,"city":c,"country":k}
def W(stem, ext, pub, people, orgs, events, dates, km=()):
    d={"doc":stem+ext,"source_url":None,"published_date":pub,"people":people,"organisations":orgs,"events":events,"dates":list(dict.fromkeys(dates)),"key_messages":list(km)}
    json.dump(d, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), stem+'.json'),'w'), ensure_ascii=False, indent=1)
