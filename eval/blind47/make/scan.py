import json, os, re, sys
import importlib.util
spec = importlib.util.spec_from_file_location('cg', '/dev/null')
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
# reuse check_gold's reader
src = open(os.path.join(B, '..', 'check_gold.py')).read().split('base = ')[0]
ns = {}; exec(src, ns); read_doc = ns['read_doc']
import html
for g in sorted(os.listdir(B+'/gold')):
    d = json.load(open(B+'/gold/'+g)); txt = read_doc(B+'/docs/'+d['doc'])
    txt = html.unescape(re.sub(r'<[^>]+>', ' ', txt)); norm = re.sub(r'\s+', ' ', txt)
    ds = ' '.join(d['dates'] + [str(e['start']) + str(e['end']) for e in d['events']])
    yrs = sorted(set(re.findall(r'\b(20[2-4]\d)\b', norm)))
    miss = [y for y in yrs if y not in ds]
    strs = set()
    for x in d['people']: strs |= {x['name'], x['role'] or '', x['organisation'] or ''}
    for x in d['organisations']: strs |= {x['name'], x['acronym'] or ''}
    for x in d['events']: strs |= {x['name'], x['city'] or ''}
    cov = ' | '.join(strs)
    caps = re.findall(r"\b(?:[A-ZÀ-ÞŁŚŻŹĆŃ][\w'’&.-]+(?:\s+(?:of|de|der|van|di|du|la|le|des|do|da|dos|for|and|und|i|&|the|von)?\s*[A-ZÀ-ÞŁŚŻŹĆŃ][\w'’&.-]+)+)", norm)
    unc = sorted(set(c for c in caps if c not in cov))
    print('==', g, 'years not in dates:', miss); print('   ', '; '.join(unc)[:2500])
