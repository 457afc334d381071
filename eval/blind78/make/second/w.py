import json,sys,os
def W(stem,doc,pub,P,O,E,D,K,src=None):
    d={"doc":doc,"source_url":src,"published_date":pub,
       "people":[{"name":a,"role":b,"organisation":c} for a,b,c in P],
       "organisations":[{"name":a,"acronym":b} for a,b in O],
       "events":[{"name":a,"start":b,"end":c,"city":e,"country":f} for a,b,c,e,f in E],
       "dates":D,"key_messages":K}
    json.dump(d,open(os.path.join(os.path.dirname(__file__),stem+'.json'),'w'),ensure_ascii=False,indent=1)
