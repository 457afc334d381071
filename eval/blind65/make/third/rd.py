import sys, html
src=open('eval/check_gold.py').read()
ns={}
exec(src.split('base = os.path')[0], ns)
for f in sys.argv[1:]:
    t=ns['read_doc'](f)
    if f.endswith('.html'): t=html.unescape(t)
    print('=====',f); print(t)
