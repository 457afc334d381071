import sys, re, html, importlib.util, os
src = open('eval/check_gold.py').read().split('base = ')[0]
ns = {}; exec(src, ns)
for a in sys.argv[1:]:
    p = 'eval/blind77/docs/' + a
    t = ns['read_doc'](p)
    if p.endswith('.html'):
        t = re.sub(r'<(script|style)[^>]*>.*?</\1>', '', t, flags=re.S)
        t = html.unescape(re.sub(r'<[^>]+>', ' ', t)); t = re.sub(r'[ \t]+', ' ', t); t = re.sub(r'\n\s*\n+', '\n', t)
    print('=====', a); print(t)
