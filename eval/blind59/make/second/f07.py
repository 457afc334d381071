import sys; sys.path.insert(0, 'eval/blind59/make/second'); from fix import *
s = "marijampole_food_study_visit_seinajoki_2034"; d = load(s)
def E(n, s, c=None, k=None): return {"name": n, "start": s, "end": s, "city": c, "country": k}
new = [E("Visit to Frami Food Lab", "2034-05-10"), E("Company visit: Atria Finland, Nurmo plant", "2034-05-10", "Nurmo", "Finland"),
       E("Company visit: Valio Seinäjoki dairy", "2034-05-11", "Seinäjoki", "Finland"), E("Visit to the bakery Ilmajoen Leipomo Oy", "2034-05-11", "Ilmajoki", "Finland")]
have = {e["name"] for e in d["events"]}
d["events"] += [e for e in new if e["name"] not in have]
save(s, d)
