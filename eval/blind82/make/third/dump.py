import sys, re, html
sys.argv=['x','eval/blind82']
src=open('eval/check_gold.py').read()
ns={}
exec(src.split('base = ')[0], ns)
import os
for f in sorted(os.listdir('eval/blind82/docs')):
    t=ns['read_doc']('eval/blind82/docs/'+f)
    if f.endswith('.html'):
        t=re.sub(r'<script.*?</script>|<style.*?</style>','',t,flags=re.S)
        t=html.unescape(re.sub(r'<[^>]+>','',t)); t=re.sub(r'\n\s*\n+','\n',t)
    open('/tmp/b82-pass3/'+f.rsplit('.',1)[0]+'.txt','w').write(t)
