import sys, re, html
src = open('eval/check_gold.py').read().split('base = ')[0]
exec(src)
t = read_doc(sys.argv[1])
t = html.unescape(re.sub(r'<[^>]+>', ' ', re.sub(r'(?s)<(script|style)[^>]*>.*?</\1>', '', t)))
print('\n'.join(l.strip() for l in t.splitlines() if l.strip()))
