from common import *
import os
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak, NextPageTemplate
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont('DV', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('DV',0,0,'DV'); addMapping('DV',1,0,'DVB'); addMapping('DV',0,1,'DV'); addMapping('DV',1,1,'DVB')
doc = "H2-Noord_Summer-School-2036_flyer.pdf"
path = os.path.join(BASE, 'docs', doc)
W, H = A4
ss = getSampleStyleSheet()
b = ParagraphStyle('b', parent=ss['BodyText'], fontName='DV', fontSize=9, leading=11.5)
h = ParagraphStyle('h', parent=ss['Heading2'], fontName='DVB', fontSize=12, spaceBefore=6, spaceAfter=3)
t = ParagraphStyle('t', parent=ss['Title'], fontName='DVB', fontSize=19)
def deco(c, d):
    c.saveState(); c.setFont('DV', 8)
    c.drawString(2*cm, H-1.3*cm, 'H2 Noord Cluster \u2013 International Summer School on Green Hydrogen Systems 2036')
    c.drawRightString(W-2*cm, 1.2*cm, 'Page %d of 2' % d.page)
    c.restoreState()
top = Frame(2*cm, H-7*cm, W-4*cm, 5.2*cm, id='top')
col1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-9.2*cm, id='c1')
col2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-9.2*cm, id='c2')
p2c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='p2c1')
p2c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='p2c2')
D = BaseDocTemplate(path, pagesize=A4, title='H2 Noord Summer School 2036')
D.addPageTemplates([PageTemplate(id='first', frames=[top, col1, col2], onPage=deco),
                    PageTemplate(id='second', frames=[p2c1, p2c2], onPage=deco)])
S = []
S.append(Paragraph('International Summer School on Green Hydrogen Systems', t))
S.append(Paragraph('<b>7 \u2013 18 July 2036 \u00b7 Groningen, the Netherlands</b>', b))
S.append(Paragraph('Organised by H2 Noord Cluster with the University of Groningen (Faculty of Science and Engineering) and the Hanze University of Applied Sciences. Applications open: 1 February 2036. Deadline: 15 April 2036.', b))
S.append(FrameBreak())
S.append(Paragraph('About the school', h))
S.append(Paragraph('Northern Netherlands is turning its former natural gas infrastructure into a hydrogen valley. In two intensive weeks, 40 master students, PhD candidates and young professionals learn how electrolysers, storage in salt caverns, pipelines and industrial users fit together \u2013 and why the hard problems are often regulatory and social, not technical.', b))
S.append(Paragraph('Programme', h))
S.append(Paragraph('Week 1 (7\u201311 July): production and storage. Lectures, lab sessions at the Zernike Campus and a field trip to the Eemshaven electrolyser site.', b))
S.append(Paragraph('Week 2 (14\u201318 July): transport, markets and society. Case work with companies, a policy game and the final pitch of team projects on Friday 18 July.', b))
S.append(Paragraph('Public evening lecture: "Hydrogen and the Groningen gas legacy", Wednesday 9 July 2036, 19:30, Academiegebouw, open to all.', b))
S.append(Paragraph('Venue', h))
S.append(Paragraph('Energy Academy building, Zernike Campus, Nijenborgh 6, Groningen. Accommodation in student residences within cycling distance is included in the fee.', b))
S.append(FrameBreak())
S.append(Paragraph('Lecturers', h))
for x in ['Prof. dr. Marieke Hoekstra-Zijlstra, University of Groningen \u2013 electrochemistry and electrolysis',
          'Dr. ir. Pieter de Boer, Hanze University of Applied Sciences \u2013 hydrogen safety',
          'Ir. Femke van der Laan, senior engineer, Noordgas Netbeheer B.V. \u2013 repurposing gas grids',
          'Dr. Kwame Mensah-Bonsu, TNO \u2013 underground storage',
          'Lea Brandsma, policy adviser, Province of Groningen \u2013 permits and public acceptance',
          'Prof. Dr. Anke Wiesmann, Carl von Ossietzky Universit\u00e4t Oldenburg \u2013 hydrogen economics',
          'Tomasz Zieli\u0144ski, CTO, Elektroliza Pomorska Sp. z o.o. \u2013 scaling up PEM stacks']:
    S.append(Paragraph('\u2022 ' + x, b))
