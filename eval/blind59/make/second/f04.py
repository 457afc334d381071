import sys; sys.path.insert(0, 'eval/blind59/make/second'); from fix import *
s = "kerry_blue_tech_conference_2034_programme"; d = load(s)
d["dates"] = [x for x in d["dates"] if x != "2035"]
save(s, d)
