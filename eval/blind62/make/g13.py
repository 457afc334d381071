from h import *
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak, NextPageTemplate
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.pagesizes import A4
pdfmetrics.registerFont(TTFont('DV', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
F = 'asturias-hainaut-liguria-port-cluster-talks-2035.pdf'
st = ParagraphStyle('n', fontName='DV', fontSize=9.5, leading=12.5)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=17, leading=21)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6)
W, H = A4
full = Frame(40, 40, W-80, H-80, id='f')
c1 = Frame(40, 40, (W-100)/2, H-80, id='c1'); c2 = Frame(60+(W-100)/2, 40, (W-100)/2, H-80, id='c2')
doc = BaseDocTemplate(os.path.join(B, 'docs', F), pagesize=A4)
doc.addPageTemplates([PageTemplate('one', [full]), PageTemplate('two', [c1, c2])])
S = []
def p(t, s=st): S.append(Paragraph(t, s)); S.append(Spacer(1, 4))
p('Liguria Port &amp; Logistics Cluster', h2)
p('PORT TALKS 2035 – a series of six lunchtime talks on ports, logistics and the energy transition', h1)
p('Genoa · La Spezia · Savona · January to June 2035')
p('The Liguria Port &amp; Logistics Cluster (LPLC) invites its members, students and the port community to the third season of Port Talks. Each talk lasts 90 minutes, starts at 12:30 with a light lunch and ends with questions from the audience. Talks are held in English or Italian with simultaneous interpretation. The series is organised with the Western Ligurian Sea Port System Authority, the Eastern Ligurian Sea Port System Authority and the University of Genoa, and supported by the Liguria Region and the Genoa Chamber of Commerce. The first two seasons, in 2033 and 2034, gathered more than 1,100 participants.')
p('Participation is free, but registration is required for each talk on the cluster website. Talks are also streamed live and recorded; the recordings remain online for members. Members of partner clusters in Asturias, Hainaut and the Port of Rotterdam network may attend under the same conditions.')
S.append(NextPageTemplate('two'))
S.append(Spacer(1, 10))
p('Programme overview', h2)
p('Six talks, three ports, one question: how do Ligurian ports stay competitive while cutting emissions? On the following pages you find each talk with its date, place and speakers.')
from reportlab.platypus import PageBreak
S.append(PageBreak())
talks = [
 (f"Talk 1 – {wd(2035,1,24)} 24 January 2035", "Genoa, Palazzo San Giorgio", "Shore power for cruise ships: two years of results", "Dott.ssa Valentina Parodi-Schiaffino, Head of Energy Planning, Western Ligurian Sea Port System Authority; Ing. Rolf ter Horst, Port of Rotterdam Authority"),
 (f"Talk 2 – {wd(2035,2,21)} 21 February 2035", "La Spezia, Centro Allende", "Rail freight from La Spezia to Central Europe", "Dr. Tomasz Wiśniewski-Brandt, Director of Intermodal Services, Contship Italia S.p.A.; Ing. Giorgio Bertolotti, Eastern Ligurian Sea Port System Authority"),
 (f"Talk 3 – {wd(2035,3,21)} 21 March 2035", "Savona, Campus of the University of Genoa", "Hydrogen and ammonia bunkering: what ports must prepare", "Prof. Dr. Loredana Magistri, University of Genoa; Dr. Íñigo Fernández de Arroyabe, Asturias Energy Cluster"),
 (f"Talk 4 – {wd(2035,4,18)} 18 April 2035", "Genoa, Palazzo San Giorgio", "Digital twins of port terminals", "Marco De Santis, CTO, Spinelli Terminal Digital S.r.l.; Anne-Sophie Vandenbroucke, Logistics in Wallonia cluster"),
 (f"Talk 5 – {wd(2035,5,16)} 16 May 2035", "La Spezia, Centro Allende", "Skills for the green port: new jobs and training paths", "Dott. Stefano Ghio, Accademia Italiana della Marina Mercantile; Cristina Álvarez-Miranda, Avilés Port Authority"),
 (f"Talk 6 – {wd(2035,6,13)} 13 June 2035", "Genoa, Magazzini del Cotone", "Closing talk: Ligurian ports in 2040", "Avv. Federico Lanza, President, Liguria Port & Logistics Cluster; followed by the season's closing reception"),
]
for d, place, title, sp in talks:
    p(d, h2); p('<b>' + place + '</b>'); p('<i>' + title + '</i>'); p('Speakers: ' + sp)
