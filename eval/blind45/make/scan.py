import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
exec(open(os.path.join(base,'..','check_gold.py')).read().split('base = ')[0])
for g in sorted(os.listdir(base+'/gold')):
    d = json.load(open(base+'/gold/'+g)); txt = read_doc(base+'/docs/'+d['doc'])
    txt = re.sub(r'<[^>]+>',' ',txt)
    cov = ' '.join([p['name'] for p in d['people']]+[o['name'] for o in d['organisations']]+[o['acronym'] or '' for o in d['organisations']]+[e['name'] for e in d['events']]+[p['role'] or '' for p in d['people']])
    seqs = set(re.findall(r"\b[A-ZÀ-ÞŁŚŻŹĆŃÅÄÖ][\w'’&.-]+(?:\s+(?:de|di|del|der|van|von|la|le|of|the|and|e|y|für|du|des|da|do|ter|el|ap|Ó|Mac|–)?\s*[A-ZÀ-ÞŁŚŻŹĆŃÅÄÖ][\w'’&.-]+)+", txt))
    miss = sorted(s for s in seqs if s not in cov)
    print('==', g); print('   ', ' | '.join(miss))
    print('   YEARS', sorted(set(re.findall(r'\b(20\d\d|19\d\d)\b', txt))), 'DATES', sorted(d['dates']))
