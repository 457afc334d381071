import json,sys
for stem in sys.argv[1:]:
    a=json.load(open(stem+'.json')); g=json.load(open('../../gold/'+stem+'.json'))
    print('=====',stem,'pub mine',a['published_date'],'gold',g['published_date'])
    for k,key in [('people',lambda x:x['name']),('organisations',lambda x:x['name']),('events',lambda x:(x['start'],x['end']))]:
        A={key(x):x for x in a[k]}; G={key(x):x for x in g[k]}
        for x in A:
            if x not in G: print(' -',k,'ONLY MINE',A[x])
            elif A[x]!=G[x] and k!='events': print(' ~',k,'mine',A[x],'\n      gold',G[x])
            elif k=='events' and (A[x]['city'],A[x]['country'])!=(G[x]['city'],G[x]['country']): print(' ~ ev place mine',A[x],'\n      gold',G[x])
        for x in G:
            if x not in A: print(' +',k,'ONLY GOLD',G[x])
    for x in a['dates']:
        if x not in g['dates']: print(' - date ONLY MINE',x)
    for x in g['dates']:
        if x not in a['dates']: print(' + date ONLY GOLD',x)
    if a['key_messages']!=g['key_messages']: print(' KM mine',a['key_messages'],'\n gold',g['key_messages'])
