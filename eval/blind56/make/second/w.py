import json,sys
def W(stem,doc,pub,P,O,E,D,K=[]):
    d=dict(doc=doc,source_url=None,published_date=pub,
      people=[dict(name=a,role=b,organisation=c) for a,b,c in P],
      organisations=[dict(name=a,acronym=b) for a,b in O],
      events=[dict(name=a,start=b,end=c,city=x,country=y) for a,b,c,x,y in E],
      dates=D,key_messages=K)
    json.dump(d,open(stem+'.json','w'),ensure_ascii=False,indent=1)
