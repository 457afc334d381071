import json, os
B='eval/blind76/'
for f in sorted(os.listdir(B+'gold')):
    g=json.load(open(B+'gold/'+f)); m=json.load(open(B+'make/third/'+f))
    out=[]
    if g['published_date']!=m['published_date']: out.append(f"  pub gold={g['published_date']} mine={m['published_date']}")
    gp={x['name']:x for x in g['people']}; mp={x['name']:x for x in m['people']}
    for n in gp.keys()|mp.keys():
        if n not in mp: out.append(f"  P gold-only {gp[n]}")
        elif n not in gp: out.append(f"  P mine-only {mp[n]}")
        elif gp[n]!=mp[n]: out.append(f"  P diff gold={gp[n]['role']}|{gp[n]['organisation']}  mine={mp[n]['role']}|{mp[n]['organisation']}  ({n})")
    go={x['name']:x['acronym'] for x in g['organisations']}; mo={x['name']:x['acronym'] for x in m['organisations']}
    for n in go.keys()|mo.keys():
        if n not in mo: out.append(f"  O gold-only {n}|{go[n]}")
        elif n not in go: out.append(f"  O mine-only {n}|{mo[n]}")
        elif go[n]!=mo[n]: out.append(f"  O acr gold={go[n]} mine={mo[n]} ({n})")
    ge=[tuple(x.values()) for x in g['events']]; me=[tuple(x.values()) for x in m['events']]
    for e in ge:
        if e not in me: out.append(f"  E gold {e}")
    for e in me:
        if e not in ge: out.append(f"  E mine {e}")
    for d in set(g['dates'])-set(m['dates']): out.append(f"  D gold-only {d}")
    for d in set(m['dates'])-set(g['dates']): out.append(f"  D mine-only {d}")
    for k in g['key_messages']:
        if k not in m['key_messages']: out.append(f"  K gold-only {k[:80]}")
    for k in m['key_messages']:
        if k not in g['key_messages']: out.append(f"  K mine-only {k[:80]}")
    print(f, len(out)); print('\n'.join(sorted(out)))
