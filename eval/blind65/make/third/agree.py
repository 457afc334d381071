import json, glob, subprocess
T={k:[0,0,0] for k in ["people","organisations","events","dates"]}; pr=[0,0]
for m in sorted(glob.glob("eval/blind65/make/third/blind65_*.json")):
    st=m.split('/')[-1]
    g=json.loads(subprocess.run(["git","show","1d137bb6:eval/blind65/gold/"+st],capture_output=True,text=True).stdout); d=json.load(open(m))
    for k in T:
        gs={x["name"] if isinstance(x,dict) else x for x in g[k]}; ms={x["name"] if isinstance(x,dict) else x for x in d[k]}
        T[k][0]+=len(gs&ms); T[k][1]+=len(gs); T[k][2]+=len(ms)
    gp={x["name"]:x for x in g["people"]}
    for x in d["people"]:
        if x["name"] in gp: pr[1]+=1; pr[0]+= (x==gp[x["name"]])
print({k:f"{v[0]} shared of gold {v[1]} / mine {v[2]}" for k,v in T.items()}, "people identical role+org", pr)
