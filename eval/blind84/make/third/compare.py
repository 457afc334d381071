import json,os
B='/work/wt/blind84/eval/blind84'
tot=dict(pub=0,pn=0,role=0,org=0,pg=0,pm=0,eg=0,em=0,dg=0,dm=0,dc=0,kg=0,km=0)
for f in sorted(os.listdir(B+'/make/third')):
    m=json.load(open(B+'/make/third/'+f)); g=json.load(open(B+'/gold/'+f))
    print('=====',f)
    if m['published_date']!=g['published_date']: print(' PUB mine',m['published_date'],'gold',g['published_date'])
    else: tot['pub']+=1
    gp={p['name']:p for p in g['people']}; mp={p['name']:p for p in m['people']}
    tot['pg']+=len(gp); tot['pm']+=len(mp)
    for n in sorted(set(gp)|set(mp)):
        if n not in gp: print(' PERSON only mine',mp[n]); continue
        if n not in mp: print(' PERSON only gold',gp[n]); continue
        tot['pn']+=1
        a,b=mp[n],gp[n]
        if a['role']==b['role']: tot['role']+=1
        if a['organisation']==b['organisation']: tot['org']+=1
        if a['role']!=b['role'] or a['organisation']!=b['organisation']:
            print(f"  {n}: mine [{a['role']} | {a['organisation']}]  gold [{b['role']} | {b['organisation']}]")
    tot['eg']+=len(g['events']); tot['em']+=len(m['events'])
    print(' EV gold:'); [print('   ',e) for e in g['events']]
    print(' EV mine:'); [print('   ',e) for e in m['events']]
    gd,md=set(g['dates']),set(m['dates']); tot['dg']+=len(gd); tot['dm']+=len(md); tot['dc']+=len(gd&md)
    print(' DATES only gold',sorted(gd-md),' only mine',sorted(md-gd))
    tot['kg']+=len(g['key_messages']); tot['km']+=m['key_messages_count']
    if len(g['key_messages'])!=m['key_messages_count']: print(' KM gold',len(g['key_messages']),'mine',m['key_messages_count'])
    if m['organisations']:
        go={o['name'] for o in g['organisations']}; mo=set(m['organisations'])
        print(' ORG only gold',sorted(go-mo),' only mine',sorted(mo-go))
print(tot)
