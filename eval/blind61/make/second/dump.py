import sys, glob, re, html
src = open('eval/check_gold.py').read().split('\nbase =')[0]
exec(src)
for p in sorted(glob.glob('eval/blind61/docs/*'))[int(sys.argv[1]):int(sys.argv[2])]:
    t = read_doc(p)
    if p.endswith('.html'):
        t = re.sub(r'<(script|style)[^>]*>.*?</\1>', '', t, flags=re.S)
        t = html.unescape(re.sub(r'<[^>]+>', '', t)); t = re.sub(r'\n\s*\n+', '\n', t)
    print('=====',p); print(t)
