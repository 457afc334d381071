"""Third-pass fixes to the gold (applied once, after comparing make/third/*.json with gold/*.json)."""
import json, os
G = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../gold')
def load(s): return json.load(open(f"{G}/{s}.json"))
def save(s, d): open(f"{G}/{s}.json", "w").write(json.dumps(d, ensure_ascii=False, indent=1))
def ev(n, s, e=None, c=None, k=None): return {"name": n, "start": s, "end": e or s, "city": c, "country": k}

s = "clusterbridge-europe-upcoming-events"; d = load(s)
assert d["published_date"] == "2035-02-26" and "2035-02-26" in d["dates"]
d["published_date"] = None; save(s, d)

s = "clusterhack-2035-banska-bystrica"; d = load(s)
assert not any("2033 edition" in e["name"] for e in d["events"])
i = [e["name"] for e in d["events"]].index("ClusterHack 2035")
d["events"][i+1:i+1] = [ev("ClusterHack (2033 edition)", "2033"), ev("ClusterHack (2034 edition)", "2034")]
save(s, d)

s = "burgos-cluster-network-calendar-2036-pdf"; d = load(s)
i = [e["name"] for e in d["events"]].index("mentoring days")
assert d["events"][i]["start"] == "2036-10-07" and d["events"][i]["end"] == "2036-10-21"
d["events"][i:i+1] = [ev("mentoring days (7 October)", "2036-10-07"), ev("mentoring days (21 October)", "2036-10-21")]
save(s, d)

s = "glasriket-materials-days-2036-programme"; d = load(s)
o = [o for o in d["organisations"] if o["name"] == "Swedish Agency for Economic and Regional Growth"][0]
assert o["acronym"] == "Tillväxtverket"; o["acronym"] = None; save(s, d)

s = "cluster-lanificios-dia-informativo-matchmaking-2036"; d = load(s)
n = len(d["organisations"]); d["organisations"] = [o for o in d["organisations"] if o["name"] != "Museu de Lanifícios da UBI"]
assert len(d["organisations"]) == n - 1; save(s, d)
