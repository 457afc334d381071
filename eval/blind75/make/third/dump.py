import sys, os, re, html
sys.argv=['x','eval/blind75']
src=open('eval/check_gold.py').read().split('base = ')[0]
exec(src)
for f in sorted(os.listdir('eval/blind75/docs')):
    t=read_doc('eval/blind75/docs/'+f)
    if f.endswith('.html'):
        t=re.sub(r'<script.*?</script>|<style.*?</style>','',t,flags=re.S)
        t=html.unescape(re.sub(r'<[^>]+>',' ',t)); t=re.sub(r'[ \t]+',' ',t); t=re.sub(r'\n\s*\n+','\n',t)
    open('eval/blind75/make/third/'+os.path.splitext(f)[0]+'.txt','w').write(t)
