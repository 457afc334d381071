from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g12_malmo_hyports_meeting_report.pdf'
assert wd(2040,9,25)=='Tuesday' and wd(2040,9,26)=='Wednesday' and wd(2040,9,27)=='Thursday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'HY-PORTS · Deliverable D5.3 · Event report: partner meeting and conference, Malmö')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='HY-PORTS event report Malmö', author='Sustainable Business Hub')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Hydrogen in Baltic Ports: report of the Malmö meetings"),
("b","HY-PORTS – Interreg Baltic Sea Region project · Work package 5: Communication and capitalisation"),
("s","Prepared by: Sustainable Business Hub (SBH), Malmö · Author: Emma Lindgren-Åkesson, Project Officer · Reviewed by: Dr. Maciej Wiśniewski, project coordinator, Maritime University of Szczecin · Version 1.0, 15 October 2040"),
("h2","1. Overview"),
("b","From Tuesday 25 to Thursday 27 September 2040 the HY-PORTS partnership met in Malmö, Sweden, hosted by Sustainable Business Hub, the cleantech cluster organisation of Skåne. The visit combined the sixth partner meeting of the project, the public Hydrogen Ports Conference organised together with Copenhagen Malmö Port AB (CMP) and Region Skåne, and a study visit to the hydrogen refuelling station at the port of Trelleborg. In total 142 people took part in the conference; 23 representatives of the eleven partners attended the partner meeting."),
("h2","2. Partner meeting (25 September)"),
("b","The meeting was opened by Johan Åberg, CEO of Sustainable Business Hub, and chaired by Maciej Wiśniewski. Partners reviewed the progress of the pilot actions in Szczecin, Klaipėda and Rostock and agreed on the timeline for the joint action plan. Kristina Vaitkutė (Klaipėda Science and Technology Park) presented the results of the port survey, and Dr. Jörg-Uwe Hansen (Rostock Port GmbH) the design of the electrolyser pilot. The Steering Group approved a budget reallocation of EUR 38,000 from work package 3 to work package 4. The evening ended with a partner dinner at Malmö Saluhall."),
("h2","3. Hydrogen Ports Conference (26 September)"),
("b","The conference took place at Malmö Live and was moderated by the journalist Annika Strömberg-Ng. Opening addresses were given by Carl-Johan Lindqvist, Chair of the Regional Development Committee of Region Skåne, and by Ilse van Rijswijk, Policy Officer at the European Commission's DG MOVE. Keynote speakers were Prof. Torben Kjærgaard (Technical University of Denmark, DTU) and Ana Sofia Moreira (Port of Sines, Portugal)."),
]
p2 = [
("h2","4. Study visit (27 September)"),
("b","On Thursday morning 31 participants travelled by bus to Trelleborg. At the port, Henrik Nilsson, Head of Energy at Trelleborgs Hamn AB, showed the hydrogen refuelling station for trucks that opened in March 2040 and the plans for supplying ferries to Germany and Poland from 2043. The group then visited the electrolyser of the energy company Skånska Energi AB in Svedala."),
("h2","5. Earlier project events"),
("b","The Malmö meetings were the sixth of eight partner meetings planned during the project (2038–2041):"),
("b","• Kick-off meeting, Szczecin, 18–19 October 2038"),
("b","• Second partner meeting, Klaipėda, 4–5 April 2039"),
("b","• Third partner meeting and site visit, Rostock, 12–13 September 2039"),
("b","• Fourth partner meeting, online, January 2040"),
("b","• Fifth partner meeting, online, May 2040"),
("b","The final conference is planned for June 2041 in Brussels."),
("h2","6. Conclusions of the conference"),
("b","The panel and the closing discussion led to the following conclusions, which will feed into the joint action plan:"),
("b","• Small and medium-sized ports need shared hydrogen infrastructure rather than one station per port"),
("b","• Port authorities should sign long-term offtake agreements with ferry operators before investing"),
("b","• Regional S3 strategies around the Baltic should name hydrogen in ports as a priority"),
("b","• Cooperation between port clusters and energy clusters must start at the planning stage"),
("h2","7. Next steps"),
("b","The seventh partner meeting will take place in Rostock on 19–20 February 2041, hosted by Rostock Port GmbH. The deadline for partner contributions to the joint action plan is 15 December 2040."),
("s","HY-PORTS is co-financed by the European Union (Interreg Baltic Sea Region). The content of this report is the sole responsibility of the authors."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
SBH="Sustainable Business Hub"
gold(F,
 [P("Emma Lindgren-Åkesson","Project Officer",SBH),
  P("Maciej Wiśniewski","project coordinator","Maritime University of Szczecin"),
  P("Johan Åberg","CEO",SBH),
  P("Kristina Vaitkutė",None,"Klaipėda Science and Technology Park"),
  P("Jörg-Uwe Hansen",None,"Rostock Port GmbH"),
  P("Annika Strömberg-Ng","journalist",None),
  P("Carl-Johan Lindqvist","Chair of the Regional Development Committee","Region Skåne"),
  P("Ilse van Rijswijk","Policy Officer","DG MOVE"),
  P("Torben Kjærgaard",None,"Technical University of Denmark"),
  P("Ana Sofia Moreira",None,"Port of Sines"),
  P("Henrik Nilsson","Head of Energy","Trelleborgs Hamn AB")],
 [O(SBH,"SBH"), O("Maritime University of Szczecin"), O("Copenhagen Malmö Port AB","CMP"), O("Region Skåne"),
  O("Klaipėda Science and Technology Park"), O("Rostock Port GmbH"), O("European Commission"), O("DG MOVE"),
  O("Technical University of Denmark","DTU"), O("Port of Sines"), O("Trelleborgs Hamn AB"), O("Skånska Energi AB"), O("European Union")],
 [E("sixth partner meeting","2040-09-25",None,"Malmö","Sweden"),
  E("Hydrogen Ports Conference","2040-09-26",None,"Malmö","Sweden"),
  E("study visit","2040-09-27",None,"Trelleborg","Sweden"),
  E("partner dinner","2040-09-25",None,"Malmö","Sweden"),
  E("Kick-off meeting","2038-10-18","2038-10-19","Szczecin","Poland"),
  E("Second partner meeting","2039-04-04","2039-04-05","Klaipėda","Lithuania"),
  E("Third partner meeting and site visit","2039-09-12","2039-09-13","Rostock","Germany"),
  E("Fourth partner meeting","2040-01",None,None,None),
  E("Fifth partner meeting","2040-05",None,None,None),
  E("final conference","2041-06",None,"Brussels","Belgium"),
  E("seventh partner meeting","2041-02-19","2041-02-20","Rostock","Germany")],
 ["2040-10-15","2040-09-25/2040-09-27","2040-09-25","2040-09-26","2040-09-27","2040-03","2043","2038/2041","2038-10-18/2038-10-19",
  "2039-04-04/2039-04-05","2039-09-12/2039-09-13","2040-01","2040-05","2041-06","2041-02-19/2041-02-20","2040-12-15"],
 ["Small and medium-sized ports need shared hydrogen infrastructure rather than one station per port",
  "Port authorities should sign long-term offtake agreements with ferry operators before investing",
  "Regional S3 strategies around the Baltic should name hydrogen in ports as a priority",
  "Cooperation between port clusters and energy clusters must start at the planning stage"],
 pub="2040-10-15")
