import sys,html,re,glob,os
os.chdir('/work/wt/blind81')
src=open('eval/check_gold.py').read()
exec(src.split('base = ')[0])
for s in sys.argv[1:]:
    p=glob.glob('eval/blind81/docs/'+s+'*')[0]
    t=read_doc(p)
    if p.endswith('.html'): t=re.sub(r'<[^>]+>',' ',t); t=html.unescape(t)
    t=re.sub(r'[ \t]+',' ',t); t=re.sub(r'\n\s*\n+','\n',t)
    print('=====',p); print(t)
