import sys; sys.path.insert(0, 'eval/blind59/make/second'); from fix import *
s = "huesca_pyrenees_agrifood_conference_2034_news"; d = load(s)
n = "visits to the pork processor Jamones del Somontano S.L. and the olive oil mill Almazara Sierra de Guara S.Coop."
if n not in {e["name"] for e in d["events"]}:
    d["events"].insert(2, {"name": n, "start": "2034-11-14", "end": "2034-11-14", "city": "Barbastro", "country": "Spain"})
save(s, d)
