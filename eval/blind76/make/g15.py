from h import *
F = 'navarre-register-innovative-business-groupings-2035.md'
ROWS = [
 ('AEI-NA-001','Clúster de Automoción de Navarra (ACAN)','Pamplona','Automotive and mobility','Iñaki Goñi Zabalza','2031-06-14'),
 ('AEI-NA-002','Clúster Agroalimentario de Navarra (NAGRIFOOD)','Tudela','Agri-food','Amaia Arbizu Echeverría','2031-06-14'),
 ('AEI-NA-003','Asociación Clúster de Energías Renovables de Navarra (ENERNA)','Pamplona','Renewable energy','Javier Urdiáin Lacasta','2031-06-14'),
 ('AEI-NA-004','Clúster de Salud de Navarra (NAVARRABIOMED Cluster)','Pamplona','Health and life sciences','Dr. Idoia Arrarás Lekuona','2031-09-27'),
 ('AEI-NA-005','Asociación Navarra de Industrias de la Madera (ADEMAN Cluster)','Alsasua','Wood and furniture','Koldo Mendiburu Ezkurra','2032-01-18'),
 ('AEI-NA-006','Clúster TIC de Navarra (Navarra Digital Cluster)','Pamplona','Digital technologies','Beatriz Ollo Sagüés','2032-01-18'),
 ('AEI-NA-007','Clúster de Turismo Sostenible del Pirineo Navarro','Aoiz','Sustainable tourism','Mikel Iriarte Oroz','2032-05-09'),
 ('AEI-NA-008','Clúster de Maquinaria Agrícola del Ebro (MAQEBRO)','Tudela','Agricultural machinery','Fermín Pérez-Ilzarbe','2033-02-22'),
 ('AEI-NA-009','Asociación Clúster de Vino de Navarra','Olite','Wine','Carmen Sádaba de Miguel','2033-02-22'),
 ('AEI-NA-010','Clúster de Industrias Creativas de Navarra (CREANA)','Pamplona','Creative and cultural industries','Ane Bengoetxea Lizarraga','2034-03-15'),
 ('AEI-NA-011','Clúster de Logística del Corredor del Ebro (LOGEBRO)','Noáin','Logistics','Raúl Martínez de Morentin','2034-03-15'),
 ('AEI-NA-012','Clúster de Hidrógeno Verde de Navarra (H2NA)','Sangüesa','Hydrogen','Dr. Elena Garde Jiménez','2034-11-07'),
]
T = f"""Government of Navarre · Department of Economic and Business Development · Directorate-General for Innovation

# Register of Innovative Business Groupings (AEI) of Navarre – situation at 30 June 2035

*Published 8 July 2035 · Unofficial English version; in case of doubt the Spanish text (Registro navarro de Agrupaciones Empresariales Innovadoras) prevails.*

## What the register is

Under Regional Decree 41/2030 of 18 September, the Directorate-General for Innovation keeps a register of the cluster organisations of Navarre that meet the criteria of the national programme for Innovative Business Groupings (AEI) of the Ministry of Industry and Tourism. Only registered organisations may apply for the regional cluster support lines and for the national AEI calls. Registration is valid for four years and can be renewed after an assessment of the organisation's strategy, governance, membership and results. Registered organisations must send an annual activity report and their audited accounts to the Directorate-General by 31 March of each year.

The assessment is carried out by a committee chaired by the Director-General for Innovation, Patxi Elizalde Arraiza, with experts from the Navarre Business Development Agency (SODENA), the Navarre Technology Centres Network and the Public University of Navarre (UPNA). Assessments in 2035 were supported by an external expert from the Basque Country, Dr. Jon Ander Etxeberria Aguirre.

## Registered cluster organisations

| Register no. | Cluster organisation | Seat | Sector | Cluster manager | Registered on |
|---|---|---|---|---|---|
{chr(10).join(f'| {a} | {b} | {c} | {d} | {e} | {f} |' for a,b,c,d,e,f in ROWS)}

## Changes since the last publication (31 December 2034)

- Renewal: the registrations of AEI-NA-001, AEI-NA-002 and AEI-NA-003 were renewed on 12 June 2035 for the period 2035–2039.
- New cluster manager: at AEI-NA-006, Beatriz Ollo Sagüés replaced Álvaro Sanz Irigoyen on 1 April 2035.
- Cancellation: the Navarre Footwear and Leather Cluster (formerly AEI-NA-013) was removed from the register on 20 May 2035 at its own request, after its members joined the Clúster de Industrias Creativas de Navarra.
- Pending: the application of the Asociación Clúster de Economía Circular de Navarra (ECONAV), filed on 3 March 2035, is under assessment; a decision is expected in October 2035.

## Main conclusions of the 2035 assessment round

The committee adopted the following conclusions at its meeting of 12 June 2035:

1. All registered clusters meet the minimum requirements, but four of them depend on regional funds for more than 60 % of their budget and must diversify their income before the next renewal.
2. Cooperation between clusters has improved: nine joint projects between two or more Navarre clusters were started in 2034.
3. Participation in European projects remains low; only three clusters took part in projects under the Single Market Programme or Interreg Europe.
4. The new hydrogen and creative industries clusters should be accompanied with a mentoring scheme by the more established clusters.

## Support in 2035

The 2035 call for cluster support, with a budget of EUR 3.2 million, opened on 15 January 2035 and closed on 28 February 2035. Resolutions were published on 5 May 2035. The next call is expected in January 2036.

## Contact

Directorate-General for Innovation, Cluster Policy Service · Head of service: Maite Lacasia Gorriz · Parque Tomás Caballero 1, 31005 Pamplona · clusters@navarra.es

Annual meeting of Navarre cluster managers: 24 September 2035, Pamplona, Baluarte Conference Centre.
"""
write(F, T)
people=[]; orgs=[]
import re
for a,b,c,d,e,f in ROWS:
    m = re.match(r'(.*) \((.*)\)$', b)
    on, ac = (m.group(1), m.group(2)) if m else (b, None)
    ac = None if ac=='Navarra Digital Cluster' else ac
    people.append(P(e.replace('Dr. ',''), 'Cluster manager', on)); orgs.append(O(on, ac))
