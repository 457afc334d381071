# Second annotation pass: changes to gold/ decided after comparing make/second/<stem>.json with the gold.
# Run after the generators (make/gNN.py rewrite gold/ from scratch): .venv/bin/python eval/blind72/make/second/fix.py
import json, os
B = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
def edit(stem, fn):
    p = f"{B}/gold/{stem}.json"; g = json.load(open(p)); fn(g)
    json.dump(g, open(p, 'w'), ensure_ascii=False, indent=1)
def person(g, name, **kw):
    [x.update(kw) for x in g['people'] if x['name'] == name] or None
    assert any(x['name'] == name for x in g['people']), name
def drop_org(g, name):
    n = len(g['organisations']); g['organisations'] = [o for o in g['organisations'] if o['name'] != name]
    assert len(g['organisations']) == n - 1, name
def add_org(g, name, acr=None, after=None):
    assert all(o['name'] != name for o in g['organisations'])
    i = [o['name'] for o in g['organisations']].index(after) + 1 if after else len(g['organisations'])
    g['organisations'].insert(i, {"name": name, "acronym": acr})

def f03(g):  # bilingual names of one body are one organisation; a named school of the university added
    drop_org(g, "Autoridad Portuaria de Gijón")
    add_org(g, "Escuela Politécnica de Ingeniería de Gijón", after="Universidad de Oviedo")
edit("asturias-metal-cluster-annual-report-2036-governance-pdf", f03)

edit("brittany-marine-biotech-members-newsletter-2035-09", lambda g: drop_org(g, "Technopôle Brest-Iroise"))  # address only
edit("eskisehir-rayli-sistemler-kumelenmesi-degerlendirme-2034", lambda g: drop_org(g, "Eskişehir Organize Sanayi Bölgesi"))  # seat = place

H = "Autonomous Region of Friuli Venezia Giulia – Central Directorate for Production Activities"
def f09(g):
    for n in ["Matej Kranjc", "Giulia Benedetti-Cossar", "Federico Dal Bo", "Tina Zupan Košir", "Christoph Haselbacher",
              "Marko Radolović", "Ankica Kovač", "Németh-Varga Zsófia", "Chiara Lo Presti"]:
        person(g, n, role="Contact person")  # the column "Role in the project" is the partner's task, the person is its contact
    person(g, "Chiara Lo Presti", organisation=H)
    add_org(g, H, after="Autonomous Region of Friuli Venezia Giulia")  # unit after a dash kept whole (set README)
    drop_org(g, "Autonomous Region of Friuli Venezia Giulia"); drop_org(g, "Central Directorate for Production Activities")
    drop_org(g, "Port of Trieste")  # location of a refuelling station
edit("hydrogen-valleys-alps-adriatic-partners", f09)

def f15(g):  # "the Renault plant": the text names Renault plants in Valladolid and Palencia
    [e.update(city=None) for e in g['events'] if e['name'] == 'visit to the Renault plant']
edit("interview-president-castilla-leon-automotive-cluster", f15)

def f06(g):  # "112 pre-arranged B2B meetings" is a count of meetings held (SCHEMA conventions), not an event
    n = len(g['events']); g['events'] = [e for e in g['events'] if e['name'] != 'B2B meetings']; assert len(g['events']) == n - 1
edit("limassol-blue-economy-cluster-forum-2035-conclusions", f06)

edit("luxembourg-national-cluster-label-2035-list", lambda g: person(g, "Riikka Kivelä", role="member"))  # "members: ..."
edit("malta-aviation-cluster-about-us", lambda g: person(g, "Joseph Camilleri", organisation="Malta Aviation & Aerospace Cluster"))

def f02(g):  # cluster role as for the president (set README: the row takes the cluster role)
    person(g, "Lengyel Ákos", role="alelnök"); person(g, "Vörös Katalin", role="alelnök")
edit("pannon-gyogyaszati-klaszter-taglista-2035", f02)
