import sys, re, html, importlib.util
spec = importlib.util.spec_from_file_location('cg', 'eval/check_gold.py')
src = open('eval/check_gold.py').read().split('base = ')[0]
ns = {}; exec(src, ns)
for p in sys.argv[1:]:
    t = ns['read_doc'](p)
    if p.endswith('.html'):
        t = re.sub(r'<(script|style)[^>]*>.*?</\1>', '', t, flags=re.S)
        t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
        t = re.sub(r'[ \t]+', ' ', t); t = re.sub(r'\n\s*\n+', '\n', t)
    print('=====', p); print(t)
