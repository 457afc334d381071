import sys, os, json, re
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..'))
import importlib.util
spec = importlib.util.spec_from_file_location('cg', 'eval/check_gold.py')
B = 'eval/blind100'
src = open('eval/check_gold.py').read()
exec(src.split("base =")[0])
for g in sorted(os.listdir(B+'/gold')):
    d = json.load(open(B+'/gold/'+g)); t = read_doc(B+'/docs/'+d['doc']); t = re.sub(r'<[^>]+>', ' ', t)
    cov = ' '.join([p['name'] for p in d['people']] + [str(p['role']) for p in d['people']] + [str(p['organisation']) for p in d['people']]
                   + [o['name'] for o in d['organisations']] + [str(o['acronym']) for o in d['organisations']] + [e['name'] for e in d['events']] + [str(e['city']) for e in d['events']])
    seqs = set(re.findall(r'(?:[A-ZÀ-ÖØ-ÞĀ-ŽА-Я][\w’\'\-&]+(?:\s+(?:of|the|and|for|de|la|del|i|na|pro|za|v|för|och|og|a|di|do)?\s*[A-ZÀ-ÖØ-ÞĀ-ŽА-Я][\w’\'\-&]+)+)', t))
    miss = sorted(s for s in seqs if s not in cov)
    print(g, '|', '; '.join(miss))
