"""Third annotation pass: the changes to gold/ decided after comparing make/third/<stem>.json with the gold (run once,
from the worktree root: .venv/bin/python eval/blind57/make/third/fix.py)."""
import json
B = 'eval/blind57/gold/'
def load(s): return json.load(open(B + s + '.json'))
def save(s, d):
    with open(B + s + '.json', 'w') as f: json.dump(d, f, ensure_ascii=False, indent=1)

# 15: the role in the nominative, which occurs ("εξελέγη πρόεδρος τον Νοέμβριο του 2035"), as the set's rule for names
s = 'synenteyxi_evros-energy-logistics-cluster'; d = load(s)
for p in d['people']:
    if p['name'] == 'Ελένη Καραγιάννη-Μπούσιου':
        assert p['role'] == 'πρόεδρο'; p['role'] = 'πρόεδρος'
save(s, d)

# 14: the exhibition of twelve companies in the foyer of the cultural centre, on the forum day (a sub-event like the
# gold's "okrogla miza", "ogled …" and "delavnica …")
s = 'porocilo_koroski-forum-kovinske-industrije-2035'; d = load(s)
assert not any(e['name'].startswith('razstava') for e in d['events'])
d['events'].append({"name": "razstava dvanajstih podjetij", "start": "2035-04-26", "end": "2035-04-26",
                    "city": "Ravne na Koroškem", "country": "Slovenia"})
save(s, d)
print('done')
