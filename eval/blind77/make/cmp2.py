import json,os,sys
b=os.path.dirname(os.path.abspath(__file__))+'/..'
for f in sorted(os.listdir(b+'/make/second')):
    if len(sys.argv)>1 and not any(a in f for a in sys.argv[1:]): continue
    s=json.load(open(b+'/make/second/'+f)); g=json.load(open(b+'/gold/'+f))
    print('#####',f,'pub',s['published_date'],g['published_date'])
    def show(k,key):
        sm={key(x):x for x in s[k]}; gm={key(x):x for x in g[k]}
        for n in sm:
            if n not in gm: print(f' {k} ONLY-ME',sm[n])
            elif sm[n]!=gm[n]: print(f' {k} DIFF me',sm[n],'\n      gold',gm[n])
        for n in gm:
            if n not in sm: print(f' {k} ONLY-GOLD',gm[n])
    show('people',lambda x:x['name']); show('organisations',lambda x:x['name'])
    for e in g['events']: print('  gold ev',e)
    for e in s['events']: print('  me   ev',e)
    print(' dates only me',sorted(set(s['dates'])-set(g['dates'])),' only gold',sorted(set(g['dates'])-set(s['dates'])))
    print(' km me',len(s['key_messages']),'gold',len(g['key_messages']), 'diff', [k for k in g['key_messages'] if k not in s['key_messages']])
