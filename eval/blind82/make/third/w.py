import json,sys,os
D='/work/wt/blind82/eval/blind82/make/third/'
def w(stem,doc,pub,P,O,E,Dt,K):
    d={"doc":doc,"source_url":None,"published_date":pub,
       "people":[dict(name=a,role=b,organisation=c) for a,b,c in P],
       "organisations":[dict(name=a,acronym=b) for a,b in O],
       "events":[dict(name=a,start=b,end=c,city=x,country=y) for a,b,c,x,y in E],
       "dates":Dt,"key_messages":K}
    json.dump(d,open(D+stem+'.json','w'),ensure_ascii=False,indent=1)
