from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, NextPageTemplate, PageBreak, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.units import mm
F = 'g04_western_greece_forum_programme.pdf'
assert wd(2038,10,14)=='Thursday' and wd(2038,10,15)=='Friday' and wd(2038,9,24)=='Friday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
n = ParagraphStyle('n', fontName='DV', fontSize=8.6, leading=11)
b = ParagraphStyle('b', parent=n, fontName='DVB')
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=4)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3)
P1 = [
 ("h1","Western Greece Agrifood &amp; Blue Economy Forum 2038"),
 ("n","<b>Programme</b> · Patras, Conference and Cultural Centre of the University of Patras · Thursday 14 – Friday 15 October 2038"),
 ("n","Organised by the Agrifood Cluster of Western Greece (AgriWest) and the Patras Science Park, with the support of the Region of Western Greece and the Enterprise Europe Network Greece. Version of 20 September 2038 – subject to change."),
 ("n","For the fourth time the Forum brings together olive growers, fish farmers, food processors, researchers and public authorities from Achaia, Ilia and Aitoloakarnania. This year the two tracks follow the two halves of the regional economy: the land, where drought and falling yields put pressure on thousands of family farms, and the sea, where aquaculture, fishing ports and processing plants look for workers, energy and new markets. Rapporteurs from each track will present their conclusions on Friday afternoon, and they will be sent to the regional monitoring committee of the smart specialisation strategy."),
 ("h2","DAY 1 – Thursday 14 October 2038"),
 ("t",[["08:30","Registration and welcome coffee"],
       ["09:15","Opening: Nikolaos Karamanlidis, Vice-Governor for Development, Region of Western Greece; Eleni Papadopoulou, President of AgriWest"],
       ["09:45","Keynote: “Water, olives and the next drought” – Prof. Dimitrios Kontos, University of Patras, Department of Agriculture"],
       ["10:30","Coffee break"],
       ["11:00","Parallel sessions\nTrack A (Hall I): Olive oil and table olives – quality, traceability and fraud\nTrack B (Hall II): Aquaculture and the blue bioeconomy in the Gulf of Patras"],
       ["12:45","Lunch"],
       ["14:00","Parallel sessions\nTrack A: Export readiness for small producers\nTrack B: Ports, cold chains and fish processing"],
       ["15:30","Coffee break"],
       ["16:00","Panel: Financing the transition of family farms (moderator: Katerina Alexiou, journalist)"],
       ["17:30","End of day 1"],
       ["20:30","Forum dinner at the Achaia Clauss winery (bus from the Centre at 19:45)"]]),
 ("h2","DAY 2 – Friday 15 October 2038"),
 ("t",[["09:00","B2B meetings (pre-scheduled, 25 minutes each) – Foyer"],
       ["09:00","Study visit to Aigio: the olive mill of the Aigialeia Agricultural Cooperative and the AquaMarina fish farm (bus departs 09:00, return 14:30, max. 35 persons)"],
       ["13:00","Lunch"],
       ["14:30","Closing session: conclusions of the tracks by the rapporteurs; presentation of the Forum 2039"],
       ["15:30","Farewell coffee"]]),
 ("n","Languages: Greek and English with simultaneous interpretation in Hall I. Registration closes on 8 October 2038; B2B meeting requests until 11 October 2038."),
]
SPK = [
 ("Nikolaos Karamanlidis","Vice-Governor for Development, Region of Western Greece. Opens the Forum."),
 ("Eleni Papadopoulou","President of AgriWest and owner of a table-olive company in Messolonghi."),
 ("Dimitrios Kontos","Professor of Irrigation Engineering, University of Patras. Keynote speaker."),
 ("Sofia Lambropoulou","Quality manager, Elais Achaia S.A. Track A speaker on traceability and lab testing."),
 ("Giorgos Marinakis","Director, Hellenic Aquaculture Producers Organisation (HAPO). Track B speaker."),
 ("Francesca Ruggieri","Cluster manager, Distretto Agroalimentare di Puglia, Bari. Track A speaker on Italian export consortia."),
 ("Yiannis Theodorou","Head of Logistics, Port Authority of Patras. Track B speaker on cold chains."),
 ("Maria Vlachou","Adviser, Enterprise Europe Network Greece, hosted by the Patras Science Park. Runs the B2B meetings."),
 ("Katerina Alexiou","Journalist, moderator of the financing panel."),
 ("Andreas Nikolaou","Senior loan officer, Pancreta Agri Bank. Panellist."),
]
def foot(c, d):
    c.saveState(); c.setFont('DV',7); c.drawString(18*mm, 10*mm, "AgriWest · Forum 2038 · Programme")
    c.drawRightString(192*mm, 10*mm, "Page %d of 2" % d.page); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, leftMargin=18*mm, rightMargin=18*mm, topMargin=16*mm, bottomMargin=16*mm)
