import sys, re, html
sys.argv=[sys.argv[0]]+sys.argv[1:]
exec(open('eval/check_gold.py').read().split("base = ")[0])
for f in sys.argv[1:]:
    t = read_doc('eval/blind56/docs/'+f)
    if f.endswith('.html'):
        t = re.sub(r'<script.*?</script>|<style.*?</style>','',t,flags=re.S)
        t = html.unescape(re.sub(r'<[^>]+>',' ',t))
        t = re.sub(r'[ \t]+',' ',t); t=re.sub(r'\n\s*\n+','\n',t)
    print('=====',f); print(t)
