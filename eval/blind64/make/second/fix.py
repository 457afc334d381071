"""Second annotation pass: the changes made to the gold (run once from the repo root)."""
import json
G = 'eval/blind64/gold/'
def load(s): return json.load(open(G + s + '.json'))
def save(s, d): json.dump(d, open(G + s + '.json', 'w'), ensure_ascii=False, indent=1)
def person(d, name): return next(p for p in d['people'] if p['name'] == name)
def add_date(d, v, after=None):
    if v not in d['dates']: d['dates'].append(v)

# g01: "the date for 2034 will be published" is a year standing as a date (like "budget for 2035")
s = 'gotland-energy-cluster-team'; d = load(s); add_date(d, '2034'); save(s, d)

# g16: nominatives stand in the comments; plural role made singular; the Holzbau-Forum month is an event date but was not in dates
s = 'linkedin-post-nova-posada-ivano-frankivsk'; d = load(s)
person(d, 'Ірині Стефанишин')['name'] = 'Ірина Стефанишин'
person(d, 'Андрієві Кушніру')['name'] = 'Андрій Кушнір'
person(d, 'Богданові Федорак-Лисому')['role'] = 'засновник'
add_date(d, '2036-11'); save(s, d)

# g11: the heading gives the agency's nominative; chair of the cluster's board -> the cluster (as g13/g14/g02 do)
s = 'sumadija-auto-klaster-vesti-clanova'; d = load(s)
old, new = 'Regionalne razvojne agencije Šumadije i Pomoravlja', 'Regionalna razvojna agencija Šumadije i Pomoravlja'
for p in d['people']:
    if p['organisation'] == old: p['organisation'] = new
for o in d['organisations']:
    if o['name'] == old: o['name'] = new
person(d, 'Snežana Pavlović')['organisation'] = 'Automobilski klaster Šumadija'
save(s, d)

# g02: a unit after its parent is listed on its own (set convention: g08, g15)
s = 'zakarpattia-electronics-cluster-annual-report-2034'; d = load(s)
i = [o['name'] for o in d['organisations']].index('Transcarpathian Regional Council')
d['organisations'].insert(i + 1, {"name": "Committee on Economic Development", "acronym": None}); save(s, d)
