from g import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak, NextPageTemplate
from reportlab.lib.styles import getSampleStyleSheet
N='Citrus-Innovation-Forum-2032_Programme.pdf'
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont('DV','/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB','/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
ss=getSampleStyleSheet(); B=ss['BodyText']; B.fontName='DV'; H=ss['Heading2']; H.fontName='DVB'; H1=ss['Title']; H1.fontName='DVB'
W_,H_=A4
def deco(c,doc):
    c.saveState(); c.setFont('DV',8)
    c.drawString(40,H_-30,'Citrus Innovation Forum 2032 · Catania · Programme')
    c.drawRightString(W_-40,30,'Page %d' % doc.page); c.restoreState()
fl=Frame(40,60,(W_-100)/2,H_-150,id='l'); fr=Frame(60+(W_-100)/2,60,(W_-100)/2,H_-150,id='r')
top=Frame(40,H_-90,W_-80,40,id='t')
one=Frame(40,60,W_-80,H_-110,id='o')
doc=BaseDocTemplate(f'{D}/docs/{N}',pagesize=A4)
doc.addPageTemplates([PageTemplate('two',[top,fl,fr],onPage=deco),PageTemplate('one',[one],onPage=deco)])
P=lambda t,s=B: Paragraph(t,s)
st=[P('Citrus Innovation Forum 2032 – Programme',H1), FrameBreak(),
 P('DAY 1 – Thursday 14 October 2032',H),
 P('Venue: Monastero dei Benedettini, University of Catania'),
 P('09:00 Registration and Sicilian breakfast'),
 P('09:30 Welcome by Salvatore La Rosa, President of Polo Agrumicolo Etneo, and Prof. Giuseppina Caruso, Vice-Rector for Third Mission, University of Catania'),
 P('10:00 Keynote: Citrus greening and the future of Mediterranean groves – Dr. Yusuf Arslan, plant pathologist, CIHEAM Bari'),
 P('11:00 Coffee break'),
 P('11:30 Panel 1: From juice to ingredients. Moderator: Chiara Lo Giudice, journalist. With Giovanni Battiato (Succhi Etnei S.r.l.), Marta Pedrosa Vilar (Frutas del Segura S.L.) and Aurélien Fabre (Arômes de Provence SAS)'),
 P('13:00 Lunch'),
 P('14:30 Parallel workshops: (A) water reuse in groves, led by Consorzio di Bonifica della Sicilia Orientale; (B) pectin and peel valorisation, led by Dr. Enrico Sciacca, CNR-IBE'),
 P('17:00 End of day 1'),
 P('20:00 Forum dinner at Palazzo Biscari (by invitation)'),
 FrameBreak(),
 P('DAY 2 – Friday 15 October 2032',H),
 P('09:00 Field visit to the experimental grove of CREA Acireale (buses from the venue at 08:30)'),
 P('11:30 Session: EU support for agri-food clusters – Elżbieta Kowalczyk-Brand, Deputy Head of Unit, DG AGRI, European Commission'),
 P('12:15 Pitches of eight start-ups from the Agrumi Accelerator'),
 P('13:15 Award of the Arancia d\'Oro 2032 for the best citrus innovation'),
 P('13:30 Closing remarks – Salvatore La Rosa'),
 P('14:00 Light lunch and departure'),
 NextPageTemplate('one'), FrameBreak(),
 P('Practical information',H),
 P('Registration is free of charge but mandatory by 30 September 2032 at forum.agrumietneo.example. The forum is held in Italian and English with simultaneous interpretation.'),
 P('The Citrus Innovation Forum is organised by Polo Agrumicolo Etneo with the support of Regione Siciliana – Assessorato dell\'Agricoltura and ISMEA. It follows the first edition held in Siracusa on 7 and 8 October 2031.'),
 P('Organising secretariat: Francesca Di Mauro, project officer, Polo Agrumicolo Etneo, forum@agrumietneo.example'),
]
doc.build(st)
G(N, None,
 people=[("Salvatore La Rosa","President","Polo Agrumicolo Etneo"),
  ("Giuseppina Caruso","Vice-Rector for Third Mission","University of Catania"),
  ("Yusuf Arslan","plant pathologist","CIHEAM Bari"),
  ("Chiara Lo Giudice","journalist",None),
  ("Giovanni Battiato",None,"Succhi Etnei S.r.l."),
  ("Marta Pedrosa Vilar",None,"Frutas del Segura S.L."),
  ("Aurélien Fabre",None,"Arômes de Provence SAS"),
  ("Enrico Sciacca",None,"CNR-IBE"),
  ("Elżbieta Kowalczyk-Brand","Deputy Head of Unit","DG AGRI"),
  ("Francesca Di Mauro","project officer","Polo Agrumicolo Etneo")],
 orgs=[("Polo Agrumicolo Etneo",None),("University of Catania",None),("CIHEAM Bari",None),
  ("Succhi Etnei S.r.l.",None),("Frutas del Segura S.L.",None),("Arômes de Provence SAS",None),
  ("Consorzio di Bonifica della Sicilia Orientale",None),("CNR-IBE",None),("CREA Acireale",None),
  ("DG AGRI",None),("European Commission",None),("Regione Siciliana – Assessorato dell'Agricoltura",None),("ISMEA",None)],
 events=[("Citrus Innovation Forum 2032","2032-10-14","2032-10-15","Catania","Italy"),
  ("first edition","2031-10-07","2031-10-08","Siracusa","Italy")],
 dates=["2032-10-14","2032-10-15","2032-09-30","2031-10-07/2031-10-08"])
