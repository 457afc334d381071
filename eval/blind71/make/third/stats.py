import json, glob, subprocess
tot={}
def add(k,v): tot[k]=tot.get(k,0)+v
for f in sorted(glob.glob('[0-9]*.json')):
    m=json.load(open(f)); g=json.loads(subprocess.run(['git','show','0bb99c38:eval/blind71/gold/'+f],capture_output=True,text=True).stdout)
    mp={p['name']:p for p in m['people']}; gp={p['name']:p for p in g['people']}
    add('people gold',len(gp)); add('people shared',len(mp.keys()&gp.keys())); add('people identical',sum(mp[n]==gp[n] for n in mp.keys()&gp.keys()))
    mo={o['name']:o for o in m['organisations']}; go={o['name']:o for o in g['organisations']}
    add('orgs gold',len(go)); add('orgs mine',len(mo)); add('orgs shared',len(mo.keys()&go.keys()))
    me={e['name']:e for e in m['events']}; ge={e['name']:e for e in g['events']}
    add('events gold',len(ge)); add('events mine',len(me)); add('events shared',len(me.keys()&ge.keys())); add('events identical',sum(me[n]==ge[n] for n in me.keys()&ge.keys()))
    add('dates gold',len(g['dates'])); add('dates mine',len(m['dates'])); add('dates shared',len(set(m['dates'])&set(g['dates'])))
    add('km gold',len(g['key_messages'])); add('km shared',len(set(m['key_messages'])&set(g['key_messages'])))
    add('pub same',m['published_date']==g['published_date'])
print(tot)