people += [P('Patxi Elizalde Arraiza','Director-General for Innovation','Directorate-General for Innovation'),
 P('Jon Ander Etxeberria Aguirre','external expert',None), P('Álvaro Sanz Irigoyen',None,None),
 P('Maite Lacasia Gorriz','Head of service','Cluster Policy Service')]
orgs += [O('Government of Navarre'), O('Department of Economic and Business Development'), O('Directorate-General for Innovation'),
 O('Ministry of Industry and Tourism'), O('Navarre Business Development Agency','SODENA'), O('Navarre Technology Centres Network'),
 O('Public University of Navarre','UPNA'), O('Navarre Footwear and Leather Cluster'), O('Asociación Clúster de Economía Circular de Navarra','ECONAV'),
 O('Cluster Policy Service')]
dates = ['2030-09-18','2035-06-30','2035-07-08','2034-12-31','2035-06-12','2035/2039','2035-04-01','2035-05-20','2035-03-03','2035-10','2034',
 '2035-01-15','2035-02-28','2035-05-05','2036-01','2035-09-24'] + sorted(set(r[5] for r in ROWS))
gold(F, people, orgs,
 [E('meeting','2035-06-12','2035-06-12',None,None), E('Annual meeting of Navarre cluster managers','2035-09-24','2035-09-24','Pamplona','Spain')],
 dates,
 ['All registered clusters meet the minimum requirements, but four of them depend on regional funds for more than 60 % of their budget and must diversify their income before the next renewal',
  'Cooperation between clusters has improved: nine joint projects between two or more Navarre clusters were started in 2034',
  'Participation in European projects remains low; only three clusters took part in projects under the Single Market Programme or Interreg Europe',
  'The new hydrogen and creative industries clusters should be accompanied with a mentoring scheme by the more established clusters'],
 pub='2035-07-08')
