from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, NextPageTemplate, PageBreak, FrameBreak
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import glob
f = [p for p in glob.glob('/usr/share/fonts/**/DejaVuSans.ttf', recursive=True)]
fb = [p for p in glob.glob('/usr/share/fonts/**/DejaVuSans-Bold.ttf', recursive=True)]
pdfmetrics.registerFont(TTFont('DV', f[0])); pdfmetrics.registerFont(TTFont('DVB', fb[0]))
F = 'ClusterDays-Niederbayern-2036_Programm.pdf'
ss = getSampleStyleSheet()
N = ParagraphStyle('n', parent=ss['Normal'], fontName='DV', fontSize=9, leading=11.5)
H1 = ParagraphStyle('h1', parent=N, fontName='DVB', fontSize=16, leading=20, spaceAfter=6)
H2 = ParagraphStyle('h2', parent=N, fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 8)
    c.drawString(40, 810, 'Cluster Days Niederbayern 2036 · Programme · Deggendorf, 17–18 June 2036')
    c.drawRightString(555, 30, 'Page %d of 3' % d.page)
    c.drawString(40, 30, 'Netzwerk Mechatronik Niederbayern e.V. · version of 4 May 2036')
    c.restoreState()
doc = BaseDocTemplate(B + '/docs/' + F, pagesize=A4, title='Cluster Days Niederbayern 2036 – Programme', author='NMN')
full = Frame(40, 50, 515, 750, id='full')
left = Frame(40, 50, 250, 750, id='l'); right = Frame(305, 50, 250, 750, id='r')
doc.addPageTemplates([PageTemplate('one', [full], onPage=hdr), PageTemplate('two', [left, right], onPage=hdr)])
S = []
p = lambda t, st=N: S.append(Paragraph(t, st))
p('Cluster Days Niederbayern 2036', H1)
p('Two days, two tracks, one region: automation, energy and materials for the SMEs of Lower Bavaria', H2)
p('Tuesday 17 and Wednesday 18 June 2036 · Technische Hochschule Deggendorf (THD), Campus, Dieter-Görlitz-Platz 1, Deggendorf')
S.append(Spacer(1, 8))
p('The Cluster Days are the annual meeting of the five technology clusters of Lower Bavaria: Netzwerk Mechatronik Niederbayern e.V. (NMN), the Kunststoffcluster Ostbayern, the Energie-Cluster Donau-Isar, the Holzbau-Netzwerk Bayerischer Wald and the Digitalisierungsforum Landshut. After Landshut (2034) and Passau (2035), the third edition returns to Deggendorf, where the format started as a one-day "Clustertag" in 2033.')
p('Organisation: Netzwerk Mechatronik Niederbayern e.V. together with the Technische Hochschule Deggendorf and the Regierung von Niederbayern. Programme coordination: Veronika Ertl-Brandl, Clustermanagerin NMN. Moderation of the plenary sessions: Matthias Kreuzpaintner, Bayerischer Rundfunk.')
p('Day 1 · Tuesday 17 June 2036 · Plenary (Audimax)', H2)
for t in ['09:00 Registration, coffee and poster exhibition',
          '09:45 Welcome: Prof. Dr. Waltraud Hinterberger, President, Technische Hochschule Deggendorf; Josef Stadlmeier, Regierungspräsident, Regierung von Niederbayern',
          '10:15 Keynote "Why Lower Bavaria needs fewer but stronger clusters": Dr. Sabine Mooslechner, Head of Division Innovation Policy, Bayerisches Staatsministerium für Wirtschaft, Landesentwicklung und Energie',
          '11:00 Panel "Skilled workers for automation": Lukas Loichinger (Managing Director, Loichinger Antriebstechnik GmbH, Dingolfing), Helga Aichinger (IHK Niederbayern), Stefan Brunnhuber (IG Metall Landshut), Dr. Ferdinand Zellner (Agentur für Arbeit Deggendorf)',
          '12:30 Lunch and matchmaking (pre-booked 20-minute meetings)',
          '14:00 Parallel tracks A and B (see page 2)',
          '18:30 Evening reception on the Danube terrace, with the award of the "Niederbayerischer Clusterpreis 2036"']:
    p(t)
