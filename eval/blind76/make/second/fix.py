import json
def ed(stem, fn):
    p='gold/'+stem+'.json'; d=json.load(open(p)); fn(d)
    open(p,'w').write(json.dumps(d,ensure_ascii=False,indent=1))
def person(d,name,role=...,org=...):
    for x in d['people']:
        if x['name']==name:
            if role is not ...: x['role']=role
            if org is not ...: x['organisation']=org
            return
    raise SystemExit('no '+name)
def add_date(d,v,after=None):
    assert v not in d['dates']; d['dates'].insert(d['dates'].index(after)+1 if after else len(d['dates']),v)
def del_event(d,name):
    n=len(d['events']); d['events']=[e for e in d['events'] if e['name']!=name]; assert len(d['events'])==n-1
# 5: "kommer i oktober" (the Innovasjon Norge payment, minutes of 19 Sept 2034) is a year-less month resolved from context
ed('lettmetallklyngen-protokoll-styremote-4-2034', lambda d: add_date(d,'2034-10',after='2034-08-31'))
# 15: "Assessments in 2035 were supported by ..." is a year standing as a date
ed('navarre-register-innovative-business-groupings-2035', lambda d: add_date(d,'2035',after='2035-07-08'))
# 12: B2B meetings are a feature of the forum in the same sentence, no line/day/time of their own
ed('bukovyna-derevoobrobnyi-klaster-intervyu-2035', lambda d: del_event(d,'B2B-зустрічами'))
# 10: the role noun the text gives her ("a coordenadora do estudo"); "coordenação" is her task in the team list
ed('estudo-cadeia-valor-castanha-tras-os-montes-2033', lambda d: person(d,'Helena Morais Sarmento',role='coordenadora do estudo'))
# 3: former post (stepped down at the AGM) -> null / organisation (blind48/50/52/53 precedent)
ed('midlands-bioeconomy-cluster-annual-report-2033-pdf', lambda d: person(d,'Colm Fitzgerald',role=None))
# 16: founding President of ZKM 2011-2020, a former post -> null / ZKM
ed('szczecin-maritime-offshore-clusters-merger-2036', lambda d: person(d,'Marian Kowalczyk',role=None))
# 6: outgoing president, declared honorary president at the assembly: his current title as written (accusative, as the set's Πρόεδρο)
ed('agrodiatrofi-voreiou-aigaiou-geniki-syneleusi-2035', lambda d: person(d,'Στρατής Γιαννέλλης',role='επίτιμο Πρόεδρο'))
# 15: replaced cluster manager of AEI-NA-006 -> null / the cluster (the same precedent: former/replaced -> null / organisation)
ed('navarre-register-innovative-business-groupings-2035', lambda d: person(d,'Álvaro Sanz Irigoyen',org='Clúster TIC de Navarra'))
