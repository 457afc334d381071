import sys, importlib.util, re, html
sys.argv_saved = sys.argv
src = open('eval/check_gold.py').read().split('base = os.path')[0]
ns = {}; exec(src, ns)
p = sys.argv[1]
t = ns['read_doc'](p)
if p.endswith('.html'): t = html.unescape(t)
print(t)
