import json,os,sys
def key(x): return x.lower().strip()
for f in sorted(os.listdir('gold')):
    if len(sys.argv)>1 and sys.argv[1] not in f: continue
    g=json.load(open('gold/'+f)); m=json.load(open('make/second/'+f))
    print('#####',f)
    if g['published_date']!=m['published_date']: print(' PD gold',g['published_date'],'mine',m['published_date'])
    gp={key(p['name']):p for p in g['people']}; mp={key(p['name']):p for p in m['people']}
    for k in gp.keys()-mp.keys(): print(' P gold-only',gp[k])
    for k in mp.keys()-gp.keys(): print(' P mine-only',mp[k])
    for k in gp.keys()&mp.keys():
        if (gp[k]['role'] or '').lower()!=(mp[k]['role'] or '').lower() or gp[k]['organisation']!=mp[k]['organisation']: print(' P diff G',gp[k]['name'],gp[k]['role'],'|',gp[k]['organisation'],' M',mp[k]['role'],'|',mp[k]['organisation'])
    go={key(o['name']):o for o in g['organisations']}; mo={key(o['name']):o for o in m['organisations']}
    for k in go.keys()-mo.keys(): print(' O gold-only',go[k])
    for k in mo.keys()-go.keys(): print(' O mine-only',mo[k])
    for k in go.keys()&mo.keys():
        if go[k]['acronym']!=mo[k]['acronym']: print(' O acr',go[k],mo[k])
    for e in g['events']: print(' E gold',[e[x] for x in ['name','start','end','city','country']])
    for e in m['events']: print(' E mine',[e[x] for x in ['name','start','end','city','country']])
    gd,md=set(g['dates']),set(m['dates'])
    print(' D gold-only',sorted(gd-md)); print(' D mine-only',sorted(md-gd))
    if g['key_messages']!=m['key_messages']: print(' KM gold',g['key_messages'],'\n KM mine',m['key_messages'])
