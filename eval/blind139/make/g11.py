from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g11_trutnov_general_assembly_report.pdf'
assert wd(2041,6,12)=='Wednesday' and wd(2041,6,26)=='Wednesday' and wd(2041,9,10)=='Tuesday' and wd(2041,9,11)=='Wednesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'KRTEX – Krkonoše Technical Textiles Cluster, z.s. · Report of the General Assembly 2041')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='General Assembly 2041 – KRTEX', author='KRTEX')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Report of the General Assembly 2041"),
("b","Krkonoše Technical Textiles Cluster, z.s. (KRTEX) · Trutnov, Czech Republic"),
("s","Prepared by the cluster office for members and partners · Approved by the Board on 26 June 2041 · Contact: office@krtex.example.cz"),
("h2","The meeting"),
("b","The ordinary General Assembly of KRTEX met on Wednesday 12 June 2041 in the Uffo cultural centre in Trutnov. Of 64 members, 47 were present or represented, so the assembly had a quorum. The meeting was chaired by Ing. Radek Šťastný, Chair of the Board, and the minutes were taken by Kristýna Horáková of the cluster office."),
("b","Guests included Jana Nováková-Kroupová, Deputy Governor of the Hradec Králové Region responsible for regional development, and Dr. Martin Beneš, director of CzechInvest's regional office in Hradec Králové. Both thanked the members for the cluster's role in the region's smart specialisation strategy (RIS3 Hradec Králové Region 2035–2041)."),
("h2","Annual report 2040"),
("b","Cluster Manager Ing. Lucie Vondráčková presented the annual report. In 2040 the cluster welcomed nine new members, including Technical University of Liberec, Juta a.s. in Dvůr Králové nad Labem and the start-up Fibrelab s.r.o. The cluster office ran 26 events and led two international projects. The highlight was the Textile Innovation Days 2040 on 17–18 September 2040 in Trutnov with 310 participants from nine countries. Membership income covered 38% of the budget; the rest came from projects and a grant of the Hradec Králové Region."),
("b","Vondráčková also presented the results of the member survey: 81% of members rated the cluster's services as good or very good; the most valued services were joint trade fair stands and the shared testing laboratory in Úpice."),
("h2","Elections"),
("b","The term of the Board elected in 2038 ended with this assembly. The assembly elected a new Board of seven members for 2041–2044. Radek Šťastný (Veba, textilní závody a.s.) was re-elected Chair at the Board's first meeting the same afternoon. The Supervisory Board was confirmed without changes."),
]
p2 = [
("h2","Board 2041–2044"),
("b","Chair: Ing. Radek Šťastný, Veba, textilní závody a.s.<br/>Vice-Chair: doc. Ing. Petra Dvořáková, Ph.D., Technical University of Liberec<br/>Members: Jiří Kalousek (Juta a.s.), Mgr. Hana Lindner-Tichá (City of Trutnov), Ing. Ondřej Prokop (Fibrelab s.r.o.), Zuzana Marešová (Nanoprogress, z.s.), Ing. Pavel Novotný (Siemens Electric Machines s.r.o.)"),
("b","Supervisory Board: Ing. Miloslav Beran (chair), Alena Kubečková, Tomáš Ruml"),
("b","Leaving the Board: Ing. Jaroslava Pecháčková, who served from the founding in 2029 and chaired the cluster from 2032 to 2035. The assembly thanked her with a standing ovation."),
("h2","Resolutions"),
("b","The General Assembly:"),
("b","1. approved the annual report and the financial statements for 2040"),
("b","2. elected the Board and the Supervisory Board for the term 2041–2044"),
("b","3. approved the action plan and the budget for 2041"),
("b","4. raised the annual fee for large companies to CZK 30,000 from 1 January 2042"),
("b","5. mandated the Board to prepare the cluster's application for the ESCA Gold label by the end of 2041"),
("h2","What comes next"),
("b","The Textile Innovation Days 2041 will take place on 10–11 September 2041 in Trutnov, with a study visit to the Technical University of Liberec on the second day. Members can propose speakers until 15 July 2041. The next Board meeting will be held on 5 November 2041 in Liberec."),
("h2","Cluster office"),
("b","Ing. Lucie Vondráčková, Cluster Manager · Kristýna Horáková, office and events · Bc. David Šimek, projects"),
("s","KRTEX – Krkonoše Technical Textiles Cluster, z.s., Horská 5, 541 01 Trutnov · IČO 00000000 · www.krtex.example.cz · Supported by the Hradec Králové Region and the Ministry of Industry and Trade of the Czech Republic."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
K="Krkonoše Technical Textiles Cluster, z.s."
gold(F,
 [P("Radek Šťastný","Chair",K),
  P("Kristýna Horáková","office and events",K),
  P("Jana Nováková-Kroupová","Deputy Governor of the Hradec Králové Region responsible for regional development","Hradec Králové Region"),
  P("Martin Beneš","director of CzechInvest's regional office in Hradec Králové","CzechInvest"),
  P("Lucie Vondráčková","Cluster Manager",K),
  P("Petra Dvořáková","Vice-Chair",K),
  P("Jiří Kalousek","Member",K),
  P("Hana Lindner-Tichá","Member",K),
  P("Ondřej Prokop","Member",K),
  P("Zuzana Marešová","Member",K),
  P("Pavel Novotný","Member",K),
  P("Miloslav Beran","chair",K),
  P("Alena Kubečková",None,K),
  P("Tomáš Ruml",None,K),
  P("Jaroslava Pecháčková",None,K),
  P("David Šimek","projects",K)],
 [O(K,"KRTEX"), O("Hradec Králové Region"), O("CzechInvest"), O("Technical University of Liberec"), O("Juta a.s."),
  O("Fibrelab s.r.o."), O("Veba, textilní závody a.s."), O("City of Trutnov"), O("Nanoprogress, z.s."),
  O("Siemens Electric Machines s.r.o."), O("ESCA"), O("Ministry of Industry and Trade of the Czech Republic")],
 [E("General Assembly","2041-06-12",None,"Trutnov","Czech Republic"),
  E("Board's first meeting","2041-06-12",None,"Trutnov","Czech Republic"),
  E("Textile Innovation Days 2040","2040-09-17","2040-09-18","Trutnov","Czech Republic"),
  E("Textile Innovation Days 2041","2041-09-10","2041-09-11","Trutnov","Czech Republic"),
  E("study visit to the Technical University of Liberec","2041-09-11",None,"Liberec","Czech Republic"),
  E("Board meeting","2041-11-05",None,"Liberec","Czech Republic")],
 ["2041-06-26","2041-06-12","2035/2041","2040","2040-09-17/2040-09-18","2038","2041/2044","2029","2032/2035","2041","2042-01-01","2041-09-10/2041-09-11","2041-07-15","2041-11-05"],
 ["approved the annual report and the financial statements for 2040",
  "elected the Board and the Supervisory Board for the term 2041–2044",
  "approved the action plan and the budget for 2041",
  "raised the annual fee for large companies to CZK 30,000 from 1 January 2042",
  "mandated the Board to prepare the cluster's application for the ESCA Gold label by the end of 2041"],
 pub="2041-06-26")
