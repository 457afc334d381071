import json
def L(s): return json.load(open(f'gold/{s}.json'))
def S(s,d):
    with open(f'gold/{s}.json','w') as f: json.dump(d,f,ensure_ascii=False,indent=1); f.write('\n')
s='blind65_01_emmcn_calendar_2034'; d=L(s)
for o in d['organisations']:
    if o['name']=='Swedish Agency for Economic and Regional Growth (Tillväxtverket)': o['name']='Swedish Agency for Economic and Regional Growth'
S(s,d)
s='blind65_03_olomouc_vouchers_call'; d=L(s)
d['organisations'].append({"name":"Innovation and Clusters Department","acronym":None}); S(s,d)
s='blind65_04_salento_quebec_mission'; d=L(s)
d['published_date']='2034-04-18'; assert '2034-04-18' in d['dates']
for o in d['organisations']:
    if o['name']=='ICE – Italian Trade Agency': o['acronym']='ICE'
S(s,d)
s='blind65_06_madeira_blue_tourism_talks'; d=L(s)
for o in d['organisations']:
    if o['name']=='APRAM – Ports of Madeira': o['acronym']='APRAM'
    if o['name'].startswith('ARDITI – '): o['acronym']='ARDITI'
S(s,d)
s='blind65_10_nicn_cluster_academy'; d=L(s)
d['organisations'].append({"name":"ESCA","acronym":None}); S(s,d)
s='blind65_11_viljandi_puidufoorum_teaser_et'; d=L(s)
d['organisations'].append({"name":"Ugala teatris","acronym":None})
assert '2034-04-20' not in d['dates']; d['dates'].insert(d['dates'].index('2034-04-20/2034-04-21')+1,'2034-04-20'); S(s,d)
s='blind65_14_siauliai_forumas_lt'; d=L(s)
for p in d['people']:
    if p['name']=='Irena Grigaliūnienė': p['organisation']='Užimtumo tarnybos'
S(s,d)