W = A4[0]-36*mm; H = A4[1]-32*mm
doc.addPageTemplates([PageTemplate('one',[Frame(18*mm,16*mm,W,H,id='f')],onPage=foot),
  PageTemplate('two',[Frame(18*mm,16*mm,W/2-4*mm,H,id='l'),Frame(18*mm+W/2+4*mm,16*mm,W/2-4*mm,H,id='r')],onPage=foot)])
st=[]
for k,v in P1:
    if k=='t':
        t=Table([[Paragraph(a,b),Paragraph(c.replace('\n','<br/>'),n)] for a,c in v],colWidths=[18*mm,W-18*mm])
        t.setStyle(TableStyle([('VALIGN',(0,0),(-1,-1),'TOP'),('LINEBELOW',(0,0),(-1,-1),0.25,'#999999')])); st.append(t)
    else: st.append(Paragraph(v,{'h1':h1,'h2':h2,'n':n}[k]))
st += [NextPageTemplate('two'), PageBreak(), Paragraph("Speakers and moderators", h2)]
for nm,tx in SPK: st += [Paragraph(nm,b), Paragraph(tx,n), Spacer(1,5)]
st += [Paragraph("Practical information", h2),
 Paragraph("Venue: Conference and Cultural Centre of the University of Patras, University Campus, Rio. Free shuttle buses run from Patras railway station every 30 minutes from 08:00.", n), Spacer(1,4),
 Paragraph("Participation fee: EUR 60 (members of AgriWest and of the partner clusters: free). The fee covers lunches and coffee breaks; the Forum dinner costs EUR 35.", n), Spacer(1,4),
 Paragraph("Hotels: a contingent of rooms is held at the Hotel Achaia Beach until 24 September 2038.", n), Spacer(1,4),
 Paragraph("Partner clusters: Distretto Agroalimentare di Puglia; Cluster Marítimo de Andalucía; Hellenic Aquaculture Producers Organisation; Olive Oil Cluster of Crete.", n), Spacer(1,4),
 Paragraph("Contact: AgriWest secretariat, Eirini Sotiropoulou, forum@agriwest.example.gr, +30 2610 000000", n), Spacer(1,4),
 Paragraph("The Forum is part of the regional smart specialisation strategy 2035–2041 of the Region of Western Greece.", n)]
doc.build(st)
gold(F,
 [P("Nikolaos Karamanlidis","Vice-Governor for Development","Region of Western Greece"),
  P("Eleni Papadopoulou","President","AgriWest"),
  P("Dimitrios Kontos","Professor of Irrigation Engineering","University of Patras"),
  P("Katerina Alexiou","journalist",None),
  P("Sofia Lambropoulou","Quality manager","Elais Achaia S.A."),
  P("Giorgos Marinakis","Director","Hellenic Aquaculture Producers Organisation"),
  P("Francesca Ruggieri","Cluster manager","Distretto Agroalimentare di Puglia"),
  P("Yiannis Theodorou","Head of Logistics","Port Authority of Patras"),
  P("Maria Vlachou","Adviser","Enterprise Europe Network Greece"),
  P("Andreas Nikolaou","Senior loan officer","Pancreta Agri Bank"),
  P("Eirini Sotiropoulou",None,"AgriWest")],
 [O("Agrifood Cluster of Western Greece","AgriWest"), O("Patras Science Park"), O("Region of Western Greece"),
  O("Enterprise Europe Network Greece"), O("University of Patras"), O("Department of Agriculture"),
  O("Achaia Clauss"), O("Aigialeia Agricultural Cooperative"), O("AquaMarina"), O("Elais Achaia S.A."),
  O("Hellenic Aquaculture Producers Organisation","HAPO"), O("Distretto Agroalimentare di Puglia"),
  O("Port Authority of Patras"), O("Pancreta Agri Bank"), O("Cluster Marítimo de Andalucía"), O("Olive Oil Cluster of Crete")
  ],
 [E("Western Greece Agrifood & Blue Economy Forum 2038","2038-10-14","2038-10-15","Patras","Greece"),
  E("Forum dinner","2038-10-14",None,None,"Greece"),
  E("B2B meetings","2038-10-15",None,"Patras","Greece"),
  E("Study visit to Aigio","2038-10-15",None,"Aigio","Greece"),
  E("Forum 2039","2039"),
  ],
 ["2038-10-14/2038-10-15","2038-09-20","2038-10-14","2038-10-15","2038-10-08","2038-10-11","2038-09-24","2035/2041"],
  [], pub="2038-09-20")
