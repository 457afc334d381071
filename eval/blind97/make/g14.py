from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.units import cm
F = 'g14_lublin_biotech_newsletter.pdf'
assert wd(2034,6,21)=='Wednesday' and wd(2034,9,12)=='Tuesday' and wd(2034,10,5)=='Thursday'
D = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
b = ParagraphStyle('b', fontName='DV', fontSize=9.2, leading=12, spaceAfter=5)
h = ParagraphStyle('h', fontName='DVB', fontSize=11, leading=14, spaceBefore=4, spaceAfter=4)
t = ParagraphStyle('t', fontName='DVB', fontSize=16, leading=20, spaceAfter=6)
W, H = A4
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, H-1.2*cm, 'Lublin BioValley Cluster · Newsletter 3/2034 · July 2034')
    c.drawRightString(W-2*cm, 1.2*cm, 'Page %d of 2' % d.page); c.restoreState()
cw = (W-4*cm-0.8*cm)/2
p1 = PageTemplate('two', [Frame(2*cm, 2*cm, cw, H-4*cm, id='l'), Frame(2*cm+cw+0.8*cm, 2*cm, cw, H-4*cm, id='r')], onPage=hdr)
p2 = PageTemplate('one', [Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='o')], onPage=hdr)
S = []
def P_(x, s=b): S.append(Paragraph(x, s))
P_('Lublin BioValley Cluster – Newsletter 3/2034', t)
P_('Published 10 July 2034 · Editor: Karolina Wójcik-Nowak, Communication Manager')
P_('From the cluster manager', h)
P_('Dear members, the first half of 2034 was the busiest in the history of our cluster. We organised eleven events, welcomed nine new members and submitted four joint project proposals. I would like to thank especially the Medical University of Lublin and the Lublin Science and Technology Park (LPNT) for hosting most of our meetings, and the Marshal Office of the Lubelskie Voivodeship for its continued support of the cluster secretariat. In this issue you will find a summary of the BioValley Forum, news from our members and the calendar for the autumn. — Dr Tomasz Zielonka, Cluster Manager')
P_('BioValley Forum 2034: biotech meets agriculture', h)
P_('The fifth BioValley Forum took place on Wednesday, 21 June 2034, at the Lublin Conference Centre (Centrum Spotkania Kultur). 280 participants from Poland, Ukraine, Lithuania and Germany discussed how plant biotechnology, diagnostics and food processing in eastern Poland can grow together. The forum was opened by Beata Sowa-Kamińska, Member of the Board of the Lubelskie Voivodeship, who announced a regional voucher scheme for laboratory services starting in 2035.')
P_('The keynote was delivered by Prof. Oleksandr Hrytsenko of the Ivan Franko National University of Lviv, who presented cross-border cooperation in seed breeding. In the afternoon, Dr Agnieszka Pawlak, CEO of Bioceltix Lublin Sp. z o.o., and Marek Szymański, Head of R&D at Herbapol-Lublin S.A., spoke about bringing natural ingredients from the laboratory to the shelf. The panel was moderated by Prof. Ewa Stachowicz, Vice-Rector for Science of the University of Life Sciences in Lublin.')
P_('A total of 63 B2B meetings were held during the matchmaking session organised with the Enterprise Europe Network at the Lublin Development Foundation.')
P_('Member news', h)
P_('<b>PolBiotech Diagnostics Sp. z o.o.</b> has opened a new laboratory in the LPNT with 22 jobs for young researchers. <b>AgroGen Lubelszczyzna</b> received a national grant for drought-resistant rapeseed. <b>Maria Curie-Skłodowska University (UMCS)</b> joined the cluster in May 2034 with its Faculty of Biology and Biotechnology.')
P_('New members since January: Vet-Lab Puławy, Lubelskie Centrum Innowacji Rolnych, Mikrobiom.pl, NovaCell Chełm, PharmaSupply Świdnik, InnoFood Zamość, Green Extracts Kraśnik, BioPack Biała Podlaska and the Institute of Soil Science and Plant Cultivation (IUNG) in Puławy.')
P_('Member in focus: NovaCell Chełm', h)
P_('NovaCell Chełm was founded in 2031 by three graduates of the Medical University of Lublin and develops cell-based tests that replace animal testing for cosmetics. The company now employs 14 people and exports to Germany and Denmark. Its founder, Dr Paweł Nowicki, says the cluster helped it find its first laboratory space and its first industrial customer. Next year the company plans to open a small production line in the Chełm Special Economic Zone and to apply for EU funding together with two other cluster members.')
P_('Cluster team changes', h)
P_('From 1 August 2034, Joanna Lis will take over as Project Coordinator for international projects. She replaces Piotr Domański, who becomes Head of Technology Transfer at the Medical University of Lublin. We thank Piotr for six years of work for the cluster.')
S.append(NextPageTemplate('one')); S.append(PageBreak())
P_('Key conclusions of the BioValley Forum 2034', h)
for x in ['The region should build one shared pilot plant for bio-based ingredients instead of several small ones',
          'Cross-border cooperation with Ukrainian and Lithuanian partners should focus on seed breeding and veterinary diagnostics',
          'SMEs need easier access to university laboratories through vouchers and standard contracts',
          'The cluster will prepare a regional biotech talent programme together with universities by mid-2035']:
    P_('• ' + x)