p('Day 2 · Wednesday 18 June 2036', H2)
p('09:00 Parallel tracks A and B continued (see page 2)')
p('13:00 Closing plenary: results of the tracks, presented by the track chairs; outlook on the Cluster Days 2037 in Straubing')
p('14:00 Optional company visits (registration required): Loichinger Antriebstechnik GmbH, Dingolfing; Bayerwald Holzsysteme GmbH, Regen; Technologiecampus Cham')
S.append(NextPageTemplate('two')); S.append(PageBreak())
p('Track A · Automation and Robotics', H2)
p('Room ITC 1 · Chair: Prof. Dr.-Ing. Korbinian Fischl, THD, Faculty of Mechanical Engineering and Mechatronics')
for t in ['<b>Tue 17 June</b>',
          '14:00 Cobots in small series production – Theresa Gschwendtner, Head of Production, Isar Präzisionsteile GmbH',
          '14:40 Vision systems for quality control – Dr. Amir Haddad, founder, Optilyze GmbH',
          '15:20 Coffee break',
          '15:50 Retrofitting old machines with IoT sensors – Markus Pichlmaier, Pichlmaier Maschinenbau GmbH & Co. KG',
          '16:30 Workshop: finding the first robot project – moderated by NMN project manager Julia Schwarzmeier',
          '<b>Wed 18 June</b>',
          '09:00 AI in maintenance: lessons from three pilots – Prof. Dr. Elif Demirci-Huber, Hochschule Landshut',
          '09:45 Safety and certification of collaborative cells – Andreas Lindinger, TÜV SÜD Industrie Service GmbH',
          '10:30 Coffee break',
          '11:00 Open lab tour: THD robotics lab',
          '12:15 Summary for the closing plenary']:
    p(t)
S.append(FrameBreak())
p('Track B · Energy and Materials', H2)
p('Room ITC 2 · Chair: Dr. Rosalie Baumgartner, cluster manager, Energie-Cluster Donau-Isar')
for t in ['<b>Tue 17 June</b>',
          '14:00 Heat pumps for industrial processes – Georg Obermaier, Energieagentur Ostbayern',
          '14:40 Recycled plastics in technical parts – Dr. Nadine Wimmer-Kovač, Kunststoffcluster Ostbayern',
          '15:20 Coffee break',
          '15:50 Timber hybrid construction for factory halls – Florian Dengler, Bayerwald Holzsysteme GmbH',
          '16:30 Workshop: financing energy efficiency with the LfA Förderbank Bayern – Martina Huber-Sedlmeier, LfA',
          '<b>Wed 18 June</b>',
          '09:00 Hydrogen for SMEs – realistic or not? – Dr. Konrad Ebner, Technologiezentrum Energie der Hochschule Landshut',
          '09:45 PV on every roof: the Deggendorf industrial estate case – Ludwig Kammermeier, Stadtwerke Plattling',
          '10:30 Coffee break',
          '11:00 World café: materials and energy challenges of members',
          '12:15 Summary for the closing plenary']:
    p(t)
