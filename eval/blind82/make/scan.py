"""Lists, per document, capitalised sequences not covered by any gold string (for the README's exclusions)."""
import json, os, re, sys, html
sys.argv = ['x', os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')]
src = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../check_gold.py')).read()
ns = {}
exec(src.split('base = ')[0], ns)
B = sys.argv[1]
for g in sorted(os.listdir(B+'/gold')):
    d = json.load(open(B+'/gold/'+g))
    t = ns['read_doc'](B+'/docs/'+d['doc'])
    t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    cov = [x['name'] for x in d['people']] + [x['role'] or '' for x in d['people']] + [x['organisation'] or '' for x in d['people']]
    cov += [x['name'] for x in d['organisations']] + [x['acronym'] or '' for x in d['organisations']]
    cov += [x['name'] for x in d['events']] + [x['city'] or '' for x in d['events']] + d['key_messages']
    blob = ' | '.join(cov)
    seqs = set(re.findall(r"\b[A-ZÀ-ÝĀ-ŽΑ-ΩÞ][\w'’\-–&.]*(?:\s+(?:of|for|and|the|de|da|do|dos|van|der|zu|von|la|i|u|za|и|και|της|του)?\s*[A-ZÀ-ÝĀ-ŽΑ-ΩÞ][\w'’\-–&.]*)*", t))
    un = sorted(s for s in seqs if s not in blob and len(s) > 2)
    print(g, len(un)); print('   ', '; '.join(un))
