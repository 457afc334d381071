from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors
F = 'g16_cyprus_maritime_cluster_year_review.pdf'
assert wd(2035,11,8)=='Thursday' and wd(2036,3,14)=='Friday'
D = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
st = ParagraphStyle('b', fontName='DV', fontSize=8.6, leading=11)
h = ParagraphStyle('h', fontName='DVB', fontSize=14, leading=17)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=10, leading=13, spaceBefore=4)
TITLE = "Cyprus Marine & Maritime Cluster – Year in Review 2035"
col1 = [
("h", TITLE),
("p", "Limassol, 20 December 2035 · Newsletter special edition · Editor: Andreas Charalambous"),
("h2", "A year of growth"),
("p", "The Cyprus Marine & Maritime Cluster (CMMC) ended 2035 with 87 members, eleven more than a year ago. New members include the ship-management company Eastmed Crew Services Ltd, the Cyprus University of Technology (CUT) and the start-up HullSense, which uses underwater drones to inspect ship hulls. Our President, Captain Elena Kyriakou, said the growth reflected the sector's interest in joint projects on decarbonisation and digital skills."),
("h2", "Projects"),
("p", "In March 2035 the cluster launched the BLUE-PORT project with the Cyprus Ports Authority and the University of Cyprus, funded by the Research and Innovation Foundation (RIF) with €740,000. It tests shore power and electric harbour vessels in Limassol and Larnaca until 2037. Project manager Dr. Nikos Theodorou reports that the first electric pilot boat will arrive in spring 2036."),
("h2", "Limassol Maritime Innovation Forum"),
("p", "The highlight of the year was the fifth Limassol Maritime Innovation Forum on Thursday 8 November 2035 at the Cyprus University of Technology, with 410 participants. The forum was opened by the Deputy Minister of Shipping, Marina Hadjimanoli. Speakers from the International Chamber of Shipping and from Wärtsilä discussed alternative fuels. The forum ended with B2B meetings and an award ceremony for the Blue Innovation Awards."),
("h2", "Forum recommendations"),
("p", "• Create a national register of green ship-management practices"),
("p", "• Offer tax incentives for retrofitting vessels with energy-saving technology"),
("p", "• Train 500 seafarers in alternative-fuel handling by 2038"),
("h2", "International"),
("p", "Members took part in a delegation to the Posidonia exhibition in Athens from 1 to 5 June 2035 and in the European Maritime Day in Cork on 15 and 16 May 2035. The cluster also signed a memorandum of understanding with the Pôle Mer Méditerranée in Toulon."),
("h2", "Looking ahead"),
("p", "The General Assembly will take place on Friday 14 March 2036 in Limassol. Members are invited to send proposals for the 2036–2038 strategy to the secretariat by 31 January 2036. Secretary-General Sofia Papadopoulou thanked the members for their support and the Shipping Deputy Ministry for its continued funding."),
]
cards = [
("Capt. Elena Kyriakou", "President", "Kyriakou Shipping Co. Ltd"),
("Michalis Georgiou", "Vice-President", "Limassol Marina Services"),
("Sofia Papadopoulou", "Secretary-General", "CMMC Secretariat"),
("Dr. Nikos Theodorou", "Project Manager, BLUE-PORT", "CMMC"),
("Prof. Despina Loizou", "Board member", "Cyprus University of Technology"),
("Yiannis Hadjiyiannis", "Treasurer", "Oceanic Legal LLC"),
("Andreas Charalambous", "Communication Officer", "CMMC"),
("Maria Konstantinou", "Board member", "Cyprus Shipping Chamber"),
("Petros Savvides", "Board member", "HullSense"),
]
doc = BaseDocTemplate(path(F), pagesize=A4, title=TITLE, author="CMMC")
W, H = A4
f1 = Frame(40, 50, (W-100)/2, H-100, id='c1'); f2 = Frame(60+(W-100)/2, 50, (W-100)/2, H-100, id='c2')
def foot(c, d):
    c.setFont('DV', 7); c.drawString(40, 30, "CMMC · 14 Franklin Roosevelt Ave, 3011 Limassol · info@cmmc.example.cy · Page %d of 2" % d.page)
doc.addPageTemplates([PageTemplate('two', [f1, f2], onPage=foot), PageTemplate('one', [Frame(40, 50, W-80, H-100)], onPage=foot)])
story = []
for k, t in col1:
    story.append(Paragraph(t, {'h': h, 'h2': h2, 'p': st}[k]))
    story.append(Spacer(1, 3))
