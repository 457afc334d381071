from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g10_agder_clusters_position_paper.pdf'
assert wd(2042,2,4)=='Tuesday' and wd(2042,1,22)=='Wednesday' and wd(2042,4,22)=='Tuesday' and wd(2042,4,23)=='Wednesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12, spaceAfter=4)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5, spaceAfter=4)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Klyngeforum Sør · Position paper 01/2042')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Position paper: clean industry in Southern Norway', author='Klyngeforum Sør')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Making the clean industry transition work for Southern Norway"),
("b","Position paper of Klyngeforum Sør – the Association of Industrial Clusters in Southern Norway – on the EU clean industry framework and its application in the EEA"),
("s","Adopted at the board meeting of Klyngeforum Sør on Tuesday 4 February 2042 · Kristiansand · Contact: Øyvind Tønnessen, Chief Executive, post@klyngeforum-sor.example.no"),
("h2","Who we are"),
("b","Klyngeforum Sør brings together eleven cluster organisations from Agder and Rogaland with more than 1,300 member companies, among them NCE Blue Maritime Agder, the Eyde Energy Cluster, Stavanger Subsea Network and the Haugesund Maritime Cluster. Our members produce silicon, nickel and aluminium, build offshore vessels and supply the energy sector. Most of our exports go to the European Union, and almost every rule adopted in Brussels under the clean industry agenda will reach our companies through the EEA Agreement."),
("h2","Why this paper"),
("b","The European Commission is preparing the next revision of its clean industry framework and the transition pathways of the energy-intensive and renewable energy ecosystems. Norway is not at the table when these rules are drafted, but Norwegian clusters take part in EU partnerships, and our companies compete in the same market. We therefore want to state early where we see risks and where we can contribute."),
("b","The paper builds on a consultation of our member clusters in December 2041 and January 2042 and on a workshop held in Stavanger on Wednesday 22 January 2042, hosted by NORCE Norwegian Research Centre, with 57 participants from industry, academia and public authorities. The workshop was chaired by Professor Hilde Vatne-Solberg of the University of Agder."),
("h2","Our main concerns"),
("b","Energy-intensive producers in our region have already cut their emissions sharply by running on hydropower, yet they risk being treated like any other producer when EU support schemes are designed. Permitting for new grid capacity takes up to ten years in Norway, longer than in most Member States. And small suppliers in the maritime and offshore supply chains lack the capacity to follow EU procedures at all."),
]
p2 = [
("h2","Our recommendations"),
("b","Klyngeforum Sør calls on the Norwegian Government, the county authorities and, through the EEA bodies, the European Commission to act on the following points:"),
("b","1. Recognise low-emission production based on renewable power as a qualifying criterion in EU clean industry support, whether or not the producer is located in a Member State"),
("b","2. Give clusters from EEA countries full access as partners to the European Strategic Cluster Partnerships and to cluster mobility schemes"),
("b","3. Set up a joint fast-track team for grid connections in Agder and Rogaland, led by the county authorities together with the grid operators"),
("b","4. Fund a regional support desk, run by the clusters with Innovation Norway, to help small suppliers with EU tenders, taxonomy reporting and carbon accounting"),
("b","5. Establish a standing dialogue between Norwegian cluster associations and the Norwegian Mission to the EU before each major legislative proposal"),
("h2","What we will do"),
("b","Our member clusters will map the low-emission production capacity in the two counties by the end of 2042 and share the data with the Agder County Municipality and the Rogaland County Municipality. We will also organise two study trips for cluster managers to Brussels in 2042."),
("h2","Next steps"),
("b","The paper will be presented to State Secretary Marius Eikeland-Aas of the Ministry of Trade, Industry and Fisheries at the Agder Industry Summit in Kristiansand on 22–23 April 2042. Comments from members and partners are welcome until 15 March 2042."),
("h2","The Board of Klyngeforum Sør"),
("b","Kari Nordahl Bjørnstad, Chair (Vigeland Metal Refinery AS) · Ståle Rypdal, Vice-Chair (Stavanger Subsea Network) · Ingvild Haaland-Berge, board member (University of Agder) · Lars Erik ter Meulen, board member (Haugesund Maritime Cluster)"),
("s","Klyngeforum Sør · Gravane 0, 4610 Kristiansand · Org. no. 000 000 000 · This paper reflects the position of the Board and not necessarily that of every member company."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
K = "Klyngeforum Sør"
gold(F,
 [P("Øyvind Tønnessen", "Chief Executive", K),
  P("Hilde Vatne-Solberg", None, "University of Agder"),
  P("Marius Eikeland-Aas", "State Secretary", "Ministry of Trade, Industry and Fisheries"),
  P("Kari Nordahl Bjørnstad", "Chair", K),
  P("Ståle Rypdal", "Vice-Chair", K),
  P("Ingvild Haaland-Berge", "board member", K),
  P("Lars Erik ter Meulen", "board member", K)],
 [O(K), O("NCE Blue Maritime Agder"), O("Eyde Energy Cluster"), O("Stavanger Subsea Network"), O("Haugesund Maritime Cluster"),
  O("European Commission"), O("NORCE Norwegian Research Centre"), O("University of Agder"), O("Norwegian Government"),
  O("Innovation Norway"), O("Norwegian Mission to the EU"), O("Agder County Municipality"), O("Rogaland County Municipality"),
  O("Ministry of Trade, Industry and Fisheries"), O("Vigeland Metal Refinery AS")],
 [E("board meeting", "2042-02-04", None, "Kristiansand", "Norway"),
  E("workshop", "2042-01-22", None, "Stavanger", "Norway"),
  E("study trips", "2042", None, "Brussels", "Belgium"),
  E("Agder Industry Summit", "2042-04-22", "2042-04-23", "Kristiansand", "Norway")],
 ["2042-02-04", "2041-12/2042-01", "2042-01-22", "2042", "2042-04-22/2042-04-23", "2042-03-15"],
 ["Recognise low-emission production based on renewable power as a qualifying criterion in EU clean industry support, whether or not the producer is located in a Member State",
  "Give clusters from EEA countries full access as partners to the European Strategic Cluster Partnerships and to cluster mobility schemes",
  "Set up a joint fast-track team for grid connections in Agder and Rogaland, led by the county authorities together with the grid operators",
  "Fund a regional support desk, run by the clusters with Innovation Norway, to help small suppliers with EU tenders, taxonomy reporting and carbon accounting",
  "Establish a standing dialogue between Norwegian cluster associations and the Norwegian Mission to the EU before each major legislative proposal"],
 pub="2042-02-04")
