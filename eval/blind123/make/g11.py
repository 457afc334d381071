from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g11_matera_study_visit_report.pdf'
assert wd(2042,3,24)=='Monday' and wd(2042,3,25)=='Tuesday' and wd(2042,3,26)=='Wednesday' and wd(2042,4,8)=='Tuesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Business Upper Styria Cluster Network · Study visit report Basilicata, March 2042')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Study visit report – Basilicata 2042', author='Business Upper Styria Cluster Network')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Study visit to Basilicata: what a small region does with its cultural and space clusters"),
("s","Report by: Verena Pichler-Oberhofer, international projects manager, Business Upper Styria Cluster Network (BUSC), Leoben · Final version, 8 April 2042 · Distribution: members of the BUSC board and the participating companies"),
("h2","Why Basilicata?"),
("b","Upper Styria and Basilicata share more than the map suggests: both are mountainous, both lost traditional industry, and both have built small but visible clusters around one or two strengths. Basilicata is home to the space geodesy centre in Matera and to a creative-industries cluster that grew out of the city's year as European Capital of Culture. BUSC had met the Lucanian partners at the European Cluster Conference in Brussels in November 2041 and agreed to visit in spring."),
("b","The delegation of eleven people – six company representatives, two researchers from Montanuniversität Leoben, two staff of BUSC and Dr Ferdinand Kogler-Steiner of the Styrian Business Promotion Agency (SFG) – travelled from 24 to 26 March 2042. The visit was prepared with the Agenzia per lo Sviluppo della Basilicata (ASB), whose cluster officer, Dott.ssa Rosaria Lo Bianco, accompanied the group throughout."),
("h2","Programme"),
("b","<b>Monday 24 March, Matera.</b> 10:00 welcome at the Palazzo dell'Annunziata by Vito Santarsiero-Gallo, councillor for productive activities of the Regione Basilicata. 11:00 presentation of the Lucanian cluster system by Rosaria Lo Bianco. 15:00 visit to the Centro di Geodesia Spaziale of the Italian Space Agency (ASI), guided by Ing. Michele Pontrandolfi. 20:00 welcome dinner in the Sassi."),
("b","<b>Tuesday 25 March, Matera and Tito Scalo.</b> Morning: round table with the creative-industries cluster Lucania Creativa and four of its member companies on digital heritage and 3D scanning. Afternoon: company visit to Lucana Compositi S.r.l. in the Tito Scalo industrial area near Potenza, a supplier of carbon parts for satellites and drones. 18:00 B2B meetings with members of the Basilicata aerospace cluster (Cluster Lucano dell'Aerospazio), 22 meetings in all."),
("b","<b>Wednesday 26 March, Potenza.</b> 09:30 working session at the Università degli Studi della Basilicata with Prof. Giovanna Abate-Ruggiero on joint training for technicians. 12:00 closing lunch and departure from Bari airport."),
]
p2 = [
("h2","What we saw"),
("b","The Lucanian clusters are small: the aerospace cluster has 31 members, the creative cluster 48. Both depend heavily on regional funding, but both have found one niche where they are visible in Europe. The space geodesy centre gives the region a reputation that its companies use in every sales conversation. The creative cluster has turned the Sassi of Matera into a test bed for virtual heritage tours."),
("b","Companies from Upper Styria were most interested in the composite parts made in Tito Scalo and in the 3D scanning services for industrial heritage. Two companies, Hochsteiermark Laser GmbH and Murtaler Formenbau KG, have asked for follow-up meetings."),
("h2","Lessons learnt"),
("b","1. A small region can be visible in Europe if its clusters pick one niche and tell one story about it"),
("b","2. Cluster staff paid by the region need a clear mandate to serve companies, not only to manage projects"),
("b","3. Visits to companies were worth more to our members than presentations; next time the programme should hold at least three"),
("b","4. Travel inside Basilicata takes longer than planned, and one day should not combine Matera and Potenza"),
("h2","Next steps"),
("b","BUSC will invite the Lucanian partners to the Styrian Materials Day in Leoben on 9 October 2042. ASB and BUSC will explore a joint proposal for an Interreg Europe project on clusters in mountain regions, with a first online meeting in May 2042. Hochsteiermark Laser GmbH will send a technician to Lucana Compositi S.r.l. in June."),
("h2","Participants"),
("b","Verena Pichler-Oberhofer and Markus Lechner (BUSC); Dr Ferdinand Kogler-Steiner (SFG); Dr Anna Wöhrer and Jakob Zeiringer (Montanuniversität Leoben); representatives of six member companies."),
("s","Business Upper Styria Cluster Network · Peter-Tunner-Straße 00, 8700 Leoben · office@busc.example.at · This visit was co-financed by the Province of Styria."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
B="Business Upper Styria Cluster Network"
gold(F,
 [P("Verena Pichler-Oberhofer","international projects manager",B),
  P("Ferdinand Kogler-Steiner",None,"Styrian Business Promotion Agency"),
  P("Rosaria Lo Bianco","cluster officer","Agenzia per lo Sviluppo della Basilicata"),
  P("Vito Santarsiero-Gallo","councillor for productive activities","Regione Basilicata"),
  P("Michele Pontrandolfi",None,"Italian Space Agency"),
  P("Giovanna Abate-Ruggiero",None,"Università degli Studi della Basilicata"),
  P("Markus Lechner",None,B),
  P("Anna Wöhrer",None,"Montanuniversität Leoben"),
  P("Jakob Zeiringer",None,"Montanuniversität Leoben")],
 [O(B,"BUSC"), O("Montanuniversität Leoben"), O("Styrian Business Promotion Agency","SFG"),
  O("Agenzia per lo Sviluppo della Basilicata","ASB"), O("Regione Basilicata"), O("Centro di Geodesia Spaziale"),
  O("Italian Space Agency","ASI"), O("Lucania Creativa"), O("Lucana Compositi S.r.l."), O("Cluster Lucano dell'Aerospazio"),
  O("Università degli Studi della Basilicata"), O("Hochsteiermark Laser GmbH"), O("Murtaler Formenbau KG"), O("Province of Styria")],
 [E("Study visit to Basilicata","2042-03-24","2042-03-26","Matera, Tito Scalo, Potenza","Italy"),
  E("European Cluster Conference","2041-11",None,"Brussels","Belgium"),
  E("welcome","2042-03-24",None,"Matera","Italy"),
  E("visit to the Centro di Geodesia Spaziale","2042-03-24",None,"Matera","Italy"),
  E("welcome dinner","2042-03-24",None,"Matera","Italy"),
  E("round table with the creative-industries cluster Lucania Creativa","2042-03-25",None,"Matera","Italy"),
  E("company visit to Lucana Compositi S.r.l.","2042-03-25",None,"Tito Scalo","Italy"),
  E("B2B meetings","2042-03-25",None,None,"Italy"),
  E("working session","2042-03-26",None,"Potenza","Italy"),
  E("closing lunch","2042-03-26",None,"Potenza","Italy"),
  E("Styrian Materials Day","2042-10-09",None,"Leoben","Austria"),
  E("online meeting","2042-05")],
 ["2042-03","2042-04-08","2041-11","2042-03-24/2042-03-26","2042-03-24","2042-03-25","2042-03-26","2042-10-09","2042-05","2042-06"],
 ["A small region can be visible in Europe if its clusters pick one niche and tell one story about it",
  "Cluster staff paid by the region need a clear mandate to serve companies, not only to manage projects",
  "Visits to companies were worth more to our members than presentations; next time the programme should hold at least three",
  "Travel inside Basilicata takes longer than planned, and one day should not combine Matera and Potenza"],
 pub="2042-04-08")
