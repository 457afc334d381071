from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, NextPageTemplate, PageBreak, FrameBreak
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont('DV', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
F = 'Grenland-Process-Industry-Days-2034_programme.pdf'
ss = getSampleStyleSheet()
N = ParagraphStyle('n', parent=ss['Normal'], fontName='DV', fontSize=9, leading=11.5, spaceAfter=3)
H1 = ParagraphStyle('h1', parent=N, fontName='DVB', fontSize=16, leading=20, spaceAfter=6)
H2 = ParagraphStyle('h2', parent=N, fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 8)
    c.drawString(40, 810, 'Grenland Process Industry Days 2034 · Programme · Porsgrunn, 23–24 May 2034')
    c.drawRightString(555, 30, 'Page %d of 3' % d.page)
    c.drawString(40, 30, 'Industriklynge Grenland · final programme, version of 2 May 2034')
    c.restoreState()
doc = BaseDocTemplate(B + '/docs/' + F, pagesize=A4, title='Grenland Process Industry Days 2034 – Programme', author='Industriklynge Grenland')
full = Frame(40, 50, 515, 750, id='full')
left = Frame(40, 50, 250, 750, id='l'); right = Frame(305, 50, 250, 750, id='r')
doc.addPageTemplates([PageTemplate('one', [full], onPage=hdr), PageTemplate('two', [left, right], onPage=hdr)])
S = []
p = lambda t, st=N: S.append(Paragraph(t, st))
p('Grenland Process Industry Days 2034', H1)
p('Carbon capture, hydrogen and the people who will run the plants', H2)
p('Tuesday 23 and Wednesday 24 May 2034 · Porsgrunn, Herøya Industrial Park, Herøya Conference Centre (Hydrovegen 55)')
p('The Process Industry Days are organised every second year by Industriklynge Grenland (the Grenland Industrial Cluster), the process-industry cluster of Telemark, with the University of South-Eastern Norway (USN) and Vestfold and Telemark County Municipality. The 2034 edition is the fifth, after Skien (2026), Porsgrunn (2028), Bamble (2030) and Porsgrunn (2032). Working language: English; the opening of day 1 is in Norwegian with interpretation.')
p('Programme committee: Sigrid Haugland Berge, Cluster Manager, Industriklynge Grenland (chair); Prof. Dr. Olav Tveit, Professor of Process Technology, University of South-Eastern Norway; Marianne Ødegård, Head of Innovation, Vestfold and Telemark County Municipality.')
p('Day 1 · Tuesday 23 May 2034 · Plenary (Main hall)', H2)
for t in ['08:30 Registration and coffee',
          '09:15 Welcome: Sigrid Haugland Berge, Cluster Manager, Industriklynge Grenland',
          '09:25 Opening address: Terje Aasland-Vik, Mayor, Porsgrunn Municipality',
          '09:40 Keynote "Europe\'s process industry after the Clean Industrial Deal": Dr. Beatriz Ferreira da Costa, Head of Unit, European Commission, DG GROW',
          '10:20 Keynote "Brevik CCS – ten years of operation": Per Ivar Nordbø, Plant Director, Heidelberg Materials Norway AS',
          '11:00 Coffee break and exhibition',
          '11:30 Panel "Who will pay for the grid?": Kristin Lunde Amundsen, CEO, Yara Porsgrunn; Dr. Jörg van den Heuvel, Vice President Energy, Hydro Aluminium AS; Ingvild Sæther, Director, Statnett SF; Aleksander Brekke, Secretary General, Norsk Industri. Moderator: Hilde Rønningen, journalist, Telemark Arbeiderblad',
          '12:45 Lunch',
          '14:00 Parallel sessions A1–A3 (see page 2)',
          '16:30 Site visits (pre-registration required): Herøya hydrogen hub; Brevik carbon capture plant',
          '19:00 Conference dinner at Porsgrunn Town Hall, with the presentation of the Grenland Process Innovation Prize 2034']:
    p(t)
S.append(NextPageTemplate('two')); S.append(PageBreak())
p('Day 1 afternoon · Parallel sessions', H2)
p('<b>Session A1 · Room Frierfjord · Carbon capture and storage</b>')
p('Chair: Prof. Dr. Olav Tveit, Professor of Process Technology, USN')
p('14:00 "Amine degradation in cement flue gas", Dr. Anna-Lena Bergström, Senior Researcher, SINTEF Industry')
p('14:30 "Shipping CO2 from Grenland to Northern Lights", Eirik Solheim, Project Director, Northern Lights JV DA')
p('15:00 "Capture-ready permitting in municipalities", Tone Haraldsen, Legal Adviser, Bamble Municipality')
p('15:30 Discussion')
p('<b>Session A2 · Room Eidanger · Hydrogen and e-fuels</b>')
p('Chair: Dr. Nils-Petter Lien, Senior Adviser, Industriklynge Grenland')
p('14:00 "Electrolyser stacks made in Herøya", Katarzyna Wójcik-Larsen, Head of Manufacturing, Nel Hydrogen Electrolyser AS')
p('14:30 "Ammonia as a maritime fuel: lessons from the first bunkering", Capt. Rune Tangen, Fleet Manager, Grenland Shipping AS')
p('15:00 "Hydrogen valleys in Europe – what Telemark can learn from Rotterdam", Dr. Maarten de Wit, Programme Lead, Port of Rotterdam Authority')
FR = len(S)
S.append(FrameBreak())
p('<b>Session A3 · Room Gunneklev · Skills and workforce</b>')
p('Chair: Marianne Ødegård, Head of Innovation, Vestfold and Telemark County Municipality')
p('14:00 "Operators for the 2040s", Silje Marie Thorsen, HR Director, REC Solar Norway AS')
p('14:30 "Vocational pathways with industry", Bjørn Kåre Vatne, Principal, Porsgrunn Upper Secondary School')
p('15:00 "Recruiting engineers from abroad", Elena Popescu-Hansen, Talent Adviser, Work in Norway (Directorate of Labour and Welfare)')
p('Day 2 · Wednesday 24 May 2034', H2)
p('<b>Morning · Parallel sessions B1–B2</b>')
p('<b>B1 · Room Frierfjord · Circular materials</b>. Chair: Dr. Anna-Lena Bergström, SINTEF Industry. Speakers: Lars Olav Kittilsen, R&amp;D Manager, Norcem AS; Dr. Ute Kranz-Oberhofer, Managing Director, Cluster Chemie-Kunststoff Mitteldeutschland; Thomas Wiig, Founder, Slagg2Verdi AS.')
p('<b>B2 · Room Eidanger · Digital plants</b>. Chair: Dr. Nils-Petter Lien. Speakers: Ragnhild Eikeland, Head of Digital Operations, Yara Porsgrunn; Mateusz Kaczmarek, Solution Architect, Kongsberg Digital AS; Dr. Sanna Leppänen, Research Manager, VTT Technical Research Centre of Finland.')
p('<b>12:00 Closing plenary (Main hall)</b>')
p('"Conclusions from the sessions": the six session chairs.')
p('"Grenland 2036": Sigrid Haugland Berge, Cluster Manager, and Hans-Jakob Fjeld, Chair of the Board, Industriklynge Grenland. The next Process Industry Days are planned for May 2036.')
p('13:00 Lunch and departure. Shuttle bus to Porsgrunn station and to Sandefjord Airport Torp.')
S.append(NextPageTemplate('one')); S.append(PageBreak())
p('Practical information', H2)
p('Registration: until 12 May 2034 on the cluster website. Fee: NOK 2,500 for members of Industriklynge Grenland and partner clusters, NOK 4,200 for others; students free. The conference dinner costs NOK 900.')
p('Site visits: maximum 40 persons per visit; safety shoes and ID required. Registration closes on 5 May 2034 because of security clearance.')
p('Partners: Herøya Industripark AS, Vestfold and Telemark County Municipality, University of South-Eastern Norway, Innovation Norway Vestfold and Telemark, Enterprise Europe Network Norway, Norsk Industri. The event is co-financed by the Norwegian Innovation Clusters programme.')
p('Contact: Mari Kvåle Johannessen, Event Coordinator, Industriklynge Grenland · events@industriklynge.example · +47 000 00 000')
doc.build(S)
IG = 'Industriklynge Grenland'; VT = 'Vestfold and Telemark County Municipality'; USN = 'University of South-Eastern Norway'
gold(F, None,
 [P('Sigrid Haugland Berge','Cluster Manager',IG),
  P('Olav Tveit','Professor of Process Technology',USN),
  P('Marianne Ødegård','Head of Innovation',VT),
  P('Terje Aasland-Vik','Mayor','Porsgrunn Municipality'),
  P('Beatriz Ferreira da Costa','Head of Unit','DG GROW'),
  P('Per Ivar Nordbø','Plant Director','Heidelberg Materials Norway AS'),
  P('Kristin Lunde Amundsen','CEO','Yara Porsgrunn'),
  P('Jörg van den Heuvel','Vice President Energy','Hydro Aluminium AS'),
  P('Ingvild Sæther','Director','Statnett SF'),
  P('Aleksander Brekke','Secretary General','Norsk Industri'),
  P('Hilde Rønningen','journalist','Telemark Arbeiderblad'),
  P('Anna-Lena Bergström','Senior Researcher','SINTEF Industry'),
  P('Eirik Solheim','Project Director','Northern Lights JV DA'),
  P('Tone Haraldsen','Legal Adviser','Bamble Municipality'),
  P('Nils-Petter Lien','Senior Adviser',IG),
  P('Katarzyna Wójcik-Larsen','Head of Manufacturing','Nel Hydrogen Electrolyser AS'),
  P('Rune Tangen','Fleet Manager','Grenland Shipping AS'),
  P('Maarten de Wit','Programme Lead','Port of Rotterdam Authority'),
  P('Silje Marie Thorsen','HR Director','REC Solar Norway AS'),
  P('Bjørn Kåre Vatne','Principal','Porsgrunn Upper Secondary School'),
  P('Elena Popescu-Hansen','Talent Adviser','Work in Norway'),
  P('Lars Olav Kittilsen','R&D Manager','Norcem AS'),
  P('Ute Kranz-Oberhofer','Managing Director','Cluster Chemie-Kunststoff Mitteldeutschland'),
  P('Thomas Wiig','Founder','Slagg2Verdi AS'),
  P('Ragnhild Eikeland','Head of Digital Operations','Yara Porsgrunn'),
  P('Mateusz Kaczmarek','Solution Architect','Kongsberg Digital AS'),
  P('Sanna Leppänen','Research Manager','VTT Technical Research Centre of Finland'),
  P('Hans-Jakob Fjeld','Chair of the Board',IG),
  P('Mari Kvåle Johannessen','Event Coordinator',IG)],
 [O(IG,'Grenland Industrial Cluster'),O(USN,'USN'),O(VT),O('Porsgrunn Municipality'),O('European Commission'),O('DG GROW'),
  O('Heidelberg Materials Norway AS'),O('Yara Porsgrunn'),O('Hydro Aluminium AS'),O('Statnett SF'),O('Norsk Industri'),O('Telemark Arbeiderblad'),
  O('SINTEF Industry'),O('Northern Lights JV DA'),O('Bamble Municipality'),O('Nel Hydrogen Electrolyser AS'),O('Grenland Shipping AS'),
  O('Port of Rotterdam Authority'),O('REC Solar Norway AS'),O('Porsgrunn Upper Secondary School'),O('Work in Norway'),O('Directorate of Labour and Welfare'),
  O('Norcem AS'),O('Cluster Chemie-Kunststoff Mitteldeutschland'),O('Slagg2Verdi AS'),O('Kongsberg Digital AS'),O('VTT Technical Research Centre of Finland'),
  O('Herøya Industripark AS'),O('Innovation Norway Vestfold and Telemark'),O('Enterprise Europe Network Norway')],
 [E('Grenland Process Industry Days 2034','2034-05-23','2034-05-24','Porsgrunn','Norway'),
  E('Process Industry Days (2026 edition)','2026',None,'Skien','Norway'),
  E('Process Industry Days (2028 edition)','2028',None,'Porsgrunn','Norway'),
  E('Process Industry Days (2030 edition)','2030',None,'Bamble','Norway'),
  E('Process Industry Days (2032 edition)','2032',None,'Porsgrunn','Norway'),
  E('Process Industry Days (2036 edition)','2036-05')],
 ['2034-05-23/2034-05-24','2034-05-02','2034-05-23','2034-05-24','2026','2028','2030','2032','2036-05','2034-05-12','2034-05-05'],
 [])
