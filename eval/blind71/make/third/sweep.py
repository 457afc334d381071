import json, glob, re, os, html
src = open('/work/wt/blind71/eval/check_gold.py').read().split('base = os.path')[0]
ns = {}; exec(src, ns)
for g in sorted(glob.glob('/work/wt/blind71/eval/blind71/gold/*.json')):
    d = json.load(open(g)); p = '/work/wt/blind71/eval/blind71/docs/'+d['doc']
    t = ns['read_doc'](p)
    if p.endswith('.html'):
        t = re.sub(r'<(script|style)[^>]*>.*?</\1>', '', t, flags=re.S); t = re.sub(r'<[^>]+>', ' ', html.unescape(t))
    t = re.sub(r'\s+', ' ', t)
    blob = json.dumps(d, ensure_ascii=False)
    yrs = sorted(set(re.findall(r'\b(20\d\d)\b', t)) - set(re.findall(r'(20\d\d)', ' '.join(d['dates']))))
    strs = [p_['name'] for p_ in d['people']] + [o['name'] for o in d['organisations']] + [o['acronym'] or '' for o in d['organisations']] + [e['name'] for e in d['events']] + [e['city'] or '' for e in d['events']] + [p_['role'] or '' for p_ in d['people']] + [p_['organisation'] or '' for p_ in d['people']]
    caps = set(re.findall(r"\b[A-ZÀ-Ý][\w'’&.-]*(?:\s+(?:[A-ZÀ-Ý][\w'’&.-]*|de|di|del|della|of|the|for|du|des|la|le|und|für|u|za|i))*", t))
    miss = sorted(c for c in caps if len(c)>3 and not any(c in s or s and s in c and len(s)>len(c)-3 for s in strs))
    print('==', os.path.basename(g), 'years not in dates:', yrs)
    print('   caps:', '; '.join(miss))
