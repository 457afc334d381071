import sys, os, re, json, importlib.util
sys.argv = ["x", "/dev/null"]
B = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src = open(os.path.join(B, "..", "check_gold.py")).read().split("base = ")[0]
ns = {}; exec(src, ns); read_doc = ns["read_doc"]
import html
for g in sorted(os.listdir(B + "/gold")):
    d = json.load(open(B + "/gold/" + g))
    t = html.unescape(re.sub(r"<[^>]+>", " ", read_doc(B + "/docs/" + d["doc"])))
    ds = " ".join(d["dates"]) + " " + " ".join(f"{e['start']} {e['end']}" for e in d["events"])
    yrs = sorted(set(re.findall(r"\b(20[0-4]\d|19\d\d)\b", t)))
    miss = [y for y in yrs if y not in ds]
    covered = " ".join([p["name"] for p in d["people"]] + [p["role"] or "" for p in d["people"]] + [o["name"] for o in d["organisations"]] + [o["acronym"] or "" for o in d["organisations"]] + [e["name"] for e in d["events"]])
    caps = set(re.findall(r"\b[A-ZÀ-ÝĀ-Ž][\w'’.-]+(?: (?:[a-zà-ÿ]{1,4} )?[A-ZÀ-ÝĀ-Ž][\w'’.-]+)+", t))
    unc = sorted(c for c in caps if c not in covered)
    print("==", d["doc"], "years not in dates:", miss)
    print("   caps:", "; ".join(unc)[:1500])
