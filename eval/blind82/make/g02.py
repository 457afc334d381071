from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, NextPageTemplate, PageBreak, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
F = 'g02_normandy_hydrogen_valley_policy_brief.pdf'
b = ParagraphStyle('b', fontName='DV', fontSize=9.5, leading=13)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=16, leading=20, spaceAfter=8)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4)
def foot(c, d):
    c.setFont('DV', 7.5); c.drawString(40, 25, 'Normandie Hydrogène Cluster – Policy Brief No. 7 – September 2034'); c.drawRightString(555, 25, f'Page {d.page} of 3')
doc = BaseDocTemplate(path(F), pagesize=A4)
one = Frame(40, 45, 515, 760, id='one')
c1 = Frame(40, 45, 250, 760, id='c1'); c2 = Frame(305, 45, 250, 760, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=foot), PageTemplate('two', [c1, c2], onPage=foot)])
S = []
p = lambda t, s=b: S.append(Paragraph(t, s))
p('POLICY BRIEF No. 7 · SEPTEMBER 2034', ParagraphStyle('k', fontName='DVB', fontSize=8, textColor=colors.grey))
p('Making the Seine estuary a hydrogen valley that works for small firms', h1)
p('Authors: Dr. Hélène Le Bihan-Moreau (Normandie Hydrogène Cluster), Prof. Bartosz Kamiński (Université de Caen Normandie) and Matthieu Delacroix-Aubert (AD Normandie, the regional development agency)')
p('Published on 15 September 2034 by Normandie Hydrogène Cluster, an association under the French law of 1901, Le Havre.')
S.append(Spacer(1, 8))
box = Table([[Paragraph('<b>In brief.</b> Between 2031 and 2034 the Seine estuary attracted more than EUR 1.9 billion of announced hydrogen investment, mostly by large industrial groups. Only 14% of the supply contracts placed so far went to companies based in Normandy. This brief explains why, based on 62 interviews and a survey of 214 regional firms carried out between January and May 2034, and sets out six recommendations to the Région Normandie, the State services and the cluster itself.', b)]], colWidths=[500])
box.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 1, colors.HexColor('#1d5c8c')), ('BACKGROUND', (0,0), (-1,-1), colors.HexColor('#e8f1f8')), ('PADDING', (0,0), (-1,-1), 8)]))
S.append(box)
p('Context', h2)
p('The estuary between Rouen, Le Havre and Port-Jérôme-sur-Seine concentrates refining, chemicals and port activity, and with them about a fifth of the industrial CO2 emissions of northern France. Since the regional hydrogen roadmap of 2030, electrolyser projects, a pipeline corridor and hydrogen bunkering for ships have been announced. The Normandie Hydrogène Cluster, founded in 2029, now has 187 members, of which 131 are small and medium-sized enterprises.')
p('The cluster commissioned this brief after its members raised, at the General Assembly of 11 March 2034 in Rouen, a concern shared by many regions: that large projects arrive, but local suppliers do not get on board. The brief was discussed with the members at a round table at the Hydrogen Business Days in Caen on 4–5 July 2034 and finalised by the cluster\'s board.')
p('What we did', h2)
p('The team interviewed 62 people: purchasing managers of the seven largest project owners, managers of SMEs, staff of HAROPA PORT, of the Direction régionale de l\'économie, de l\'emploi, du travail et des solidarités (DREETS Normandie) and of the Chambre de commerce et d\'industrie Normandie. The survey received 214 valid answers. Results were compared with two other hydrogen regions, the Northern Netherlands and the Tees Valley.')
S.append(NextPageTemplate('two')); S.append(PageBreak())
p('Findings', h2)
p('The analysis leads to a simple picture. Regional firms have many of the skills the projects need, but they are not visible to buyers, they cannot carry the certification costs alone, and they learn about tenders too late.')
p('<b>Visibility.</b> Two in three purchasing managers said they did not know which Normandy companies could deliver pressure equipment, instrumentation or maintenance services. Lists kept by public bodies were out of date or too general.')
p('<b>Certification.</b> Work on hydrogen equipment requires qualifications (for example for pressure equipment and explosive atmospheres) that cost a small firm between EUR 40,000 and EUR 120,000. Only 23 of the 214 firms surveyed hold them.')
p('<b>Timing.</b> Large buyers pre-select suppliers 18 to 30 months before construction starts. Most SMEs heard of a project when its tenders were published, which was too late.')
p('<b>Finance.</b> Banks regard hydrogen contracts as risky because projects are often delayed. Firms that invested in equipment ahead of contracts reported cash-flow problems.')
p('<b>Skills.</b> Welders, electricians and technicians trained for hydrogen are scarce; the two training centres in the region can train about 150 people a year against a need estimated at 600.')
p('Comparison with other regions', h2)
p('In the Northern Netherlands, a regional supplier database linked to the project pipeline and a public guarantee scheme for SME investments helped raise the local share of contracts to about 35%. In the Tees Valley, a skills academy co-funded by the project owners shortened training waits. Both examples show that the gap can be closed within a few years if public bodies and project owners act together.')
p('Interviewees stressed that trust between large buyers and small suppliers grows through small first orders. Several purchasing managers said they would reserve maintenance lots for local firms if they could be sure of their qualifications. The cluster\'s own experience with a pilot matchmaking day in Le Havre in 2033, which led to nine contracts, points in the same direction.')
p('Limits of the study', h2)
p('The survey over-represents metalworking firms and under-represents service providers. Announced investments may not all be carried out; the figures in this brief are those published by the project owners until 30 June 2034.')
S.append(NextPageTemplate('one')); S.append(PageBreak())
p('Recommendations', h2)
p('On the basis of these findings, the authors recommend:')
R = ['Create a single regional register of qualified hydrogen suppliers, kept up to date by the cluster and open to all project owners.',
 'Co-finance up to 70% of the certification costs of SMEs through the regional innovation fund for the period 2035–2037.',
 'Ask project owners that receive public support to publish their supplier pre-selection calendar at least two years before construction.',
 'Set up a guarantee scheme with Bpifrance for SME investments linked to hydrogen contracts.',
 'Double the training capacity for hydrogen technicians by 2036, with the project owners contributing to the costs.',
 'Organise a yearly meeting between buyers and regional suppliers, with one-to-one meetings prepared in advance.']
