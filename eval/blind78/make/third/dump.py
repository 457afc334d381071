import sys, os, html, re
sys.argv=['x','eval/blind78']
exec(open('eval/check_gold.py').read().split("base = ")[0])
d='eval/blind78/docs'
for f in sorted(os.listdir(d)):
    if f[:3] in sys.stdin.read().split() if False else True:
        t=read_doc(os.path.join(d,f))
        if f.endswith('.html'):
            t=html.unescape(t)
        open('eval/blind78/make/third/'+f[:3]+'.txt','w').write(t)
