import json,sys,os
os.chdir('/work/wt/blind81')
def P(n,r=None,o=None): return {"name":n,"role":r,"organisation":o}
def O(n,a=None): return {"name":n,"acronym":a}
def E(n,s=None,e=None,c=None,co=None): return {"name":n,"start":s,"end":e,"city":c,"country":co}
def W(stem,ext,pub,people,orgs,events,dates,km=[]):
    json.dump({"doc":stem+ext,"source_url":None,"published_date":pub,"people":people,"organisations":orgs,"events":events,"dates":dates,"key_messages":km},open(f'eval/blind81/make/second/{stem}.json','w'),ensure_ascii=False,indent=1)
