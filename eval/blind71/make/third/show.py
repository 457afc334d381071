import sys, re, html, glob
sys.path.insert(0, '/work/wt/blind71/eval')
import importlib.util
spec = importlib.util.spec_from_file_location('cg', '/work/wt/blind71/eval/check_gold.py')
# avoid running the module body: copy read_doc
src = open('/work/wt/blind71/eval/check_gold.py').read().split('base = os.path')[0]
ns = {}; exec(src, ns)
p = glob.glob('/work/wt/blind71/eval/blind71/docs/'+sys.argv[1]+'*')[0]
t = ns['read_doc'](p)
if p.endswith('.html'):
    t = re.sub(r'<(script|style)[^>]*>.*?</\1>', '', t, flags=re.S)
    t = re.sub(r'<[^>]+>', ' ', html.unescape(t)); t = re.sub(r'[ \t]+', ' ', t); t = re.sub(r'\n\s*\n+', '\n', t)
print(t)
