import sys, re, html, importlib.util, os
sys.argv=['x','eval/blind76']
src=open('eval/check_gold.py').read().split('base = ')[0]
exec(src)
d='eval/blind76/docs/'
for f in sorted(os.listdir(d)):
    t=read_doc(d+f)
    if f.endswith('.html'):
        t=re.sub(r'<script.*?</script>|<style.*?</style>','',t,flags=re.S)
        t=re.sub(r'<[^>]+>',' ',t); t=html.unescape(t)
        t=re.sub(r'[ \t]+',' ',t); t=re.sub(r'\n\s*\n+','\n',t)
    open('eval/blind76/make/third/'+os.path.splitext(f)[0]+'.txt','w').write(t)
