from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, NextPageTemplate, PageBreak, FrameBreak
from reportlab.lib.styles import ParagraphStyle
F = 'g06_biorefine_consortium_newsletter.pdf'
assert wd(2040,6,5)=='Tuesday' and wd(2040,6,6)=='Wednesday' and wd(2040,9,20)=='Thursday' and wd(2040,10,16)=='Tuesday'
pdfmetrics.registerFont(TTFont('DV', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
n = ParagraphStyle('n', fontName='DV', fontSize=9.2, leading=12.2, spaceAfter=5)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=17, leading=21, spaceAfter=8)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=4)
sm = ParagraphStyle('sm', fontName='DV', fontSize=7.5, leading=9.5, spaceAfter=3)
def header(c, doc):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(40, 815, 'BIOREFINE-CLUSTERS · Consortium Newsletter No. 4 · June 2040')
    c.drawRightString(555, 20, 'Page %d of 2' % doc.page); c.restoreState()
W, H = A4
doc = BaseDocTemplate(path(F), pagesize=A4, leftMargin=40, rightMargin=40, topMargin=45, bottomMargin=40,
                      title='BIOREFINE-CLUSTERS Newsletter 4', author='BIOREFINE-CLUSTERS consortium')
one = Frame(40, 40, W-80, H-85, id='one')
c1 = Frame(40, 40, (W-80)/2-8, H-85, id='c1'); c2 = Frame(40+(W-80)/2+8, 40, (W-80)/2-8, H-85, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=header), PageTemplate('two', [c1, c2], onPage=header)])
S = []
P_ = lambda t, s=n: S.append(Paragraph(t, s))
P_('BIOREFINE-CLUSTERS Newsletter', h1)
P_('Issue No. 4 – June 2040 · Horizon Europe Coordination and Support Action · 36 months (October 2038 – September 2041)', sm)
P_('Editorial', h2)
P_('Dear readers, two years into the project, our twelve partners have moved from mapping to doing. In this issue you will find the conclusions of our general assembly in Pamplona, news from each partner region and the dates of our autumn events. Thank you to everyone who sent contributions – and apologies to those whose stories had to wait for issue five. <i>– Iñaki Etxeberria Goñi, project coordinator, Navarre Agrifood Cluster (NAGRIFOOD)</i>')
P_('General assembly in Pamplona', h2)
P_('The fourth general assembly of BIOREFINE-CLUSTERS took place on 5–6 June 2040 at the headquarters of the Navarre Agrifood Cluster in Pamplona. Forty-one participants reviewed the progress of the six regional biorefinery roadmaps and agreed to open the project’s training modules to non-partner clusters. On the second day, the partners visited the second-generation bioethanol demonstration plant run by CENER – National Renewable Energy Centre in Sangüesa and a vegetable processing company in Tudela that turns artichoke leaves into dietary fibre. Project officer Veronika Schulz from the European Research Executive Agency (REA) attended by video and reminded partners of the periodic report due at the end of September 2040.')
P_('Outcomes of the general assembly', h2)
for t in ['All six regional roadmaps will be validated by regional authorities before the end of 2040.',
          'The training modules on biorefinery business models will be opened to clusters outside the consortium from September 2040.',
          'A joint position paper on the revision of the bioeconomy strategy will be prepared under the lead of Flanders’ Bio-Economy Cluster.',
          'The final conference will be held in Ghent in June 2041.']:
    P_('• ' + t)
