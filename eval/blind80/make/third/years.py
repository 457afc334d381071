import json, os, re, sys
src = open('eval/check_gold.py').read().split('base = ')[0]; ns = {}; exec(src, ns)
B = 'eval/blind80'
for g in sorted(os.listdir(B+'/gold')):
    d = json.load(open(f'{B}/gold/{g}')); t = re.sub(r'\s+', ' ', ns['read_doc'](f"{B}/docs/{d['doc']}"))
    ys = set(d['dates']); flat = ' '.join(ys)
    out = []
    for m in re.finditer(r'(19|20)\d\d', t):
        y = m.group(0)
        out.append(t[max(0, m.start()-30):m.end()+8].replace('\n', ' ') + ('' if y in flat else '  <<NO'))
    print('==', g, sorted(ys)); print('\n'.join('   ' + o for o in out if o.endswith('<<NO')))
