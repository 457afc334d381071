"""Third annotation pass (2026-12-05): fixes to the gold, run once after the generators and make/second/fix.py:
   for g in eval/blind73/make/g??.py; do .venv/bin/python $g; done
   .venv/bin/python eval/blind73/make/second/fix.py; .venv/bin/python eval/blind73/make/third/fix.py
Idempotent: each change sets a value or removes an item, so a second run changes nothing."""
import json, os
G = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'gold')
def edit(stem, f):
    p = os.path.join(G, stem + '.json'); d = json.load(open(p, encoding='utf-8')); f(d)
    json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
def drop_org(d, n): d['organisations'] = [o for o in d['organisations'] if o['name'] != n]
def person_org(d, name, org):
    for x in d['people']:
        if x['name'] == name: x['organisation'] = org

def g04(d):
    # the header date is the meeting's date, not a publication date; the summary ends with undated signatures
    # (SCHEMA: only when the text states when it was published; blind57 and blind67 precedents for minutes: null)
    d['published_date'] = None             # 2033-04-21 stays in dates
edit('panevezys-mechatronikos-klasteris-visuotinis-susirinkimas-2033', g04)

def g08(d):
    drop_org(d, 'Dobogó')                  # "На заједничкој вечери у винарији Dobogó": only the place of the dinner (venue rule)
edit('timocki-vinski-klaster-izvestaj-studijsko-putovanje', g08)

def g12(d):
    # "Its board of directors ... Professor Alasdair Grant OBE – Chair (independent)": chair of the cluster's board,
    # "independent" = not representing a member firm (second pass had the cluster as well and left it)
    person_org(d, 'Alasdair Grant', 'Highland Life Sciences Cluster')
edit('highland-life-sciences-cluster-our-team', g12)
print('third/fix.py: applied')
