"""Second annotation pass: corrections applied to eval/blind60/gold on top of the first pass (make/gNN.py).
Idempotent; run from the repository root: .venv/bin/python eval/blind60/make/second/fix.py"""
import json, os
G = 'eval/blind60/gold/'
def load(s): return json.load(open(G + s + '.json'))
def save(s, g): json.dump(g, open(G + s + '.json', 'w'), ensure_ascii=False, indent=1)
def person(g, name): return next(p for p in g['people'] if p['name'] == name)
def add_org(g, name, acr=None):
    if not any(o['name'] == name for o in g['organisations']): g['organisations'].append({"name": name, "acronym": acr})
def del_org(g, name): g['organisations'] = [o for o in g['organisations'] if o['name'] != name]
def add_date(g, d):
    if d not in g['dates']: g['dates'].append(d)
def add_event(g, name, s, e, city, country):
    if not any(x['name'] == name and x['start'] == s for x in g['events']):
        g['events'].append({"name": name, "start": s, "end": e, "city": city, "country": country})
def set_ev(g, name, **kw):
    for x in g['events']:
        if x['name'] == name: x.update(kw)

s = 'trakia-mechatronics-obshto-sabranie-bg'; g = load(s)
add_org(g, 'Инженерния факултет')                      # the faculty of Тракийския университет, a named unit (set call: units listed)
add_org(g, 'Клъстери и иновационна инфраструктура')    # отдел of ИАНМСП, a named unit
add_date(g, '2034-02')                                 # "почина през февруари" in an article of April 2034
save(s, g)

s = 'kainuu-akkuklusteri-toimitusjohtaja-fi'; g = load(s)
for o in g['organisations']:
    if o['name'] == 'Kainuun liiton': o['name'] = 'Kainuun liitto'   # the nominative occurs ("Kainuun liitto ja Euroopan unioni")
set_ev(g, 'Uuden toimitusjohtajan esittäytymistilaisuus', city='Kajaani')   # was the genitive "Kajaanin"
set_ev(g, 'Nordic Battery Value Chain Days', city='Kajaani')                 # was the inessive "Kajaanissa"
save(s, g)

s = 'danube-agrifood-member-directory-2035-pdf'; g = load(s)
person(g, 'Dragana SIMIĆ')['role'] = 'secretary general'      # "took over from Dragana SIMIĆ as secretary general"
person(g, 'Erzsébet BALOGH')['role'] = 'representative'       # "replaced Dr. Erzsébet BALOGH as representative"
person(g, 'Plamen GEORGIEV')['role'] = 'representative'       # "Todor NIKOLOV replaced Plamen GEORGIEV" (as representative)
save(s, g)

s = 'arctic-cluster-summit-2036-speakers'; g = load(s)
add_event(g, 'workshops A–D', '2036-06-10', '2036-06-10', 'Rovaniemi', 'Finland')   # "Tuesday 10 June: workshops A–D"
save(s, g)

s = 'premis-innovacio-agroalimentaria-girona-2034-ca'; g = load(s)
add_org(g, "Servei d'Innovació Empresarial")             # unit of ACCIÓ (set call: units listed)
save(s, g)

s = 'pannon-automotive-delegation-luxembourg'; g = load(s)
add_org(g, 'Materials Research and Technology department')   # unit of LIST, like the Faculty of Informatics
for o in g['organisations']:
    if o['acronym'] == 'ILEA / Automotive Cluster': o['acronym'] = 'ILEA'
save(s, g)

s = 'limburg-energy-cluster-new-contact'; g = load(s)
add_date(g, '2035-04')                                   # subject "study visit to Limburg in April?" (year from the messages)
save(s, g)

s = 'shannon-aviation-cluster-working-groups'; g = load(s)
set_ev(g, 'open hangar day', country='Ireland')          # at Shannon Airport
save(s, g)

s = 'asturias-metal-cluster-annual-report-2034-governance'; g = load(s)
g['events'] = [x for x in g['events'] if x['name'] != 'peer review']   # an assessment, not a meeting/event
save(s, g)

s = 'malta-ministry-cluster-programme-press-release'; g = load(s)
person(g, 'Maria Attard Camilleri')['organisation'] = 'University of Malta'   # "chaired by ... Maria Attard Camilleri of the University of Malta"
save(s, g)

s = 'baranya-egeszsegipari-klaszter-hirek-hu'; g = load(s)
p = person(g, 'Kovácsné Szép Ildikó')
if p['role'] == 'A klaszter elnöke': p['role'] = 'klaszter elnöke'   # without the sentence-initial article
del_org(g, 'Kaposvári Egyetemi Kampusz')                 # the venue of the klaszterfórum (set call: venues are not organisations)
set_ev(g, 'közös szakmai nap', city='Eszék')             # was the superessive "Eszéken"
set_ev(g, 'klaszterfórum', city='Kaposvár')              # was "Kaposváron"
save(s, g)

s = 'flevoland-agrifood-cluster-contacts'; g = load(s)
del_org(g, 'World Food Center')                          # "the World Food Center building": the office's venue
save(s, g)
