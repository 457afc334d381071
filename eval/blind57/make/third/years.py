"""Third pass: every year (19xx/20xx) in each document whose value is in none of the gold dates, with its context."""
import json, os, re, html
ns = {}; exec(open('eval/check_gold.py').read().split('base = os.path')[0], ns)
B = 'eval/blind57'
for g in sorted(os.listdir(B + '/gold')):
    d = json.load(open(f'{B}/gold/{g}'))
    t = ns['read_doc'](f"{B}/docs/{d['doc']}")
    t = re.sub(r'\s+', ' ', html.unescape(t))
    cover = set(re.findall(r'\d{4}', ' '.join(d['dates'])))
    for m in re.finditer(r'(?<!\d)(19|20)\d\d(?!\d)', t):
        if m.group() not in cover:
            print(g[:30], m.group(), '|', t[max(0, m.start()-60):m.end()+30])
