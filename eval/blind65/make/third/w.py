import json, sys, datetime
def P(n,r=None,o=None): return {"name":n,"role":r,"organisation":o}
def O(n,a=None): return {"name":n,"acronym":a}
def E(n,s=None,e=None,c=None,k=None): return {"name":n,"start":s,"end":e if e else s,"city":c,"country":k}
def W(stem, doc, people, orgs, events, dates, km=(), pub=None):
    d={"doc":doc,"source_url":None,"published_date":pub,"people":people,"organisations":orgs,"events":events,"dates":list(dict.fromkeys(dates)),"key_messages":list(km)}
    json.dump(d, open(f"eval/blind65/make/third/{stem}.json","w"), ensure_ascii=False, indent=1)
def wd(s): return datetime.date.fromisoformat(s).strftime('%a')
