import json,os,re,sys
sys.path.insert(0,'/work/wt/blind33/eval')
import importlib.util
spec=importlib.util.spec_from_file_location('cg','/dev/null')
B='/work/wt/blind33/eval/blind33'
exec(open('/work/wt/blind33/eval/check_gold.py').read().split('base = ')[0])
for g in sorted(os.listdir(B+'/gold')):
    d=json.load(open(B+'/gold/'+g)); t=read_doc(B+'/docs/'+d['doc'])
    t=re.sub(r'<[^>]+>',' ',t)
    import html as h; t=h.unescape(t)
    cov=' | '.join([p['name']+' '+(p['role'] or '')+' '+(p['organisation'] or '') for p in d['people']]+[o['name']+' '+(o['acronym'] or '') for o in d['organisations']]+[e['name']+' '+(e['city'] or '') for e in d['events']])
    seqs=set(re.findall(r"[A-ZÀ-Ž][\w'’.-]+(?:\s+(?:of|de|di|der|van|la|du|des|the|and|&|für)?\s*[A-ZÀ-Ž][\w'’.-]+)+",t))
    unc=sorted(s for s in seqs if s not in cov)
    yrs=set(re.findall(r'\b(20[2-3]\d)\b',t)); dv=' '.join(d['dates'])+' '+' '.join((e['start'] or '')+(e['end'] or '') for e in d['events'])
    print('==',g,'\n  UNC:',unc[:60],'\n  YEARS not in dates:',sorted(y for y in yrs if y not in dv))