S.append(NextPageTemplate('one')); S.append(PageBreak())
p('Practical information', H2)
p('Registration at www.clustertage-niederbayern.example until 5 June 2036. Participation is free for members of the five clusters; other participants pay EUR 95 (two days including lunches and evening reception). The matchmaking platform opens on 20 May 2036 and closes on 12 June 2036.')
p('Getting there: Deggendorf Hbf is a 10-minute walk from the campus. Limited parking in the multi-storey car park at the Stadthallenpark. Hotels: a contingent is reserved until 15 May 2036 at two hotels near the campus (keyword "Clustertage").')
p('Contact: Julia Schwarzmeier, project manager, Netzwerk Mechatronik Niederbayern e.V., Edlmairstraße 6, 94469 Deggendorf, clustertage@nmn.example, +49 991 000 3120.')
p('The Cluster Days Niederbayern are supported by the Bayerisches Staatsministerium für Wirtschaft, Landesentwicklung und Energie within the Bavarian cluster programme. Changes to the programme are possible; this version replaces the version of 8 April 2036.')
doc.build(S)
N_='Netzwerk Mechatronik Niederbayern e.V.'; THD='Technische Hochschule Deggendorf'; ST='Bayerisches Staatsministerium für Wirtschaft, Landesentwicklung und Energie'
gold(F, None,
 [P('Veronika Ertl-Brandl','Clustermanagerin',N_),
  P('Matthias Kreuzpaintner',None,'Bayerischer Rundfunk'),
  P('Waltraud Hinterberger','President',THD),
  P('Josef Stadlmeier','Regierungspräsident','Regierung von Niederbayern'),
  P('Sabine Mooslechner','Head of Division Innovation Policy',ST),
  P('Lukas Loichinger','Managing Director','Loichinger Antriebstechnik GmbH'),
  P('Helga Aichinger',None,'IHK Niederbayern'),
  P('Stefan Brunnhuber',None,'IG Metall Landshut'),
  P('Ferdinand Zellner',None,'Agentur für Arbeit Deggendorf'),
  P('Korbinian Fischl',None,THD),
  P('Theresa Gschwendtner','Head of Production','Isar Präzisionsteile GmbH'),
  P('Amir Haddad','founder','Optilyze GmbH'),
  P('Markus Pichlmaier',None,'Pichlmaier Maschinenbau GmbH & Co. KG'),
  P('Julia Schwarzmeier','project manager',N_),
  P('Elif Demirci-Huber',None,'Hochschule Landshut'),
  P('Andreas Lindinger',None,'TÜV SÜD Industrie Service GmbH'),
  P('Rosalie Baumgartner','cluster manager','Energie-Cluster Donau-Isar'),
  P('Georg Obermaier',None,'Energieagentur Ostbayern'),
  P('Nadine Wimmer-Kovač',None,'Kunststoffcluster Ostbayern'),
  P('Florian Dengler',None,'Bayerwald Holzsysteme GmbH'),
  P('Martina Huber-Sedlmeier',None,'LfA Förderbank Bayern'),
  P('Konrad Ebner',None,'Hochschule Landshut'),
  P('Ludwig Kammermeier',None,'Stadtwerke Plattling')],
 [O(N_,'NMN'),O('Kunststoffcluster Ostbayern'),O('Energie-Cluster Donau-Isar'),O('Holzbau-Netzwerk Bayerischer Wald'),O('Digitalisierungsforum Landshut'),
  O(THD,'THD'),O('Regierung von Niederbayern'),O('Bayerischer Rundfunk'),O(ST),O('Loichinger Antriebstechnik GmbH'),O('IHK Niederbayern'),
  O('IG Metall Landshut'),O('Agentur für Arbeit Deggendorf'),O('Bayerwald Holzsysteme GmbH'),O('Technologiecampus Cham'),
  O('Faculty of Mechanical Engineering and Mechatronics'),O('Isar Präzisionsteile GmbH'),O('Optilyze GmbH'),O('Pichlmaier Maschinenbau GmbH & Co. KG'),
  O('Hochschule Landshut'),O('TÜV SÜD Industrie Service GmbH'),O('Energieagentur Ostbayern'),O('LfA Förderbank Bayern','LfA'),
  O('Technologiezentrum Energie'),O('Stadtwerke Plattling')],
 [E('Cluster Days Niederbayern 2036','2036-06-17','2036-06-18','Deggendorf','Germany'),
  E('Cluster Days 2034','2034',None,'Landshut','Germany'),
  E('Cluster Days 2035','2035',None,'Passau','Germany'),
  E('Clustertag 2033','2033',None,'Deggendorf','Germany'),
  E('Cluster Days 2037','2037',None,'Straubing','Germany')],
 ['2036-06-17/2036-06-18','2036-05-04','2036-06-17','2036-06-18','2034','2035','2033','2036-06-05','2036-05-20','2036-06-12','2036-05-15','2036-04-08'],
 [])
