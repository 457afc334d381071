from h import *
import docx, sys
doc = 'RailNet-Brandenburg_Working-Groups_Chairs_2035-2037.docx'
d = docx.Document()
paras = []
def H(t, l=1): d.add_heading(t, l); paras.append(t)
def Pp(t, style=None):
    d.add_paragraph(t, style=style) if style else d.add_paragraph(t); paras.append(t)
H('RailNet Brandenburg e.V. – Working Groups: Chairs and Co-Chairs', 0)
Pp('Status: 3 February 2035 · prepared by the cluster management office, Wildau · for information of members')
H('1. Background')
Pp('RailNet Brandenburg e.V., the rail technology and logistics cluster of the state of Brandenburg, organises the technical work of its 87 members in six working groups (WG). At its meeting on 22 January 2035 in Wildau, the Board confirmed the chairs and co-chairs listed below for the working-group period 2035–2037. Each working group is led by one chair from industry and one co-chair, normally from a research institution or a public body. Chairs report to the Board twice a year.')
Pp('The rules for working groups were adopted by the General Assembly of 14 November 2034 in Potsdam. They provide for a term of three years, renewable once.')
H('2. Chairs and co-chairs 2035–2037')
rows = [('WG', 'Chair (organisation)', 'Co-chair (organisation)', 'Secretariat contact'),
 ('WG 1 Rolling stock maintenance', 'Dirk Schwanitz, Head of Depot Operations, Havelland Schienenfahrzeugwerk GmbH', 'Prof. Dr. Małgorzata Wiśniewska-Kühn, Technische Hochschule Wildau', 'Jonas Priebe'),
 ('WG 2 Digital rail and signalling', 'Annika Freiberg, Product Owner ETCS, SignaTec Berlin-Brandenburg GmbH', 'Dr. Uwe Lehmkuhl, Deutsches Zentrum für Luft- und Raumfahrt (DLR), Institute of Transportation Systems', 'Jonas Priebe'),
 ('WG 3 Intermodal terminals', 'Kai-Uwe Ortmann, Managing Director, Spreewald Terminal Lübbenau GmbH', 'Christiane Bethge, Ministry of Infrastructure and Regional Planning of Brandenburg (MIL)', 'Hanna Szymańska'),
 ('WG 4 Hydrogen and battery trains', 'Dr. Olaf Reinicke, Chief Engineer, Oderland Antriebe AG', 'Prof. Dr. Felix Adomeit, Brandenburgische Technische Universität Cottbus-Senftenberg (BTU)', 'Hanna Szymańska'),
 ('WG 5 Skills and training', 'Yvonne Bresching, HR Director, Lausitzer Gleisbau GmbH & Co. KG', 'Mehmet Kaya, Chamber of Industry and Commerce Cottbus', 'Lea Wunderlich'),
 ('WG 6 Cross-border rail with Poland', 'Tomasz Zieliński, Prezes Zarządu, Lubtrans Kolej Sp. z o.o.', 'Dr. Ricarda von Alvensleben, European University Viadrina Frankfurt (Oder)', 'Lea Wunderlich')]
t = d.add_table(rows=len(rows), cols=4); t.style = 'Table Grid'
for i, r in enumerate(rows):
    for j, c in enumerate(r): t.cell(i, j).text = c
H('3. Changes compared with the period 2032–2034')
for t_ in ['WG 2: Annika Freiberg succeeds Rüdiger Mahnke (SignaTec), who retired in December 2034.',
 'WG 4: new working group, created by the Board on 22 January 2035.',
 'WG 6: Tomasz Zieliński replaces Jan-Hendrik Pagel, who chaired the group from 2029 to 2034 and now represents the cluster in the Oder Partnership.',
 'WG 5: Mehmet Kaya continues as co-chair for a second and final term.']:
    Pp(t_, 'List Bullet')
H('4. Tasks of chairs and co-chairs')
Pp('Chairs convene at least three meetings of their working group per year, agree an annual work plan with the cluster management by 31 March, and present results at the Annual Forum. Co-chairs represent the group in national and European networks, in particular towards the European Rail Research Network of Excellence and the Europe\'s Rail Joint Undertaking, and support the preparation of joint project proposals. The cluster management office provides one secretariat contact per two working groups.')
Pp('The Board thanked the outgoing chairs and co-chairs of the period 2032–2034, in particular Rüdiger Mahnke and Jan-Hendrik Pagel, and Prof. Dr. Henning Klatte (Technische Hochschule Brandenburg), who co-chaired WG 1 from 2029 to 2034 and now joins the Advisory Board of the cluster.')
H('5. Next meetings')
for t_ in ['Kick-off of all working groups: 12 March 2035, Wildau, 10:00–16:00',
 'WG 6 joint meeting with the Lubuskie rail cluster: 23–24 April 2035, Zielona Góra',
 'Working-group chairs at the RailNet Annual Forum: 9 October 2035, Potsdam']:
    Pp(t_, 'List Bullet')
