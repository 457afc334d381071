from h import *
doc = 'tribute_Gerlinde-Pinter_Pannonia-Energiecluster.txt'
text = '''PANNONIA ENERGIECLUSTER · Newsletter 11/2034

"She made the wind blow our way" – thank you, Gerlinde Pinter

Eisenstadt, 28 November 2034

After fifteen years at the helm, Mag. Gerlinde Pinter, manager of the Pannonia Energiecluster since its foundation, retires at
the end of this year. On 1 January 2035 she will hand over to DI Matthias Horvath-Kanitz, until now
head of the cluster's projects unit. We look back on a remarkable career and forward to the next chapter.

From twelve founders to 160 members

When the Pannonia Energiecluster was set up in Eisenstadt in March 2020 by twelve wind-farm operators, installers and the
Fachhochschule Burgenland, Burgenland was already producing more electricity from wind than it used. What it did not yet have was
a supply industry. Gerlinde Pinter, who had previously spent eleven years at the Wirtschaftsagentur Burgenland GmbH (2009–2020),
set out to change that. Under her leadership the cluster grew to 160 members, launched 38 cooperation projects and brought the
first Austrian training centre for wind-turbine technicians to Neusiedl am See in 2027.

"Gerlinde never accepted that the region should only host the turbines. She wanted the know-how, the jobs and the companies here,"
says Ing. Franz Lehner-Wachter, Chairman of the cluster's Steering Board and managing director of Seewinkel Windkraft GmbH. "She
opened doors in Vienna, in Brussels and across the border in Győr-Moson-Sopron, and she did it with humour."

Cross-border work was close to her heart. With the Hungarian partner cluster Kisalföldi Megújuló Energia Klaszter and its manager
Dr. Zsófia Bárdos-Kovács, she built up the Interreg project WINDBRIDGE (2024–2027), which trained more than 400 technicians on both
sides of the border. In 2031 the cluster received the gold label of the European Cluster Excellence Initiative (ECEI) – the first
energy cluster in eastern Austria to do so.

Honours and farewell

At the cluster's annual conference "Energie.Zukunft.Burgenland" on 20 November 2034 in the Kulturzentrum Oberwart, Landesrat Mag.
Leopold Unger-Sziga, member of the Burgenland provincial government responsible for energy, presented her with the Golden Badge
of Honour of the Province of Burgenland. The farewell party for members will take place on 12 December 2034 at Weingut Gartenhof Ziegler
in Illmitz.

Asked about her plans, Gerlinde Pinter smiled: "Cycling around the lake – with the wind, for once."

The successor

Matthias Horvath-Kanitz, 41, studied energy and environmental management at the Fachhochschule Burgenland in Pinkafeld and worked
as a project engineer at Leithawind Energie GmbH (2016–2022) before joining the cluster in 2022. He has led the projects unit
since 2029. He will be supported by Katharina Sinowatz, who becomes deputy cluster manager on 1 January 2035. The Steering Board
appointed both on 6 November 2034 after an open selection procedure.

"Gerlinde leaves a cluster with a clear strategy to 2035–2040 and a loyal membership. My first priority is storage and grids,"
Horvath-Kanitz said.

Messages from partners

Tributes arrived from across the region and beyond. Mag. Doris Fabianich, managing director of the Wirtschaftsagentur Burgenland
GmbH, thanked her former colleague "for turning a wind rush into an industry". From Brussels, Pieter Vandermeulen, policy officer
at the European Commission's DG GROW, recalled her contribution to the European Cluster Conference in 2028 as a speaker on
cross-border clusters.

The cluster office thanks Gerlinde for fifteen wonderful years.

Pannonia Energiecluster · Technologiezentrum Eisenstadt · Marktstraße 3 · 7000 Eisenstadt · office@pannonia-energie.example
'''
text = text.replace("After fifteen years at the helm, Mag. Gerlinde Pinter, manager of the Pannonia Energiecluster since its foundation,", "After almost fifteen years of building it up, Mag. Gerlinde Pinter, manager of the Pannonia Energiecluster since its foundation,")
text = text.replace("set up in Eisenstadt in March 2020", "set up in Eisenstadt in March 2020 (after a two-year preparatory phase from 2018)")
PE='Pannonia Energiecluster'
people = [P('Gerlinde Pinter','manager',PE),
 P('Matthias Horvath-Kanitz','head of the cluster\'s projects unit',PE),
 P('Franz Lehner-Wachter','Chairman of the cluster\'s Steering Board',PE),
 P('Zsófia Bárdos-Kovács','manager','Kisalföldi Megújuló Energia Klaszter'),
 P('Leopold Unger-Sziga','Landesrat','Burgenland provincial government'),
 P('Katharina Sinowatz','deputy cluster manager',PE),
 P('Doris Fabianich','managing director','Wirtschaftsagentur Burgenland GmbH'),
 P('Pieter Vandermeulen','policy officer','DG GROW')]
orgs = [O(PE), O('Fachhochschule Burgenland'), O('Wirtschaftsagentur Burgenland GmbH'), O('Seewinkel Windkraft GmbH'),
 O('Kisalföldi Megújuló Energia Klaszter'), O('European Cluster Excellence Initiative','ECEI'), O('Leithawind Energie GmbH'),
 O('Weingut Gartenhof Ziegler'), O('Burgenland provincial government'), O('European Commission'), O('DG GROW')]
events = [E('Energie.Zukunft.Burgenland','2034-11-20','2034-11-20','Oberwart','Austria'),
 E('farewell party','2034-12-12','2034-12-12','Illmitz','Austria'),
 E('European Cluster Conference','2028','2028',None,None)]
dates = ['2034-11','2034-11-28','2035-01-01','2020-03','2018','2009/2020','2027','2024/2027','2031','2034-11-20','2034-12-12','2016/2022','2022','2029','2034-11-06','2035/2040','2028']
save(doc, text, '2034-11-28', people, orgs, events, dates, [])
