from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g10_jyvaskyla_cluster_summit_speakers.pdf'
assert wd(2037,11,19)=='Thursday' and wd(2037,11,20)=='Friday' and wd(2036,11,13)=='Thursday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Central Finland Cluster Summit 2037 · Programme and speakers')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Central Finland Cluster Summit 2037 – Speakers', author='Jyväskylä Region Business Services')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Central Finland Cluster Summit 2037"),
("b","Thursday 19 – Friday 20 November 2037 · Paviljonki, Jyväskylä, Finland · Organised by Jyväskylä Region Business Services Ltd (Jykes) with the Regional Council of Central Finland and the University of Jyväskylä"),
("b","The fourth edition of the summit brings the region's forest-bioeconomy, digital health and energy clusters together with guests from three partner regions. This handout lists the programme and the speakers; the full programme with room numbers is in the event app."),
("h2","Programme – Thursday 19 November"),
("b","09:00 Registration and coffee<br/>09:30 Opening words – Mayor of Jyväskylä Tuomas Kärkkäinen<br/>09:45 Keynote: Clusters after the twin transition – Dr. Marguerite Oyelaran-Dubois, European Commission<br/>10:30 Three clusters, one region: presentations by the cluster managers<br/>12:00 Lunch<br/>13:15 Parallel workshops: wood construction · health data · battery recycling<br/>15:30 Matchmaking session (pre-booked B2B meetings)<br/>19:00 Summit dinner at Alvar Aalto's Säynätsalo Town Hall, hosted by the City of Jyväskylä"),
("h2","Programme – Friday 20 November"),
("b","08:30 Company visits: Valmet's Rautpohja plant or the Jyväskylä Innovation Park<br/>11:30 Closing plenary and conclusions – Anu Lehtonen-Haapala, Regional Mayor of Central Finland<br/>12:30 End of the summit"),
("h2","Key takeaways from the 2036 edition"),
("b","The third edition, held on 13 November 2036, ended with three takeaways that shaped this year's programme:"),
("b","• Regional clusters must agree on one shared story for investors instead of three competing ones<br/>• Health-data projects need the hospital district at the table from the first day<br/>• Partner regions are most useful when the visit includes companies, not only agencies"),
]
p2 = [
("h2","Speakers"),
("b","<b>Tuomas Kärkkäinen</b> has been Mayor of Jyväskylä since 2035. He previously led the city's economic development unit and chaired the board of Jykes from 2030 to 2034."),
("b","<b>Dr. Marguerite Oyelaran-Dubois</b> is Head of Unit for Industrial Forum, Alliances and Clusters at the European Commission's Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW). Born in Lyon to a Nigerian-French family, she worked at the OECD in Paris and at the Belgian agency innoviris.brussels before joining the Commission in 2029."),
("b","<b>Anu Lehtonen-Haapala</b> is Regional Mayor of Central Finland and head of the Regional Council of Central Finland. An agronomist by training, she was earlier CEO of the cooperative Keski-Suomen Metsänomistajat."),
("b","<b>Mikko von Hertzen</b> is Cluster Manager of the Central Finland Forest Bioeconomy Cluster, hosted by Jykes. He spent twelve years at UPM-Kymmene Oyj, latterly as Director of Business Development, Biochemicals."),
("b","<b>Dr. Sanna-Kaisa Nurmi</b>, Cluster Manager of the digital health cluster Health Valley Central Finland, is also an adjunct professor at the Faculty of Information Technology of the University of Jyväskylä."),
("b","<b>Jorge Almeida Castanheira</b> is Executive Director of Produtech – Portuguese Production Technologies Cluster in Porto and Vice-President of the European Clusters Alliance. He speaks in the closing plenary on behalf of the partner regions."),
("b","<b>Ewa Ostrowska-Lind</b> leads the battery-materials programme of the Skellefteå-based Swedish cluster Sustainable Battery Network North. She has worked in Finland, Poland and Sweden."),
("b","<b>Heikki O'Sullivan</b> is Senior Adviser, Clusters and Ecosystems, at Business Finland. Of Finnish-Irish descent, he coordinated the Finnish delegation to the European Cluster Conference in 2036."),
("h2","Practical information"),
("b","Registration closes on 6 November 2037. Participation is free of charge; the summit dinner costs EUR 65. Contact: Laura Tikkanen, Event Coordinator, Jykes, events@jykes.example.fi"),
("s","Photographs may be taken during the summit. Speakers' slides will be published on the Jykes website after the event."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
J="Jyväskylä Region Business Services Ltd"
gold(F,
 [P("Tuomas Kärkkäinen","Mayor of Jyväskylä",None),
  P("Marguerite Oyelaran-Dubois","Head of Unit for Industrial Forum, Alliances and Clusters","Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"),
  P("Anu Lehtonen-Haapala","Regional Mayor of Central Finland","Regional Council of Central Finland"),
  P("Mikko von Hertzen","Cluster Manager","Central Finland Forest Bioeconomy Cluster"),
  P("Sanna-Kaisa Nurmi","Cluster Manager","Health Valley Central Finland"),
  P("Jorge Almeida Castanheira","Executive Director","Produtech – Portuguese Production Technologies Cluster"),
  P("Ewa Ostrowska-Lind",None,"Sustainable Battery Network North"),
  P("Heikki O'Sullivan","Senior Adviser, Clusters and Ecosystems","Business Finland"),
  P("Laura Tikkanen","Event Coordinator","Jykes")],
 [O(J,"Jykes"), O("Regional Council of Central Finland"), O("University of Jyväskylä"), O("European Commission"),
  O("City of Jyväskylä"), O("Valmet"),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"), O("OECD"), O("innoviris.brussels"),
  O("Keski-Suomen Metsänomistajat"), O("Central Finland Forest Bioeconomy Cluster"), O("UPM-Kymmene Oyj"),
  O("Health Valley Central Finland"), O("Faculty of Information Technology"),
  O("Produtech – Portuguese Production Technologies Cluster"), O("European Clusters Alliance"),
  O("Sustainable Battery Network North"), O("Business Finland")],
 [E("Central Finland Cluster Summit 2037","2037-11-19","2037-11-20","Jyväskylä","Finland"),
  E("Matchmaking session","2037-11-19",None,"Jyväskylä","Finland"),
  E("Summit dinner","2037-11-19",None,"Jyväskylä","Finland"),
  E("Company visits","2037-11-20",None,"Jyväskylä","Finland"),
  E("2036 edition","2036-11-13",None,None,None),
  E("European Cluster Conference","2036",None,None,None)],
 ["2037-11-19/2037-11-20","2037-11-19","2037-11-20","2036-11-13","2035","2030/2034","2029","2036","2037-11-06"],
 ["Regional clusters must agree on one shared story for investors instead of three competing ones",
  "Health-data projects need the hospital district at the table from the first day",
  "Partner regions are most useful when the visit includes companies, not only agencies"])
