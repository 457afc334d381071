from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g08_vaasa_energy_cluster_newsletter.pdf'
assert wd(2042,1,22)=='Wednesday' and wd(2042,3,10)=='Monday' and wd(2042,3,11)=='Tuesday' and wd(2042,2,5)=='Wednesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12, spaceAfter=4)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Bothnia Energy Cluster · Members\' Newsletter 1/2042')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Members\' Newsletter 1/2042', author='Bothnia Energy Cluster')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Members' Newsletter 1/2042"),
("s","Bothnia Energy Cluster ry · Vaasa, Finland · Published 28 January 2042 · Editor: Hanna Mäkelä-Björk"),
("h2","From the cluster director"),
("b","Dear members, 2041 was the year our cluster grew up. We passed 180 member organisations, opened our office in Seinäjoki and, for the first time, coordinated a European project of our own. In this issue you will find the results of our annual seminar, a look back at the Nordic Energy Cluster Summit and the dates you need for the spring. – Jukka-Pekka Rautio, Cluster Director"),
("h2","Annual seminar: grid capacity is the new bottleneck"),
("b","More than 230 participants came to the cluster's annual seminar on Wednesday 22 January 2042 at the Vaasa EnergyBusiness Campus. The morning was opened by Mayor Tiina Kallio-Rönnqvist of the City of Vaasa and by Dr. Olav Heggelund, Head of Innovation at Innovation Norway's Trøndelag office, who presented the Norwegian experience of connecting new industrial loads to the grid."),
("b","In the afternoon, working groups on electrolysers, battery materials and offshore wind prepared input for the Ostrobothnia regional programme 2042–2045. The seminar closed with the signing of a cooperation agreement between the cluster and the University of Vaasa on a joint doctoral school."),
("h2","Key takeaways from the seminar"),
("b","• Grid connection queues, not funding, now decide where new energy-intensive plants are built"),
("b","• Companies want one regional contact point for permits, land and grid questions"),
("b","• Skilled technicians remain scarce; vocational training must double its intake by 2045"),
("b","• Cross-border work with Umeå and Trondheim should focus on shared test facilities"),
("h2","New board for 2042–2043"),
("b","At the autumn meeting on 27 November 2041, the members elected a new board. Chair: Mikaela Sjöholm (Wärtsilä Finland Oy). Vice-Chair: Antti Nieminen (Vaasan Sähkö Oy). Members: Riikka Laaksonen (Novia University of Applied Sciences), Peter Östman (Danfoss Drives Oy), Leena Haapala (Regional Council of Ostrobothnia)."),
]
p2 = [
("h2","Looking back: Nordic Energy Cluster Summit"),
("b","Our delegation of 14 member companies travelled to the Nordic Energy Cluster Summit in Trondheim on 4–6 November 2041, organised by Energy Valley Trøndelag together with the Nordic Council of Ministers' innovation agency Nordic Innovation. The summit is held every two years; the previous editions took place in Umeå (2039) and Aalborg (2037). Cluster manager Sanna Peltola said the visit produced 37 company meetings and two joint project ideas on hydrogen storage."),
("h2","European news"),
("b","The BOTHNIA-H2 project, coordinated by our cluster, held its kick-off meeting in Vaasa on 9 December 2041 with partners from Sweden, Norway and Estonia. The European Cluster Collaboration Platform (ECCP) has also listed the cluster as a contact point for the Nordic hydrogen valley network."),
("h2","Spring calendar"),
("b","5 February 2042 (Wednesday), 13:00–15:00: webinar on the Finnish grid connection rules, with Fingrid Oyj"),
("b","10–11 March 2042 (Monday–Tuesday): study visit to Kvarken Ports and the Umeå hydrogen hub, together with BioFuel Region AB"),
("b","16 April 2042: spring meeting of members, Vaasa (invitation and agenda will follow)"),
("b","Deadline for proposals to the cluster's innovation voucher call: 31 March 2042"),
("h2","Member spotlight: Gridwise Analytics"),
("b","Founded in 2040 by two former grid engineers, Gridwise Analytics builds forecasting software that tells industrial customers when and where spare grid capacity will be available. Co-founder Elias Forsgård explains why the start-up joined the cluster: \"We needed the big utilities in the same room as the factories. In Ostrobothnia the cluster is that room.\" The company employs nine people in Seinäjoki and is piloting its tool with two member companies."),
("h2","From the working groups"),
("b","The battery materials working group (chair: Dr. Kristiina Holm-Virtanen, Åbo Akademi University) met in Kokkola in December and agreed to map the recycling capacity of the region before the summer. The offshore wind working group is preparing a joint supplier catalogue with the Swedish cluster Offshore Väst. Members who want to contribute should contact the cluster office; new participants are welcome in all groups, and meetings alternate between Vaasa, Seinäjoki and online."),
("b","A reminder on membership fees: invoices for 2042 will be sent in February. The fee scale approved at the autumn meeting remains unchanged for small companies, while organisations with more than 250 employees pay a new flat rate of EUR 4,500."),
("h2","New members"),
("b","We welcome Aurora Line Oy, Kokkola Industrial Park Services Ltd and the Seinäjoki-based start-up Gridwise Analytics."),
("s","Bothnia Energy Cluster ry · Wolffintie 36, 65200 Vaasa · info@bothniaenergy.example.fi · You receive this newsletter as a member contact. To unsubscribe, reply with \"unsubscribe\". The cluster is supported by the Regional Council of Ostrobothnia and the City of Vaasa."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
assert wd(2041,11,27)=='Wednesday'
B_="Bothnia Energy Cluster ry"
gold(F,
 [P("Hanna Mäkelä-Björk","Editor",B_),
  P("Jukka-Pekka Rautio","Cluster Director",B_),
  P("Tiina Kallio-Rönnqvist","Mayor","City of Vaasa"),
  P("Olav Heggelund","Head of Innovation","Innovation Norway"),
  P("Mikaela Sjöholm","Chair",B_),
  P("Antti Nieminen","Vice-Chair",B_),
  P("Riikka Laaksonen",None,"Novia University of Applied Sciences"),
  P("Peter Östman",None,"Danfoss Drives Oy"),
  P("Leena Haapala",None,"Regional Council of Ostrobothnia"),
  P("Sanna Peltola","Cluster manager",B_),
  P("Elias Forsgård","Co-founder","Gridwise Analytics"),
  P("Kristiina Holm-Virtanen","chair","Åbo Akademi University")],
 [O(B_), O("City of Vaasa"), O("Innovation Norway"), O("University of Vaasa"), O("Wärtsilä Finland Oy"),
  O("Vaasan Sähkö Oy"), O("Novia University of Applied Sciences"), O("Danfoss Drives Oy"),
  O("Regional Council of Ostrobothnia"), O("Energy Valley Trøndelag"), O("Nordic Council of Ministers"),
  O("Nordic Innovation"), O("European Cluster Collaboration Platform","ECCP"), O("Fingrid Oyj"),
  O("Kvarken Ports"), O("BioFuel Region AB"), O("Aurora Line Oy"), O("Kokkola Industrial Park Services Ltd"),
  O("Gridwise Analytics"), O("Åbo Akademi University"), O("Offshore Väst")],
 [E("annual seminar","2042-01-22",None,"Vaasa","Finland"),
  E("autumn meeting","2041-11-27",None,None,None),
  E("Nordic Energy Cluster Summit","2041-11-04","2041-11-06","Trondheim","Norway"),
  E("Nordic Energy Cluster Summit (2039)","2039",None,"Umeå","Sweden"),
  E("Nordic Energy Cluster Summit (2037)","2037",None,"Aalborg","Denmark"),
  E("kick-off meeting","2041-12-09",None,"Vaasa","Finland"),
  E("webinar on the Finnish grid connection rules","2042-02-05",None,None,None),
  E("study visit to Kvarken Ports and the Umeå hydrogen hub","2042-03-10","2042-03-11","Umeå","Sweden"),
  E("spring meeting of members","2042-04-16",None,"Vaasa","Finland"),
  E("battery materials working group","2041-12",None,"Kokkola","Finland")],
 ["2042-01-28","2041","2042-01-22","2042/2045","2045","2042/2043","2041-11-27","2041-11-04/2041-11-06","2039","2037","2041-12-09","2042-02-05","2042-03-10/2042-03-11","2042-04-16","2042-03-31","2040","2041-12","2042-02","2042"],
 ["Grid connection queues, not funding, now decide where new energy-intensive plants are built",
  "Companies want one regional contact point for permits, land and grid questions",
  "Skilled technicians remain scarce; vocational training must double its intake by 2045",
  "Cross-border work with Umeå and Trondheim should focus on shared test facilities"],
 pub="2042-01-28")
