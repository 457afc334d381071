from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g09_trieste_blue_growth_forum_report.pdf'
assert wd(2039,6,8)=='Wednesday' and wd(2039,6,9)=='Thursday' and wd(2039,6,7)=='Tuesday' and wd(2039,7,4)=='Monday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Adriatic Blue Growth Cluster Forum 2039 · Event report')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Adriatic Blue Growth Cluster Forum 2039 – Event report', author='mareFVG')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Adriatic Blue Growth Cluster Forum 2039"),
("b","Event report · Trieste, 8–9 June 2039"),
("s","Published by mareFVG – Maritime Technology Cluster Friuli Venezia Giulia, Trieste, on 4 July 2039 · Editors: Giulia Sbisà-Novak, Communication Officer; Tomaž Kralj, Project Manager · Photos: Davide Furlan"),
("h2","In brief"),
("b","The fifth Adriatic Blue Growth Cluster Forum brought 310 participants from nine countries to the Stazione Marittima in Trieste. Over two days, cluster organisations, ports, shipyards, research centres and regional governments from both shores of the Adriatic and Ionian Seas discussed how the blue economy can decarbonise without losing jobs. The Forum was organised by mareFVG together with the Slovenian cluster Slovenian Maritime Innovation Cluster (SMIC) and the Croatian Chamber of Economy, with the support of the Autonomous Region Friuli Venezia Giulia and the EUSAIR facility point."),
("b","On the eve of the Forum, Tuesday 7 June, a meeting of the mareFVG Board in Trieste approved the cluster's new membership of the Blue Economy Cluster Network."),
("h2","Day 1 – Wednesday 8 June 2039"),
("b","The Forum was opened by Sergio Emili, Regional Minister for Productive Activities of Friuli Venezia Giulia, and by Prof. Dr. Lorenza Tavčar-Gregori, President of mareFVG. The keynote by Henrik Sørensen-Blaabjerg, Director for Maritime Policy at the Directorate-General for Maritime Affairs and Fisheries (DG MARE), set out the Commission's plans for green shipping corridors in the Mediterranean."),
("b","The afternoon was organised in three parallel sessions: zero-emission ports, aquaculture and blue biotechnology, and maritime skills. In the ports session, Zeno D'Agostino-Ferrari, Secretary General of the Port System Authority of the Eastern Adriatic Sea, presented the shore-power programme of the ports of Trieste and Monfalcone. The day ended with the Forum dinner at 20:00 in the Molo IV exhibition hall."),
("h2","Day 2 – Thursday 9 June 2039"),
("b","The second morning was dedicated to B2B meetings (142 meetings between 96 organisations) and to a site visit to the Fincantieri shipyard in Monfalcone for 40 participants. In parallel, the managers of eleven clusters held the annual meeting of the Adriatic-Ionian cluster network, chaired by Ana Marija Perić of the Croatian Chamber of Economy."),
]
p2 = [
("h2","Key takeaways"),
("b","1. Ports are the natural testbeds for green shipping; clusters should bring SMEs into port pilot projects from the start"),
("b","2. Aquaculture grows fastest where regions plan sea space together with fishers and environmental groups"),
("b","3. The shortage of skilled workers is the biggest risk to the blue economy in the Adriatic, ahead of financing"),
("b","4. Cross-border cluster cooperation needs one shared calendar of events and joint missions instead of competing offers"),
("h2","Facts and figures"),
("b","310 participants · 9 countries · 42 speakers · 142 B2B meetings · 18 exhibitors · 4 cooperation agreements signed"),
("h2","Voices from the Forum"),
("b","“For a small shipyard like ours the B2B morning was worth the whole trip,” said Marko Vuković, owner of Brodogradilište Vuković d.o.o. in Mali Lošinj."),
("b","“We finally talk about people, not only about technology,” added Dr. Elisavet Kontogianni, researcher at the Hellenic Centre for Marine Research (HCMR)."),
("h2","Past editions"),
("b","2035 – Ancona · 2036 – Split · 2037 – Koper · 2038 – Bari. The Forum rotates among the partner regions of the network."),
("h2","Next edition"),
("b","The sixth Forum will take place in Durrës, Albania, in June 2040, hosted by the Albanian Investment Development Agency. Cluster managers interested in joining the programme committee can contact the mareFVG team by 30 September 2039."),
("h2","Acknowledgements"),
("b","We thank the speakers, the moderators, the volunteers of the University of Trieste and the staff of the Stazione Marittima. The Forum was co-financed by the Interreg programme and by the members of mareFVG."),
("s","mareFVG – Maritime Technology Cluster Friuli Venezia Giulia · Via San Nicolò 7, 34121 Trieste · info@marefvg.example.it"),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
M="mareFVG – Maritime Technology Cluster Friuli Venezia Giulia"
gold(F,
 [P("Giulia Sbisà-Novak","Communication Officer",M),
  P("Tomaž Kralj","Project Manager",M),
  P("Davide Furlan",None,None),
  P("Sergio Emili","Regional Minister for Productive Activities of Friuli Venezia Giulia",None),
  P("Lorenza Tavčar-Gregori","President",M),
  P("Henrik Sørensen-Blaabjerg","Director for Maritime Policy","Directorate-General for Maritime Affairs and Fisheries"),
  P("Zeno D'Agostino-Ferrari","Secretary General","Port System Authority of the Eastern Adriatic Sea"),
  P("Ana Marija Perić",None,"Croatian Chamber of Economy"),
  P("Marko Vuković","owner","Brodogradilište Vuković d.o.o."),
  P("Elisavet Kontogianni","researcher","Hellenic Centre for Marine Research")],
 [O(M,"mareFVG"), O("Slovenian Maritime Innovation Cluster","SMIC"), O("Croatian Chamber of Economy"),
  O("Autonomous Region Friuli Venezia Giulia"), O("EUSAIR facility point"), O("Blue Economy Cluster Network"),
  O("Directorate-General for Maritime Affairs and Fisheries","DG MARE"), O("Port System Authority of the Eastern Adriatic Sea"),
  O("Fincantieri"), O("Adriatic-Ionian cluster network"), O("Brodogradilište Vuković d.o.o."),
  O("Hellenic Centre for Marine Research","HCMR"), O("Albanian Investment Development Agency"), O("University of Trieste")],
 [E("Adriatic Blue Growth Cluster Forum 2039","2039-06-08","2039-06-09","Trieste","Italy"),
  E("meeting of the mareFVG Board","2039-06-07",None,"Trieste","Italy"),
  E("Forum dinner","2039-06-08",None,"Trieste","Italy"),
  E("B2B meetings","2039-06-09",None,"Trieste","Italy"),
  E("site visit to the Fincantieri shipyard in Monfalcone","2039-06-09",None,"Monfalcone","Italy"),
  E("annual meeting of the Adriatic-Ionian cluster network","2039-06-09",None,"Trieste","Italy"),
  E("Adriatic Blue Growth Cluster Forum","2035",None,"Ancona","Italy"),
  E("Adriatic Blue Growth Cluster Forum","2036",None,"Split","Croatia"),
  E("Adriatic Blue Growth Cluster Forum","2037",None,"Koper","Slovenia"),
  E("Adriatic Blue Growth Cluster Forum","2038",None,"Bari","Italy"),
  E("sixth Forum","2040-06",None,"Durrës","Albania")],
 ["2039-06-08/2039-06-09","2039-07-04","2039-06-07","2039-06-08","2039-06-09","2035","2036","2037","2038","2040-06","2039-09-30"],
 ["Ports are the natural testbeds for green shipping; clusters should bring SMEs into port pilot projects from the start",
  "Aquaculture grows fastest where regions plan sea space together with fishers and environmental groups",
  "The shortage of skilled workers is the biggest risk to the blue economy in the Adriatic, ahead of financing",
  "Cross-border cluster cooperation needs one shared calendar of events and joint missions instead of competing offers"],
 pub="2039-07-04")
