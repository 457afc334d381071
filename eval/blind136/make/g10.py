from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g10_umbria_aerospace_newsletter.pdf'
assert wd(2035,10,16)=='Tuesday' and wd(2035,10,17)=='Wednesday' and wd(2035,11,6)=='Tuesday' and wd(2035,11,27)=='Tuesday' and wd(2035,12,11)=='Tuesday' and wd(2036,1,22)=='Tuesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12, spaceAfter=4)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Umbria Aerospace Cluster · Newsletter No. 18 · November 2035')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Umbria Aerospace Cluster Newsletter 18', author='Umbria Aerospace Cluster')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Umbria Aerospace Cluster – Newsletter No. 18"),
("s","November 2035 · Editor: Chiara Bellucci-Ferraro · Published by the Consorzio Umbria Aerospace Cluster, Foligno"),
("h2","A word from the President"),
("b","Dear members, the order books of our companies have never been fuller, and yet the questions I hear most often are about people and about energy prices. This issue looks back at a very busy October, reports on our visit to Toulouse and summarises what the members told us at the supply chain round table. – Federico Angelini, President"),
("h2","Round table on the aerostructures supply chain"),
("b","On Tuesday 16 October 2035 some 45 representatives of member companies met at the Foligno airport business centre for a round table on the future of the aerostructures supply chain in central Italy. The discussion was moderated by Prof. Giulia Mancinelli of the University of Perugia and opened by Roberto Lisci, Councillor for Economic Development of the Umbria Region (Regione Umbria). Speakers included Massimo Tedeschi, purchasing director of Leonardo's Aerostructures Division, and Dr. Sophie Laurent-Hébert, head of supplier development at Airbus Atlantic."),
("b","The participants adopted a short list of recommendations, which the cluster will send to the Region and to the Ministry of Enterprises and Made in Italy:"),
("b","1. Create a regional fund for the certification of small suppliers to aerospace standards<br/>2. Support joint purchasing of titanium and composite raw materials through the cluster<br/>3. Launch a technical training course for composite technicians with the ITS Umbria Academy from autumn 2036<br/>4. Use the cluster's membership of the European Aerospace Cluster Partnership (EACP) to find partners in France and Spain"),
("h2","Mission to Aerospace Valley"),
("b","From 6 to 8 November 2035 a delegation of nine Umbrian companies visited Toulouse and Bordeaux at the invitation of the French competitiveness cluster Aerospace Valley. The programme included a visit to the Airbus final assembly line in Blagnac, a B2B session with 23 French SMEs and a meeting with the Occitanie regional agency AD'OCC. The mission was led by cluster manager Alessandro Pierini."),
]
p2 = [
("h2","Member news"),
("b","<b>OMA Meccanica S.p.A.</b> (Foligno) has opened a new machining hall of 4,000 square metres and will hire 30 technicians by the end of 2036."),
("b","<b>Umbra Compositi S.r.l.</b> (Spoleto) received EN 9100 certification in September."),
("b","<b>Start-up corner:</b> AeroSense Lab, a spin-off of the University of Perugia founded by Dr. Tommaso Rinaldi-Kovács, has joined the cluster as its 61st member."),
("h2","Agenda"),
("b","<b>Tuesday 27 November 2035</b>, 14:30 – Webinar on the EU Clean Aviation call, with the National Contact Point of APRE (Agenzia per la Promozione della Ricerca Europea). Online."),
("b","<b>Tuesday 11 December 2035</b>, 17:00 – Annual General Assembly of the consortium, Palazzo Trinci, Foligno, followed at 20:00 by the Christmas dinner for members."),
("b","<b>Tuesday 22 January 2036</b> – Aerospace Career Day 2036 at the Engineering Department of the University of Perugia. The 2035 edition attracted 600 students."),
("b","<b>18–22 July 2036</b> – Farnborough International Airshow: the cluster is planning an Umbria pavilion together with the Lazio aerospace district. Expressions of interest by 31 January 2036."),
("h2","In brief"),
("b","The board of the consortium met on 30 October and appointed Elena Sforza as new treasurer. She replaces Luigi Pampanini, who held the post from 2029 to 2035."),
("b","The cluster's annual report 2034 is available in the members' area."),
("s","Umbria Aerospace Cluster – Consorzio Umbria Aerospace Cluster, Via dell'Aeroporto 1, 06034 Foligno (PG) · newsletter@uac.example.it · Co-funded by Regione Umbria. You receive this newsletter because you are a member or partner of the cluster. Unsubscribe at any time."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
C = "Consorzio Umbria Aerospace Cluster"
gold(F,
 [P("Chiara Bellucci-Ferraro", "Editor", C),
  P("Federico Angelini", "President", C),
  P("Giulia Mancinelli", None, "University of Perugia"),
  P("Roberto Lisci", "Councillor for Economic Development", "Umbria Region"),
  P("Massimo Tedeschi", "purchasing director", "Aerostructures Division"),
  P("Sophie Laurent-Hébert", "head of supplier development", "Airbus Atlantic"),
  P("Alessandro Pierini", "cluster manager", C),
  P("Tommaso Rinaldi-Kovács", None, "AeroSense Lab"),
  P("Elena Sforza", "treasurer", C),
  P("Luigi Pampanini", "treasurer", C)],
 [O(C), O("University of Perugia"), O("Umbria Region"), O("Leonardo"), O("Aerostructures Division"), O("Airbus Atlantic"),
  O("Ministry of Enterprises and Made in Italy"), O("ITS Umbria Academy"), O("European Aerospace Cluster Partnership", "EACP"),
  O("Aerospace Valley"), O("Airbus"), O("AD'OCC"), O("OMA Meccanica S.p.A."), O("Umbra Compositi S.r.l."),
  O("AeroSense Lab"), O("Agenzia per la Promozione della Ricerca Europea", "APRE"), O("Engineering Department"),
  O("Lazio aerospace district")],
 [E("round table on the future of the aerostructures supply chain in central Italy", "2035-10-16", None, "Foligno", "Italy"),
  E("Mission to Aerospace Valley", "2035-11-06", "2035-11-08", "Toulouse, Bordeaux", "France"),
  E("Webinar on the EU Clean Aviation call", "2035-11-27", None, None, None),
  E("Annual General Assembly", "2035-12-11", None, "Foligno", "Italy"),
  E("Christmas dinner", "2035-12-11", None, "Foligno", "Italy"),
  E("Aerospace Career Day 2036", "2036-01-22", None, None, None),
  E("Aerospace Career Day (2035)", "2035", None, None, None),
  E("Farnborough International Airshow", "2036-07-18", "2036-07-22", "Farnborough", "United Kingdom"),
  E("board of the consortium", "2035-10-30", None, None, None)],
 ["2035-11", "2035-10", "2035-10-16", "2036", "2035-11-06/2035-11-08", "2035-09", "2035-11-27", "2035-12-11",
  "2036-01-22", "2036-07-18/2036-07-22", "2036-01-31", "2035-10-30", "2029/2035", "2035"],
 ["Create a regional fund for the certification of small suppliers to aerospace standards",
  "Support joint purchasing of titanium and composite raw materials through the cluster",
  "Launch a technical training course for composite technicians with the ITS Umbria Academy from autumn 2036",
  "Use the cluster's membership of the European Aerospace Cluster Partnership (EACP) to find partners in France and Spain"],
 pub="2035-11")
