"""Third pass: capitalised word sequences of each document that occur in no gold string (names, roles, orgs, events, cities, key messages)."""
import json, os, re, html, sys
ns = {}; exec(open('eval/check_gold.py').read().split('base = os.path')[0], ns)
B = 'eval/blind57'
for g in sorted(os.listdir(B + '/gold')):
    if len(sys.argv) > 1 and sys.argv[1] not in g: continue
    d = json.load(open(f'{B}/gold/{g}'))
    t = ns['read_doc'](f"{B}/docs/{d['doc']}")
    t = re.sub(r'<[^>]+>', ' ', html.unescape(t)); t = re.sub(r'\s+', ' ', t)
    strs = [x['name'] for k in ('people', 'organisations', 'events') for x in d[k]]
    strs += [x['acronym'] or '' for x in d['organisations']] + [x['role'] or '' for x in d['people']] + [x['city'] or '' for x in d['events']] + d['key_messages']
    blob = ' || '.join(strs)
    seen = set()
    U = r"[A-ZÀ-ÖØ-ÞĀ-ŽΑ-Ω][\w'’.&-]*"
    for m in re.finditer(rf"{U}(?:\s+(?:(?:of|the|and|for|de|da|do|dos|das|del|di|della|e|i|za|v|na|und|für|der|des|du|la|le|von|zu|van|της|του|των)\s+)*{U})+", t):
        s = m.group().strip('.,')
        if s in seen or s in blob: continue
        seen.add(s); print(g[:25], '|', s)
