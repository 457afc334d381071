from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g09_istria_maritime_cluster_newsletter.pdf'
assert wd(2035,5,10)=='Thursday' and wd(2035,6,5)=='Tuesday' and wd(2035,4,18)=='Wednesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12, spaceAfter=4)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'ISTRIAN MARITIME CLUSTER · Newsletter No. 12 · May 2035')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Istrian Maritime Cluster – Newsletter 12', author='Istrian Maritime Cluster')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Istrian Maritime Cluster – Newsletter No. 12"),
("s","May 2035 · Pula, Croatia · Editor: Petra Šegota-Brajković · Published 7 May 2035"),
("h2","Word from the president"),
("b","Dear members, the shipyard cranes in Pula are busy again, and so is our cluster. In April we signed a memorandum with the Port of Koper and saw two of our members win orders for hybrid ferries. This issue reports on the Blue Economy Forum in Rovinj and tells you what is coming in June. Enjoy reading. – Marko Radetić, President of the Istrian Maritime Cluster"),
("h2","Blue Economy Forum Rovinj: what we learnt"),
("b","The 5th Blue Economy Forum took place in Rovinj on 18 and 19 April 2035, with 240 participants. It was organised by the cluster with the Istrian Development Agency (IDA) and the Region of Istria. Opening the forum, the Prefect of Istria, Lorena Bužleta, announced a regional fund of EUR 6 million for green port projects. Keynote speaker Dr Hélène Marchetti of the Cluster Maritime Français spoke about electric harbour craft; Dr Ante Vidović of the University of Zagreb Faculty of Mechanical Engineering and Naval Architecture presented the results of the hydrogen ferry study."),
("b","Earlier editions were held in Poreč (2031), Umag (2032), Pula (2033) and Novigrad (2034)."),
("h2","Conclusions of the forum"),
("b","• Small shipyards need a shared design office to compete for green ferry tenders"),
("b","• Ports and shipyards should plan shore power and charging together"),
("b","• The region should train welders and electricians for hybrid vessels before the orders arrive"),
("b","• Cross-border cooperation with Slovenia and Italy must move from studies to joint tenders"),
]
p2 = [
("h2","Member news"),
("b","Uljanik Nova d.o.o. in Pula has signed a contract for two hybrid ferries for Jadrolinija, the state ferry operator. The first vessel is due in 2037. Managing director Ivana Kršul-Giacometti said the order secures 300 jobs."),
("b","Brodogradilište Cres d.d. delivered a 24-metre electric catamaran to a tour operator in Mali Lošinj."),
("b","The start-up SeaSense Labs from Rovinj, founded by Luka Benčić and Jasmina Al-Khatib, has joined the cluster. It develops underwater sensors for fish farms and has already tested them with two farms in the Lim Channel. The founders met at the cluster's hackathon for students last autumn."),
("b","Our member the Polytechnic of Pula opened a new study programme in marine electrical engineering in October 2034."),
("h2","Visits and missions"),
("b","On 10 May 2035, a Thursday, a delegation of the Cluster Maritime Français led by its delegate general Philippe Quéméner comes to Pula and Rijeka for a study visit to member yards. The visit is supported by the Croatian Chamber of Economy, County Chamber Pula."),
("b","From 4 to 6 June 2035 the cluster leads a business mission to the Posidonia exhibition in Athens, together with the Croatian Agency for SMEs, Innovation and Investments (HAMAG-BICRO). Eight companies take part."),
("h2","Calendar"),
("b","Tuesday 5 June 2035: Cluster networking evening at Posidonia, hosted by the Embassy of Croatia in Athens"),
("b","22 June 2035: General Assembly, Pula"),
("b","September 2035: partner meeting of the Interreg Italy–Croatia project BLUE-PORTS in Trieste"),
("h2","Board"),
("b","Marko Radetić (President), Ivana Kršul-Giacometti (Vice-President, Uljanik Nova d.o.o.), Dario Matošević (Member, Port of Pula Authority), Silvia Dell'Orco (Member, Polytechnic of Pula). Cluster manager: Nenad Kos."),
("s","Istrian Maritime Cluster (Istarski pomorski klaster), Riva 8, 52100 Pula · info@ipk.example.hr · Subscribe or unsubscribe at any time on our website."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
C = "Istrian Maritime Cluster"
gold(F,
 [P("Petra Šegota-Brajković", "Editor", C),
  P("Marko Radetić", "President", C),
  P("Lorena Bužleta", "Prefect of Istria", None),
  P("Hélène Marchetti", None, "Cluster Maritime Français"),
  P("Ante Vidović", None, "University of Zagreb Faculty of Mechanical Engineering and Naval Architecture"),
  P("Ivana Kršul-Giacometti", "Vice-President", C),
  P("Luka Benčić", "founder", "SeaSense Labs"),
  P("Jasmina Al-Khatib", "founder", "SeaSense Labs"),
  P("Philippe Quéméner", "delegate general", "Cluster Maritime Français"),
  P("Dario Matošević", "Member", C),
  P("Silvia Dell'Orco", "Member", C),
  P("Nenad Kos", "Cluster manager", C)],
 [O(C), O("Cluster Maritime Français"), O("Port of Koper"), O("Istrian Development Agency", "IDA"), O("Region of Istria"),
  O("University of Zagreb Faculty of Mechanical Engineering and Naval Architecture"), O("Uljanik Nova d.o.o."),
  O("Jadrolinija"), O("Brodogradilište Cres d.d."), O("SeaSense Labs"), O("Polytechnic of Pula"),
  O("Croatian Chamber of Economy"), O("County Chamber Pula"),
  O("Croatian Agency for SMEs, Innovation and Investments", "HAMAG-BICRO"), O("Embassy of Croatia in Athens"),
  O("Port of Pula Authority")],
 [E("5th Blue Economy Forum", "2035-04-18", "2035-04-19", "Rovinj", "Croatia"),
  E("Blue Economy Forum (2031)", "2031", None, "Poreč", "Croatia"),
  E("Blue Economy Forum (2032)", "2032", None, "Umag", "Croatia"),
  E("Blue Economy Forum (2033)", "2033", None, "Pula", "Croatia"),
  E("Blue Economy Forum (2034)", "2034", None, "Novigrad", "Croatia"),
  E("hackathon for students", None, None, None, None),
  E("study visit to member yards", "2035-05-10", None, "Pula, Rijeka", "Croatia"),
  E("business mission to the Posidonia exhibition", "2035-06-04", "2035-06-06", "Athens", "Greece"),
  E("Posidonia", "2035-06-04", "2035-06-06", "Athens", "Greece"),
  E("Cluster networking evening", "2035-06-05", None, "Athens", "Greece"),
  E("General Assembly", "2035-06-22", None, "Pula", "Croatia"),
  E("partner meeting of the Interreg Italy–Croatia project BLUE-PORTS", "2035-09", None, "Trieste", "Italy")],
 ["2035-05", "2035-05-07", "2035-04", "2035-04-18/2035-04-19", "2031", "2032", "2033", "2034", "2037", "2034-10",
  "2035-05-10", "2035-06-04/2035-06-06", "2035-06-05", "2035-06-22", "2035-09"],
 ["Small shipyards need a shared design office to compete for green ferry tenders",
  "Ports and shipyards should plan shore power and charging together",
  "The region should train welders and electricians for hybrid vessels before the orders arrive",
  "Cross-border cooperation with Slovenia and Italy must move from studies to joint tenders"],
 pub="2035-05-07")
