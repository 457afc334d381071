import json, os, re, sys
sys.path.insert(0, '/work/wt/blind32/eval')
import importlib.util
spec = importlib.util.spec_from_file_location('cg', '/work/wt/blind32/eval/check_gold.py')
src = open('/work/wt/blind32/eval/check_gold.py').read()
ns = {}; exec(src.split('base = ')[0], ns); read_doc = ns['read_doc']
B = '/work/wt/blind32/eval/blind32'
for g in sorted(os.listdir(B+'/gold')):
    d = json.load(open(B+'/gold/'+g)); t = read_doc(B+'/docs/'+d['doc'])
    t = re.sub(r'<[^>]+>', ' ', t); n = re.sub(r'\s+', ' ', t)
    gs = ' || '.join([p['name'] for p in d['people']] + [p['role'] or '' for p in d['people']] + [o['name'] for o in d['organisations']] + [o['acronym'] or '' for o in d['organisations']] + [e['name'] for e in d['events']])
    caps = set(re.findall(r"\b[A-ZÀ-ÝŠŽČ][\w'’\-]+(?:\s+(?:of|the|and|de|del|di|für|for|van|der|von|&|–)?\s*[A-ZÀ-ÝŠŽČ][\w'’\-]+)+", n))
    miss = sorted(c for c in caps if c not in gs)
    ds = ' '.join(d['dates'] + [e['start'] or '' for e in d['events']] + [e['end'] or '' for e in d['events']] + [d['published_date'] or ''])
    yrs = sorted(set(y for y in re.findall(r'\b(1[89]\d\d|20\d\d)\b', n) if y not in ds))
    print('==', g); print('  caps:', miss); print('  years not in dates:', yrs)
