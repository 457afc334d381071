import json, sys
for n in sys.argv[1:]:
    import glob
    stem=glob.glob(f"eval/blind65/gold/blind65_{n}_*.json")[0].split('/')[-1]
    g=json.load(open("eval/blind65/gold/"+stem)); m=json.load(open("eval/blind65/make/third/"+stem))
    print("=====",stem, "pub gold",g["published_date"],"mine",m["published_date"])
    for k,key in [("people","name"),("organisations","name"),("events","name")]:
        gd={x[key]:x for x in g[k]}; md={x[key]:x for x in m[k]}
        for x in gd:
            if x not in md: print(f"  {k} GOLD-ONLY", json.dumps(gd[x],ensure_ascii=False))
            elif gd[x]!=md[x]: print(f"  {k} DIFF gold", json.dumps(gd[x],ensure_ascii=False), "\n         mine", json.dumps(md[x],ensure_ascii=False))
        for x in md:
            if x not in gd: print(f"  {k} MINE-ONLY", json.dumps(md[x],ensure_ascii=False))
    gs,ms=set(g["dates"]),set(m["dates"])
    print("  dates GOLD-ONLY",sorted(gs-ms)); print("  dates MINE-ONLY",sorted(ms-gs))
    if g["key_messages"]!=m["key_messages"]: print("  KM gold",g["key_messages"],"\n  KM mine",m["key_messages"])