P_('Calendar: autumn 2034', h)
P_('<b>12 September 2034 (Tuesday), 10:00–13:00</b> – Workshop on EU regulations for food supplements, LPNT, Lublin. Speaker: Dr Renata Kubik, Polish Federation of Food Industry (PFPŻ).')
P_('<b>5 October 2034 (Thursday)</b> – Study visit to the BioCity cluster in Kaunas, Lithuania, with the Kaunas Science and Technology Park.')
P_('<b>16–18 November 2034</b> – Joint stand of the cluster at BIO-EUROPE in Munich. Members interested in a place on the stand should register by 15 September 2034.')
P_('<b>December 2034</b> – General Meeting of Members and Christmas meeting (date to be confirmed).')
P_('Call for member stories', h)
P_('Do you have a success story, a new product or a new partnership? Send a short text and a photo to the editor by 31 August 2034. The best stories will appear in the next newsletter and on the cluster website.')
P_('Contact', h)
P_('Lublin BioValley Cluster, c/o Lublin Science and Technology Park, ul. Dobrzańskiego 3, 20-262 Lublin, Poland · office@biovalley.example.pl · Karolina Wójcik-Nowak, Communication Manager, tel. +48 81 000 00 00')
P_('The cluster is a member of the Polish Biotechnology Cluster Network and the European Biotech Cluster Alliance. This newsletter is co-financed by the Marshal Office of the Lubelskie Voivodeship. You receive this newsletter as a member or partner of the cluster; to unsubscribe, reply with “unsubscribe”.')
doc = BaseDocTemplate(path(F), pagesize=A4, pageTemplates=[p1, p2], title='Lublin BioValley Cluster Newsletter 3/2034', author='Lublin BioValley Cluster')
doc.build(S)
C = "Lublin BioValley Cluster"
gold(F,
 [P("Karolina Wójcik-Nowak","Communication Manager",C), P("Tomasz Zielonka","Cluster Manager",C),
  P("Beata Sowa-Kamińska","Member of the Board of the Lubelskie Voivodeship",None),
  P("Oleksandr Hrytsenko",None,"Ivan Franko National University of Lviv"),
  P("Agnieszka Pawlak","CEO","Bioceltix Lublin Sp. z o.o."), P("Marek Szymański","Head of R&D","Herbapol-Lublin S.A."),
  P("Ewa Stachowicz","Vice-Rector for Science","University of Life Sciences in Lublin"),
  P("Joanna Lis","Project Coordinator",C), P("Piotr Domański","Head of Technology Transfer","Medical University of Lublin"),
  P("Renata Kubik",None,"Polish Federation of Food Industry"), P("Paweł Nowicki","founder","NovaCell Chełm")],
 [O(C), O("Medical University of Lublin"), O("Lublin Science and Technology Park","LPNT"), O("Marshal Office of the Lubelskie Voivodeship"),
  O("Ivan Franko National University of Lviv"), O("Bioceltix Lublin Sp. z o.o."), O("Herbapol-Lublin S.A."),
  O("University of Life Sciences in Lublin"), O("Enterprise Europe Network"), O("Lublin Development Foundation"),
  O("PolBiotech Diagnostics Sp. z o.o."), O("AgroGen Lubelszczyzna"), O("Maria Curie-Skłodowska University","UMCS"),
  O("Faculty of Biology and Biotechnology"), O("Vet-Lab Puławy"), O("Lubelskie Centrum Innowacji Rolnych"), O("Mikrobiom.pl"),
  O("NovaCell Chełm"), O("PharmaSupply Świdnik"), O("InnoFood Zamość"), O("Green Extracts Kraśnik"), O("BioPack Biała Podlaska"),
  O("Institute of Soil Science and Plant Cultivation","IUNG"), O("Polish Federation of Food Industry","PFPŻ"),
  O("BioCity cluster"), O("Kaunas Science and Technology Park"), O("Polish Biotechnology Cluster Network"),
  O("European Biotech Cluster Alliance")],
 [E("BioValley Forum 2034","2034-06-21",None,"Lublin","Poland"),
  E("matchmaking session","2034-06-21",None,"Lublin","Poland"),
  E("Workshop on EU regulations for food supplements","2034-09-12",None,"Lublin","Poland"),
  E("Study visit to the BioCity cluster in Kaunas","2034-10-05",None,"Kaunas","Lithuania"),
  E("BIO-EUROPE","2034-11-16","2034-11-18","Munich","Germany"),
  E("General Meeting of Members","2034-12",None,None,None),
  E("Christmas meeting","2034-12",None,None,None)],
 ["2034-07","2034-07-10","2034","2034-06-21","2035","2034-05","2034-01","2034-08-01","2034-09-12","2034-10-05","2034-11-16/2034-11-18",
  "2034-09-15","2034-12","2034-08-31","2031"],
 ['The region should build one shared pilot plant for bio-based ingredients instead of several small ones',
  'Cross-border cooperation with Ukrainian and Lithuanian partners should focus on seed breeding and veterinary diagnostics',
  'SMEs need easier access to university laboratories through vouchers and standard contracts',
  'The cluster will prepare a regional biotech talent programme together with universities by mid-2035'], "2034-07-10")
