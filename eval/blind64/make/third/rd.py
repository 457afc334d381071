import sys,re,html
sys.argv=[None,'eval/blind64']
src=open('eval/check_gold.py').read().split('base = ')[0]
exec(src)
import os
for f in sys.stdin.read().split():
    t=read_doc('eval/blind64/docs/'+f)
    if f.endswith('.html'):
        t=html.unescape(re.sub(r'<script.*?</script>|<style.*?</style>','',t,flags=re.S)); t=re.sub(r'<[^>]+>',' ',t); t=re.sub(r'[ \t]+',' ',t); t=re.sub(r'\n\s*\n+','\n',t)
    print('=====',f); print(t)
