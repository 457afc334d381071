import sys, os, re, html
sys.path.insert(0,'eval')
import importlib.util
src=open('eval/check_gold.py').read()
ns={}
exec(src.split("base = os.path")[0], ns)
d='eval/blind70/docs/'
for i,f in enumerate(sorted(os.listdir(d))):
    if sys.argv[1:] and f not in sys.argv[1:]: continue
    t=ns['read_doc'](d+f)
    if f.endswith('.html'):
        t=html.unescape(t); t=re.sub(r'<(script|style)[^>]*>.*?</\1>','',t,flags=re.S); t=re.sub(r'<[^>]+>',' ',t); t=re.sub(r'[ \t]+',' ',t); t=re.sub(r'\n\s*\n+','\n',t)
    print('=====',f); print(t)
