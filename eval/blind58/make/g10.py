from h import *
from docx import Document
from docx.shared import Pt
F = 'zilina_automotive_cluster_invitation_2035.docx'
doc = Document()
P_ = lambda t, b=False: (lambda p: (setattr(p.add_run(t), 'bold', b), p))(doc.add_paragraph())
doc.add_paragraph('Automotive Cluster Žilina Region, z. z. p. o. (ACZR)\nUniverzitná 8215/1, 010 26 Žilina, Slovakia · www.aczr.example')
doc.add_heading('INVITATION', level=1)
doc.add_heading(f'Members\' Forum 2035 and General Assembly', level=2)
doc.add_paragraph(f'{wd(2035,10,18)}, 18 October 2035 · University of Žilina, Aula Magna, Žilina')
doc.add_paragraph('Dear members, dear partners,')
doc.add_paragraph('On behalf of the Board of the Automotive Cluster Žilina Region (ACZR) we have the pleasure of inviting you to our annual Members\' Forum, '
 'followed by the ordinary General Assembly. This year the forum is dedicated to the transition of suppliers in the region from components for combustion '
 'engines to parts for electric and hydrogen vehicles. In 2034 almost one in four jobs in the Žilina Region depended on the automotive industry; the '
 'forum will look at how the region can keep this position until 2040.')
doc.add_paragraph('Last year\'s forum in Martin, held on 19 October 2034 with 160 participants, ended with a request from members for more concrete '
 'support in retraining workers and in finding new customers. The Board has since started a skills pilot with the Secondary Technical School in Kysucké Nové Mesto '
 'and a supplier database with the Slovak Automotive Industry Association (ZAP SR). Both will be presented at the forum, together with the first results of the '
 'survey of 84 member companies carried out in the summer of 2035.')
doc.add_paragraph('The morning part is public and open to partners; the afternoon General Assembly is reserved for members. Simultaneous interpretation '
 'Slovak–English is provided in the morning.')
doc.add_heading('Agenda', level=2)
rows = [
 ('Time', 'Item', 'Speaker'),
 ('08:30–09:00', 'Registration and coffee', ''),
 ('09:00–09:20', 'Welcome and opening', 'Ing. Peter Hlinka, PhD., Chairman of the Board, ACZR; Erika Jurinová-Šimková, Chairwoman of the Žilina Self-Governing Region'),
 ('09:20–09:50', 'Keynote: Europe\'s automotive suppliers after 2035', 'Dr. Matthias Wissmann-Berger, Head of Supplier Policy, European Association of Automotive Suppliers (CLEPA)'),
 ('09:50–10:20', 'Kia Slovakia: plans for the electric platform in Teplička nad Váhom', 'Mgr. Jana Kubalová, Director of Purchasing, Kia Slovakia s.r.o.'),
 ('10:20–10:40', 'Coffee break', ''),
 ('10:40–11:40', 'Panel: From pistons to power electronics', 'doc. Ing. Martin Bugaj, PhD., Faculty of Mechanical Engineering, University of Žilina; Ing. Lucia Čierna, CEO, Precízne Diely Bytča s.r.o.; Tomasz Jabłoński, Silesian Automotive & Advanced Manufacturing Cluster (Poland); Ing. Radek Novotný, Automotive Industry Association of the Czech Republic (AutoSAP)'),
 ('11:40–12:10', 'Funding for transition: the new regional scheme', 'Ing. Miroslava Haláková, Slovak Investment and Trade Development Agency (SARIO)'),
 ('12:10–13:30', 'Lunch and visit of the university\'s testing laboratories', ''),
 ('13:30–15:30', 'General Assembly (members only): 1. Opening and quorum; 2. Annual report 2035; 3. Financial report and auditor\'s report; 4. Budget 2036; 5. Election of two Board members; 6. Admission of new members; 7. Any other business', 'Chair: Ing. Peter Hlinka, PhD.'),
 ('15:30', 'Closing', ''),
]
t = doc.add_table(rows=len(rows), cols=3)
t.style = 'Table Grid'
for i, r in enumerate(rows):
    for j, c in enumerate(r): t.cell(i, j).text = c
