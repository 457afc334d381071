import json, sys
for stem in sys.argv[1:]:
    m=json.load(open(stem+'.json')); g=json.load(open('../../gold/'+stem+'.json'))
    print('=====',stem,'pub',m['published_date'],g['published_date'])
    def key(k,x):
        return x['name'] if k!='dates' else x
    for k in ['people','organisations','events']:
        mm={};gg={}
        for x in m[k]: mm.setdefault(x['name'],[]).append(x)
        for x in g[k]: gg.setdefault(x['name'],[]).append(x)
        for n in mm:
            if n not in gg: print(' MINE only',k,mm[n])
            elif mm[n]!=gg[n]: print(' DIFF',k,'\n   mine',mm[n],'\n   gold',gg[n])
        for n in gg:
            if n not in mm: print(' GOLD only',k,gg[n])
    md,gd=set(m['dates']),set(g['dates'])
    print(' dates mine-only',sorted(md-gd),' gold-only',sorted(gd-md))
    print(' KM',len(m['key_messages']),len(g['key_messages']))
    for a in g['key_messages']: print('   -',a[:110])
