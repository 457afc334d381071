from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak, FrameBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g12_thessaloniki_ict_cluster_newsletter.pdf'
assert wd(2038,11,25)=='Thursday' and wd(2038,12,9)=='Thursday' and wd(2038,11,16)=='Tuesday' and wd(2039,1,27)=='Thursday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12, spaceAfter=4)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=16, leading=20, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'THESSALONIKI DIGITAL CLUSTER · MEMBER NEWSLETTER · ISSUE 22 · DECEMBER 2038')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Member newsletter December 2038', author='Thessaloniki Digital Cluster')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Member newsletter – December 2038"),
("s","Published 12 December 2038 by the cluster office · Editor: Eleni Papadopoulou-Reyes · Photos: Stavros Kyriakidis"),
("h2","A word from the President"),
("b","Dear members, this has been the year in which our cluster stopped being a local club and became a partner that others seek out. We counted 212 members in November, against 161 a year ago, and for the first time more than a third of our joint projects include partners from outside Greece. None of this happens without the people who give their evenings to working groups and their companies' meeting rooms to visitors. Thank you. – Konstantinos Alexiou, President of the Thessaloniki Digital Cluster and CEO of Alexiou Software S.A."),
("h2","Annual Members' Meeting"),
("b","The Annual Members' Meeting took place on Thursday 25 November 2038 at the premises of the Federation of Industries of Northern Greece (SBBE) in Thessaloniki. Members approved the 2039 action plan, which sets three priorities: cybersecurity services for small manufacturers, skills for data engineers, and public procurement of digital solutions by municipalities. They also elected Dr Aylin Demir-Stavrou, Head of Research at the Centre for Research and Technology Hellas (CERTH), as Vice-President for the term 2038–2041."),
("h2","Mission to Lyon"),
("b","From 15 to 17 November 2038 a delegation of eight member companies visited Lyon at the invitation of the Auvergne-Rhône-Alpes regional cluster Digital League. The programme opened on Tuesday 16 November with a visit to the Cyber Campus Lyon, followed by an afternoon of B2B meetings, and ended on 17 November with a workshop on joint bids for the Digital Europe Programme. The delegation was led by our cluster manager, Nikos Karamanlis-Petit."),
]
p2 = [
("h2","Event round-up"),
("b","Thessaloniki Tech Week 2038 (4–8 October) brought 2,300 visitors to the Helexpo grounds; 41 members exhibited in the cluster pavilion. At the Smart Cities Roundtable on 27 October 2038 in Kalamaria, six mayors of the metropolitan area and twelve cluster members discussed open data platforms."),
("b","The cluster's webinar series 'Cyber Basics for SMEs' ended its second season with the fifth webinar, 'Ransomware in the supply chain', on 30 November 2038. Recordings of all sessions are available in the members' area."),
("h2","Conclusions of the Smart Cities Roundtable"),
("b","1. Municipalities lack in-house staff to specify digital tenders; the cluster will offer a pool of independent advisers"),
("b","2. Data from municipal platforms should be published under one open licence across the metropolitan area"),
("b","3. Pilot projects should run for at least two years before a municipality decides on a full purchase"),
("fb",""),
("h2","Member news"),
("b","Hellenic Drone Systems IKE opened a second office in Serres. DataHarbor Analytics S.A. was selected for the EIC Accelerator. The University of Macedonia launched a master's programme in applied cybersecurity, coordinated by Prof. Georgios Tsoukalas."),
("h2","New members"),
("b","Pylaia Robotics P.C., Kozani Energy Informatics S.A., Municipality of Neapoli-Sykies, Aristotle University of Thessaloniki – Department of Informatics."),
("h2","Coming up"),
("b","9 December 2038 (Thursday) – Christmas networking evening, Thessaloniki, 19:00"),
("b","27 January 2039 (Thursday) – Cybersecurity Day for Manufacturers, Thessaloniki"),
("b","Deadline for applications to the cluster's voucher scheme: 31 January 2039"),
("b","March 2039 – joint stand at the Mobile World Congress in Barcelona"),
("s","Thessaloniki Digital Cluster · 154 Egnatia Street, 546 36 Thessaloniki · info@tdc.example.gr · Supported by the Region of Central Macedonia."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[FrameBreak() if k=='fb' else Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
N="Thessaloniki Digital Cluster"
gold(F,
 [P("Eleni Papadopoulou-Reyes","Editor",None), P("Stavros Kyriakidis",None,None),
  P("Konstantinos Alexiou","President",N),
  P("Aylin Demir-Stavrou","Vice-President",N),
  P("Nikos Karamanlis-Petit","cluster manager",N),
  P("Georgios Tsoukalas","Prof.","University of Macedonia")],
 [O(N), O("Alexiou Software S.A."), O("Federation of Industries of Northern Greece","SBBE"),
  O("Centre for Research and Technology Hellas","CERTH"), O("Digital League"), O("Hellenic Drone Systems IKE"),
  O("DataHarbor Analytics S.A."), O("University of Macedonia"), O("Pylaia Robotics P.C."), O("Kozani Energy Informatics S.A."),
  O("Municipality of Neapoli-Sykies"), O("Aristotle University of Thessaloniki"), O("Department of Informatics"),
  O("Region of Central Macedonia")],
 [E("Annual Members' Meeting","2038-11-25",None,"Thessaloniki","Greece"),
  E("Mission to Lyon","2038-11-15","2038-11-17","Lyon","France"),
  E("visit to the Cyber Campus Lyon","2038-11-16",None,"Lyon","France"),
  E("B2B meetings","2038-11-16",None,"Lyon","France"),
  E("workshop on joint bids for the Digital Europe Programme","2038-11-17",None,"Lyon","France"),
  E("Thessaloniki Tech Week 2038","2038-10-04","2038-10-08","Thessaloniki","Greece"),
  E("Smart Cities Roundtable","2038-10-27",None,"Kalamaria","Greece"),
  E("Ransomware in the supply chain","2038-11-30",None,None,None),
  E("Christmas networking evening","2038-12-09",None,"Thessaloniki","Greece"),
  E("Cybersecurity Day for Manufacturers","2039-01-27",None,"Thessaloniki","Greece"),
  E("Mobile World Congress","2039-03",None,"Barcelona","Spain")],
 ["2038-12","2038-12-12","2038-11","2038-11-25","2039","2038/2041","2038-11-15/2038-11-17","2038-11-16","2038-11-17",
  "2038-10-04/2038-10-08","2038-10-27","2038-11-30","2038-12-09","2039-01-27","2039-01-31","2039-03"],
 ["Municipalities lack in-house staff to specify digital tenders; the cluster will offer a pool of independent advisers",
  "Data from municipal platforms should be published under one open licence across the metropolitan area",
  "Pilot projects should run for at least two years before a municipality decides on a full purchase"],
 pub="2038-12-12")
