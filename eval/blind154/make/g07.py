from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g07_lomza_dairy_cluster_board_directory.pdf'
assert wd(2041,3,14)=='Thursday' and wd(2041,4,24)=='Wednesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12, spaceAfter=3)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Podlasie Dairy Valley Cluster · Board and members 2041')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'page {d.page}/2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Board and members 2041', author='Podlasie Dairy Valley Cluster')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Podlasie Dairy Valley Cluster – new board and members' directory 2041"),
("s","Klaster Mleczna Dolina Podlasia (PDVC) · ul. Nowa 2, 18-400 Łomża, Poland · issued 2 April 2041 for members and partners"),
("h2","A word from the new President"),
("b","Dear members, at the General Assembly held on Thursday 14 March 2041 in Łomża you elected a new board for the term 2041–2044. I thank you for your trust and, above all, I thank Stanisław Kurpiewski, who led the cluster as President from 2032 to 2041 and who built it from a handful of cooperatives into a network of 67 members in four countries. Stanisław remains with us as honorary president. Our first task is clear: help family dairy farms and small processors through the next ten years of low margins and climate pressure, together, or not at all. – Krzysztof Wiśniewski-Zaręba"),
("h2","Election results"),
("b","Fifty-one of the sixty-seven members voted. The Assembly elected the following board:"),
("b","• President – Krzysztof Wiśniewski-Zaręba, Spółdzielnia Mleczarska Narew, Łomża<br/>• Vice-Presidents – Agnieszka Olszewska, Olszewscy Sery Zagrodowe, and Dr hab. Tomasz Jaworowski, Politechnika Białostocka<br/>• Treasurer – Ewa Kulesza, Bank Spółdzielczy w Łomży<br/>• Board member – Jan Grabowski-Ostoja, Grabowscy farm, Zambrów"),
("b","The Audit Committee is chaired by Marek Sokołowski of the Podlaska Izba Rolnicza. The secretariat stays in the hands of cluster coordinator Magdalena Dąbrowska and international officer Piotr Zalewski."),
("h2","Recommendations from the 2040 member survey"),
("b","The outgoing board commissioned a survey of all members in autumn 2040 (response rate 78%). The new board adopts its recommendations as its working programme:"),
("b","1. Offer joint purchasing of energy and feed to members with fewer than 50 cows"),
("b","2. Set up a shared laboratory service for small processors with the Akademia Nauk Stosowanych w Łomży"),
("b","3. Link every foreign study visit to at least one concrete cooperation agreement"),
("b","4. Publish the board's decisions to all members within two weeks of each meeting"),
("h2","Dates for your diary"),
("b","Dairy Innovation Day – Wednesday 24 April 2041, Łomża, with a visit to the new cheese ripening cellars of SM Narew · Board meeting – 15 May 2041 (open to members as observers) · Study visit to Marijampolė, Lithuania – 12–13 June 2041"),
]
p2 = [
("h2","Members' directory (as of 31 March 2041)"),
("b","<b>Dairy cooperatives and processors</b><br/>Spółdzielnia Mleczarska Narew (Poland)<br/>Spółdzielnia Mleczarska Kolno (Poland)<br/>Olszewscy Sery Zagrodowe (Poland)<br/>Serowarnia Biebrza sp. z o.o. (Poland)<br/>Mleczarnia Suwalska Kraina (Poland)"),
("b","<b>Farms and producer groups</b><br/>Grupa Producentów Mleka Łomżyca (Poland)<br/>Grabowscy farm (Poland)<br/>Związek Hodowców Bydła Podlasia (Poland)"),
("b","<b>Suppliers and services</b><br/>AgroTech Zambrów sp. z o.o. (Poland)<br/>Bank Spółdzielczy w Łomży (Poland)<br/>Narew Logistics (Poland)<br/>FeedLab Baltic UAB (Lithuania)"),
("b","<b>Research and education</b><br/>Politechnika Białostocka (Poland)<br/>Akademia Nauk Stosowanych w Łomży (Poland)<br/>Kaunas Dairy Research Station (Lithuania)"),
("b","<b>Associate members abroad</b><br/>Marijampolė Dairy Innovation Centre (Lithuania)<br/>Noord Dairy Innovation Hub (Netherlands)<br/>Agrární klastr Vysočina (Czechia)"),
("b","<b>Public and institutional partners</b><br/>Urząd Marszałkowski Województwa Podlaskiego<br/>Podlaska Izba Rolnicza<br/>Podlaska Fundacja Rozwoju Regionalnego<br/>Miasto Łomża"),
("b","The full directory with contact persons for all 67 members is available in the members' area of the website. Members who wish to correct their entry should write to the secretariat."),
("h2","Secretariat"),
("b","Magdalena Dąbrowska, cluster coordinator – m.dabrowska@pdvc.example.pl<br/>Piotr Zalewski, international officer – p.zalewski@pdvc.example.pl<br/>Office hours Monday to Friday, 8:00–16:00."),
("s","The cluster is registered as an association (stowarzyszenie) in the National Court Register. Its activities in 2041 are co-financed by the Podlaskie regional programme."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
C="Podlasie Dairy Valley Cluster"
gold(F,
 [P("Stanisław Kurpiewski","honorary president",C),
  P("Krzysztof Wiśniewski-Zaręba","President",C),
  P("Agnieszka Olszewska","Vice-President",C),
  P("Tomasz Jaworowski","Vice-President",C),
  P("Ewa Kulesza","Treasurer",C),
  P("Jan Grabowski-Ostoja","Board member",C),
  P("Marek Sokołowski",None,"Podlaska Izba Rolnicza"),
  P("Magdalena Dąbrowska","cluster coordinator",C),
  P("Piotr Zalewski","international officer",C)],
 [O(C,"PDVC"), O("Spółdzielnia Mleczarska Narew","SM Narew"), O("Olszewscy Sery Zagrodowe"), O("Politechnika Białostocka"),
  O("Bank Spółdzielczy w Łomży"), O("Grabowscy farm"), O("Podlaska Izba Rolnicza"), O("Akademia Nauk Stosowanych w Łomży"),
  O("Spółdzielnia Mleczarska Kolno"), O("Serowarnia Biebrza sp. z o.o."), O("Mleczarnia Suwalska Kraina"),
  O("Grupa Producentów Mleka Łomżyca"), O("Związek Hodowców Bydła Podlasia"), O("AgroTech Zambrów sp. z o.o."),
  O("Narew Logistics"), O("FeedLab Baltic UAB"), O("Kaunas Dairy Research Station"),
  O("Marijampolė Dairy Innovation Centre"), O("Noord Dairy Innovation Hub"), O("Agrární klastr Vysočina"),
  O("Urząd Marszałkowski Województwa Podlaskiego"), O("Podlaska Fundacja Rozwoju Regionalnego"), O("Miasto Łomża"),
  O("National Court Register")],
 [E("General Assembly","2041-03-14",None,"Łomża","Poland"),
  E("Dairy Innovation Day","2041-04-24",None,"Łomża","Poland"),
  E("visit to the new cheese ripening cellars of SM Narew","2041-04-24",None,"Łomża","Poland"),
  E("Board meeting","2041-05-15",None,None,None),
  E("Study visit to Marijampolė","2041-06-12","2041-06-13","Marijampolė","Lithuania")],
 ["2041-04-02","2041-03-14","2041/2044","2032/2041","2040","2041-04-24","2041-05-15","2041-06-12/2041-06-13","2041-03-31","2041"],
 ["Offer joint purchasing of energy and feed to members with fewer than 50 cows",
  "Set up a shared laboratory service for small processors with the Akademia Nauk Stosowanych w Łomży",
  "Link every foreign study visit to at least one concrete cooperation agreement",
  "Publish the board's decisions to all members within two weeks of each meeting"],
 pub="2041-04-02")
