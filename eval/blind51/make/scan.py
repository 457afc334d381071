import json, os, re, sys, html
sys.path.insert(0, '/work/wt/blind51/eval')
import importlib.util
spec = importlib.util.spec_from_file_location("cg", "/work/wt/blind51/eval/check_gold.py")
src = open("/work/wt/blind51/eval/check_gold.py").read()
ns = {}
exec(src.split("base = ")[0], ns)
read_doc = ns['read_doc']
B = '/work/wt/blind51/eval/blind51'
for g in sorted(os.listdir(B+'/gold')):
    d = json.load(open(B+'/gold/'+g)); t = read_doc(B+'/docs/'+d['doc'])
    if d['doc'].endswith('.html'): t = re.sub(r'<[^>]+>', ' ', t)
    cov = ' '.join([p['name'] for p in d['people']] + [p['role'] or '' for p in d['people']] + [o['name'] + ' ' + (o['acronym'] or '') for o in d['organisations']])
    caps = set(re.findall(r"\b[A-ZÀ-Ý][\w'’\-]+(?: (?:[A-ZÀ-Ý][\w'’\-]+|de|di|van|von|der|du|des|la|of|for|and|&|dos|da|della))* [A-ZÀ-Ý][\w'’\-]+", t))
    miss = sorted(c for c in caps if c not in cov)
    yrs = sorted(set(re.findall(r'\b(20[2-4]\d)\b', t)))
    dstr = ' '.join(d['dates']) + ' ' + ' '.join((e['start'] or '') + (e['end'] or '') for e in d['events'])
    print('==', g, '| years not in dates:', [y for y in yrs if y not in dstr])
    print('   ', '; '.join(miss)[:1500])
