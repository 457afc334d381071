import json, os, re, sys, html
sys.argv=['x','.']
src=open('../check_gold.py').read().split('base = ')[0]
exec(src)
for g in sorted(os.listdir('gold')):
    d=json.load(open('gold/'+g)); p='docs/'+d['doc']; t=read_doc(p)
    if p.endswith('.html'): t=html.unescape(re.sub(r'<[^>]+>',' ',t))
    t2=re.sub(r'\s+',' ',t)
    strs=[x['name'] for x in d['people']]+[x['name'] for x in d['organisations']]+[x['acronym'] or '' for x in d['organisations']]+[x['name'] for x in d['events']]+[x['organisation'] or '' for x in d['people']]+[x['role'] or '' for x in d['people']]
    caps=set(re.findall(r"\b(?:[A-ZÀ-ÝĀ-Ž][\w'’\-\.&]+(?:\s+(?:of|the|for|and|de|di|del|della|dei|da|du|des|la|le|von|van|der|y|e|in|on|&)?\s*[A-ZÀ-ÝĀ-Ž][\w'’\-\.&]+)+)",t2))
    miss=sorted(c for c in caps if not any(c in s or s in c and len(s)>5 for s in strs if s))
    yrs=sorted(set(re.findall(r'\b(20[0-4]\d)\b',t2)))
    print('==',g); print('  caps:', '; '.join(miss)[:1800]); print('  years in text:', yrs)
