import sys, importlib.util
spec=importlib.util.spec_from_file_location('cg','/dev/null')
import re, html, zipfile, email, email.policy
src=open('eval/check_gold.py').read()
fn=src[src.index('def read_doc'):src.index('base = ')]
exec(fn)
import os
for f in sys.argv[1:]:
    t=read_doc('eval/blind88/docs/'+f)
    if f.endswith('.html'): t=html.unescape(re.sub(r'<[^>]+>','',t))
    t=re.sub(r'\n\s*\n+','\n',t)
    print('=====',f); print(t)
