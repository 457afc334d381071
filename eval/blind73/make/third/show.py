import sys, os, re, html
sys.argv=[sys.argv[0],'eval/blind73']+sys.argv[1:]
src=open('eval/check_gold.py').read().split('base = ')[0]
exec(src)
d='eval/blind73/docs/'
for f in sorted(os.listdir(d)):
    if len(sys.argv)>2 and not any(a in f for a in sys.argv[2:]): continue
    t=read_doc(d+f)
    if f.endswith('.html'): t=html.unescape(t)
    print('=====',f); print(t)