for i, r in enumerate(R, 1): p(f'{i}. {r}')
p('Next steps', h2)
p('The cluster will present these recommendations to the regional council\'s economic committee in October 2034. A first buyers\' and suppliers\' meeting is planned in Le Havre on 28 November 2034.')
p('Contact: Camille Osei-Lefebvre, Policy Officer, Normandie Hydrogène Cluster, 12 quai Frissard, 76600 Le Havre – policy@nh-cluster.example.fr')
doc.build(S)
gold(F,
 [P("Hélène Le Bihan-Moreau",None,"Normandie Hydrogène Cluster"), P("Bartosz Kamiński",None,"Université de Caen Normandie"),
  P("Matthieu Delacroix-Aubert",None,"AD Normandie"), P("Camille Osei-Lefebvre","Policy Officer","Normandie Hydrogène Cluster")],
 [O("Normandie Hydrogène Cluster"), O("Université de Caen Normandie"), O("AD Normandie"), O("Région Normandie"),
  O("HAROPA PORT"), O("Direction régionale de l'économie, de l'emploi, du travail et des solidarités","DREETS Normandie"),
  O("Chambre de commerce et d'industrie Normandie"), O("Bpifrance")],
 [E("General Assembly","2034-03-11",None,"Rouen","France"), E("Hydrogen Business Days","2034-07-04","2034-07-05","Caen","France"),
  E("pilot matchmaking day","2033",None,"Le Havre","France"), E("buyers' and suppliers' meeting","2034-11-28",None,"Le Havre","France")],
 ["2034-09","2034-09-15","2031/2034","2034-01/2034-05","2030","2029","2034-03-11","2034-07-04/2034-07-05","2033","2034-06-30","2035/2037","2036","2034-10","2034-11-28"],
 ["Visibility. Two in three purchasing managers said they did not know which Normandy companies could deliver pressure equipment, instrumentation or maintenance services. Lists kept by public bodies were out of date or too general",
  "Certification. Work on hydrogen equipment requires qualifications (for example for pressure equipment and explosive atmospheres) that cost a small firm between EUR 40,000 and EUR 120,000. Only 23 of the 214 firms surveyed hold them",
  "Timing. Large buyers pre-select suppliers 18 to 30 months before construction starts. Most SMEs heard of a project when its tenders were published, which was too late",
  "Finance. Banks regard hydrogen contracts as risky because projects are often delayed. Firms that invested in equipment ahead of contracts reported cash-flow problems",
  "Skills. Welders, electricians and technicians trained for hydrogen are scarce; the two training centres in the region can train about 150 people a year against a need estimated at 600"] + R, pub="2034-09-15")
