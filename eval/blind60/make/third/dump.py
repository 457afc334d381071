import sys, os, html
sys.path.insert(0, 'eval')
import importlib.util
spec = importlib.util.spec_from_file_location('cg', 'eval/check_gold.py')
src = open('eval/check_gold.py').read().split("base = os.path")[0]
ns = {}; exec(src, ns)
for f in sorted(os.listdir('eval/blind60/docs')):
    t = ns['read_doc']('eval/blind60/docs/'+f)
    if f.endswith('.html'): t = html.unescape(t)
    print('=====', f); print(t)
