import sys, os, html, re
src = open('../../../check_gold.py').read().split('base = os.path.abspath')[0]
src = open('../../../check_gold.py').read().split('base = os.path.abspath')[0]
ns = {}; exec(src, ns)
for f in sorted(os.listdir('../../docs')):
    t = ns['read_doc']('../../docs/'+f)
    if f.endswith('.html'): t = html.unescape(t)
    open('txt/'+os.path.splitext(f)[0]+'.txt','w').write(t)
