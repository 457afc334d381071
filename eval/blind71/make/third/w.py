import json, glob, os
def w(stem, P=(), O=(), E=(), D=(), K=(), pub=None, url=None):
    doc = [os.path.basename(p) for p in glob.glob('/work/wt/blind71/eval/blind71/docs/'+stem+'*')][0]
    d = {"doc": doc, "source_url": url, "published_date": pub,
         "people": [dict(name=a, role=b, organisation=c) for a,b,c in P],
         "organisations": [dict(name=a, acronym=b) for a,b in O],
         "events": [dict(name=a, start=b, end=c or b, city=e, country=f) for a,b,c,e,f in E],
         "dates": list(dict.fromkeys(D)), "key_messages": list(K)}
    open(os.path.splitext(doc)[0]+'.json','w').write(json.dumps(d, ensure_ascii=False, indent=1))
