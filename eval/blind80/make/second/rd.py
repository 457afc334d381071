import sys,re,html
src=open('eval/check_gold.py').read()
ns={}
exec(src.split("base = ")[0],ns)
t=ns['read_doc'](sys.argv[1])
if sys.argv[1].endswith('.html'):
    t=re.sub(r'<script.*?</script>|<style.*?</style>','',t,flags=re.S)
    t=re.sub(r'<[^>]+>',' ',t); t=html.unescape(t); t=re.sub(r'[ \t]+',' ',t); t=re.sub(r'\n\s*\n+','\n',t)
print(t)
