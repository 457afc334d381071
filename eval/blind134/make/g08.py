from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g08_peloponnese_annual_report_people.pdf'
assert wd(2042,2,18)=='Tuesday' and wd(2042,3,5)=='Wednesday' and wd(2041,6,24)=='Monday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Messinia Agri-Food Cluster · Annual Report 2041 · Chapter 2: Governance and people')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Annual Report 2041 – Governance and people', author='Messinia Agri-Food Cluster')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","2. Governance and people"),
("s","Annual Report 2041 of the Messinia Agri-Food Cluster (MAFC) – Non-Profit Civil Company, Kalamata · Approved by the Board of Directors on 18 February 2042 · To be presented to the General Assembly on Wednesday 5 March 2042"),
("h2","2.1 A year of change at the top"),
("b","2041 was the year in which the cluster changed both its chair and its managing team. At the General Assembly held in Kalamata on Monday 24 June 2041, the members elected a new nine-member Board of Directors for the term 2041–2044. Olive oil exporter Eleni Papadopoulou-Vlachou, managing director of Mani Gold Olive Oil S.A., was elected President with 41 of 57 votes. She succeeds Dimitrios Karagiannis, the founding President, who had chaired the cluster since 2033 and now represents the University of the Peloponnese on the board."),
("b","In September 2041 the board appointed Stavros Antonakos as Cluster Manager. He joined from the Region of Peloponnese, where he headed the Directorate of Agricultural Economy in Tripoli, and he replaces Katerina Zervou, who moved to Brussels in August as an advisor in the Office of the Region of Peloponnese to the EU. The board thanked Katerina for six years in which the cluster grew from 19 to 64 members."),
("h2","2.2 Membership"),
("b","At 31 December 2041 the cluster had 64 members: 49 companies (of which 38 SMEs), six cooperatives, four research and education organisations, three local authorities and two financial institutions. New members in 2041 included the Agricultural Cooperative of Filiatra, the Hellenic Agricultural Organisation – DEMETER, the Municipality of Messini and the fintech start-up AgroLedger P.C. from Patras."),
("b","Two members left the cluster after merging with other members. One member, Kalamata Figs Ltd, was excluded by the General Assembly for non-payment of fees for three consecutive years."),
]
p2 = [
("h2","2.3 Board of Directors 2041–2044"),
("b","President: Eleni Papadopoulou-Vlachou (Mani Gold Olive Oil S.A.)<br/>Vice-President: Georgios Tsakalos, Union of Agricultural Cooperatives of Messinia<br/>Treasurer: Anna-Maria Lykourezou, Piraeus Bank, Kalamata branch<br/>Secretary: Ioannis Mavromichalis, Messinian Table Olives Processing S.A.<br/>Members: Dimitrios Karagiannis (University of the Peloponnese), Sofia Kapetanaki (Kapetanaki Organic Farms), Panagiotis Dros (Chamber of Messinia), Maria Galanou (AgroLedger P.C.), Nikos Athanasopoulos (Municipality of Kalamata)"),
("h2","2.4 Cluster team"),
("b","Stavros Antonakos, Cluster Manager (since October 2041)<br/>Vasiliki Kourti, Project Officer, EU projects<br/>Leonidas Floros, Export and Matchmaking Officer<br/>Christina Bouzouki, Administration and Finance (part-time)"),
("b","The team was supported in 2041 by two trainees from the Department of Food Science and Technology of the University of the Peloponnese."),
("h2","2.5 Meetings of the governing bodies"),
("b","The board met eight times in 2041, including an away day in Pylos on 14–15 November 2041 devoted to the strategy 2042–2046. The Audit Committee, chaired by Anna-Maria Lykourezou, met twice."),
("h2","2.6 Lessons learnt"),
("b","The board's away day drew the following lessons from the transition year:"),
("b","• A handover period of at least two months between cluster managers protects relations with members and funders"),
("b","• Board members who represent research and local authorities should chair working groups, not only attend them"),
("b","• Membership fees must be collected in the first quarter, or cash-flow problems delay EU project co-financing"),
("b","• Smaller cooperatives need a board seat of their own to feel represented"),
("s","Contact: Messinia Agri-Food Cluster, Aristomenous 00, 241 00 Kalamata · info@mafc.example.gr · The full annual report, including the financial statements (chapter 5), is available to members on request."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
M="Messinia Agri-Food Cluster"
gold(F,
 [P("Eleni Papadopoulou-Vlachou","President",M),
  P("Dimitrios Karagiannis","Member",M),
  P("Stavros Antonakos","Cluster Manager",M),
  P("Katerina Zervou","advisor","Office of the Region of Peloponnese to the EU"),
  P("Georgios Tsakalos","Vice-President",M),
  P("Anna-Maria Lykourezou","Treasurer",M),
  P("Ioannis Mavromichalis","Secretary",M),
  P("Sofia Kapetanaki","Member",M),
  P("Panagiotis Dros","Member",M),
  P("Maria Galanou","Member",M),
  P("Nikos Athanasopoulos","Member",M),
  P("Vasiliki Kourti","Project Officer",M),
  P("Leonidas Floros","Export and Matchmaking Officer",M),
  P("Christina Bouzouki","Administration and Finance",M)],
 [O(M,"MAFC"), O("Mani Gold Olive Oil S.A."), O("University of the Peloponnese"),
  O("Region of Peloponnese"), O("Directorate of Agricultural Economy"), O("Office of the Region of Peloponnese to the EU"),
  O("Agricultural Cooperative of Filiatra"), O("Hellenic Agricultural Organisation – DEMETER"), O("Municipality of Messini"),
  O("AgroLedger P.C."), O("Kalamata Figs Ltd"), O("Union of Agricultural Cooperatives of Messinia"), O("Piraeus Bank"),
  O("Messinian Table Olives Processing S.A."), O("Kapetanaki Organic Farms"), O("Chamber of Messinia"),
  O("Municipality of Kalamata"), O("Department of Food Science and Technology")],
 [E("General Assembly","2042-03-05",None,None,None),
  E("General Assembly","2041-06-24",None,"Kalamata","Greece"),
  E("away day","2041-11-14","2041-11-15","Pylos","Greece")],
 ["2042-02-18","2042-03-05","2041","2041-06-24","2041/2044","2033","2041-09","2041-08","2041-12-31","2041-10",
  "2041-11-14/2041-11-15","2042/2046"],
 ["A handover period of at least two months between cluster managers protects relations with members and funders",
  "Board members who represent research and local authorities should chair working groups, not only attend them",
  "Membership fees must be collected in the first quarter, or cash-flow problems delay EU project co-financing",
  "Smaller cooperatives need a board seat of their own to feel represented"],
 pub="2042-02-18")
