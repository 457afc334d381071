"""Print a document as check_gold reads it (HTML tags stripped for reading)."""
import sys, re, html, importlib.util, os
spec = importlib.util.spec_from_file_location('cg_read', os.path.join(os.path.dirname(__file__), '../../../check_gold.py'))
src = open(spec.origin).read().split('base = os.path.abspath')[0]
ns = {}; exec(src, ns)
for p in sys.argv[1:]:
    t = ns['read_doc'](p)
    if p.endswith('.html'):
        t = re.sub(r'<(script|style)[^>]*>.*?</\1>', '', t, flags=re.S)
        t = html.unescape(re.sub(r'<[^>]+>', '', t))
        t = re.sub(r'\n\s*\n+', '\n', t)
    print('=====', os.path.basename(p)); print(t)
