from h import *
import os, docx
from docx.shared import Pt
F = 'BLUE-PORT-SKILLS_partnership_list_v3.docx'
d = docx.Document()
d.add_heading('BLUE-PORT-SKILLS – Partnership and contact list', 0)
paras = [
 'Interreg Baltic Sea Region 2021–2027, Priority 1 "Innovative societies", project No. #C077. Version 3 of 2 February 2034, replaces version 2 of 15 September 2033. Prepared by the Lead Partner for the Steering Committee.',
 'BLUE-PORT-SKILLS ("Blue ports, green skills") runs from 1 January 2033 to 31 December 2035 with a total budget of EUR 3.2 million. The partnership brings together ten project partners and four associated organisations from seven countries around the Baltic Sea. Its aim is to help small and medium-sized port and ship-repair companies train their workforce for the retrofit of vessels to alternative fuels and for the service of offshore wind farms.',
 'Changes since version 2: the contact person at Klaipėda Science and Technology Park has changed (Rūta Jankauskienė replaces Darius Petrauskas, who left the organisation in December 2033); the Gdańsk partner has a new legal name after the merger of 1 January 2034; the Finnish associated organisation Satakunta University of Applied Sciences has joined.',
]
for p in paras: d.add_paragraph(p)
d.add_heading('1. Project partners', 1)
rows = [
 ('LP', 'Kurzeme Maritime Technology Cluster (KMTC)', 'Latvia', 'Mārtiņš Ozoliņš, Deputy Cluster Manager (project coordinator)'),
 ('PP2', 'Liepāja Maritime College', 'Latvia', 'Agnese Lūsēna, Director'),
 ('PP3', 'Klaipėda Science and Technology Park', 'Lithuania', 'Rūta Jankauskienė, Head of International Projects'),
 ('PP4', 'Pomeranian Maritime Cluster Foundation (Fundacja Pomorski Klaster Morski)', 'Poland', 'Dr. Bartosz Lewandowski, President of the Management Board'),
 ('PP5', 'Gdańsk Ship Repair Academy sp. z o.o.', 'Poland', 'Joanna Kamińska-Wolf, Training Manager'),
 ('PP6', 'Maritimes Cluster Mecklenburg-Vorpommern e.V.', 'Germany', 'Dr.-Ing. Heiko Brandenburg, Managing Director'),
 ('PP7', 'Hochschule Wismar, University of Applied Sciences', 'Germany', 'Prof. Dr. Ulrike Schwerin, Faculty of Engineering'),
 ('PP8', 'Tallinn University of Technology, Estonian Maritime Academy', 'Estonia', 'Marko Tamm, Senior Lecturer'),
 ('PP9', 'Offshore Center Danmark', 'Denmark', 'Signe Bundgaard, Senior Project Manager'),
 ('PP10', 'Kalmar Maritime Academy, Linnaeus University', 'Sweden', 'Björn Åkesson, Head of Continuing Education'),
]
t = d.add_table(rows=1, cols=4); t.style = 'Table Grid'
for i, h in enumerate(['No.', 'Partner', 'Country', 'Contact person']): t.rows[0].cells[i].text = h
for r in rows:
    cs = t.add_row().cells
    for i, v in enumerate(r): cs[i].text = v
d.add_heading('2. Associated organisations', 1)
rows2 = [
 ('AO1', 'Ministry of Transport of the Republic of Latvia', 'Latvia', 'Ints Kalniņš, Senior Expert, Maritime Department'),
 ('AO2', 'Port of Liepāja', 'Latvia', 'Gunta Vanaga, Development Director'),
 ('AO3', 'State Agency for Maritime Affairs, Mecklenburg-Vorpommern', 'Germany', 'Jens-Uwe Petersen'),
 ('AO4', 'Satakunta University of Applied Sciences (SAMK)', 'Finland', 'Päivi Koskinen, Research Manager'),
]
t2 = d.add_table(rows=1, cols=4); t2.style = 'Table Grid'
for i, h in enumerate(['No.', 'Organisation', 'Country', 'Contact person']): t2.rows[0].cells[i].text = h
for r in rows2:
    cs = t2.add_row().cells
    for i, v in enumerate(r): cs[i].text = v
