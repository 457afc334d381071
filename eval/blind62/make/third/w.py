import json,sys
def W(stem,doc,pub,people,orgs,events,dates,km=()):
    d={"doc":doc,"source_url":None,"published_date":pub,
       "people":[{"name":p[0],"role":p[1],"organisation":p[2]} for p in people],
       "organisations":[{"name":o[0],"acronym":o[1] if len(o)>1 else None} for o in orgs],
       "events":[dict(zip(["name","start","end","city","country"],e)) for e in events],
       "dates":list(dates),"key_messages":list(km)}
    json.dump(d,open(stem+'.json','w'),ensure_ascii=False,indent=1)
