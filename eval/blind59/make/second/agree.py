"""Agreement of the second pass's own lists (make/second/*.json) with the first-pass gold at HEAD~0 of the set's commit 07bf9f3a."""
import json, subprocess, glob, os
F = {'people': lambda x: x['name'], 'organisations': lambda x: x['name'], 'events': lambda x: (x['start'], x['end']), 'dates': lambda x: x, 'key_messages': lambda x: x}
tot = {k: [0, 0, 0] for k in F}
for p in sorted(glob.glob('eval/blind59/make/second/*.json')):
    stem = os.path.basename(p)[:-5]
    a = json.load(open(p)); g = json.loads(subprocess.check_output(['git', 'show', f'07bf9f3a:eval/blind59/gold/{stem}.json']))
    for k, f in F.items():
        A = [f(x) for x in a[k]]; G = [f(x) for x in g[k]]
        m = sum(min(A.count(v), G.count(v)) for v in set(A))
        tot[k][0] += len(A); tot[k][1] += len(G); tot[k][2] += m
for k, (na, ng, m) in tot.items(): print(f"{k}: mine {na}, first-pass gold {ng}, matched {m} (by name; events by start/end)")
