import json, sys
s = sys.argv[1]
a = json.load(open(f"eval/blind58/make/second/{s}.json")); g = json.load(open(f"eval/blind58/gold/{s}.json"))
print("pub", a['published_date'], g['published_date'])
ap = {p['name']: p for p in a['people']}; gp = {p['name']: p for p in g['people']}
for n in ap.keys() - gp.keys(): print("P mine only", ap[n])
for n in gp.keys() - ap.keys(): print("P gold only", gp[n])
for n in ap.keys() & gp.keys():
    if ap[n] != gp[n]: print("P diff mine", (ap[n]['role'], ap[n]['organisation']), "gold", (gp[n]['role'], gp[n]['organisation']), n)
ao = {o['name']: o for o in a['organisations']}; go = {o['name']: o for o in g['organisations']}
for n in ao.keys() - go.keys(): print("O mine only", ao[n])
for n in go.keys() - ao.keys(): print("O gold only", go[n])
for n in ao.keys() & go.keys():
    if ao[n] != go[n]: print("O diff", ao[n], go[n])
print("E mine:"); [print("  ", tuple(e.values())) for e in a['events']]
print("E gold:"); [print("  ", tuple(e.values())) for e in g['events']]
ad, gd = set(a['dates']), set(g['dates'])
print("D mine only", sorted(ad - gd)); print("D gold only", sorted(gd - ad))
if a['key_messages'] != g['key_messages']: print("KM mine", a['key_messages']); print("KM gold", g['key_messages'])
