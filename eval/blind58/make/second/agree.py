"""Agreement of make/second/<stem>.json with the first-pass gold (git HEAD 9296b7d6), before fix.py."""
import json, os, subprocess
tot = {k: [0, 0, 0] for k in ("people", "organisations", "events", "dates", "key_messages")}; ro = [0, 0]
for f in sorted(os.listdir("eval/blind58/gold")):
    s = f[:-5]
    g = json.loads(subprocess.check_output(["git", "show", f"9296b7d6:eval/blind58/gold/{f}"]))
    a = json.load(open(f"eval/blind58/make/second/{f}"))
    for k in tot:
        key = {"people": lambda x: x['name'], "organisations": lambda x: x['name'],
               "events": lambda x: (x['start'], x['end']), "dates": lambda x: x, "key_messages": lambda x: x}[k]
        A = {key(x) for x in a[k]}; Gs = {key(x) for x in g[k]}
        tot[k][0] += len(A & Gs); tot[k][1] += len(A - Gs); tot[k][2] += len(Gs - A)
    gp = {x['name']: x for x in g['people']}
    for x in a['people']:
        if x['name'] in gp: ro[0] += 1; ro[1] += x == gp[x['name']]
print({k: dict(shared=v[0], mine_only=v[1], gold_only=v[2]) for k, v in tot.items()}, "role+org identical", ro[1], "of", ro[0])
