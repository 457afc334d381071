import sys, re, html
sys.path.insert(0,'eval')
import importlib.util
src=open('eval/check_gold.py').read().split('base = os.path')[0]
ns={}; exec(src, ns)
p=sys.argv[1]
t=ns['read_doc'](p)
if p.endswith('.html'):
    t=re.sub(r'<script.*?</script>|<style.*?</style>','',t,flags=re.S)
    t=html.unescape(re.sub(r'<[^>]+>','',t))
    t=re.sub(r'\n\s*\n+','\n',t)
print(t)
