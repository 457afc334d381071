import json,sys
def w(stem,doc,pd,people,orgs,events,dates,km=[]):
    d={"doc":doc,"source_url":None,"published_date":pd,
       "people":[{"name":a,"role":b,"organisation":c} for a,b,c in people],
       "organisations":[{"name":a,"acronym":b} for a,b in orgs],
       "events":[{"name":a,"start":b,"end":c,"city":e,"country":f} for a,b,c,e,f in events],
       "dates":dates,"key_messages":km}
    json.dump(d,open(stem+'.json','w'),ensure_ascii=False,indent=1)
