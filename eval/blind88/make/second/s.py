import json,sys
def P(n,r=None,o=None): return {"name":n,"role":r,"organisation":o}
def O(n,a=None): return {"name":n,"acronym":a}
def E(n,s=None,e=None,c=None,k=None): return {"name":n,"start":s,"end":e or s,"city":c,"country":k}
def W(stem,doc,pub,people,orgs,events,dates,km):
    json.dump({"doc":doc,"source_url":None,"published_date":pub,"people":people,"organisations":orgs,"events":events,"dates":dates,"key_messages":km},open(f"/work/wt/blind88/eval/blind88/make/second/{stem}.json","w"),ensure_ascii=False,indent=1)
