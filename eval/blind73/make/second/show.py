import sys, re, html
sys.argv=[sys.argv[0]]+sys.argv[1:]
exec(open('eval/check_gold.py').read().split('base = ')[0])
p=sys.argv[1]; t=read_doc(p)
if p.endswith('.html'):
    t=re.sub(r'<(script|style).*?</\1>','',t,flags=re.S); t=html.unescape(re.sub(r'<[^>]+>',' ',t))
print(re.sub(r'[ \t]+',' ',re.sub(r'\n\s*\n+','\n',t)))
