"""Second annotation pass of blind74: fixes to the first-pass gold. Run once after make/g01.py … g16.py
(g02.py from inside make/, as it writes ../docs/): `python eval/blind74/make/second/fix.py`. Idempotent."""
import json, os
G = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'gold')
def load(s): return json.load(open(os.path.join(G, s + '.json'), encoding='utf-8'))
def save(s, d): json.dump(d, open(os.path.join(G, s + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
def person(d, name): return next(x for x in d['people'] if x['name'] == name)
def event(d, name): return next(x for x in d['events'] if x['name'] == name)
def add_org(d, name, acr=None, after=None):
    if any(o['name'] == name for o in d['organisations']): return
    i = next((k + 1 for k, o in enumerate(d['organisations']) if o['name'] == after), len(d['organisations']))
    d['organisations'].insert(i, {"name": name, "acronym": acr})
def del_org(d, name): d['organisations'] = [o for o in d['organisations'] if o['name'] != name]
def add_date(d, v):
    if v not in d['dates']: d['dates'].append(v)

# 2 South Karelia: "the operator's technical director" – the operator is Lappeenrannan Liikenne Oy (Box 1)
s = 'south-karelia-hydrogen-valley-policy-brief-3-2035'; d = load(s)
person(d, 'Marko Dahlström')['organisation'] = 'Lappeenrannan Liikenne Oy'
save(s, d)

# 3 Dzūkija (Lithuanian)
s = 'dzukijos-medienos-klasterio-studijos-santrauka'; d = load(s)
if not any(p['name'] == 'Dariaus Bružo' for p in d['people']):      # photo credit "Nuotr. Dariaus Bružo" (name as written, genitive)
    d['people'].append({"name": "Dariaus Bružo", "role": None, "organisation": None})
del_org(d, 'Alytaus verslo centre')                 # venue of the forum ("Alytaus verslo centre vykusiame … forume")
del_org(d, 'Varėnos ir Druskininkų savivaldybes')   # municipalities named by place (README: like "gemeenten Westland en Midden-Delfland"); two bodies in one row
add_org(d, 'Kauno technologijos universiteto', after='Alytaus kolegija')   # parent of the laboratory (README: department and parent both)
event(d, 'klasterio narių forume')['city'] = 'Alytus'                      # nominative, in the text (dateline, footer)
event(d, 'visuotinis narių susirinkimas')['end'] = '2034-04'             # end = start, as the set's other month events
save(s, d)

# 5 Savinjska (Slovene)
s = 'savinjska-lesni-grozd-delavnica-porocilo'; d = load(s)
add_org(d, 'Univerze v Ljubljani', after='Biotehniške fakultete Univerze v Ljubljani')   # parent of the faculty
event(d, 'Les v krožnem gospodarstvu: od odpadka do surovine')['city'] = 'Celje'         # not the locative "Celju"
e = event(d, 'Naslednja delavnica na temo lesene gradnje'); e['city'] = 'Velenje'; e['end'] = e['start']
e = event(d, 'Delovna skupina za register (prvi sestanek)'); e['end'] = e['start']
save(s, d)

# 7 Lääne-Virumaa (Estonian): city names in the nominative (all in the text), not the locative/adessive
s = 'laane-virumaa-tooslusklaster-uldkoosoleku-protokoll-2036'; d = load(s)
fix = {'Kundas': 'Kunda', 'Rakveres': 'Rakvere', 'Kotkas': 'Kotka', 'Tapal': 'Tapa'}
for e in d['events']:
    if e['city'] in fix: e['city'] = fix[e['city']]
e = event(d, 'klastri delegatsioon külastab Kymenlaakso partnereid'); e['end'] = e['start']
del_org(d, 'Tapa Gümnaasiumi')      # only the venue of the next meeting ("Tapa Gümnaasiumi aulas"), like Rakvere Teatri
add_org(d, 'tööstuspoliitika osakonna', after='Majandus- ja Kommunikatsiooniministeeriumi')   # the ministry's department (README rule)
save(s, d)

# 8 Vienna
s = 'vienna-elastomers-mobility-cluster-peer-review-2033-pdf'; d = load(s)
e = event(d, 'follow-up call'); e['end'] = e['start']
add_org(d, 'City of Vienna', after="City of Vienna's economic affairs department")   # parent of MA 23 (README rule)
save(s, d)

# 10 Terres de l'Ebre: "Butlletí CATE – maig 2035" (Subject) is a month date
s = 'terres-ebre-agroalimentari-butlleti-maig-2035'; d = load(s)
add_date(d, '2035-05')
save(s, d)

# 12 Gabrovo (Bulgarian)
s = 'gabrovo-mehatronika-doklad-misiya-brescia-2034'; d = load(s)
for o in d['organisations']:
    if o['name'] == 'AQM – Associazione Qualità Meccanica': o['name'], o['acronym'] = 'Associazione Qualità Meccanica', 'AQM'
e = event(d, 'общото събрание'); e['end'] = e['start']
save(s, d)
print('second-pass fixes applied')
