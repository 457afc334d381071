import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)) + '/../..')
import importlib.util
spec = importlib.util.spec_from_file_location('cg_read', os.path.dirname(os.path.abspath(__file__)) + '/readdoc.py')
m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
B = os.path.dirname(os.path.abspath(__file__)) + '/..'
for g in sorted(os.listdir(B + '/gold')):
    d = json.load(open(B + '/gold/' + g)); t = m.read_doc(B + '/docs/' + d['doc'])
    t = re.sub(r'<[^>]+>', ' ', t); n = re.sub(r'\s+', ' ', t)
    cov = ' '.join([p['name'] for p in d['people']] + [p['role'] or '' for p in d['people']] + [o['name'] for o in d['organisations']] + [o['acronym'] or '' for o in d['organisations']] + [e['name'] for e in d['events']] + [e['city'] or '' for e in d['events']])
    caps = set(re.findall(r"\b[A-ZÀ-ÝŁŚŽČ][\w'’.-]*(?:\s+(?:of|de|do|del|van|der|di|the|and|&|für|la|le)?\s*[A-ZÀ-ÝŁŚŽČ][\w'’.-]*)+", n))
    miss = sorted(c for c in caps if c not in cov)
    print('==', g); print('   CAPS:', '; '.join(miss))
    yrs = set(re.findall(r'\b(20[0-9]{2}|19[0-9]{2})\b', n))
    allv = ' '.join(d['dates'] + [str(e['start']) + str(e['end']) for e in d['events']])
    print('   YEARS not in dates/events:', sorted(y for y in yrs if y not in allv))
    dm = re.findall(r'\b\d{1,2}(?:[–-]\d{1,2})?\.?\s*(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|de \w+|febbraio|marzo|aprile|maggio|luglio|gennaio)\b|\b\d{1,2}[./]\d{1,2}[./]\d{4}\b|\b\d{1,2}[–-]\d{1,2}\.\d{1,2}\.\d{4}', n)
    print('   DAYMONTH:', dm)
