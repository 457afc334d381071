"""Second annotation pass (2026-12-05): corrections applied to gold/ after comparing with make/second/."""
import json,os
G=os.path.dirname(os.path.abspath(__file__))+'/../gold/'
def load(s): return json.load(open(G+s+'.json'))
def save(s,d): json.dump(d,open(G+s+'.json','w'),ensure_ascii=False,indent=1); 
def person(d,name,**kw):
    for p in d['people']:
        if p['name']==name: p.update(kw); return
    raise KeyError(name)
s='kocaeli-otomotiv-kumesi-haberler-sayfa-2'; d=load(s)
person(d,'Elif Karabulut Şen',organisation='KOTEK'); save(s,d)
s='bkmjk-sajtokozlemeny-uj-ugyvezeto-2034'; d=load(s)
person(d,'Szabó-Halmi Katalin',role='ügyvezető igazgató'); person(d,'Molnár-Kis Dániel',organisation='BKMJK Nonprofit Kft.'); save(s,d)
s='hkdp-javni-poziv-inovacijski-vauceri-2034'; d=load(s)
d['organisations']=[o for o in d['organisations'] if o['name'] not in ('FSC','PEFC')]; save(s,d)
s='norrbotten-processindustri-arsmote-2034-sammanfattning'; d=load(s)
person(d,'Ingrid van der Velde',organisation='Europeiska kommissionens generaldirektorat för regional- och stadspolitik'); person(d,'Linnea Sarri',role='representant'); save(s,d)
s='intervista-direttrice-polo-meccatronica-rovereto-2034'; d=load(s)
person(d,'Elisa Tomasi',organisation='Polo Meccatronica Trentino'); save(s,d)
s='trnava-automotive-cluster-bursa-mission-report-2034'; d=load(s)
d['events']=[e for e in d['events'] if e['name']!='supplier audits']
i=[e['name'] for e in d['events']].index('Company visits')+1
d['events'].insert(i,{"name":"visit to the BUTEKOM technology centre","start":"2034-10-18","end":"2034-10-18","city":"Bursa","country":"Türkiye"}); save(s,d)
s='breizh-mor-lorient-equipe-et-gouvernance'; d=load(s)
for n,o in [('Hervé LE DANTEC','Chantier Naval du Blavet SAS'),('Catherine MORVAN-BERTHO',"Kerroc'h Composites SARL"),('Loïc PÉRON','Atlantique Hydraulique Services SA'),
            ('Inès Martin-Kervella','Université Bretagne Sud'),('Jean-Marc de La Villemarqué','Naval Group'),('Rozenn Quéméner','Voilerie Océane'),
            ('Fabrice Nicolas','Armement Lorientais de Pêche'),('Aurélie Van Hove','Lorient Agglomération')]:
    person(d,n,organisation=o)
save(s,d)
s='circ-wood-interreg-partner-meeting-brno-minutes-pdf'; d=load(s)
person(d,'Carolin Brückner-Asante',role=None); save(s,d)
s='vaasa-energy-cluster-linkedin-post-wind-week-2034'; d=load(s)
person(d,'Sofia Granholm',organisation='Ostrobothnian Energy Cluster'); save(s,d)
s='alpine-wood-construction-summit-bolzano-2035-announcement'; d=load(s)
for n in ('Sara Dalla Torre','Luca Pedrini','Veronika Huber-Seidl'): person(d,n,role='Workshop lead')
save(s,d)
s='competitiveness-council-conclusions-clusters-2034-news'; d=load(s)
person(d,'Ana Paula Fonseca Rego',role='rapporteur'); save(s,d)
