"""Agreement of my own lists (this folder) with the first/second-pass gold as it was before my edits (git HEAD~0 before fix.py: pass --head)."""
import json, glob, os, subprocess, collections
tot = collections.Counter()
for p in sorted(glob.glob('*.json')):
    stem = p[:-5]; m = json.load(open(p))
    g = json.loads(subprocess.run(['git', 'show', f'8304a09e:eval/blind59/gold/{stem}.json'], capture_output=True, text=True).stdout)
    for k, f in [('people', lambda x: x['name']), ('organisations', lambda x: x['name']),
                 ('events', lambda x: (x['start'], x['end'])), ('events_named', lambda x: x['name']),
                 ('dates', lambda x: x), ('key_messages', lambda x: x)]:
        kk = 'events' if k == 'events_named' else k
        a = collections.Counter(map(f, m[kk])); b = collections.Counter(map(f, g[kk]))
        tot[k + ' common'] += sum((a & b).values()); tot[k + ' mine'] += sum(a.values()); tot[k + ' gold'] += sum(b.values())
    r = lambda L: {x['name']: (x['role'], x['organisation']) for x in L}
    a, b = r(m['people']), r(g['people'])
    tot['people same role'] += sum(1 for n in a if n in b and a[n][0] == b[n][0])
    tot['people same org'] += sum(1 for n in a if n in b and a[n][1] == b[n][1])
for k in sorted(tot): print(k, tot[k])
