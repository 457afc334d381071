import sys,re,html
sys.argv=[sys.argv[0]]+sys.argv[1:]
exec(open('/work/wt/blind77/eval/check_gold.py').read().split('base = ')[0])
import glob
for p in sys.argv[1:]:
    t=read_doc(p)
    if p.endswith('.html'): t=html.unescape(re.sub(r'<(script|style)[^>]*>.*?</\1>','',t,flags=re.S)); t=re.sub(r'<[^>]+>',' ',t); t=re.sub(r'[ \t]+',' ',t); t=re.sub(r'\n\s*\n+','\n',t)
    print('=====',p); print(t)
