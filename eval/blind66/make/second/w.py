import json,sys
def W(stem,doc,pub,P,O,E,D,K=()):
    d=dict(doc=doc,source_url=None,published_date=pub,
      people=[dict(name=a,role=b,organisation=c) for a,b,c in P],
      organisations=[dict(name=a,acronym=b) for a,b in O],
      events=[dict(name=a,start=b,end=c,city=d_,country=e) for a,b,c,d_,e in E],
      dates=list(dict.fromkeys(D)),key_messages=list(K))
    json.dump(d,open(__file__.rsplit('/',1)[0]+'/'+stem+'.json','w'),ensure_ascii=False,indent=1)
