"""Third annotation pass: corrections to the gold (idempotent; applied on top of the first pass's generators and
make/second/fix.py). Run: .venv/bin/python eval/blind60/make/third/fix.py"""
import json, os
G = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), 'gold')
def edit(stem, fn):
    p = os.path.join(G, stem + '.json'); d = json.load(open(p)); fn(d)
    json.dump(d, open(p, 'w'), ensure_ascii=False, indent=1)
def drop_org(*names):
    def f(d): d['organisations'] = [o for o in d['organisations'] if o['name'] not in names]
    return f
def add_org(name, acr=None, after=None):
    def f(d):
        if any(o['name'] == name for o in d['organisations']): return
        i = next((k + 1 for k, o in enumerate(d['organisations']) if o['name'] == after), len(d['organisations']))
        d['organisations'].insert(i, {"name": name, "acronym": acr})
    return f

# 1. site visits: the text names the three places ("site visits to Kemi, Tornio and Sodankylä")
def arctic(d):
    for e in d['events']:
        if e['name'] == 'site visits': e['city'] = 'Kemi, Tornio, Sodankylä'
edit('arctic-cluster-summit-2036-speakers', arctic)
# 2-6. the European Cluster Excellence Initiative is a labelling initiative (programme), not an organisation
#      (SCHEMA: programmes out; blind52/54/56/58 precedent); the EU / the Government of Malta only as funder or © holder
#      in a footer or disclaimer are not listed (blind5/52/55 precedent)
edit('asturias-metal-cluster-annual-report-2034-governance', drop_org('European Cluster Excellence Initiative'))
edit('kainuu-akkuklusteri-toimitusjohtaja-fi', drop_org('European Cluster Excellence Initiativen', 'Euroopan unioni'))
edit('karelia-bioeconomy-cluster-team', drop_org('European Union'))
edit('kaunas-photonics-cluster-manager-interview', drop_org('European Cluster Excellence Initiative'))
edit('marehub-consortium-partners', drop_org('European Union'))
edit('malta-ministry-cluster-programme-press-release', drop_org('European Cluster Excellence Initiative', 'Government of Malta'))
# 7. the Commission's Representation in Malta is a named body (a unit of the Commission, listed as the set lists units)
edit('malta-ministry-cluster-programme-press-release',
     add_org('Representation of the European Commission in Malta', after='European Commission'))
# 8. "the Almería greenhouse cluster" is a description (lower case), not a named organisation
edit('flevoland-agrifood-cluster-contacts', drop_org('Almería greenhouse cluster'))
# 9. "from its start in 2032 until December 2035" is one range (as "from 2026 to 2034" in the Asturian report)
def shannon(d):
    if '2032/2035-12' not in d['dates']:
        d['dates'] = [x for x in d['dates'] if x not in ('2032', '2035-12')]
        d['dates'].append('2032/2035-12')
edit('shannon-aviation-cluster-working-groups', shannon)
