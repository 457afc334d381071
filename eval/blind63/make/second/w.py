import json,sys
def W(stem,doc,pub,people,orgs,events,dates,km):
    d=dict(doc=doc,source_url=None,published_date=pub,
      people=[dict(name=a,role=b,organisation=c) for a,b,c in people],
      organisations=[dict(name=a,acronym=b) for a,b in orgs],
      events=[dict(name=a,start=b,end=c,city=d,country=e) for a,b,c,d,e in events],
      dates=dates,key_messages=km)
    json.dump(d,open(stem+'.json','w'),ensure_ascii=False,indent=1)
