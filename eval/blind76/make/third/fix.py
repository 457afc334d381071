import json
p='eval/blind76/gold/outermost-regions-clusters-position-paper-2037.json'
d=json.load(open(p))
n=len(d['organisations'])
d['organisations']=[o for o in d['organisations'] if o['name']!='Conference of Presidents of the Outermost Regions']
assert len(d['organisations'])==n-1
raw=open(p).read()
ind=1
json.dump(d,open(p,'w'),ensure_ascii=False,indent=ind); open(p,'a').write('\n' if raw.endswith('\n') else '')