doc.add_heading('Practical information', level=2)
doc.add_paragraph('Registration: please register by 10 October 2035 using the online form on the cluster website or by e-mail to the cluster office. '
 'Members who cannot attend the General Assembly may give a written proxy to another member; proxies must reach the office by 16 October 2035.')
doc.add_paragraph('Candidates for the two Board seats may be nominated by members until 3 October 2035. The current Board members Ing. Ján Matejčík '
 '(Matejčík Autodiely s.r.o.) and Ing. Zuzana Pauliková (INA Kysucké Nové Mesto a.s.) end their terms (2031–2035) and are eligible for re-election.')
doc.add_paragraph('Parking is available at the university car park P3. The venue is a 15-minute walk from Žilina railway station.')
doc.add_paragraph('The forum is co-financed by the Ministry of Economy of the Slovak Republic under the support scheme for cluster organisations.')
doc.add_paragraph('Please note that the General Assembly can only take decisions if at least half of the members are present or represented. '
 'If the quorum is not reached, a substitute assembly will be held thirty minutes later with the same agenda.')
doc.add_paragraph('We look forward to welcoming you in Žilina.')
doc.add_paragraph('Kind regards,')
doc.add_paragraph('Ing. Peter Hlinka, PhD.\nChairman of the Board')
doc.add_paragraph('Mgr. Silvia Ďurčeková\nCluster Manager, ACZR\nsilvia.durcekova@aczr.example · +421 41 000 0000')
doc.save(os.path.join(B, 'docs', F))
gold(F,
 [P('Peter Hlinka', 'Chairman of the Board', 'ACZR'),
  P('Erika Jurinová-Šimková', 'Chairwoman of the Žilina Self-Governing Region', 'Žilina Self-Governing Region'),
  P('Matthias Wissmann-Berger', 'Head of Supplier Policy', 'European Association of Automotive Suppliers'),
  P('Jana Kubalová', 'Director of Purchasing', 'Kia Slovakia s.r.o.'),
  P('Martin Bugaj', None, 'University of Žilina'),
  P('Lucia Čierna', 'CEO', 'Precízne Diely Bytča s.r.o.'),
  P('Tomasz Jabłoński', None, 'Silesian Automotive & Advanced Manufacturing Cluster'),
  P('Radek Novotný', None, 'Automotive Industry Association of the Czech Republic'),
  P('Miroslava Haláková', None, 'Slovak Investment and Trade Development Agency'),
  P('Ján Matejčík', 'Board member', 'ACZR'),
  P('Zuzana Pauliková', 'Board member', 'ACZR'),
  P('Silvia Ďurčeková', 'Cluster Manager', 'ACZR')],
 [O('Automotive Cluster Žilina Region, z. z. p. o.', 'ACZR'), O('University of Žilina'), O('Žilina Self-Governing Region'),
  O('European Association of Automotive Suppliers', 'CLEPA'), O('Kia Slovakia s.r.o.'), O('Faculty of Mechanical Engineering'),
  O('Precízne Diely Bytča s.r.o.'), O('Silesian Automotive & Advanced Manufacturing Cluster'),
  O('Automotive Industry Association of the Czech Republic', 'AutoSAP'), O('Slovak Investment and Trade Development Agency', 'SARIO'),
  O('Matejčík Autodiely s.r.o.'), O('INA Kysucké Nové Mesto a.s.'), O('Ministry of Economy of the Slovak Republic'), O('Secondary Technical School in Kysucké Nové Mesto'), O('Slovak Automotive Industry Association', 'ZAP SR')],
 [E("Members' Forum 2035", '2035-10-18', '2035-10-18', 'Žilina', 'Slovakia'),
  E('General Assembly', '2035-10-18', '2035-10-18', 'Žilina', 'Slovakia'),
  E("Last year's forum", '2034-10-19', '2034-10-19', 'Martin', 'Slovakia')],
 ['2035-10-18', '2034', '2040', '2035', '2034-10-19', '2035-10-10', '2035-10-16', '2035-10-03', '2031/2035'], [])
