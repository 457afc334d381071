from mk import *
import os
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak
from reportlab.lib.styles import getSampleStyleSheet
F = 'Kempen-Photonics-Accelerator-Call-2034.pdf'
W, H = A4
ss = getSampleStyleSheet(); N = ss['Normal']; H1 = ss['Title']; H2 = ss['Heading3']
def deco(c, doc):
    c.saveState(); c.setFont('Helvetica', 8)
    c.drawString(40, H - 30, 'Kempen Photonics Accelerator | Call for Applications 2034')
    c.drawRightString(W - 40, 30, 'Page %d' % doc.page); c.restoreState()
doc = BaseDocTemplate(os.path.join(B, 'docs', F), pagesize=A4)
top = Frame(40, H - 170, W - 80, 120, id='top')
c1 = Frame(40, 50, (W - 100) / 2, H - 230, id='c1'); c2 = Frame(60 + (W - 100) / 2, 50, (W - 100) / 2, H - 230, id='c2')
p1 = Frame(40, 50, (W - 100) / 2, H - 100, id='p1'); p2 = Frame(60 + (W - 100) / 2, 50, (W - 100) / 2, H - 100, id='p2')
doc.addPageTemplates([PageTemplate('first', [top, c1, c2], onPage=deco, autoNextPageTemplate='later'),
                      PageTemplate('later', [p1, p2], onPage=deco)])
S = []
S.append(Paragraph('Call for Applications: Kempen Photonics Accelerator, Cohort 2034', H1))
S.append(Paragraph('Published 15 January 2034 by PhotonLink Brainport, the integrated-photonics cluster of the Eindhoven region, with Kempenpoort Ventures B.V. and the Province of Noord-Brabant.', N))
S.append(FrameBreak())
for h, t in [
 ('What we offer', 'Twelve start-ups receive a six-month programme, EUR 50,000 in convertible funding from Kempenpoort Ventures B.V., free clean-room hours at the Eindhoven University of Technology (TU/e) and a personal mentor from a member company.'),
 ('Who can apply', 'Start-ups incorporated in the EU or an associated country, less than five years old, with a working prototype that uses integrated photonics (sensing, datacom, medical imaging, quantum).'),
 ('Phase 1: Application', 'Applications open on 15 January 2034 and close on 1 March 2034 at 17:00 CET. Applicants submit a pitch deck and a two-page technology brief.'),
 ('Phase 2: Selection', 'Thirty shortlisted teams are informed by 22 March 2034. Selection interviews take place on 4 and 5 April 2034 in Eindhoven. The jury is chaired by Dr. Maartje van Heeswijk, chief technology officer of Helderlicht B.V.'),
 ('Phase 3: Bootcamp', 'The selected twelve start their programme with a residential bootcamp from 6 to 10 May 2034 at the High Tech Campus Eindhoven. Trainers include Joost de Wit-Verbeek, former VP engineering at Lichtspoor Photonics, and Ana Lúcia Carvalho, partner at Atlântico Deep Tech Fund.'),
]:
    S.append(Paragraph(h, H2)); S.append(Paragraph(t, N))
for h, t in [
 ('Phase 4: Acceleration', 'From May to October 2034 teams work on customer validation, with monthly investor office hours and two market trips: to Photonics West in San Francisco (January 2035, optional) and to LASER World of PHOTONICS in Munich.'),
 ('Phase 5: Demo Day', 'The programme ends with Demo Day on 6 November 2034 in the Evoluon, Eindhoven, in front of 150 investors and corporate partners.'),
 ('Key dates at a glance', '15.01.2034 call opens / 01.03.2034 deadline / 22.03.2034 shortlist / 04.-05.04.2034 interviews / 06.-10.05.2034 bootcamp / 06.11.2034 Demo Day'),
 ('Information sessions', 'Two online information sessions are held on 29 January 2034 and 12 February 2034 at 12:00 CET.'),
 ('Contact', 'Programme manager: Femke Roozendaal, PhotonLink Brainport, accelerator@photonlink.example. The accelerator is co-funded by the Province of Noord-Brabant.'),
]:
    S.append(Paragraph(h, H2)); S.append(Paragraph(t, N))
doc.build(S)
gold(F, '2034-01-15',
 [P('Maartje van Heeswijk', 'chief technology officer', 'Helderlicht B.V.'), P('Joost de Wit-Verbeek', 'former VP engineering', 'Lichtspoor Photonics'),
  P('Ana Lúcia Carvalho', 'partner', 'Atlântico Deep Tech Fund'), P('Femke Roozendaal', 'Programme manager', 'PhotonLink Brainport')],
 [O('PhotonLink Brainport'), O('Kempenpoort Ventures B.V.'), O('Province of Noord-Brabant'),
  O('Eindhoven University of Technology', 'TU/e'), O('Helderlicht B.V.'), O('Lichtspoor Photonics'), O('Atlântico Deep Tech Fund')],
 [E('Selection interviews', '2034-04-04', '2034-04-05', 'Eindhoven', 'Netherlands'),
  E('Bootcamp', '2034-05-06', '2034-05-10', 'Eindhoven', 'Netherlands'),
  E('Photonics West', '2035-01', '2035-01', 'San Francisco', 'United States'),
  E('LASER World of PHOTONICS', None, None, 'Munich', 'Germany'),
  E('Demo Day', '2034-11-06', '2034-11-06', 'Eindhoven', 'Netherlands'),
  E('online information session', '2034-01-29', '2034-01-29', None, None),
  E('online information session', '2034-02-12', '2034-02-12', None, None)],
 ['2034-01-15', '2034-03-01', '2034-03-22', '2034-04-04/2034-04-05', '2034-05-06/2034-05-10', '2034-05/2034-10', '2035-01',
  '2034-11-06', '2034-01-29', '2034-02-12'])
