import sys, importlib.util, re, html
src = open('eval/check_gold.py').read().split('base = ')[0]
exec(src)
for a in sys.argv[1:]:
    t = read_doc('eval/blind63/docs/'+a)
    if a.endswith('.html'): t = re.sub(r'<(script|style)[^>]*>.*?</\1>', '', t, flags=re.S); t = html.unescape(re.sub(r'<[^>]+>', ' ', t)); t = re.sub(r'[ \t]+',' ',t); t = re.sub(r'\n\s*\n+','\n',t)
    print('=====', a); print(t)
