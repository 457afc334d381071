# check my own lists like check_gold does (surface strings occur in the document)
import os, re, html, json, sys
src=open('eval/check_gold.py').read().split('base = ')[0]; exec(src)
B='eval/blind75'
for f in sorted(os.listdir(B+'/make/third')):
    if not f.endswith('.json'): continue
    d=json.load(open(B+'/make/third/'+f)); t=read_doc(B+'/docs/'+d['doc'])
    if d['doc'].endswith('.html'): t=html.unescape(t)
    n=re.sub(r'\s+',' ',t); has=lambda s: s in t or s in n
    bad=[]
    for p in d['people']:
        for k in ('name','role','organisation'):
            if p[k] and not has(p[k]): bad.append((k,p[k]))
    for o in d['organisations']:
        for k in ('name','acronym'):
            if o[k] and not has(o[k]): bad.append((k,o[k]))
    for e in d['events']:
        for c in (e['city'] or '').split(', '):
            if c and not has(c): bad.append(('city',c))
    for k in d['key_messages']:
        if not has(k): bad.append(('km',k[:40]))
    print(f, bad or 'ok')
