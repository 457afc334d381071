import json, os, re, sys
sys.argv = ['x', 'eval/blind44']
src = open('eval/check_gold.py').read().split('base = ')[0]
exec(src)
B = 'eval/blind44'
for g in sorted(os.listdir(B + '/gold')):
    d = json.load(open(f'{B}/gold/{g}'))
    t = read_doc(f"{B}/docs/{d['doc']}")
    t = re.sub(r'<[^>]+>', ' ', t)
    allv = ' '.join(d['dates'] + [str(e['start']) + ' ' + str(e['end']) for e in d['events']])
    yrs = sorted(set(re.findall(r'\b(?:19|20)\d\d\b', t)))
    miss = [y for y in yrs if y not in allv]
    gs = ' '.join([p['name'] + ' ' + (p['role'] or '') + ' ' + (p['organisation'] or '') for p in d['people']] +
                  [o['name'] + ' ' + (o['acronym'] or '') for o in d['organisations']] + [e['name'] + ' ' + (e['city'] or '') for e in d['events']])
    caps = sorted(set(m for m in re.findall(r"\b[A-ZÀ-Ž][\w'’.-]+(?: (?:[A-ZÀ-Ž][\w'’.-]+|de|di|van|von|der|i|of|for|and|la|del|da))* [A-ZÀ-Ž][\w'’.-]+", t) if m not in gs))
    print('==', g, 'years not in gold:', miss)
    print('   caps:', '; '.join(caps)[:1500])
