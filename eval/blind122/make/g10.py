from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g10_hainaut_euroclusters_results.pdf'
assert wd(2042,1,15)=='Wednesday' and wd(2041,6,3)=='Monday' and wd(2042,2,27)=='Thursday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'BATT-VALUE Euroclusters · Results brochure · January 2042')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='BATT-VALUE results brochure', author='Pôle Batteries Hainaut')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
('h1','BATT-VALUE: what 27 months of cluster cooperation did for battery SMEs'),
('s','Published 20 January 2042 by the BATT-VALUE consortium. Co-funded by the European Union under the Single Market Programme (Euroclusters). Editor: Élodie Vanderstraeten, Pôle Batteries Hainaut ASBL, Charleroi.'),
('h2','About the project'),
('b','BATT-VALUE was one of the Euroclusters selected in 2039 to help small and medium-sized firms take part in the European battery value chain. From 1 October 2039 to 31 December 2041 seven cluster organisations and two research partners offered SMEs financial support (up to EUR 60,000 per firm), training, and matchmaking with battery cell and pack manufacturers.'),
('b','The consortium was coordinated by Pôle Batteries Hainaut ASBL in Charleroi, Belgium. The other partners were: the Associação do Cluster Automóvel de Aveiro (ACAA), Portugal; Batterieforum Sachsen e.V., Dresden; Klaster Baterii Dolnośląskich, Wrocław; Swedish Electrification Cluster (SEC) in Skellefteå; Energy Storage Cluster Navarra (ESCN); and Cluster Mobilità Piemonte, Turin. Research partners were the University of Mons (UMONS) and the Fraunhofer Institute for Ceramic Technologies and Systems (Fraunhofer IKTS).'),
('h2','A word from the coordinator'),
('b','"When we started, most of the companies in our cluster had never spoken to a gigafactory," says Xavier Delhaye-Moreau, director of Pôle Batteries Hainaut. "Today 48 of them are qualified suppliers. That did not happen through calls for proposals alone; it happened because cluster managers picked up the phone." He thanks the project officer at the European Innovation Council and SMEs Executive Agency (EISMEA), Kristiina Laaksonen, for her flexibility during the supply crisis of 2040.'),
('h2','Key figures'),
('b','312 SMEs applied for support; 141 received financial support; 48 became qualified suppliers of battery manufacturers; 1,087 B2B meetings were organised at 11 events; 64 workers were retrained as battery technicians in Aveiro and Wrocław.'),
('h2','Main events'),
('b','The kick-off meeting took place in Charleroi on 14–15 November 2039. The partners then organised three editions of the BATT-VALUE Supplier Days: in Skellefteå (Monday 3 June 2041), in Aveiro (October 2040) and in Dresden (28–29 September 2041). A study visit of 22 SMEs to the gigafactories of northern Sweden followed the Skellefteå edition. The final event was held in Charleroi on Wednesday 15 January 2042 and brought together 210 participants.'),
]
p2 = [
('h2','Results by partner'),
('b','In Portugal, ACAA focused on retraining. Manager Rui Pedro Azevedo-Santos reports that the technician course will continue with regional funding. In Saxony, Dr. Friederike von Aschenbach (Batterieforum Sachsen) ran a testing voucher scheme used by 29 firms in the laboratories of Fraunhofer IKTS.'),
('b','In Lower Silesia, Klaster Baterii Dolnośląskich supported recycling start-ups; its president, Marek Zieliński-Wróbel, sees recycling as "the only part of the chain where Europe can still lead from the beginning." In Skellefteå, SEC connected Nordic cell makers with suppliers from the other regions. Its CEO, Linnea Bergqvist, chaired the jury of the BATT-VALUE innovation awards, presented at the final event.'),
('b','ESCN in Navarra and Cluster Mobilità Piemonte ran the matchmaking platform and the internationalisation activities, including a joint stand at The Battery Show Europe in Stuttgart in June 2041.'),
('h2','Lessons learnt'),
('b','• Financial support works best when it is combined with qualification audits by the buyer.'),
('b','• Cluster organisations need staff with technical knowledge of cell production, not only business advisers.'),
('b','• Matchmaking with large manufacturers must be prepared months in advance, with clear supplier requirements.'),
('b','• Retraining of workers from the combustion engine supply chain is possible in under six months.'),
('h2','Recommendations'),
('b','The consortium recommends that future Euroclusters calls:'),
('b','• allow a follow-up phase of at least 12 months for the most successful SMEs;'),
('b','• fund joint testing infrastructure of cluster members;'),
('b','• simplify the reporting on financial support to third parties.'),
('h2','What happens next'),
('b','Five partners have formed a European Strategic Cluster Partnership that will continue the Supplier Days. The next edition is planned in Turin on 27 February 2042. Contact: info@batt-value.example.eu'),
('s','Funded by the European Union. Views and opinions expressed are however those of the authors only and do not necessarily reflect those of the European Union or EISMEA. Neither the European Union nor the granting authority can be held responsible for them.'),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
PB="Pôle Batteries Hainaut ASBL"
gold(F,
 [P("Élodie Vanderstraeten","Editor",PB),
  P("Xavier Delhaye-Moreau","director","Pôle Batteries Hainaut"),
  P("Kristiina Laaksonen","project officer","European Innovation Council and SMEs Executive Agency"),
  P("Rui Pedro Azevedo-Santos","Manager","ACAA"),
  P("Friederike von Aschenbach",None,"Batterieforum Sachsen"),
  P("Marek Zieliński-Wróbel","president","Klaster Baterii Dolnośląskich"),
  P("Linnea Bergqvist","CEO","SEC")],
 [O(PB), O("Associação do Cluster Automóvel de Aveiro","ACAA"), O("Batterieforum Sachsen e.V."),
  O("Klaster Baterii Dolnośląskich"), O("Swedish Electrification Cluster","SEC"),
  O("Energy Storage Cluster Navarra","ESCN"), O("Cluster Mobilità Piemonte"), O("University of Mons","UMONS"),
  O("Fraunhofer Institute for Ceramic Technologies and Systems","Fraunhofer IKTS"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA"), O("European Union")],
 [E("kick-off meeting","2039-11-14","2039-11-15","Charleroi","Belgium"),
  E("BATT-VALUE Supplier Days","2041-06-03",None,"Skellefteå","Sweden"),
  E("BATT-VALUE Supplier Days","2040-10",None,"Aveiro","Portugal"),
  E("BATT-VALUE Supplier Days","2041-09-28","2041-09-29","Dresden","Germany"),
  E("study visit","2041-06",None,None,"Sweden"),
  E("final event","2042-01-15",None,"Charleroi","Belgium"),
  E("BATT-VALUE innovation awards","2042-01-15",None,"Charleroi","Belgium"),
  E("The Battery Show Europe","2041-06",None,"Stuttgart","Germany"),
  E("Supplier Days","2042-02-27",None,"Turin","Italy")],
 ["2042-01-20","2042-01","2039","2039-10-01/2041-12-31","2040","2039-11-14/2039-11-15","2041-06-03","2040-10",
  "2041-09-28/2041-09-29","2042-01-15","2041-06","2042-02-27"],
 ["Financial support works best when it is combined with qualification audits by the buyer",
  "Cluster organisations need staff with technical knowledge of cell production, not only business advisers",
  "Matchmaking with large manufacturers must be prepared months in advance, with clear supplier requirements",
  "Retraining of workers from the combustion engine supply chain is possible in under six months",
  "allow a follow-up phase of at least 12 months for the most successful SMEs",
  "fund joint testing infrastructure of cluster members",
  "simplify the reporting on financial support to third parties"],
 pub="2042-01-20")
