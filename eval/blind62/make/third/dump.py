import sys, html, re
sys.argv=['x','eval/blind62']
src=open('eval/check_gold.py').read()
exec(src.split("base = os.path")[0])
import os
for f in sys.stdin.read().split():
    t=read_doc('eval/blind62/docs/'+f)
    if f.endswith('.html'):
        t=html.unescape(re.sub(r'<(script|style)[^>]*>.*?</\1>','',t,flags=re.S)); t=re.sub(r'<[^>]+>','',t); t=re.sub(r'\n\s*\n+','\n',t)
    print('=====',f); print(t)
