import json,sys,glob,os
def W(stem, pub, people, orgs, events, dates, km):
    doc=os.path.basename(glob.glob('../../docs/'+stem+'*')[0])
    d={"doc":doc,"source_url":None,"published_date":pub,
       "people":[{"name":p[0],"role":p[1],"organisation":p[2]} for p in people],
       "organisations":[{"name":o[0],"acronym":o[1] if len(o)>1 else None} for o in orgs],
       "events":[{"name":e[0],"start":e[1],"end":e[2],"city":e[3],"country":e[4]} for e in events],
       "dates":dates,"key_messages":km}
    json.dump(d,open(os.path.splitext(doc)[0]+'.json','w'),ensure_ascii=False,indent=1)