P_('Coming events', h2)
P_('20 September 2040 – BIOREFINE-CLUSTERS webinar “Financing small biorefineries”, online, 10:00–12:00 CET<br/>16–17 October 2040 – Matchmaking at the Bioeconomy Days, Tartu, Estonia<br/>November 2040 – Study visit to Upper Austria (dates to be confirmed)<br/>June 2041 – Final conference, Ghent, Belgium')
S.append(NextPageTemplate('two')); S.append(PageBreak())
P_('News from the partners', h1)
P_('Navarre (Spain)', h2)
P_('The Navarre Agrifood Cluster signed an agreement with the Government of Navarre to include biorefinery pilots in the regional innovation vouchers. Cluster manager Ainhoa Urrutia said that eight SMEs have already expressed interest.')
P_('Flanders (Belgium)', h2)
P_('Flanders’ Bio-Economy Cluster (FBEC) has welcomed four new members from the food processing sector. Its director Pieter Vandenbroucke presented the BIOREFINE-CLUSTERS roadmap at the Flemish Parliament in April 2040.')
P_('Tartu (Estonia)', h2)
P_('The Estonian University of Life Sciences opened a small pilot line for extracting proteins from rapeseed press cake. Researcher Kadri Tamm leads the tests with two local oil mills and will host the matchmaking in October.')
P_('Upper Austria', h2)
P_('Business Upper Austria – Cleantech-Cluster prepared a catalogue of 29 regional companies with biomass residues. Project manager Florian Hofer-Brandstätter is looking for partners in other regions for a joint survey.')
P_('Pomurje (Slovenia)', h2)
P_('The Pomurje Technology Park in Murska Sobota held two workshops with pumpkin seed oil producers on the use of press cake. Mojca Horvat, head of projects, reported that one producer is now selling the cake as a flour.')
P_('Ostrobothnia (Finland)', h2)
P_('The Regional Council of Ostrobothnia has included the project’s roadmap in its new regional programme. Development manager Johan Nyström thanked the partners for the peer review in March.')
S.append(FrameBreak())
P_('Central Macedonia (Greece)', h2)
P_('The Centre for Research and Technology Hellas (CERTH) and the Thessaloniki Agrifood Cluster organised a hackathon for students on valorising peach processing waste. The winning team proposed a natural colourant for yoghurts.')
P_('Podlaskie (Poland)', h2)
P_('The Podlaskie Food Cluster tested the training module on biorefinery business models with 22 dairy companies. According to cluster coordinator Agnieszka Zawadzka, whey valorisation was the most requested topic.')
P_('Partner list', h2)
P_('Navarre Agrifood Cluster – NAGRIFOOD (ES, coordinator) · Government of Navarre (ES) · CENER – National Renewable Energy Centre (ES) · Flanders’ Bio-Economy Cluster – FBEC (BE) · Estonian University of Life Sciences (EE) · Business Upper Austria – Cleantech-Cluster (AT) · Pomurje Technology Park (SI) · Regional Council of Ostrobothnia (FI) · Centre for Research and Technology Hellas – CERTH (GR) · Thessaloniki Agrifood Cluster (GR) · Podlaskie Food Cluster (PL) · European Biorefinery Cluster Alliance (BE)', sm)
P_('Editorial team', h2)
P_('Editor: Leire Ozcoidi, communication manager, Navarre Agrifood Cluster. Layout: Tiina Saar. Photos: partners’ archives. Next issue: December 2040.', sm)
P_('Subscribe or unsubscribe: newsletter@example-biorefine.eu', sm)
P_('Funded by the European Union. Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or the European Research Executive Agency. Neither the European Union nor the granting authority can be held responsible for them.', sm)
doc.build(S)
gold(F,
 [P('Iñaki Etxeberria Goñi','project coordinator','Navarre Agrifood Cluster'),
  P('Veronika Schulz','Project officer','European Research Executive Agency'),
  P('Ainhoa Urrutia','Cluster manager','Navarre Agrifood Cluster'),
  P('Pieter Vandenbroucke','director',"Flanders’ Bio-Economy Cluster"),
  P('Kadri Tamm','Researcher','Estonian University of Life Sciences'),
  P('Florian Hofer-Brandstätter','Project manager','Business Upper Austria – Cleantech-Cluster'),
  P('Mojca Horvat','head of projects','Pomurje Technology Park'),
  P('Johan Nyström','Development manager','Regional Council of Ostrobothnia'),
  P('Agnieszka Zawadzka','cluster coordinator','Podlaskie Food Cluster'),
  P('Leire Ozcoidi','communication manager','Navarre Agrifood Cluster'),
  P('Tiina Saar')],
 [O('Navarre Agrifood Cluster','NAGRIFOOD'), O('CENER – National Renewable Energy Centre','CENER'),
  O('European Research Executive Agency','REA'), O("Flanders’ Bio-Economy Cluster",'FBEC'), O('Government of Navarre'),
  O('Flemish Parliament'), O('Estonian University of Life Sciences'), O('Business Upper Austria – Cleantech-Cluster'),
  O('Pomurje Technology Park'), O('Regional Council of Ostrobothnia'), O('Centre for Research and Technology Hellas','CERTH'),
  O('Thessaloniki Agrifood Cluster'), O('Podlaskie Food Cluster'), O('European Biorefinery Cluster Alliance')],
 [E('fourth general assembly of BIOREFINE-CLUSTERS','2040-06-05','2040-06-06','Pamplona','Spain'),
  E('BIOREFINE-CLUSTERS webinar “Financing small biorefineries”','2040-09-20',None,None,None),
  E('Matchmaking at the Bioeconomy Days','2040-10-16','2040-10-17','Tartu','Estonia'),
  E('Study visit to Upper Austria','2040-11',None,None,'Austria'),
  E('Final conference','2041-06',None,'Ghent','Belgium'),
  E('hackathon',None,None,None,'Greece'),
  E('workshops with pumpkin seed oil producers',None,None,'Murska Sobota','Slovenia')],
 ['2040-06','2038-10/2041-09','2040-06-05/2040-06-06','2040-09','2040','2041-06','2040-09-20','2040-10-16/2040-10-17','2040-11','2040-04','2040-03','2040-12',
  '2040-10'],  # second pass: 'will host the matchmaking in October'
 ['All six regional roadmaps will be validated by regional authorities before the end of 2040',
  'The training modules on biorefinery business models will be opened to clusters outside the consortium from September 2040',
  'A joint position paper on the revision of the bioeconomy strategy will be prepared under the lead of Flanders’ Bio-Economy Cluster',
  'The final conference will be held in Ghent in June 2041'],
 pub='2040-06')
