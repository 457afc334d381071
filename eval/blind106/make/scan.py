import sys, os, json, re, html
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '../../'))
import importlib.util
spec = importlib.util.spec_from_file_location('cg_read', None)
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
src = open(os.path.join(B, '../check_gold.py')).read().split('base = ')[0]
ns = {}; exec(src, ns)
for g in sorted(os.listdir(B + '/gold')):
    d = json.load(open(B + '/gold/' + g)); t = ns['read_doc'](B + '/docs/' + d['doc'])
    t = re.sub(r'<[^>]+>', ' ', html.unescape(t))
    cov = ' '.join([x['name'] + ' ' + (x.get('role') or '') + ' ' + (x.get('organisation') or '') for x in d['people']]
        + [x['name'] + ' ' + (x['acronym'] or '') for x in d['organisations']] + [x['name'] + ' ' + (x['city'] or '') for x in d['events']] + d['key_messages'])
    seqs = set(re.findall(r"[A-ZÀ-ÞĀ-Ž][\w\-&'.]+(?:\s+(?:of|the|and|for|de|la|del|van|der|für|i|und|&|din|d\.o\.o\.)?\s*[A-ZÀ-ÞĀ-Ž][\w\-&'.]+)+", t))
    miss = sorted(s for s in seqs if s not in cov)
    print(g, '|', '; '.join(miss))
