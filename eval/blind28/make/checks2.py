import json, os, re, html
ns={}; exec(open(os.path.join(os.path.dirname(__file__),'..','..','check_gold.py')).read().split('base = ')[0], ns)
B=os.path.join(os.path.dirname(__file__),'..')
M='January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|stycznia|lutego|marca|kwietnia|maja|czerwca|maju|czerwcu|spring|summer|autumn|winter|półroczu'
for g in sorted(os.listdir(B+'/gold')):
    d=json.load(open(B+'/gold/'+g)); t=ns['read_doc'](B+'/docs/'+d['doc'])
    if d['doc'].endswith('.html'): t=html.unescape(re.sub(r'<[^>]+>',' ',t))
    t=re.sub(r'\s+',' ',t)
    hits=[m.group(0) for m in re.finditer(r'(?:\b\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:–|-|and|to)\s*\d{1,2})?\s+)?\b(?:'+M+r')\b(?:\s+\d{4})?|\b\d{1,2}[./]\d{1,2}[./]\d{4}\b',t)]
    print('==',g, d['dates'], [ (e['name'][:25],e['start'],e['end']) for e in d['events']]); print('   ', hits)
