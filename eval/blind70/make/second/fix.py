import json,sys
G='eval/blind70/gold/'
def L(s): return json.load(open(G+s+'.json'))
def S(s,d): open(G+s+'.json','w').write(json.dumps(d,ensure_ascii=False,indent=1)+'\n')
def person(d,name,**kw):
    for p in d['people']:
        if p['name']==name: p.update(kw); return
    raise KeyError(name)
def event(d,name,**kw):
    for p in d['events']:
        if p['name']==name: p.update(kw); return
    raise KeyError(name)
s='gavleborg-interreg-central-baltic-woodloop-partners'; d=L(s)
event(d,'site visit to the reclaimed-timber yard of Trästad Gävleborg',city='Gävle',country='Sweden')
event(d,'partner workshop on design for disassembly',city='Hämeenlinna',country='Finland')
S(s,d)
s='drevarsky-klaster-banska-bystrica-clenovia'; d=L(s)
for n in ['Gerhild Zöhrer','Wojciech Gąsienica-Byrcyn','Stanislav Balaj','Pavol van der Heijden-Mráz']: person(d,n,role=None)
S(s,d)
s='clermont-mobility-rubber-cluster-policy-brief-2035'; d=L(s)
person(d,'Sandrine Morel-Ducros',organisation='Auvergne-Rhône-Alpes Region')
person(d,'Yannick Boudet',organisation='Observatoire régional de l’industrie')
S(s,d)
s='tipperary-food-cluster-members-newsletter-2034-09'; d=L(s)
d['organisations'].append({'name':'Clonmel Enterprise Centre','acronym':None})
S(s,d)
s='beira-baixa-clusters-fusao-comunicado'; d=L(s)
person(d,'Catarina Reis-Mendonça',organisation='Cluster Agroindustrial e Florestal da Beira Baixa')
person(d,'Teresa Nabais',role='diretora',organisation='AgroBeira – Associação para a Inovação Agroalimentar')
d['dates'].append('2034')
S(s,d)
s='treviso-furniture-design-cluster-conference-outcome-2035'; d=L(s)
person(d,'Federico Bortoletto',organisation='Consorzio Distretto del Mobile Trevigiano s.c.a r.l.')
S(s,d)
