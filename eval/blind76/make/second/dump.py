import sys, re, html, importlib.util
sys.argv=[sys.argv[0]]+sys.argv[1:]
src=open('eval/check_gold.py').read()
ns={}
exec(src.split('base = ')[0], ns)
import glob
for stem in sys.argv[1:]:
    p=glob.glob('eval/blind76/docs/'+stem+'*')[0]
    t=ns['read_doc'](p)
    if p.endswith('.html'):
        t=re.sub(r'<(script|style)[^>]*>.*?</\1>','',t,flags=re.S); t=html.unescape(re.sub(r'<[^>]+>',' ',t)); t=re.sub(r'[ \t]+',' ',t); t=re.sub(r'\n\s*\n+','\n',t)
    print('=====',p); print(t)