Pp('Contact: cluster management office, Dr. Sabine Hohlfeld, Cluster Manager, RailNet Brandenburg e.V.')
d.save(f'{B}/docs/{doc}')
import zipfile, re, html
xml = zipfile.ZipFile(f'{B}/docs/{doc}').read('word/document.xml').decode('utf-8')
xml = re.sub(r'</w:p>|<w:tab/>|<w:br/>', '\n', xml); txt = html.unescape(re.sub(r'<[^>]+>', '', xml))
R='RailNet Brandenburg e.V.'
people = [P('Dirk Schwanitz','Head of Depot Operations','Havelland Schienenfahrzeugwerk GmbH'),
 P('Małgorzata Wiśniewska-Kühn',None,'Technische Hochschule Wildau'),
 P('Jonas Priebe','Secretariat contact',R),
 P('Annika Freiberg','Product Owner ETCS','SignaTec Berlin-Brandenburg GmbH'),
 P('Uwe Lehmkuhl',None,'Deutsches Zentrum für Luft- und Raumfahrt'),
 P('Kai-Uwe Ortmann','Managing Director','Spreewald Terminal Lübbenau GmbH'),
 P('Christiane Bethge',None,'Ministry of Infrastructure and Regional Planning of Brandenburg'),
 P('Hanna Szymańska','Secretariat contact',R),
 P('Olaf Reinicke','Chief Engineer','Oderland Antriebe AG'),
 P('Felix Adomeit',None,'Brandenburgische Technische Universität Cottbus-Senftenberg'),
 P('Yvonne Bresching','HR Director','Lausitzer Gleisbau GmbH & Co. KG'),
 P('Mehmet Kaya',None,'Chamber of Industry and Commerce Cottbus'),
 P('Lea Wunderlich','Secretariat contact',R),
 P('Tomasz Zieliński','Prezes Zarządu','Lubtrans Kolej Sp. z o.o.'),
 P('Ricarda von Alvensleben',None,'European University Viadrina Frankfurt (Oder)'),
 P('Rüdiger Mahnke',None,'SignaTec Berlin-Brandenburg GmbH'),
 P('Jan-Hendrik Pagel',None,None),
 P('Sabine Hohlfeld','Cluster Manager',R),
 P('Henning Klatte',None,'Technische Hochschule Brandenburg')]
orgs = [O(R), O('Havelland Schienenfahrzeugwerk GmbH'), O('Technische Hochschule Wildau'), O('SignaTec Berlin-Brandenburg GmbH'),
 O('Deutsches Zentrum für Luft- und Raumfahrt','DLR'), O('Institute of Transportation Systems'), O('Spreewald Terminal Lübbenau GmbH'),
 O('Ministry of Infrastructure and Regional Planning of Brandenburg','MIL'), O('Oderland Antriebe AG'),
 O('Brandenburgische Technische Universität Cottbus-Senftenberg','BTU'), O('Lausitzer Gleisbau GmbH & Co. KG'),
 O('Chamber of Industry and Commerce Cottbus'), O('Lubtrans Kolej Sp. z o.o.'), O('European University Viadrina Frankfurt (Oder)'),
 O('Oder Partnership'), O('European Rail Research Network of Excellence'), O("Europe's Rail Joint Undertaking"), O('Technische Hochschule Brandenburg')]
events = [E('Board meeting','2035-01-22','2035-01-22','Wildau','Germany'),
 E('General Assembly','2034-11-14','2034-11-14','Potsdam','Germany'),
 E('Kick-off of all working groups','2035-03-12','2035-03-12','Wildau','Germany'),
 E('WG 6 joint meeting with the Lubuskie rail cluster','2035-04-23','2035-04-24','Zielona Góra','Poland'),
 E('RailNet Annual Forum','2035-10-09','2035-10-09','Potsdam','Germany')]
dates = ['2035-02-03','2035-01-22','2035/2037','2034-11-14','2032/2034','2034-12','2029/2034','2035-03-12','2035-04-23/2035-04-24','2035-10-09']
save(doc, None, None, people, orgs, events, dates, [], write=False, check_text=txt)
print(txt.count('\n'))
