import json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..'))
import importlib.util
spec = importlib.util.spec_from_file_location('cg', os.path.join(os.path.dirname(__file__), '..', '..', 'check_gold.py'))
src = open(spec.origin).read().split("base = os.path.abspath")[0]
ns = {}; exec(src, ns); read_doc = ns['read_doc']
import html as H
B = os.path.join(os.path.dirname(__file__), '..')
for g in sorted(os.listdir(B + '/gold')):
    d = json.load(open(B + '/gold/' + g)); p = B + '/docs/' + d['doc']
    t = read_doc(p)
    if p.endswith('.html'): t = H.unescape(re.sub(r'<[^>]+>', ' ', t))
    t = re.sub(r'\s+', ' ', t)
    strs = [x['name'] for x in d['people']] + [x['organisation'] or '' for x in d['people']] + [x['role'] or '' for x in d['people']]
    strs += [x['name'] for x in d['organisations']] + [x['acronym'] or '' for x in d['organisations']]
    strs += [x['name'] for x in d['events']] + [x['city'] or '' for x in d['events']] + d['key_messages']
    cov = ' | '.join(strs)
    seqs = set(re.findall(r"\b[A-ZÀ-Ž][\w'’À-ž\.-]*(?:\s+(?:[A-ZÀ-Ž][\w'’À-ž\.-]*|of|de|di|van|der|von|la|del|i|&|du|für|–))*\s+[A-ZÀ-Ž][\w'’À-ž\.-]*", t))
    miss = sorted(s for s in seqs if s not in cov)
    print('=====', g); print('  CAPS:', miss)
    yrs = sorted(set(re.findall(r'\b(20[0-9]{2}|19[0-9]{2})\b', t)))
    gy = ' '.join(d['dates'] + [str(x['start']) + str(x['end']) for x in d['events']])
    print('  YEARS not in gold:', [y for y in yrs if y not in gy])
    months = 'January|February|March|April|May|June|July|August|September|October|November|December|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec'
    print('  DAYMONTH:', sorted(set(re.findall(r'\b\d{1,2}(?:[–-]\d{1,2})?\.? (?:%s)\b(?: \d{4})?' % months, t))))
    print('  NUMERIC:', sorted(set(re.findall(r'\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b', t))))
    print('  GOLD dates:', d['dates'])
