# second annotation pass: fixes applied to the gold after comparing with make/second/<stem>.json
import json, glob, os
def load(k):
    p = glob.glob(f'gold/{k}_*.json')[0]; return p, json.load(open(p))
def save(p, d): open(p, 'w').write(json.dumps(d, ensure_ascii=False, indent=1) + '')
CITY = {'Trbovljah': 'Trbovlje', 'Čakovcu': 'Čakovec', 'Prelogu': 'Prelog', 'Utenoje': 'Utena', 'Paides': 'Paide'}
log = []
for k in ['g01', 'g05', 'g08', 'g11']:
    p, d = load(k)
    for e in d['events']:
        if e['city'] in CITY:
            log.append(f"{k} event city {e['name']}: {e['city']} -> {CITY[e['city']]}"); e['city'] = CITY[e['city']]
    save(p, d)
p, d = load('g07')
if not any(e['name'] == 'edición de 2033' for e in d['events']):
    d['events'].append(dict(name='edición de 2033', start='2033', end='2033', city=None, country=None)); log.append('g07 event added: edición de 2033')
save(p, d)
p, d = load('g09')
for e in d['events']:
    if e['name'].startswith('Smart Lakeside: webinar series') and e['end'] != '2037-06-16':
        log.append(f"g09 event end {e['name']}: {e['end']} -> 2037-06-16"); e['end'] = '2037-06-16'
save(p, d)
p, d = load('g11')
n = len(d['organisations']); d['organisations'] = [o for o in d['organisations'] if o['name'] != 'Euroopa Regionaalarengu Fond']
if len(d['organisations']) < n: log.append('g11 organisation removed: Euroopa Regionaalarengu Fond (a fund)')
for x in d['people']:
    if x['name'] == 'Ilze Bērziņa-Kalniņa' and x['role'] is None: x['role'] = 'Läti puiduklastri juht'; log.append('g11 role added: Ilze Bērziņa-Kalniņa')
    if x['name'] == 'Triin Mägi-Ojasoo' and x['role'] is None: x['role'] = 'ajakirjanik'; log.append('g11 role added: Triin Mägi-Ojasoo')
    if x['name'] == 'Rein Lepik' and x['organisation'] is None: x['organisation'] = 'Kesk-Eesti Puiduklaster'; log.append('g11 organisation added: Rein Lepik')
save(p, d)
p, d = load('g15')
drop = {'2035-07-08', '2035-07-09', '2035-07-10', '2035-07-13', '2035-07-15', '2035-07-16'}
rm = [x for x in d['dates'] if x in drop]; d['dates'] = [x for x in d['dates'] if x not in drop]
if rm: log.append('g15 dates removed (only range ends): ' + ', '.join(rm))
save(p, d)
print('\n'.join(log))