S.append(Paragraph('Fees and grants', h))
S.append(Paragraph('Students EUR 950, professionals EUR 1,900 (incl. accommodation, lunches, field trips). Twelve grants covering the full fee are offered by H2 Noord Cluster members Eemsdelta Waterstof B.V. and Wadden Energy Storage B.V.', b))
S.append(NextPageTemplate('second'))
S.append(FrameBreak())
S.append(Paragraph('Who should apply', h))
S.append(Paragraph('The school is aimed at master students and PhD candidates in chemistry, physics, mechanical and electrical engineering, spatial planning and economics, and at young professionals working for grid operators, industrial companies, consultancies or public authorities. A basic knowledge of thermodynamics is expected; all lectures and case work are in English. We aim for a balanced group in terms of discipline, gender and country of origin, and at least ten places are reserved for participants from companies in the cluster.', b))
S.append(Paragraph('How to apply', h))
S.append(Paragraph('Send a CV, a one-page motivation letter and a letter of support from your supervisor or employer via the online form. Selection results will be communicated by 15 May 2036. Credit: 5 ECTS for students of the partner universities upon successful completion.', b))
S.append(Paragraph('Key dates', h))
for x in ['1 February 2036 \u2013 applications open', '15 April 2036 \u2013 application deadline', '15 May 2036 \u2013 notification of selection',
          '1 June 2036 \u2013 payment of fees', '7 July 2036 \u2013 welcome and opening session', '18 July 2036 \u2013 final pitches and closing dinner']:
    S.append(Paragraph('\u2022 ' + x, b))
S.append(Paragraph('Previous editions', h))
S.append(Paragraph('The school was first held in 2033 in Delfzijl with 22 participants; the 2034 and 2035 editions in Groningen had 36 and 41 participants from 19 countries. "The field trip to Eemshaven showed me the scale of what we talked about in class," said Nadia El Amrani, participant in 2035 and now engineer at Eemsdelta Waterstof B.V.', b))
S.append(FrameBreak())
S.append(Paragraph('Organisers and contact', h))
S.append(Paragraph('H2 Noord Cluster is the hydrogen cluster of the Northern Netherlands with 95 members. Scientific director of the school: Prof. dr. Marieke Hoekstra-Zijlstra. Coordinator: Joris Wiersma, programme manager, H2 Noord Cluster, summerschool@h2noord.example.', b))
S.append(Paragraph('Supported by the Province of Groningen and the Interreg North Sea project H2-SKILLS.', b))
D.build(S)
gold(doc, None,
 [P("Marieke Hoekstra-Zijlstra","Scientific director of the school","University of Groningen"),
  P("Pieter de Boer",None,"Hanze University of Applied Sciences"),
  P("Femke van der Laan","senior engineer","Noordgas Netbeheer B.V."),
  P("Kwame Mensah-Bonsu",None,"TNO"),
  P("Lea Brandsma","policy adviser","Province of Groningen"),
  P("Anke Wiesmann",None,"Carl von Ossietzky Universität Oldenburg"),
  P("Tomasz Zieliński","CTO","Elektroliza Pomorska Sp. z o.o."),
  P("Nadia El Amrani","engineer","Eemsdelta Waterstof B.V."),
  P("Joris Wiersma","programme manager","H2 Noord Cluster")],
 [O("H2 Noord Cluster"), O("University of Groningen"), O("Faculty of Science and Engineering"),
  O("Hanze University of Applied Sciences"), O("Noordgas Netbeheer B.V."), O("TNO"), O("Province of Groningen"),
  O("Carl von Ossietzky Universität Oldenburg"), O("Elektroliza Pomorska Sp. z o.o."),
  O("Eemsdelta Waterstof B.V."), O("Wadden Energy Storage B.V.")],
 [E("International Summer School on Green Hydrogen Systems","2036-07-07","2036-07-18","Groningen","Netherlands"),
  E("Hydrogen and the Groningen gas legacy","2036-07-09",None,"Groningen","Netherlands"),
  E("International Summer School on Green Hydrogen Systems 2033","2033",None,"Delfzijl","Netherlands"),
  E("International Summer School on Green Hydrogen Systems 2034","2034",None,"Groningen","Netherlands"),
  E("International Summer School on Green Hydrogen Systems 2035","2035",None,"Groningen","Netherlands")],
 ["2036-07-07/2036-07-18","2036-02-01","2036-04-15","2036-07-07/2036-07-11","2036-07-14/2036-07-18","2036-07-18","2036-07-09",
  "2036-05-15","2036-06-01","2036-07-07","2033","2034","2035"],
 [])
