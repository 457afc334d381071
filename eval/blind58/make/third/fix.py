"""Third annotation pass: the changes to gold/ decided after comparing make/third/<stem>.json with the gold
(README "Third annotation pass"). Idempotent; run from the repository root. make/h.py gold() re-applies it
(after make/second/fix.py) whenever a generator rewrites a gold file, so re-running make/gNN.py does not undo it."""
import json
G = "eval/blind58/gold/"
def load(s): return json.load(open(G + s + ".json"))
def save(s, d):
    with open(G + s + ".json", "w") as f: json.dump(d, f, ensure_ascii=False, indent=1)
def ev(name, start, end, city, country): return {"name": name, "start": start, "end": end, "city": city, "country": country}

# Medimurje: the cluster's first joint stand at Hannover Messe, 2029 ("od prvog nastupa Klastera 2029. godine"),
# a past fair with a stand, as Ambiente 2028 (Limousin) and AERO Friedrichshafen 2031 (Wiener Neustadt) in this set.
s = "medimurje_klaster_hannover_messe_2034_hr"; d = load(s)
x = ev("Hannover Messe", "2029", "2029", "Hannoveru", "Germany")
if x not in d['events']: d['events'].insert(1, x)
save(s, d)
