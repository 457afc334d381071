import sys, re
sys.argv=['x','eval/blind79']
src=open('eval/check_gold.py').read()
ns={}
exec(src.split('base = ')[0], ns)
import glob
for p in sorted(glob.glob('eval/blind79/docs/*')):
    if any(s in p for s in sys.argv[2:] or ['']):
        pass
    t=ns['read_doc'](p)
    if p.endswith('.html'): t=re.sub(r'<[^>]+>','',t)
    t=re.sub(r'\n\s*\n+','\n',t)
    print('=====',p); print(t)
