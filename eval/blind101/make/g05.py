from h import *
import docx
F = 'g05_moravia_silesia_member_survey_2038.docx'
assert wd(2038,1,13)=='Wednesday' and wd(2038,2,24)=='Wednesday' and wd(2038,3,17)=='Wednesday'
paras = [
('h0','Member Survey 2038: Key Findings'),
('p','Moravian-Silesian Engineering Cluster (MSEC) · Internal report for members · Version 1.1 · 24 February 2038'),
('p','Prepared by: Veronika Šimečková, Analyst, and Ondřej Kubíček, Cluster Manager'),
('p','Approved by the Board on 17 February 2038. Distribution: members, Moravian-Silesian Innovation Centre (MSIC), Moravian-Silesian Region – Department of Regional Development.'),
('h1','1. About the survey'),
('p','The survey ran online from 4 to 22 January 2038 and was sent to all 143 members of the cluster. We received 97 complete answers (response rate 68 %), 81 of them from companies and 16 from universities, research organisations and schools. Of the responding companies, 58 % employ fewer than 50 people. The questionnaire was the same as in 2036, so most questions can be compared over time. The results were discussed with members at an online briefing on Wednesday 13 January 2038 (preliminary results) and at the members\u2019 meeting in Třinec on Wednesday 24 February 2038.'),
('h1','2. Key findings'),
('b','Energy costs have overtaken the shortage of skilled workers as the main business risk: 62 % of companies name them first, against 31 % in 2036.'),
('b','Three in four companies plan to invest in automation or robotics by 2040, but only one in five has a written digitalisation plan.'),
('b','Members value matchmaking and joint trade fair stands most; general newsletters and large conferences least.'),
('b','44 % of companies have taken part in at least one cluster project, up from 29 % in 2036.'),
('b','Cooperation with the VŠB – Technical University of Ostrava is rated good or very good by 71 % of the members who use it.'),
('b','Interest in export to Ukraine and the Western Balkans has doubled, while interest in China has fallen.'),
('h1','3. Services in detail'),
('p','Asked which three services of the cluster they would keep if the budget were cut, members chose B2B matchmaking (57 %), joint stands at the MSV Brno fair and Hannover Messe (49 %) and help with grant applications (46 %). Training courses were chosen by 28 %. The lowest scores went to the printed annual report (4 %) and to study tours outside Europe (6 %).'),
('p','Open answers asked for faster information on calls of the Operational Programme Johannes Amos Comenius and for more events outside Ostrava, especially in Frýdek-Místek, Opava and Karviná.'),
('h1','4. Recommendations to the Board'),
('b','Launch an energy efficiency service with the Regional Energy Agency of the Moravian-Silesian Region before the 2038/2039 heating season.'),
('b','Offer every member company a short digital maturity check with the European Digital Innovation Hub Moravia-Silesia.'),
('b','Replace the printed annual report with a short online summary.'),
('h1','5. Quotes from the open answers'),
('p','\u201cThe cluster should talk less about Industry 5.0 and more about our electricity bill.\u201d (machine shop, 35 employees)'),
('p','\u201cThe matchmaking at Hannover brought us two customers in Bavaria. Please continue.\u201d (supplier of hydraulic components)'),
('h1','6. Next steps'),
('p','The Board will decide on the energy service at its meeting on 17 March 2038. The next survey is planned for January 2040. Questions about this report: Veronika Šimečková, simeckova@msec.cz, +420 596 123 408.'),
('p','Annex 1: Questionnaire (Czech and English) \u2013 Annex 2: Tables by company size \u2013 Annex 3: Comparison 2034\u20132038'),
('p','Members of the survey working group: Jiří Vavrečka (Třinecké železárny, a.s.), Lenka Polášková (Vítkovice Machinery Group), Prof. Tomáš Bartošek (VŠB – Technical University of Ostrava).'),
('p','Page 1 of 1 \u2013 MSEC internal \u2013 not for publication'),
]
d = docx.Document()
for k, t in paras:
    if k == 'h0': d.add_heading(t, 0)
    elif k == 'h1': d.add_heading(t, 1)
    elif k == 'b': d.add_paragraph(t, style='List Bullet')
    else: d.add_paragraph(t)
d.save(path(F))
M='Moravian-Silesian Engineering Cluster'
km=[t.rstrip('.') for k,t in paras if k=='b']
gold(F,
 [P('Veronika Šimečková','Analyst',M),P('Ondřej Kubíček','Cluster Manager',M),
  P('Jiří Vavrečka',None,'Třinecké železárny, a.s.'),P('Lenka Polášková',None,'Vítkovice Machinery Group'),
  P('Tomáš Bartošek',None,'VŠB – Technical University of Ostrava')],
 [O(M,'MSEC'),O('Moravian-Silesian Innovation Centre','MSIC'),O('Moravian-Silesian Region – Department of Regional Development'),
  O('VŠB – Technical University of Ostrava'),O('Regional Energy Agency of the Moravian-Silesian Region'),
  O('European Digital Innovation Hub Moravia-Silesia'),O('Třinecké železárny, a.s.'),O('Vítkovice Machinery Group')],
 [E('online briefing','2038-01-13'),E("members\u2019 meeting",'2038-02-24',None,'Třinec','Czech Republic'),
  E('MSV Brno',None,None,'Brno','Czech Republic'),E('Hannover Messe',None,None,'Hannover','Germany'),
  E('Board meeting','2038-03-17')],
 ['2038-02-24','2038-02-17','2038-01-04/2038-01-22','2036','2038-01-13','2040','2038-03-17','2040-01','2034/2038','2038/2039'],
 km, pub='2038-02-24')
