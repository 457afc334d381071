"""Second-pass corrections to eval/blind71/gold/*.json (applied once; each call logs one line)."""
import json, glob
LOG = []
def _p(stem): return glob.glob(f'/work/wt/blind71/eval/blind71/gold/{stem}*.json')[0]
def load(stem): return json.load(open(_p(stem)))
def save(stem, d):
    s = json.dumps(d, ensure_ascii=False, indent=1); open(_p(stem), 'w').write(s)
def _find(lst, name):
    r = [x for x in lst if x['name'] == name]; assert len(r) == 1, name; return r[0]
def person(stem, name, **kw):
    d = load(stem); x = _find(d['people'], name); x.update(kw); save(stem, d)
def add_person(stem, name, role=None, organisation=None):
    d = load(stem); assert name not in [x['name'] for x in d['people']]; d['people'].append(dict(name=name, role=role, organisation=organisation)); save(stem, d)
def del_person(stem, name):
    d = load(stem); _find(d['people'], name); d['people'] = [x for x in d['people'] if x['name'] != name]; save(stem, d)
def org(stem, name, **kw):
    d = load(stem); x = _find(d['organisations'], name); x.update(kw); save(stem, d)
def add_org(stem, name, acronym=None):
    d = load(stem); assert name not in [x['name'] for x in d['organisations']]; d['organisations'].append(dict(name=name, acronym=acronym)); save(stem, d)
def del_org(stem, name):
    d = load(stem); _find(d['organisations'], name); d['organisations'] = [x for x in d['organisations'] if x['name'] != name]; save(stem, d)
def event(stem, name, **kw):
    d = load(stem); x = _find(d['events'], name); x.update(kw); save(stem, d)
def add_event(stem, name, start, end, city, country):
    d = load(stem); assert name not in [x['name'] for x in d['events']]; d['events'].append(dict(name=name, start=start, end=end, city=city, country=country)); save(stem, d)
def del_event(stem, name):
    d = load(stem); _find(d['events'], name); d['events'] = [x for x in d['events'] if x['name'] != name]; save(stem, d)
def add_dates(stem, *ds):
    d = load(stem)
    for v in ds: assert v not in d['dates'], v; d['dates'].append(v)
    save(stem, d)
def del_dates(stem, *ds):
    d = load(stem)
    for v in ds: d['dates'].remove(v)
    save(stem, d)
def pub(stem, v):
    d = load(stem); d['published_date'] = v; save(stem, d)
