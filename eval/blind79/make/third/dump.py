import sys, re, html, importlib.util, os
sys.argv=['x','eval/blind79']
src=open('eval/check_gold.py').read().split('base = ')[0]
exec(src)
d='eval/blind79/docs'
for f in sorted(os.listdir(d)):
    if len(sys.argv)>2 and not f.startswith(sys.argv[2]): continue
    t=read_doc(d+'/'+f)
    if f.endswith('.html'):
        t=re.sub(r'<script.*?</script>|<style.*?</style>','',t,flags=re.S)
        t=html.unescape(re.sub(r'<[^>]+>','',t))
        t=re.sub(r'\n\s*\n+','\n',t)
    print('#####',f); print(t)
