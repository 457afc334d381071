import json, os, re, sys, html
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..'))
import importlib.util
spec = importlib.util.spec_from_file_location('cg', os.path.join(os.path.dirname(__file__), '..', '..', 'check_gold.py'))
src = open(spec.origin).read(); ns = {}
exec(src.split('base = ')[0], ns); read_doc = ns['read_doc']
B = os.path.join(os.path.dirname(__file__), '..')
for g in sorted(os.listdir(B+'/gold')):
    d = json.load(open(B+'/gold/'+g)); p = B+'/docs/'+d['doc']
    t = read_doc(p)
    if p.endswith('.html'): t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    gs = ' '.join([x['name']+' '+str(x['role'])+' '+str(x['organisation']) for x in d['people']] + [x['name']+' '+str(x['acronym']) for x in d['organisations']] + [x['name']+' '+str(x['city']) for x in d['events']] + d['key_messages'])
    caps = set(m.group(0) for m in re.finditer(r"\b[A-ZÁ-Ž][\w'’\-]+(?:\s+(?:of|de|do|der|van|the|and|&|für|di|du)?\s*[A-ZÁ-Ž][\w'’\-]+)+", t))
    miss = sorted(c for c in caps if c not in gs)
    yrs = sorted(set(re.findall(r'\b(1[89]\d\d|20[0-4]\d)\b', t)))
    alld = ' '.join(d['dates'] + [str(e['start'])+' '+str(e['end']) for e in d['events']])
    ymiss = [y for y in yrs if y not in alld]
    print('==', g); print('  caps not in gold:', miss[:60]); print('  years not in dates:', ymiss)
