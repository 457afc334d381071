from h import *
import docx
from docx.shared import Pt
F = 'zakarpattia-electronics-cluster-annual-report-2034.docx'
d = docx.Document()
paras = []
def p(t, style=None):
    d.add_paragraph(t, style=style) if style else d.add_paragraph(t)
def h(t, l=1): d.add_heading(t, level=l)
h('Zakarpattia Electronics and IT Cluster', 0)
p('Annual Report 2034')
p('Approved by the General Meeting of Members, Uzhhorod, 22 April 2035')
h('1. Foreword of the Chair')
p('Dear members and partners,')
p('2034 was the year in which our cluster finally became a cross-border organisation in practice and not only on paper. With 74 members on 31 December 2034, of which eleven are based in Slovakia, Hungary and Romania, the Zakarpattia Electronics and IT Cluster (ZEITC) is now the largest business association of the region outside the Chamber of Commerce. We opened the second floor of the Uzhhorod Technology Hub in March, trained 640 young people in electronics assembly and embedded programming, and signed a cooperation agreement with the Košice IT Valley and the Debrecen-based Innovation Network of the Northern Great Plain.')
p('None of this would have been possible without the Management Board and the staff, who worked under conditions that remain difficult. I thank in particular Olena Hrytsenko-Varga, our executive director, and all colleagues in the office. I also thank the Supervisory Council, which met five times in 2034 and approved the strategy for 2035–2039 in November.')
p('Dr. Mykhailo Popovych, Chair of the Management Board')
h('2. Governance')
p('Under the statutes adopted on 9 June 2026 and amended on 18 April 2033, the cluster is governed by the General Meeting of Members, a Management Board of seven members elected for three years and a Supervisory Council of five members. The current Management Board was elected on 19 April 2034; the Supervisory Council on 18 April 2033. Day-to-day business is run by the executive director, who is appointed by the Management Board and reports to it.')
p('Table 1. Management Board (term 2034–2037)')
rows = [('Name','Function','Organisation'),
 ('Dr. Mykhailo Popovych','Chair','Uzhhorod National University, Faculty of Information Technologies'),
 ('Tetiana Kovach-Sabo','Vice-Chair','Carpathian Circuits TOV'),
 ('Ištvan Baloha','Vice-Chair','Tisza Embedded Systems TOV'),
 ('Oksana Lendel','Treasurer','Mukachevo Electronics Plant PrJSC'),
 ('Roman Feketa','Member','SoftBridge Uzhhorod TOV'),
 ('Ing. Martin Hudák, PhD.','Member (cross-border seat)','Východoslovenská elektrotechnika s.r.o., Michalovce'),
 ('Yulia Shandor','Member','Zakarpattia Regional Development Agency')]
def table(rows):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = 'Table Grid'
    for i, r in enumerate(rows):
        for j, c in enumerate(r): t.cell(i, j).text = c
table(rows)
p('Table 2. Supervisory Council (term 2033–2036)')
table([('Name','Function','Organisation'),
 ('Prof. Vasyl Mykytiuk','Chair','Zakarpattia Chamber of Commerce and Industry'),
 ('Nataliia Orban','Deputy Chair','Transcarpathian Regional Council, Committee on Economic Development'),
 ('Dr. Ágnes Kovács-Tóth','Member','Ferenc Rákóczi II Transcarpathian Hungarian College of Higher Education'),
 ('Petro Danko','Member','Kredobank, Uzhhorod branch'),
 ('Liudmyla Sember','Member (staff representative)','ZEITC office')])
