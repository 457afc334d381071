import sys, os, re, html
sys.path.insert(0, 'eval'); sys.argv=['x','eval/blind69']
src=open('eval/check_gold.py').read().split('base = ')[0]
exec(src)
for f in sorted(os.listdir('eval/blind69/docs')):
    t=read_doc('eval/blind69/docs/'+f)
    if f.endswith('.html'):
        t=html.unescape(re.sub(r'<(script|style)[^>]*>.*?</\1>','',t,flags=re.S)); t=re.sub(r'<[^>]+>',' ',t); t=re.sub(r'[ \t]+',' ',t); t=re.sub(r'\n\s*\n+','\n',t)
    print('=====',f); print(t)
