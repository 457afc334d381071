import json,os
import os
B=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '')
def save(doc,text,pub,people,orgs,events,dates,km):
    if text is not None: open(B+'docs/'+doc,'w',encoding='utf-8').write(text)
    P=[{"name":a,"role":b,"organisation":c} for a,b,c in people]
    O=[{"name":a,"acronym":b} for a,b in orgs]
    E=[{"name":a,"start":b,"end":c,"city":d,"country":e} for a,b,c,d,e in events]
    json.dump({"doc":doc,"source_url":None,"published_date":pub,"people":P,"organisations":O,"events":E,"dates":dates,"key_messages":km},open(B+'gold/'+os.path.splitext(doc)[0]+'.json','w'),ensure_ascii=False,indent=1)
