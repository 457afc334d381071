import sys, os, re, json, html
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..'))
import importlib.util
spec = importlib.util.spec_from_file_location('cg', os.path.join(os.path.dirname(__file__), '..', '..', 'check_gold.py'))
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
src = open(os.path.join(B,'..','check_gold.py')).read().split('base = ')[0]
exec(src)
for g in sorted(os.listdir(B+'/gold')):
    d = json.load(open(B+'/gold/'+g)); t = read_doc(B+'/docs/'+d['doc']); t = re.sub(r'<[^>]+>',' ',html.unescape(t))
    cov = ' '.join([x['name'] for x in d['people']]+[str(x['organisation']) for x in d['people']]+[str(x['role']) for x in d['people']]
        +[x['name']+' '+str(x['acronym']) for x in d['organisations']]+[x['name']+' '+str(x['city']) for x in d['events']]+d['key_messages'])
    seqs = set(re.findall(r"\b[A-ZÀ-ÝŠČŘŽĆĐŁŚŻÓÉ][\w'’&.-]+(?:\s+(?:of|the|and|de|du|des|la|van|für|i|u|e|do|da|för|vid)?\s*[A-ZÀ-ÝŠČŘŽĆĐŁŚŻÓÉ][\w'’&.-]+)+", t))
    miss = sorted(s for s in seqs if s not in cov)
    print(g, '|', '; '.join(miss)[:1500])
