import json,os,re,sys
sys.path.insert(0,'eval'); 
import importlib.util
spec=importlib.util.spec_from_file_location('cg','eval/check_gold.py')
src=open('eval/check_gold.py').read()
ns={}; exec(src.split('base = ')[0], ns); read_doc=ns['read_doc']
import html
base='eval/blind42'
for g in sorted(os.listdir(base+'/gold')):
    d=json.load(open(base+'/gold/'+g)); t=read_doc(base+'/docs/'+d['doc'])
    if d['doc'].endswith('.html'): t=html.unescape(re.sub(r'<[^>]+>',' ',t))
    alld=' '.join(d['dates'])+' '+' '.join(str(e['start'])+' '+str(e['end']) for e in d['events'])
    yrs=sorted(set(re.findall(r'\b(1[89]\d\d|20\d\d)\b',t)))
    miss=[y for y in yrs if y not in alld]
    cov=' '.join([p['name'] for p in d['people']]+[str(p['role']) for p in d['people']]+[str(p['organisation']) for p in d['people']]+[o['name'] for o in d['organisations']]+[str(o['acronym']) for o in d['organisations']]+[e['name'] for e in d['events']])
    caps=set(re.findall(r"\b[A-ZÀ-Ž][\w'’-]+(?:\s+(?:de|di|da|der|van|von|of|the|for|and|du|des|la|le|&)?\s*[A-ZÀ-Ž][\w'’-]+)+",t))
    unc=sorted(c for c in caps if c not in cov)
    print('##',d['doc'],'years not in dates/events:',miss); print('   uncovered:',unc[:80])