d.add_heading('3. Work packages and responsibilities', 1)
for p in [
 'WP1 Project management – lead: KMTC. Financial manager: Oskars Vītols (KMTC).',
 'WP2 Skills needs analysis – lead: Hochschule Wismar. Regional surveys in all seven countries; results due in June 2034.',
 'WP3 Pilot training courses – lead: Liepāja Maritime College, with Gdańsk Ship Repair Academy and Kalmar Maritime Academy. Nine pilot courses between September 2034 and June 2035.',
 'WP4 Transfer and policy – lead: Offshore Center Danmark. Policy dialogue with the associated ministries and agencies; final conference in Liepāja in October 2035.',
 'Communication manager for the whole project: Laura Freimane (KMTC), until her return from leave replaced by Kristīne Jansone (KMTC).',
]: d.add_paragraph(p, style='List Bullet')
d.add_paragraph('Associated organisations do not receive project funding. They take part in the policy dialogue of WP4, host study visits and help the partners reach companies in their regions. Each associated organisation has signed a letter of support; the letters are kept by the Lead Partner. Project partners who change their contact person are asked to inform the Lead Partner within two weeks, as the change must be reported to the Joint Secretariat in the next progress report.')
d.add_heading('4. Meetings', 1)
for p in [
 'Kick-off meeting: Liepāja, 8–9 February 2033 (held).',
 'Second partner meeting: Klaipėda, 20–21 September 2033 (held).',
 'Third partner meeting and Steering Committee: Wismar, 14–15 March 2034.',
 'Fourth partner meeting: Esbjerg, autumn 2034 (date to be confirmed).',
]: d.add_paragraph(p, style='List Bullet')
d.add_paragraph('Please send any corrections to this list to the Lead Partner (martins.ozolins@kmtc.example). The list is for use within the partnership only and must not be published without the consent of the persons named.')
d.save(os.path.join(B, 'docs', F))
def pp(cell):
    n, r = cell.split(', ', 1) if ', ' in cell else (cell, None)
    for t_ in ('Dr.-Ing. ', 'Prof. Dr. ', 'Dr. '): n = n.replace(t_, '')
    return n, r
orgname = {'Kurzeme Maritime Technology Cluster (KMTC)': 'Kurzeme Maritime Technology Cluster',
 'Pomeranian Maritime Cluster Foundation (Fundacja Pomorski Klaster Morski)': 'Pomeranian Maritime Cluster Foundation',
 'Satakunta University of Applied Sciences (SAMK)': 'Satakunta University of Applied Sciences'}
ppl = []
for r in rows + rows2:
    n, ro = pp(r[3]); ppl.append(P(n, ro, orgname.get(r[1], r[1])))
ppl[0]['role'] = 'Deputy Cluster Manager'
for p in ppl:
    if p['organisation'] == 'Tallinn University of Technology, Estonian Maritime Academy': p['organisation'] = 'Tallinn University of Technology'
    if p['organisation'] == 'Kalmar Maritime Academy, Linnaeus University': p['organisation'] = 'Linnaeus University'
    if p['role'] == 'Senior Expert, Maritime Department': p['role'] = 'Senior Expert'
    if p['role'] == 'Faculty of Engineering': p['role'] = None
ppl.append(P('Darius Petrauskas', None, 'Klaipėda Science and Technology Park'))
ppl.append(P('Oskars Vītols', 'Financial manager', 'Kurzeme Maritime Technology Cluster'))
ppl.append(P('Laura Freimane', 'Communication manager', 'Kurzeme Maritime Technology Cluster'))
ppl.append(P('Kristīne Jansone', None, 'Kurzeme Maritime Technology Cluster'))
orgs = [O('Kurzeme Maritime Technology Cluster', 'KMTC'), O('Pomeranian Maritime Cluster Foundation', None),
        O('Satakunta University of Applied Sciences', 'SAMK')]
# bilingual name: one organisation; the Polish name is noted in the README
for r in rows + rows2:
    if r[1] not in orgname and ', ' not in r[1]: orgs.append(O(r[1]))
orgs += [O('Tallinn University of Technology'), O('Estonian Maritime Academy'), O('Kalmar Maritime Academy'), O('Linnaeus University'), O('Maritime Department'), O('Faculty of Engineering'), O('Hochschule Wismar, University of Applied Sciences'), O('State Agency for Maritime Affairs, Mecklenburg-Vorpommern')]
gold(F, ppl, orgs, [
 E('Kick-off meeting', '2033-02-08', '2033-02-09', 'Liepāja', 'Latvia'),
 E('Second partner meeting', '2033-09-20', '2033-09-21', 'Klaipėda', 'Lithuania'),
 E('Third partner meeting and Steering Committee', '2034-03-14', '2034-03-15', 'Wismar', 'Germany'),
 E('Fourth partner meeting', '2034', '2034', 'Esbjerg', 'Denmark'),
 E('final conference', '2035-10', '2035-10', 'Liepāja', 'Latvia'),
],['2021/2027','2034-02-02','2033-09-15','2033-01-01/2035-12-31','2033-12','2034-01-01','2034-06','2034-09/2035-06','2035-10','2033-02-08/2033-02-09','2033-09-20/2033-09-21','2034-03-14/2034-03-15','2034'], pub=None)
