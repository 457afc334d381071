from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak, NextPageTemplate, PageBreak, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
F = 'g01_navarra_agrifood_newsletter.pdf'
assert wd(2038,3,18)=='Thursday' and wd(2038,4,27)=='Tuesday' and wd(2038,2,24)=='Wednesday'
pdfmetrics.registerFont(TTFont('DV', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
b = ParagraphStyle('b', fontName='DV', fontSize=8.6, leading=11)
h = ParagraphStyle('h', fontName='DVB', fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3)
t = ParagraphStyle('t', fontName='DVB', fontSize=16, leading=19)
W, H = A4
def head(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(40, H-30, 'NAVARRA AGRIFOOD CLUSTER · NEWSLETTER No. 41 · MARCH 2038')
    c.drawRightString(W-40, H-30, 'Page %d of 2' % d.page)
    c.drawString(40, 25, 'Clúster Agroalimentario de Navarra · Avda. Serapio Huici 22, 31610 Villava · info@nagrifood.example.es')
    c.restoreState()
fr1 = [Frame(40, H-140, W-80, 90, id='top'), Frame(40, 40, (W-95)/2, H-185, id='c1'), Frame(55+(W-95)/2, 40, (W-95)/2, H-185, id='c2')]
fr2 = [Frame(40, 40, W-80, H-85, id='full')]
doc = BaseDocTemplate(path(F), pagesize=A4, title='Newsletter 41', author='Navarra Agrifood Cluster')
doc.addPageTemplates([PageTemplate('two', fr1, onPage=head), PageTemplate('one', fr2, onPage=head)])
S = []
P_ = lambda x: S.append(Paragraph(x, b))
S.append(Paragraph('Harvest of data: what our members learned this winter', t))
S.append(Paragraph('Newsletter of the Navarra Agrifood Cluster (NAGRIF) for members and partners · published 12 March 2038', b))
S.append(FrameBreak())
S.append(Paragraph('Editorial', h))
P_('Dear members, this winter the cluster spent more time in packing halls than in meeting rooms. Our technical team visited 34 member plants between November and February to map where sensors, labels and cold-chain records already exist and where they are still written by hand. The result is sobering and encouraging at once: two thirds of the vegetable processors in the Ribera collect useful data, but fewer than one in five can share it with a buyer without retyping it. In 2038 we want to close that gap, together with the Government of Navarre and our partners in Aragon and La Rioja.')
P_('Thank you for opening your doors. — Itziar Goñi Larrea, Managing Director')
S.append(Paragraph('Member news', h))
P_('<b>Conservas Ribera del Ebro</b> has opened a new line for glass-jar artichokes in Tudela. Plant manager Javier Munárriz Echeverría says the line cuts water use per kilo by a quarter.')
P_('<b>Lácteos Urbasa S. Coop.</b> received the regional prize for rural employment from the Navarre Chamber of Commerce. The cooperative now has 57 workers, 21 of them under thirty.')
P_('<b>BioAsparagus Lab SL</b>, a start-up from the Public University of Navarre (UPNA), joined the cluster in February. Its founder, Dr. Nerea Azcona Ibáñez, develops enzymatic peeling for white asparagus.')
P_('<b>Cárnicas Valle de Baztán</b> has appointed Mikel Etxeberria Oiz as quality director. He was previously at the National Centre for Food Technology and Safety (CNTA) in San Adrián.')
S.append(Paragraph('Projects', h))
P_('The FOODTRACE-SUDOE project started on 1 January 2038 with partners from Navarra, Occitanie and the Centro region of Portugal. The cluster coordinates the work package on shared traceability records; the Agri-Food Competitiveness Cluster of Occitania (AGRI SUD-OUEST INNOVATION) leads the pilots. The kick-off took place in Toulouse on 24 and 25 February 2038.')
S.append(Paragraph('Events', h))
P_('<b>Data breakfast for quality managers</b> – Thursday, 18 March 2038, 8:30–10:30, CNTA, San Adrián. Speaker: Ana Belén Sola Ruiz, data officer of the cluster.')
P_('<b>Navarra Food Export Day</b> – Tuesday, 27 April 2038, Baluarte Congress Centre, Pamplona. With the export team of ICEX Spain Trade and Investment and buyers from France and Germany.')
P_('<b>General Assembly</b> – 10 June 2038, Pamplona. Agenda and proxy forms will be sent in May.')
P_('<b>Alimentaria Barcelona</b> – 4 to 7 May 2038: the cluster shares a stand with the Navarre food brand Reyno Gourmet. Places for members: four.')
S.append(Paragraph('People', h))
P_('The Board has co-opted Raquel Zubiri Artieda (Verduras del Moncayo SA) as Treasurer after the retirement of Fermín Arbeloa. President Luis Mari Ochoa Sanz thanked Fermín for eleven years on the Board (2027–2038).')
P_('New in the team: Iñaki Berrio Lasa, project officer for FOODTRACE-SUDOE, from 1 March 2038.')
S.append(NextPageTemplate('one')); S.append(PageBreak())
S.append(Paragraph('Contacts and working groups', t)); S.append(Spacer(1, 8))
cards = [
 ('Itziar Goñi Larrea', 'Managing Director', 'strategy, Board, Government of Navarre'),
 ('Ana Belén Sola Ruiz', 'Data officer', 'traceability, sensors, data breakfasts'),
 ('Iñaki Berrio Lasa', 'Project officer', 'FOODTRACE-SUDOE, Interreg calls'),
 ('Leire Mendía Otano', 'Communication', 'newsletter, website, press'),
 ('Koldo Arraiza Vidaurre', 'Export and fairs', 'Alimentaria, Export Day, buyers'),
 ('Patricia Lizarraga Úriz', 'Administration', 'membership fees, invoices'),
]
rows = []; row = []
for n, r, tpc in cards:
    row.append(Paragraph('<b>%s</b><br/>%s<br/>%s' % (n, r, tpc), b))
    if len(row) == 3: rows.append(row); row = []
tb = Table(rows, colWidths=[(W-80)/3]*3)
tb.setStyle(TableStyle([('BOX', (0,0), (-1,-1), .5, '#888888'), ('INNERGRID', (0,0), (-1,-1), .5, '#888888'), ('VALIGN', (0,0), (-1,-1), 'TOP'), ('BOTTOMPADDING', (0,0), (-1,-1), 8)]))
S.append(tb); S.append(Spacer(1, 12))
S.append(Paragraph('Working groups 2038', h))
for x in ['Vegetable processing – chair: Javier Munárriz Echeverría (Conservas Ribera del Ebro)',
          'Dairy and meat – chair: Mikel Etxeberria Oiz (Cárnicas Valle de Baztán)',
          'Packaging and circularity – chair: Sara Induráin Goñi (Envases Navarra SL)',
          'Digital and data – facilitated by the cluster team']:
    P_('• ' + x)
S.append(Paragraph('Previous editions', h))
P_('No. 40 – December 2037: Water and energy in the canning industry · No. 39 – October 2037: Our members at SIAL Paris · No. 38 – July 2037: Report of the General Assembly · No. 37 – April 2037: Skills for the food factory of 2040')
S.append(Spacer(1, 8))
P_('This newsletter is sent to the 112 members of the cluster and to partner organisations. To unsubscribe, reply with the word STOP. Photos: Leire Mendía Otano. Co-funded by the Government of Navarre, Department of Economic and Business Development.')
doc.build(S)
gold(F,
 [P("Itziar Goñi Larrea","Managing Director","Navarra Agrifood Cluster"),
  P("Javier Munárriz Echeverría","Plant manager","Conservas Ribera del Ebro"),
  P("Nerea Azcona Ibáñez","founder","BioAsparagus Lab SL"),
  P("Mikel Etxeberria Oiz","quality director","Cárnicas Valle de Baztán"),
  P("Ana Belén Sola Ruiz","data officer","Navarra Agrifood Cluster"),
  P("Raquel Zubiri Artieda","Treasurer","Navarra Agrifood Cluster"),
  P("Fermín Arbeloa",None,None),
  P("Luis Mari Ochoa Sanz","President","Navarra Agrifood Cluster"),
  P("Iñaki Berrio Lasa","project officer","Navarra Agrifood Cluster"),
  P("Leire Mendía Otano","Communication","Navarra Agrifood Cluster"),
  P("Koldo Arraiza Vidaurre","Export and fairs","Navarra Agrifood Cluster"),
  P("Patricia Lizarraga Úriz","Administration","Navarra Agrifood Cluster"),
  P("Sara Induráin Goñi","chair","Envases Navarra SL")],
 [O("Navarra Agrifood Cluster","NAGRIF"),
  O("Government of Navarre"), O("Conservas Ribera del Ebro"), O("Lácteos Urbasa S. Coop."),
  O("Navarre Chamber of Commerce"), O("BioAsparagus Lab SL"), O("Public University of Navarre","UPNA"),
  O("Cárnicas Valle de Baztán"), O("National Centre for Food Technology and Safety","CNTA"),
  O("Agri-Food Competitiveness Cluster of Occitania","AGRI SUD-OUEST INNOVATION"),
  O("ICEX Spain Trade and Investment"), O("Reyno Gourmet"), O("Verduras del Moncayo SA"),
  O("Envases Navarra SL"), O("Department of Economic and Business Development")],
 [E("FOODTRACE-SUDOE kick-off","2038-02-24","2038-02-25","Toulouse","France"),
  E("Data breakfast for quality managers","2038-03-18",None,"San Adrián","Spain"),
  E("Navarra Food Export Day","2038-04-27",None,"Pamplona","Spain"),
  E("General Assembly","2038-06-10",None,"Pamplona","Spain"),
  E("Alimentaria Barcelona","2038-05-04","2038-05-07","Barcelona","Spain"),
  E("SIAL Paris",None,None,"Paris","France")],
 ["2038-03","2038-03-12","2038","2038-01-01","2038-02-24/2038-02-25","2038-03-18","2038-04-27","2038-06-10",
  "2038-05-04/2038-05-07","2027/2038","2038-03-01","2037-12","2037-10","2037-07","2037-04","2038-02","2038-05"],
 [], pub="2038-03-12")
