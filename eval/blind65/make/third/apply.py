"""Third annotation pass: gold fixes (idempotent; run from the repository root after make/second/apply.py)."""
import json, glob
def G(n):
    p=glob.glob(f"eval/blind65/gold/blind65_{n}_*.json")[0]; return p, json.load(open(p))
def S(p,d):
    open(p,'w').write(json.dumps(d, ensure_ascii=False, indent=1))
# 01: year-less "at its meeting in December" resolved like "July–August" (README) -> 2034-12
p,d=G("01")
if "2034-12" not in d["dates"]: d["dates"].append("2034-12")
S(p,d)
# 02: copyright year "© 2033" is not a date of the content; 07 and 11 (© 2034) leave it out
p,d=G("02"); d["dates"]=[x for x in d["dates"] if x!="2033"]; S(p,d)
# 05: the farm visit's place is stated ("at Casalina")
p,d=G("05")
for e in d["events"]:
    if e["name"].startswith("Visit to the Perugia University"): e["city"]="Casalina"
S(p,d)
# 06: attributive year "the 2033 pilot" (01, 07, 10 leave attributive years out)
p,d=G("06"); d["dates"]=[x for x in d["dates"] if x!="2033"]; S(p,d)
# 08: "dentro da Eurorrexión Galicia-Norte de Portugal" is a territory here, not a body
p,d=G("08"); d["organisations"]=[o for o in d["organisations"] if o["name"]!="Eurorrexión Galicia-Norte de Portugal"]; S(p,d)
# 14: von Randow's institute is stated; the agency's department is listed (judgement call (c)); related-post link titles are not events
p,d=G("14")
for x in d["people"]:
    if x["name"]=="Friedrich von Randow": x["organisation"]="Fraunhoferio gamybos sistemų ir projektavimo technologijų instituto"
orgs=[o["name"] for o in d["organisations"]]; assert "Fraunhoferio gamybos sistemų ir projektavimo technologijų instituto" in orgs
if "Klasterių skyriaus" not in orgs:
    d["organisations"].insert(orgs.index("Inovacijų agentūra")+1,{"name":"Klasterių skyriaus","acronym":None})
d["events"]=[e for e in d["events"] if e["name"] not in ("Klasterio narių visuotinis susirinkimas","Misija į Švediją")]
S(p,d)
