import sys, re, html
src = open('eval/check_gold.py').read().split('base = ')[0]
exec(src)
for f in sys.argv[1:]:
    t = read_doc('eval/blind74/docs/'+f)
    if f.endswith('.html'):
        t = re.sub(r'<[^>]+>', '', html.unescape(t)); t = re.sub(r'\n\s*\n+', '\n', t)
    print('=====', f); print(t)
