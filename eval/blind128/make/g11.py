from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g11_fulda_matchmaking_report.pdf'
assert wd(2041,9,24)=='Tuesday' and wd(2041,9,25)=='Wednesday' and wd(2041,10,14)=='Monday' and wd(2041,11,20)=='Wednesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'FoodTech Matchmaking Days East Hesse 2041 · Event report')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='FoodTech Matchmaking Days 2041 – Event report', author='Food Cluster East Hesse')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","FoodTech Matchmaking Days East Hesse 2041"),
("b","Event report · Fulda, 24–25 September 2041"),
("s","Published by Food Cluster East Hesse (FCEH), c/o Wirtschaftsförderung Region Fulda GmbH, Fulda · Report prepared by Dr. Katharina Vogelsang-Itzel and Jonas Brehm · Published 14 October 2041"),
("h2","In brief"),
("b","The third FoodTech Matchmaking Days brought together 146 participants from 11 countries at the Hochschule Fulda campus. Over two days, 97 companies, research institutes and cluster organisations held 288 pre-arranged bilateral meetings. The event was organised by Food Cluster East Hesse together with Hessen Trade &amp; Invest GmbH as partner of the Enterprise Europe Network, and supported by the IHK Fulda."),
("b","Guests of honour were the Lord Mayor of Fulda, Dr. Heiko Wingenfeld-Sauer, and Dr. Anna-Lena Przybylski, Head of Unit for Food Industry at the Hessian Ministry of Economics. International delegations came from the Vitagora cluster in Dijon, from Food Valley NL in Wageningen, and from the Wielkopolska Food Cluster in Poznań."),
("h2","Programme highlights"),
("b","<b>Tuesday 24 September.</b> After the welcome by cluster spokesperson Bernd Hohmann (Hohmann Feinkost GmbH), the keynote by Prof. Dr. Sabine Ruppert-Okafor of Hochschule Fulda addressed alternative proteins from regional crops. The afternoon was dedicated to B2B meetings. In the evening, participants met at the cluster reception in the Orangerie Fulda, where the Food Innovation Award East Hesse 2041 was presented to the start-up Rhönbohne GmbH for its fava-bean spread."),
("b","<b>Wednesday 25 September.</b> The morning offered a second round of B2B meetings and three parallel workshops on packaging, food safety analytics and shelf-life prediction. In the afternoon, two company visits took place: at the dairy Rhöner Molkerei eG in Hilders and at the bakery equipment maker Kramer Backtechnik in Petersberg."),
("h2","Previous editions"),
("b","The series started in 2039 as a one-day event with 52 participants. The second edition, on 19 September 2040, was held online because of the renovation of the campus and counted 170 meetings."),
]
p2 = [
("h2","Results"),
("b","• 288 bilateral meetings (2040: 170)<br/>• 41 follow-up meetings agreed, 9 cooperation agreements in preparation<br/>• 3 consortia formed for calls under Horizon Europe Cluster 6<br/>• 88% of respondents to the feedback survey rated the event good or very good"),
("h2","Key takeaways"),
("b","1. Face-to-face matchmaking remains far more productive than the online format used in 2040"),
("b","2. Research institutes should be present with concrete technology offers, not only with general profiles"),
("b","3. The two-day format works, but the second afternoon needs a stronger programme to keep participants"),
("b","4. Company visits were the most valued part of the event and should be extended"),
("h2","Recommendations for 2042"),
("b","1. Open registration at least ten weeks in advance and send reminders to inactive profiles"),
("b","2. Involve the neighbouring clusters in Thuringia and Bavaria as co-organisers"),
("b","3. Offer a dedicated track for start-ups with investor meetings"),
("h2","Next steps"),
("b","The cluster will present the results at its member meeting on Wednesday 20 November 2041 in Fulda. The fourth edition is planned for September 2042."),
("h2","Contact"),
("b","Dr. Katharina Vogelsang-Itzel, Cluster Manager, Food Cluster East Hesse · Jonas Brehm, Project Manager International, Hessen Trade &amp; Invest GmbH · info@fceh.example.de"),
("s","Food Cluster East Hesse is funded by the Land of Hesse and the European Regional Development Fund. Photos: FCEH / Miriam Kühn."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
C="Food Cluster East Hesse"
gold(F,
 [P("Katharina Vogelsang-Itzel","Cluster Manager",C),
  P("Jonas Brehm","Project Manager International","Hessen Trade & Invest GmbH"),
  P("Heiko Wingenfeld-Sauer","Lord Mayor of Fulda",None),
  P("Anna-Lena Przybylski","Head of Unit for Food Industry","Hessian Ministry of Economics"),
  P("Bernd Hohmann","cluster spokesperson",C),
  P("Sabine Ruppert-Okafor",None,"Hochschule Fulda"),
  P("Miriam Kühn",None,None)],
 [O(C,"FCEH"), O("Wirtschaftsförderung Region Fulda GmbH"), O("Hochschule Fulda"), O("Hessen Trade & Invest GmbH"),
  O("Enterprise Europe Network"), O("IHK Fulda"), O("Hessian Ministry of Economics"), O("Vitagora"), O("Food Valley NL"),
  O("Wielkopolska Food Cluster"), O("Hohmann Feinkost GmbH"), O("Rhönbohne GmbH"), O("Rhöner Molkerei eG"), O("Kramer Backtechnik")],
 [E("FoodTech Matchmaking Days East Hesse 2041","2041-09-24","2041-09-25","Fulda","Germany"),
  E("B2B meetings","2041-09-24","2041-09-25","Fulda","Germany"),
  E("Food Innovation Award East Hesse 2041","2041-09-24",None,"Fulda","Germany"),
  E("workshops on packaging, food safety analytics and shelf-life prediction","2041-09-25",None,"Fulda","Germany"),
  E("company visits","2041-09-25",None,"Hilders, Petersberg","Germany"),
  E("FoodTech Matchmaking Days","2039",None,None,None),
  E("second edition","2040-09-19",None,None,None),
  E("member meeting","2041-11-20",None,"Fulda","Germany"),
  E("fourth edition","2042-09",None,None,None)],
 ["2041-09-24/2041-09-25","2041-10-14","2041-09-24","2041-09-25","2039","2040-09-19","2040","2041-11-20","2042-09","2042"],
 ["Face-to-face matchmaking remains far more productive than the online format used in 2040",
  "Research institutes should be present with concrete technology offers, not only with general profiles",
  "The two-day format works, but the second afternoon needs a stronger programme to keep participants",
  "Company visits were the most valued part of the event and should be extended",
  "Open registration at least ten weeks in advance and send reminders to inactive profiles",
  "Involve the neighbouring clusters in Thuringia and Bavaria as co-organisers",
  "Offer a dedicated track for start-ups with investor meetings"], pub="2041-10-14")
