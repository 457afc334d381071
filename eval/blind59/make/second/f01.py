import sys; sys.path.insert(0, 'eval/blind59/make/second'); from fix import *
s = "bihor_cluster_network_events_calendar_2033"; d = load(s)
if "2034" not in d["dates"]: d["dates"].append("2034")
save(s, d)