story += [NextPageTemplate('one'), PageBreak(), Paragraph("Board and team 2035", h), Spacer(1, 8)]
cells = [Paragraph("<b>%s</b><br/>%s<br/>%s" % c, st) for c in cards]
rows = [cells[i:i+3] for i in range(0, 9, 3)]
t = Table(rows, colWidths=[(W-80)/3]*3, rowHeights=60)
t.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.5, colors.grey), ('INNERGRID', (0,0), (-1,-1), 0.5, colors.grey), ('VALIGN', (0,0), (-1,-1), 'TOP')]))
story += [t, Spacer(1, 10), Paragraph("Events calendar 2036", h2)]
for e in ["14 March 2036 – General Assembly, Limassol", "22–23 April 2036 – Green Shipping Workshop, Larnaca",
          "2–6 June 2036 – Posidonia 2036, Athens (joint stand)", "November 2036 – Limassol Maritime Innovation Forum (6th edition)"]:
    story.append(Paragraph("• " + e, st))
story += [Spacer(1, 8), Paragraph("Members who joined in 2035: Eastmed Crew Services Ltd · Cyprus University of Technology · HullSense · Aegean Bunkering Cyprus Ltd · Famagusta Yacht Repairs · Blue Horizon Insurance Brokers · Neptune Data Analytics · Paphos Sea School · Kition Port Logistics · Marine Solar Cyprus · Limassol Naval Architects", st),
          Spacer(1, 8), Paragraph("The cluster is supported by the Shipping Deputy Ministry to the President and is a member of the European Network of Maritime Clusters (ENMC). Photo credits: CMMC / Stelios Ioannou.", st)]
doc.build(story)
C = "Cyprus Marine & Maritime Cluster"
gold(F,
 [P("Andreas Charalambous","Communication Officer","CMMC"), P("Elena Kyriakou","President",C),
  P("Nikos Theodorou","Project manager","CMMC"), P("Marina Hadjimanoli","Deputy Minister of Shipping",None),
  P("Sofia Papadopoulou","Secretary-General","CMMC"), P("Michalis Georgiou","Vice-President","Cyprus Marine & Maritime Cluster"),
  P("Despina Loizou","Board member","Cyprus Marine & Maritime Cluster"), P("Yiannis Hadjiyiannis","Treasurer","Cyprus Marine & Maritime Cluster"),
  P("Maria Konstantinou","Board member","Cyprus Marine & Maritime Cluster"), P("Petros Savvides","Board member","Cyprus Marine & Maritime Cluster"),
  P("Stelios Ioannou")],
 [O(C,"CMMC"), O("Eastmed Crew Services Ltd"), O("Cyprus University of Technology","CUT"), O("HullSense"),
  O("Cyprus Ports Authority"), O("University of Cyprus"), O("Research and Innovation Foundation","RIF"),
  O("International Chamber of Shipping"), O("Wärtsilä"), O("Pôle Mer Méditerranée"), O("Shipping Deputy Ministry to the President"),
  O("Kyriakou Shipping Co. Ltd"), O("Limassol Marina Services"), O("Oceanic Legal LLC"), O("Cyprus Shipping Chamber"),
  O("Aegean Bunkering Cyprus Ltd"), O("Famagusta Yacht Repairs"), O("Blue Horizon Insurance Brokers"), O("Neptune Data Analytics"),
  O("Paphos Sea School"), O("Kition Port Logistics"), O("Marine Solar Cyprus"), O("Limassol Naval Architects"),
  O("European Network of Maritime Clusters","ENMC")],
 [E("Limassol Maritime Innovation Forum","2035-11-08",None,"Limassol","Cyprus"),
  E("B2B meetings","2035-11-08",None,"Limassol","Cyprus"),
  E("Blue Innovation Awards ceremony","2035-11-08",None,"Limassol","Cyprus"),
  E("Posidonia","2035-06-01","2035-06-05","Athens","Greece"),
  E("European Maritime Day","2035-05-15","2035-05-16","Cork","Ireland"),
  E("General Assembly","2036-03-14",None,"Limassol","Cyprus"),
  E("Green Shipping Workshop","2036-04-22","2036-04-23","Larnaca","Cyprus"),
  E("Posidonia 2036","2036-06-02","2036-06-06","Athens","Greece"),
  E("Limassol Maritime Innovation Forum (6th edition)","2036-11",None,"Limassol","Cyprus")],
 ["2035-12-20","2035","2035-03","2037","2036","2035-11-08","2038","2035-06-01/2035-06-05","2035-05-15/2035-05-16",
  "2036-03-14","2036/2038","2036-01-31","2036-04-22/2036-04-23","2036-06-02/2036-06-06","2036-11"],
 ["Create a national register of green ship-management practices",
  "Offer tax incentives for retrofitting vessels with energy-saving technology",
  "Train 500 seafarers in alternative-fuel handling by 2038"], "2035-12-20")