p('Changes during the year: Andrii Balah (Vice-Chair since 2031) left the Management Board on 19 April 2034 after his company, Verkhovyna Soft TOV, was taken over by a Lviv group; he was thanked by the General Meeting. Ištvan Baloha was elected in his place. On the Supervisory Council, Petro Danko replaced Serhii Kish, who retired from Kredobank in September 2034 and resigned his seat on 30 September 2034.')
h('3. Office')
p('The office had eleven staff at the end of the year. The executive director Olena Hrytsenko-Varga is assisted by Denys Lukach (head of projects), Marianna Ivanchyk-Horvat (training academy), Viktor Bulyna (finance) and Kateryna Stoika (communication and events). Liudmyla Sember is the staff representative on the Supervisory Council.')
h('4. Activities in 2034')
p('Training. The Electronics Academy held four cohorts of its twelve-week course in electronics assembly and two cohorts of the embedded programming course. 640 participants completed a course; 71 percent found a job in a member company within three months.')
p('Events. The fifth Carpathian Hardware Days took place in Uzhhorod on 25–26 September 2034 with 420 participants from eight countries. A members’ matchmaking with Slovak electronics companies was held in Michalovce on 12 June 2034, organised together with Východoslovenská elektrotechnika s.r.o. The annual members’ assembly took place on 19 April 2034.')
p('Projects. The cluster led the Interreg NEXT project “Border Electronics Skills” with the Technical University of Košice and the University of Debrecen and was a partner in two projects of the EU4Business initiative. It joined the European Cluster Collaboration Platform in May 2034.')
p('Membership. Nine new members joined in 2034, three left. Annual fees remained unchanged. Among the new members are two companies from Uzhhorod that design printed circuit boards for agricultural machinery, a Berehove training provider for welding and soldering, and a software company from Michalovce that is the first Slovak member without a branch in Ukraine. The members left because of mergers or relocation, not because of dissatisfaction with the services, according to the annual members’ survey.')
h('5. Outlook for 2035')
p('The Management Board proposes to the General Meeting to focus the year 2035 on three priorities: a second training site in Mukachevo, a joint export stand with Slovak and Hungarian members at electronica 2036 in Munich, and the preparation of the cluster’s application for the Bronze Label of the European Secretariat for Cluster Analysis. The budget for 2035 foresees expenditure of 1.9 million hryvnias from membership fees and 14 million hryvnias from projects.')
p('The financial statements for 2034 were audited by Audit-Kontakt TOV and approved by the Supervisory Council on 27 March 2035. They are available to members on request.')
p('Uzhhorod, 2 April 2035')
p('Olena Hrytsenko-Varga, Executive Director · Dr. Mykhailo Popovych, Chair of the Management Board')
d.save(os.path.join(B,'docs',F))
Z='Zakarpattia Electronics and IT Cluster'
gold(F,
 [P('Mykhailo Popovych','Chair of the Management Board',Z), P('Olena Hrytsenko-Varga','executive director',Z),
  P('Tetiana Kovach-Sabo','Vice-Chair','Zakarpattia Electronics and IT Cluster'), P('Ištvan Baloha','Vice-Chair','Zakarpattia Electronics and IT Cluster'),
  P('Oksana Lendel','Treasurer','Zakarpattia Electronics and IT Cluster'), P('Roman Feketa','Member','Zakarpattia Electronics and IT Cluster'),
  P('Martin Hudák','Member (cross-border seat)','Zakarpattia Electronics and IT Cluster'), P('Yulia Shandor','Member','Zakarpattia Electronics and IT Cluster'),
  P('Vasyl Mykytiuk','Chair','Zakarpattia Electronics and IT Cluster'), P('Nataliia Orban','Deputy Chair','Zakarpattia Electronics and IT Cluster'),
  P('Ágnes Kovács-Tóth','Member','Zakarpattia Electronics and IT Cluster'), P('Petro Danko','Member','Zakarpattia Electronics and IT Cluster'),
  P('Liudmyla Sember','Member (staff representative)',Z), P('Andrii Balah','Vice-Chair','Zakarpattia Electronics and IT Cluster'), P('Serhii Kish',None,'Kredobank'),
  P('Denys Lukach','head of projects',Z), P('Marianna Ivanchyk-Horvat','training academy',Z), P('Viktor Bulyna','finance',Z), P('Kateryna Stoika','communication and events',Z)],
 [O(Z,'ZEITC'), O('Uzhhorod Technology Hub'), O('Košice IT Valley'), O('Innovation Network of the Northern Great Plain'),
  O('Uzhhorod National University'), O('Carpathian Circuits TOV'), O('Tisza Embedded Systems TOV'), O('Mukachevo Electronics Plant PrJSC'),
  O('SoftBridge Uzhhorod TOV'), O('Východoslovenská elektrotechnika s.r.o.'), O('Zakarpattia Regional Development Agency'),
  O('Zakarpattia Chamber of Commerce and Industry'), O('Transcarpathian Regional Council'), O('Committee on Economic Development'), O('Ferenc Rákóczi II Transcarpathian Hungarian College of Higher Education'),
  O('Kredobank'), O('Verkhovyna Soft TOV'), O('Technical University of Košice'), O('University of Debrecen'), O('European Cluster Collaboration Platform'),
  O('European Secretariat for Cluster Analysis'), O('Audit-Kontakt TOV'), O('Faculty of Information Technologies')],
 [E('Carpathian Hardware Days','2034-09-25','2034-09-26','Uzhhorod','Ukraine'), E('members’ matchmaking with Slovak electronics companies','2034-06-12','2034-06-12','Michalovce','Slovakia'),
  E('annual members’ assembly','2034-04-19','2034-04-19',None,None), E('electronica 2036','2036','2036','Munich','Germany'), E('General Meeting of Members','2035-04-22','2035-04-22','Uzhhorod','Ukraine')],
 ['2034','2035-04-22','2034-12-31','2034-03','2035/2039','2034-11','2026-06-09','2033-04-18','2034-04-19','2034/2037','2033/2036','2031','2034-09','2034-09-30','2034-09-25/2034-09-26','2034-06-12','2034-05','2035','2035-03-27','2035-04-02'],
 pub='2035-04-02')
