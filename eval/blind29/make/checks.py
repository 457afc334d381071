import json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..'))
import importlib.util
spec = importlib.util.spec_from_file_location('cg', os.path.join(os.path.dirname(__file__), '..', '..', 'check_gold.py'))
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
src = open(os.path.join(B, '..', 'check_gold.py')).read()
ns = {}; exec(src.split('base = ')[0], ns); read_doc = ns['read_doc']
for g in sorted(os.listdir(os.path.join(B, 'gold'))):
    G = json.load(open(os.path.join(B, 'gold', g)))
    t = read_doc(os.path.join(B, 'docs', G['doc']))
    t = re.sub(r'<[^>]+>', ' ', t)
    cov = ' '.join([p['name'] + ' ' + (p['role'] or '') + ' ' + (p['organisation'] or '') for p in G['people']] +
                   [o['name'] + ' ' + (o['acronym'] or '') for o in G['organisations']] + [e['name'] + ' ' + (e['city'] or '') for e in G['events']])
    caps = set(m for m in re.findall(r"(?:[A-ZÀ-ÝŁŚŻŹĆŃČŠŽŘĽ][\w'’&.-]+(?:\s+(?:of|de|di|da|the|du|della|van|der)?\s*[A-ZÀ-ÝŁŚŻŹĆŃČŠŽŘĽ][\w'’&.-]+)+)", t) if m not in cov)
    years = sorted(set(re.findall(r'\b(20[2-4]\d|19\d\d)\b', t)))
    alld = ' '.join(G['dates'] + [str(e['start']) + str(e['end']) for e in G['events']])
    miss = [y for y in years if y not in alld]
    print('==', g, 'years not in dates/events:', miss)
    print('   caps:', sorted(caps)[:60])
