import json, sys
stem = sys.argv[1]
m = json.load(open(f"{stem}.json")); g = json.load(open(f"../../gold/{stem}.json"))
print("pub", m["published_date"], "|", g["published_date"])
def diff(key, f):
    a = {f(x): x for x in m[key]}; b = {f(x): x for x in g[key]}
    for k in a:
        if k not in b: print(f"  {key} ONLY MINE:", a[k])
    for k in b:
        if k not in a: print(f"  {key} ONLY GOLD:", b[k])
    for k in a:
        if k in b and a[k] != b[k]: print(f"  {key} DIFF: mine {a[k]}\n{' '*14}gold {b[k]}")
diff("people", lambda x: x["name"])
diff("organisations", lambda x: x["name"])
diff("events", lambda x: (x["name"], x["start"]))
diff("dates", lambda x: x)
diff("key_messages", lambda x: x)
print("counts mine/gold:", {k:(len(m[k]),len(g[k])) for k in ["people","organisations","events","dates","key_messages"]})
