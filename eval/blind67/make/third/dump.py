import sys, os, html, importlib.util
spec = importlib.util.spec_from_file_location('cg', 'eval/check_gold.py')
src = open('eval/check_gold.py').read().split('base = os.path')[0]
ns = {}; exec(src, ns)
for f in sorted(os.listdir('eval/blind67/docs')):
    t = ns['read_doc']('eval/blind67/docs/'+f)
    if f.endswith('.html'): t = html.unescape(t)
    print('='*20, f); print(t)
