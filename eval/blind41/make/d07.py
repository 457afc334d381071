from common import save, B
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak, NextPageTemplate
from reportlab.lib.styles import getSampleStyleSheet
st = getSampleStyleSheet(); N = st['Normal']; H = st['Heading2']; H1 = st['Heading1']
W, Hh = A4
def deco(c, doc):
    c.saveState(); c.setFont('Helvetica', 8)
    c.drawString(40, Hh-30, 'BioMare Conference 2035 · Cagliari · Final programme')
    c.drawRightString(W-40, 30, 'Page %d' % doc.page); c.restoreState()
one = Frame(40, 50, W-80, Hh-100, id='one')
left = Frame(40, 50, (W-100)/2, Hh-100, id='l'); right = Frame(60+(W-100)/2, 50, (W-100)/2, Hh-100, id='r')
doc = BaseDocTemplate(f'{B}/docs/BioMare-Conference-2035_programme.pdf', pagesize=A4,
    pageTemplates=[PageTemplate('one', [one], onPage=deco), PageTemplate('two', [left, right], onPage=deco)])
P = lambda t, s=N: Paragraph(t, s)
s = [P('BioMare Conference 2035 – Blue Bioeconomy in the Mediterranean', H1),
 P('Cagliari, 8–9 May 2035 · Teatro Lirico di Cagliari and Sala Lamarmora'),
 P('Organised by Cluster BioMare Sardegna with Sardegna Ricerche and the Università degli Studi di Cagliari. '
   'With the support of the Regione Autonoma della Sardegna and the European Cluster Collaboration Platform (ECCP).'),
 P('The conference brings together companies, researchers and public authorities working on products and services '
   'from marine resources: aquaculture and its by-products, algae, marine biotechnology and blue-bioeconomy start-ups. '
   'The first day is a plenary day in the Teatro Lirico; on the second day two parallel rooms run thematic sessions. '
   'All sessions are held in English with simultaneous interpretation into Italian in the plenary.'),
 P('Registration is free of charge for members of the organising cluster and for students; other participants pay a '
   'reduced fee that includes lunch on both days. Posters can be put up from 08:30 on the first day.'),
 Spacer(1, 8), P('Day 1 – Tuesday 8 May 2035 (plenary, Teatro Lirico)', H),
 P('09:00 Registration and coffee'),
 P('09:30 Welcome – Giovanna Pinna, President, Cluster BioMare Sardegna'),
 P('09:45 Opening address – Salvatore Fronteddu, Regional Minister for Productive Activities, Regione Autonoma della Sardegna'),
 P('10:15 Keynote: "Algae, sponges and the next Mediterranean value chains" – Prof. Inés Cabral Moura, University of the Algarve'),
 P('11:00 Panel: Financing blue start-ups – moderator: Paolo Serra, journalist; with Katarzyna Nowak-Lis (EISMEA), Luca Mereu (CEO, AlgaSarda S.r.l.), Dimitra Karali (Blue Growth Fund Athens)'),
 P('13:00 Lunch and poster session'),
 P('14:30 Award: BioMare Young Innovator Prize 2035 – jury chair Anna Maria Loddo, Sardegna Ricerche'),
 P('20:00 Conference dinner, Castello di San Michele'),
 NextPageTemplate('two'), FrameBreak(),
 P('Day 2 – Wednesday 9 May 2035: parallel sessions', H),
 P('ROOM A – Teatro Lirico', H),
 P('09:00 Session A1: Aquaculture and fisheries by-products. Chair: Efisio Porcu, Ittica Oristano S.p.A.'),
 P('– Fish skin collagen for cosmetics – Marta Usai, R&amp;D manager, Collamar S.r.l.'),
 P('– Mussel shells as building material – Jordi Puig i Ferrer, Clúster Nàutic de Menorca'),
 P('11:00 Session A2: Seaweed in food and feed. Chair: Hélène Le Goff, Cluster Maritime Provence-Littoral'),
 P('– Results of the ALGAMED project – Nicola Atzeni, Università degli Studi di Cagliari'),
 P('12:30 Closing plenary in Room A: conclusions by Giovanna Pinna'),
 FrameBreak(),
 P('ROOM B – Sala Lamarmora', H),
 P('09:00 Session B1: Marine biotech for health. Chair: Roberta Sanna, CNR'),
 P('– Antimicrobial peptides from sponges – Yannis Papadakis, Hellenic Centre for Marine Research (HCMR)'),
 P('– Regulatory pathways – Sophie van den Berg, Blue Biotech Consultancy B.V.'),
 P('11:00 Session B2: B2B meetings with the Enterprise Europe Network (pre-booked, 30 slots)'),
 P('Site visits on Thursday 10 May 2035 (optional): Oristano lagoon fish farms; Porto Torres green chemistry site. Departure 08:30 from Piazza Yenne.'),
 P('Next edition: BioMare Conference 2036, Alghero, spring 2036.'),
]
doc.build(s)
save('BioMare-Conference-2035_programme.pdf', None,
 [("Giovanna Pinna","President","Cluster BioMare Sardegna"),
  ("Salvatore Fronteddu","Regional Minister for Productive Activities","Regione Autonoma della Sardegna"),
  ("Inés Cabral Moura",None,"University of the Algarve"),
  ("Paolo Serra","moderator",None),
  ("Katarzyna Nowak-Lis",None,"EISMEA"),("Luca Mereu","CEO","AlgaSarda S.r.l."),("Dimitra Karali",None,"Blue Growth Fund Athens"),
  ("Anna Maria Loddo",None,"Sardegna Ricerche"),
  ("Efisio Porcu",None,"Ittica Oristano S.p.A."),("Marta Usai","R&D manager","Collamar S.r.l."),
  ("Jordi Puig i Ferrer",None,"Clúster Nàutic de Menorca"),("Hélène Le Goff",None,"Cluster Maritime Provence-Littoral"),
  ("Nicola Atzeni",None,"Università degli Studi di Cagliari"),("Roberta Sanna",None,"CNR"),
  ("Yannis Papadakis",None,"Hellenic Centre for Marine Research"),("Sophie van den Berg",None,"Blue Biotech Consultancy B.V.")],
 [("Cluster BioMare Sardegna",None),("Sardegna Ricerche",None),("Università degli Studi di Cagliari",None),
  ("Regione Autonoma della Sardegna",None),("European Cluster Collaboration Platform","ECCP"),("University of the Algarve",None),
  ("EISMEA",None),("AlgaSarda S.r.l.",None),("Blue Growth Fund Athens",None),("Ittica Oristano S.p.A.",None),
  ("Collamar S.r.l.",None),("Clúster Nàutic de Menorca",None),("Cluster Maritime Provence-Littoral",None),("CNR",None),
  ("Hellenic Centre for Marine Research","HCMR"),("Blue Biotech Consultancy B.V.",None),("Enterprise Europe Network",None)],
 [("BioMare Conference 2035","2035-05-08","2035-05-09","Cagliari","Italy"),
  ("BioMare Young Innovator Prize 2035","2035-05-08","2035-05-08","Cagliari","Italy"),
  ("BioMare Conference 2036","2036","2036","Alghero","Italy")],
 ["2035-05-08/2035-05-09","2035-05-08","2035-05-09","2035-05-10","2036"])
