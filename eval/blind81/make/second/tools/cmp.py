import json,sys,glob,os
os.chdir('/work/wt/blind81')
for s in sys.argv[1:]:
    g=json.load(open(glob.glob(f'eval/blind81/gold/{s}*.json')[0]))
    m=json.load(open(glob.glob(f'eval/blind81/make/second/{s}*.json')[0]))
    print('=====',s,'pub gold',g['published_date'],'mine',m['published_date'])
    for k,key in [('people','name'),('organisations','name'),('events','name')]:
        gm={x[key]:x for x in g[k]}; mm={x[key]:x for x in m[k]}
        for n in gm:
            if n not in mm: print('  GOLD ONLY',k,gm[n])
            elif gm[n]!=mm[n]: print('  DIFF',k,'gold',gm[n],'\n        mine',mm[n])
        for n in mm:
            if n not in gm: print('  MINE ONLY',k,mm[n])
    print('  dates gold-only',sorted(set(g['dates'])-set(m['dates'])),'mine-only',sorted(set(m['dates'])-set(g['dates'])))
    print('  km gold',len(g['key_messages']),'mine',len(m['key_messages']))
    for x in g['key_messages']:
        if x not in m['key_messages']: print('  KM gold-only',x)
    for x in m['key_messages']:
        if x not in g['key_messages']: print('  KM mine-only',x)
