from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
F = 'g11_pomurje_food_award_jury.pdf'
assert wd(2041,11,14)=='Thursday' and wd(2041,10,7)=='Monday'
pdfmetrics.registerFont(TTFont('DV','/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB','/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
st = ParagraphStyle('n', fontName='DV', fontSize=9.5, leading=13)
hd = ParagraphStyle('h', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=15, spaceBefore=6, spaceAfter=3)
sm = ParagraphStyle('s', fontName='DV', fontSize=8, leading=10)
p1 = [
"Pomurje Food Innovation Award 2041 – Jury and Rules",
"Pomurje Agri-Food Cluster (Grozd za hrano Pomurje) · Murska Sobota · issued 7 October 2041",
"The Pomurje Food Innovation Award is given each year by the Pomurje Agri-Food Cluster to a member company or a team of members that has brought a new food product, process or service to the market in the last two years. The 2041 award is the eighth edition. It comes with a prize of EUR 8,000 offered by the Municipality of Murska Sobota and a year of free mentoring at the Pomurje Technology Park.",
"Calendar",
"Applications open: 7 October 2041. Deadline for applications: 31 October 2041 at 12:00. Jury evaluation: 3–7 November 2041. Award ceremony: Thursday 14 November 2041, 18:00, Expano pavilion, Murska Sobota, during the Pomurje Food Forum (14–15 November 2041).",
"Criteria",
"The jury scores each application on novelty (30 points), market result (25), use of local raw materials (20), sustainability (15) and cooperation between members (10). Members of the jury do not score applications from their own company or from a company in which they hold shares; in such a case the chair appoints a substitute from the reserve list.",
"Earlier winners",
"2038 – Kmetija Horvat d.o.o. for pumpkin seed protein flour; 2039 – Mlinopek d.d. with the University of Maribor for a gluten-free buckwheat bread; 2040 – Panvita Meat Solutions d.o.o. for a plant-based sausage line.",
"About the cluster",
"The Pomurje Agri-Food Cluster brings together 64 farms, food processors, packaging firms and research bodies in the north-east of Slovenia, along the borders with Austria, Hungary and Croatia. It was founded in 2030 and is run by a team of five at the Pomurje Technology Park. Besides the award it organises joint stands at trade fairs, a shared sensory panel and a yearly study trip for young farmers. New members are admitted by the board four times a year.",
"Organiser contact: Tanja Kovač, Award Coordinator, Pomurje Agri-Food Cluster, Lendavska ulica 0, 9000 Murska Sobota, award@grozd-pomurje.example.si",
]
cards = [
("Prof. Dr Jana Šumenjak", "Chair of the Jury", "Faculty of Agriculture and Life Sciences, University of Maribor"),
("Marko Zelko", "Jury member", "Managing Director, Pomurske mlekarne d.d."),
("Dr Irena Rogelj", "Jury member", "Head of Food Technology, Biotechnical Faculty, University of Ljubljana"),
("Stefan Hirschmann", "Jury member", "Cluster Manager, Lebensmittel Cluster Steiermark (Graz)"),
("Dr Zsuzsanna Varga", "Jury member", "Senior Adviser, Pannon Agri-Food Cluster (Zalaegerszeg)"),
("Andreja Kuhar", "Jury member", "Head of Business Support, Chamber of Commerce and Industry of Slovenia – Pomurje Region"),
("Boštjan Lipič", "Jury member", "Head of Economic Development, Municipality of Murska Sobota"),
("Nina Vratarič", "Secretary (non-voting)", "Project Manager, Pomurje Technology Park"),
]
def cell(c):
    return [Paragraph('<b>'+c[0]+'</b>', st), Paragraph(c[1], st), Paragraph(c[2], sm)]
rows = [[cell(cards[i]), cell(cards[i+1])] for i in range(0, 8, 2)]
doc = SimpleDocTemplate(path(F), pagesize=A4, title='Pomurje Food Innovation Award 2041', author='Pomurje Agri-Food Cluster')
story = [Paragraph(p1[0], hd), Paragraph(p1[1], sm), Spacer(1, 8), Paragraph(p1[2], st)]
for i in range(3, len(p1)-1, 2):
    story += [Paragraph(p1[i], h2), Paragraph(p1[i+1], st)]
story += [Spacer(1, 8), Paragraph(p1[-1], sm), PageBreak(), Paragraph('The jury 2041', hd),
          Paragraph('The jury was appointed by the cluster board at its meeting of 23 September 2041. The board also thanked Dr Franc Bogović, who chaired the jury from 2034 to 2040 and now sits on the board of the Slovenian Chamber of Agriculture and Forestry.', st), Spacer(1, 8)]
t = Table(rows, colWidths=[250, 250])
t.setStyle(TableStyle([('BOX',(0,0),(-1,-1),0.5,'#888888'),('INNERGRID',(0,0),(-1,-1),0.5,'#888888'),('VALIGN',(0,0),(-1,-1),'TOP'),('BOTTOMPADDING',(0,0),(-1,-1),8)]))
story += [t, Spacer(1, 10), Paragraph('Rules of procedure', h2),
 Paragraph('The jury decides by simple majority; the chair has the casting vote. Its decision is final and cannot be appealed. The jury may give one special mention to a start-up younger than three years. Minutes of the jury meeting are kept by the secretary and published in summary after the ceremony. Applicants receive a written evaluation by 21 November 2041.', st),
 Spacer(1, 10), Paragraph('Supported by the Municipality of Murska Sobota and the Pomurje Technology Park. Photo credits: none. Page 2/2', sm)]
doc.build(story)
C='Pomurje Agri-Food Cluster'
gold(F,
 [P('Tanja Kovač','Award Coordinator',C), P('Jana Šumenjak','Chair of the Jury','University of Maribor'),
  P('Marko Zelko','Managing Director','Pomurske mlekarne d.d.'),
  P('Irena Rogelj','Head of Food Technology','Biotechnical Faculty, University of Ljubljana'),
  P('Stefan Hirschmann','Cluster Manager','Lebensmittel Cluster Steiermark'),
  P('Zsuzsanna Varga','Senior Adviser','Pannon Agri-Food Cluster'),
  P('Andreja Kuhar','Head of Business Support','Chamber of Commerce and Industry of Slovenia – Pomurje Region'),
  P('Boštjan Lipič','Head of Economic Development','Municipality of Murska Sobota'),
  P('Nina Vratarič','Project Manager','Pomurje Technology Park'),
  P('Franc Bogović',None,'Slovenian Chamber of Agriculture and Forestry')],
 [O(C+' (Grozd za hrano Pomurje)'), O('Municipality of Murska Sobota'), O('Pomurje Technology Park'),
  O('Kmetija Horvat d.o.o.'), O('Mlinopek d.d.'), O('University of Maribor'), O('Panvita Meat Solutions d.o.o.'),
  O('Faculty of Agriculture and Life Sciences'), O('Pomurske mlekarne d.d.'), O('Biotechnical Faculty'),
  O('University of Ljubljana'), O('Lebensmittel Cluster Steiermark'), O('Pannon Agri-Food Cluster'),
  O('Chamber of Commerce and Industry of Slovenia – Pomurje Region'), O('Slovenian Chamber of Agriculture and Forestry')],
 [E('Award ceremony','2041-11-14',None,'Murska Sobota','Slovenia'),
  E('Pomurje Food Forum','2041-11-14','2041-11-15','Murska Sobota','Slovenia'),
  E('board meeting','2041-09-23',None,None,None)],
 ['2041-10-07','2041-10-31','2041-11-03/2041-11-07','2041-11-14','2041-11-14/2041-11-15','2038','2039','2040',
  '2041-09-23','2034/2040','2041-11-21','2030'],
 [], pub='2041-10-07')
