from mk import save
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak, NextPageTemplate
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import mm
import os
out = os.path.join(os.path.dirname(__file__), '..', 'docs', 'npic-members-bulletin-2-2034.pdf')
W, H = A4
ss = getSampleStyleSheet()
body = ParagraphStyle('b', parent=ss['BodyText'], fontName='Helvetica', fontSize=9.5, leading=12.5)
h1 = ParagraphStyle('h1', parent=ss['Title'], fontName='Helvetica-Bold', fontSize=18)
h2 = ParagraphStyle('h2', parent=ss['Heading3'], fontName='Helvetica-Bold', fontSize=11, spaceBefore=6)
def header(c, doc):
    c.saveState(); c.setFont('Helvetica', 8)
    c.drawString(18*mm, H-12*mm, 'NPIC Members\u2019 Bulletin \u00b7 No. 2/2034 \u00b7 Autumn 2034')
    c.drawRightString(W-18*mm, H-12*mm, 'Norrbotten Process Industry Cluster')
    c.drawCentredString(W/2, 10*mm, 'Page %d' % doc.page)
    c.restoreState()
gap = 8*mm; colw = (W-36*mm-gap)/2
top = Frame(18*mm, H-48*mm, W-36*mm, 30*mm, id='top')
left = Frame(18*mm, 18*mm, colw, H-68*mm, id='l'); right = Frame(18*mm+colw+gap, 18*mm, colw, H-68*mm, id='r')
left2 = Frame(18*mm, 18*mm, colw, H-38*mm, id='l2'); right2 = Frame(18*mm+colw+gap, 18*mm, colw, H-38*mm, id='r2')
doc = BaseDocTemplate(out, pagesize=A4, title='NPIC Members Bulletin 2/2034', author='NPIC')
doc.addPageTemplates([PageTemplate('first', [top, left, right], onPage=header), PageTemplate('later', [left2, right2], onPage=header)])
P = lambda t: Paragraph(t, body); Hd = lambda t: Paragraph(t, h2)
story = [Paragraph('Members\u2019 Bulletin \u2013 Autumn 2034', h1),
 Paragraph('News, people and dates from the Norrbotten Process Industry Cluster (NPIC), Lule\u00e5', body), NextPageTemplate('later'), FrameBreak(),
 Hd('From the cluster manager'),
 P('Dear members, the autumn has been busier than any I remember. In September we welcomed 240 people to the process industry skills conference in Skellefte\u00e5, and in October the first hydrogen was produced at the pilot electrolyser in Svartbyn. None of this would have happened without you.'),
 P('This issue also says goodbye to our board chair of six years and introduces four new members. As always, the calendar on the last page lists what is coming up until February.'),
 P('<i>Linnea H\u00e4ggstr\u00f6m, cluster manager</i>'),
 Hd('Pilot electrolyser delivers first hydrogen'),
 P('On 14 October 2034 the 5 MW pilot electrolyser operated by Malmf\u00e4lt Energi AB delivered its first hydrogen to the reheating furnace of St\u00e5lgrund AB. The pilot is run together with Lule\u00e5 University of Technology (LTU), whose researchers will publish the first operating data in the spring. \u201cWe now know the furnace can run on hydrogen for a full shift,\u201d said Petter Nilsson-Blind, technical director of St\u00e5lgrund.'),
 Hd('Skills conference in Skellefte\u00e5'),
 P('The process industry skills conference on 17\u201318 September gathered schools, employers and the Swedish Public Employment Service. The main conclusion: every large investment in the region needs its own training plan from day one. A report from the conference will be sent to members in November.'),
 Hd('New chair after six years'),
 P('At the board meeting on 2 October, Maria Wikstr\u00f6m (Kiruvo AB) was elected chair of the NPIC board. She succeeds Anders \u00d6berg, who led the board since 2028 and remains a board member until the annual meeting. \u201cAnders turned a loose network into a cluster that investors call first,\u201d said Linnea H\u00e4ggstr\u00f6m.'),
 Hd('Welcome, new members'),
 P('Four organisations joined NPIC this autumn: Kiruvo AB (mine automation, Kiruna), Pohjater\u00e4 Oy (wear parts, Tornio), the engineering firm Fjellbyrån and Region Norrbotten\u2019s innovation office. NPIC now has 87 members.'),
 Hd('Member portrait: Kiruvo'),
 P('Kiruvo AB started in 2031 as three engineers retrofitting drill rigs for remote operation. Today the company employs 46 people and exports to mines in Chile and Australia. \u201cWe joined NPIC because our customers are here, but our suppliers are not yet,\u201d says Jonas Pirttimaa, chief executive officer of Kiruvo. He hopes the cluster will help local workshops qualify for battery-electric machine parts. Kiruvo will present its teleoperation centre at the Hydrogen Valley Day.'),
 Hd('GREENMELT partners meet in Oviedo'),
 P('GREENMELT, the Interreg Europe project in which NPIC works with partners in Hauts-de-France and Asturias on low-carbon steel supply chains, held its second partner meeting in Oviedo on 24\u201325 September 2034. The partners agreed on a joint method to map small suppliers and on a peer review of the Norrbotten regional action plan, planned for spring 2035 in Lule\u00e5. The lead partner, the Asturian regional development agency IDEPA, presented the budget for the second period.'),
 Hd('In brief'),
 P('The NPIC office is closed from 22 December 2034 to 6 January 2035. Membership fees for 2035 will be invoiced in January. The members\u2019 directory has been updated; please check your entry.'),
 FrameBreak(),
 Hd('Calendar'),
 P('<b>12 November 2034</b> \u2013 Hydrogen Valley Day, Kulturens Hus, Lule\u00e5. Open to all members.'),
 P('<b>3\u20135 December 2034</b> \u2013 Study visit to Dunkirk, France, with the French steel cluster partners of the GREENMELT project. Ten places.'),
 P('<b>21 January 2035</b> \u2013 Webinar on the Swedish Energy Agency\u2019s Industriklivet call, online.'),
 P('<b>Deadline 15/02/2035</b> \u2013 nominations for the NPIC board, to be elected at the annual meeting in March 2035.'),
 Hd('Contact'),
 P('NPIC secretariat, Aurorum 1, Lule\u00e5 \u00b7 info@npic.example \u00b7 Editor: Johanna Lantto'),
]
doc.build(story)
save('npic-members-bulletin-2-2034.pdf', None, None,
 [("Linnea Häggström","cluster manager","NPIC"),
  ("Petter Nilsson-Blind","technical director","Stålgrund"),
  ("Maria Wikström","chair","NPIC"),
  ("Anders Öberg","chair","NPIC"),
  ("Johanna Lantto","Editor","NPIC"),
  ("Jonas Pirttimaa","chief executive officer","Kiruvo")],
 [("Norrbotten Process Industry Cluster","NPIC"),("Malmfält Energi AB",None),("Stålgrund AB",None),("Luleå University of Technology","LTU"),
  ("Swedish Public Employment Service",None),("Kiruvo AB",None),("Pohjaterä Oy",None),("Fjellbyrån",None),("Region Norrbotten",None),
  ("Swedish Energy Agency",None),("IDEPA",None)],
 [("process industry skills conference","2034-09-17","2034-09-18","Skellefteå","Sweden"),
  ("board meeting","2034-10-02","2034-10-02",None,None),
  ("Hydrogen Valley Day","2034-11-12","2034-11-12","Luleå","Sweden"),
  ("Study visit to Dunkirk","2034-12-03","2034-12-05","Dunkirk","France"),
  ("Webinar on the Swedish Energy Agency’s Industriklivet call","2035-01-21","2035-01-21",None,None),
  ("annual meeting","2035-03","2035-03",None,None),
  ("GREENMELT second partner meeting","2034-09-24","2034-09-25","Oviedo","Spain"),
  ("peer review of the Norrbotten regional action plan","2035","2035","Luleå","Sweden")],
 ["2034","2034-09","2034-10","2035-02","2034-10-14","2035","2034-09-17/2034-09-18","2034-11","2034-10-02","2028","2034-11-12","2034-12-03/2034-12-05","2035-01-21","2035-02-15","2035-03","2031","2034-09-24/2034-09-25","2034-12-22/2035-01-06","2035-01"],
 [])
