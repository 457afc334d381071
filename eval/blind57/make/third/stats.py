"""Third pass: agreement of the own lists (make/third) with the gold as committed before this pass (git HEAD)."""
import json, os, subprocess
B = 'eval/blind57'
T = dict(pn=0, pg=0, pm=0, pid=0, on=0, og=0, om=0, oid=0, en=0, eg=0, em=0, eid=0, dn=0, dg=0, dm=0, kn=0, kg=0, km=0, pub=0)
for f in sorted(os.listdir(B + '/gold')):
    g = json.loads(subprocess.check_output(['git', 'show', f'HEAD:{B}/gold/{f}']))
    a = json.load(open(f'{B}/make/third/{f}'))
    for k, c in (('people', 'p'), ('organisations', 'o'), ('events', 'e')):
        A = [x['name'] for x in a[k]]; G = [x['name'] for x in g[k]]
        T[c+'n'] += len(set(A) & set(G)); T[c+'g'] += len(set(G) - set(A)); T[c+'m'] += len(set(A) - set(G))
        T[c+'id'] += sum(1 for x in a[k] if x in g[k])
    T['dn'] += len(set(a['dates']) & set(g['dates'])); T['dg'] += len(set(g['dates']) - set(a['dates'])); T['dm'] += len(set(a['dates']) - set(g['dates']))
    T['kn'] += len(set(a['key_messages']) & set(g['key_messages'])); T['kg'] += len(set(g['key_messages']) - set(a['key_messages'])); T['km'] += len(set(a['key_messages']) - set(g['key_messages']))
    T['pub'] += a['published_date'] == g['published_date']
print(T)
