# Text dumps of the documents as check_gold reads them (HTML: scripts/styles/tags removed) into make/second/<file>.txt; run from the repository root before d05/d14/d16 (they read the dumps). The dumps are not committed.
import sys; sys.argv=['x','eval/blind55']
exec(open('eval/check_gold.py').read().split("base = ")[0])
import os,html
for f in sorted(os.listdir('eval/blind55/docs')):
    t=read_doc('eval/blind55/docs/'+f)
    if f.endswith('.html'):
        import re; t=html.unescape(re.sub(r'<(script|style)[^>]*>.*?</\1>','',t,flags=re.S)); t=re.sub(r'<[^>]+>',' ',t); t=re.sub(r'[ \t]+',' ',t); t=re.sub(r'\n\s*\n+','\n',t)
    open('eval/blind55/make/second/'+f+'.txt','w').write(t)