p('Practical information', h2)
p('Registration opens four weeks before each talk at www.lplc.example/porttalks. Places in the room are limited to 120. Certificates of attendance are issued to students of the University of Genoa, who can earn one credit for attending four talks. For questions, contact the cluster office: Elisa Ferrando, Events Coordinator, eventi@lplc.example, +39 010 000 5521.')
p('Past seasons', h2)
p('The 2034 season covered cold ironing, port cybersecurity, autonomous trucks, the new customs rules, women in maritime careers and the future of the cruise business. All twelve earlier talks can be watched again in the members area of the website, together with the slides of the speakers and a short written summary prepared by students of the master programme in maritime economics.')
p('About the cluster', h2)
p('The Liguria Port &amp; Logistics Cluster brings together 96 members: terminal operators, shipping agents, freight forwarders, shipyards, ICT companies, research centres and training institutions from the three Ligurian port systems. It is recognised by the Liguria Region as one of the regional innovation clusters and is a member of the Italian national technology cluster for transport, Cluster Trasporti Italia.')
doc.build(S)
C='Liguria Port & Logistics Cluster'
W1='Western Ligurian Sea Port System Authority'; E1='Eastern Ligurian Sea Port System Authority'
gold(F,
 [P('Valentina Parodi-Schiaffino','Head of Energy Planning',W1), P('Rolf ter Horst',None,'Port of Rotterdam Authority'),
  P('Tomasz Wiśniewski-Brandt','Director of Intermodal Services','Contship Italia S.p.A.'), P('Giorgio Bertolotti',None,E1),
  P('Loredana Magistri',None,'University of Genoa'), P('Íñigo Fernández de Arroyabe',None,'Asturias Energy Cluster'),
  P('Marco De Santis','CTO','Spinelli Terminal Digital S.r.l.'), P('Anne-Sophie Vandenbroucke',None,'Logistics in Wallonia'),
  P('Stefano Ghio',None,'Accademia Italiana della Marina Mercantile'), P('Cristina Álvarez-Miranda',None,'Avilés Port Authority'),
  P('Federico Lanza','President',C), P('Elisa Ferrando','Events Coordinator',C)],
 [O(C,'LPLC'), O(W1), O(E1), O('University of Genoa'), O('Liguria Region'), O('Genoa Chamber of Commerce'), O('Port of Rotterdam Authority'),
  O('Contship Italia S.p.A.'), O('Asturias Energy Cluster'), O('Spinelli Terminal Digital S.r.l.'), O('Logistics in Wallonia'),
  O('Accademia Italiana della Marina Mercantile'), O('Avilés Port Authority'), O('Cluster Trasporti Italia')],
 [E('PORT TALKS 2035','2035-01','2035-06',None,'Italy'),
  E('Shore power for cruise ships: two years of results','2035-01-24','2035-01-24','Genoa','Italy'),
  E('Rail freight from La Spezia to Central Europe','2035-02-21','2035-02-21','La Spezia','Italy'),
  E('Hydrogen and ammonia bunkering: what ports must prepare','2035-03-21','2035-03-21','Savona','Italy'),
  E('Digital twins of port terminals','2035-04-18','2035-04-18','Genoa','Italy'),
  E('Skills for the green port: new jobs and training paths','2035-05-16','2035-05-16','La Spezia','Italy'),
  E('Closing talk: Ligurian ports in 2040','2035-06-13','2035-06-13','Genoa','Italy')],
 ['2035-01/2035-06','2033','2034','2035-01-24','2035-02-21','2035-03-21','2035-04-18','2035-05-16','2035-06-13'])
