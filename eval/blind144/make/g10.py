from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g10_ajaccio_cluster_governance_report.pdf'
assert wd(2041,6,27)=='Thursday' and wd(2041,9,26)=='Thursday' and wd(2041,11,21)=='Thursday' and wd(2041,7,15)=='Monday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Isula Energia Cluster · Annual Report 2040–2041 · Chapter 2: Governance and people')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Annual Report 2040-2041 - Governance and people', author='Isula Energia Cluster')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Chapter 2 – Governance and people"),
("s","Isula Energia Cluster (association loi 1901), Ajaccio · Annual Report 2040–2041 · Approved by the Board on 15 July 2041"),
("h2","A year of renewal"),
("b","The financial year 2040–2041 was the cluster's tenth and brought the largest change in its governance since it was founded in Ajaccio in 2031. The Ordinary General Assembly, held on Thursday 27 June 2041 at the Università di Corsica Pasquale Paoli in Corte, elected a new Board of twelve members, approved the accounts and adopted the roadmap for 2041–2045. Eighty-two of the 109 members took part, the highest turnout so far."),
("b","The outgoing President, Jean-Baptiste Santucci, did not stand again after two terms. A former director of the island's electricity distribution centre, he led the cluster through the opening of the Corsican hydrogen demonstrator and the first joint tender for solar carports. The assembly elected him honorary president."),
("h2","The Board elected on 27 June 2041"),
("b","President: Marie-Antoinette Leca-Giacobbi, Managing Director, SolarCorsica SAS<br/>"
     "Vice-President (research): Prof. Paul-Antoine Mattei, Università di Corsica Pasquale Paoli<br/>"
     "Vice-President (industry): Rémi Benhamou, Head of Operations Corsica, EDF Systèmes Énergétiques Insulaires (EDF SEI)<br/>"
     "Treasurer: Isabelle Fontana, partner, Cabinet Fontana Expertise, Bastia<br/>"
     "Secretary: Karim Oulmi, founder, Maquis Mobility<br/>"
     "Other members: Collectivité de Corse (represented by Ghjuvanni Pieri, Head of the Energy Department), Agence d'Aménagement durable, d'Urbanisme et d'Énergie de la Corse (AUE), CCI de Corse, Office de l'Environnement de la Corse, Corsica Ferries Technical Services, Biomassa Isulana SARL, and one seat for start-ups held by Lena Schwarzkopf (WaveLoop Corsica)."),
("b","The new President said the cluster would \"stop talking about the island as a laboratory and start selling what works here to other islands\". Her first visit abroad was to the Balearic Islands Energy Cluster in Palma from 25 to 26 September 2041."),
]
p2 = [
("h2","The team"),
("b","The cluster office in Ajaccio has six staff. Laetitia Casanova-Orsini has been Cluster Manager since 2036; before that she worked at ADEC, the Corsican economic development agency. Andrea Bianchi, an Italian engineer from Livorno, joined in March 2041 as Project Manager for the Interreg Italy–France Maritime projects. Nathalie Ferrandi is Member Relations Officer and Yannick Le Goff Communication Officer. Two apprentices from the IUT de Corse support the events team."),
("h2","New members"),
("b","Eleven organisations joined the cluster during the year, among them Hydrogène de Balagne SAS in Calvi, the Lycée professionnel Jules Antonini in Ajaccio, the Municipality of Porto-Vecchio and the Sardinian cluster Sardegna Energie Rinnovabili, which becomes the first associate member from outside Corsica."),
("h2","Key takeaways from the members' survey"),
("b","The survey ran from 2 May to 31 May 2041 and received 71 answers. The main takeaways were:"),
("b","• Members value the cluster most for access to public buyers and to the Collectivité de Corse"),
("b","• Small firms want shorter meetings held outside Ajaccio, in Bastia, Porto-Vecchio and Corte"),
("b","• Two thirds of members want the cluster to lead joint bids for EU projects rather than only advise on them"),
("b","• Training for installers is the service most often requested"),
("h2","Dates to remember"),
("b","21–22 November 2041: Isula Energia Days, 6th edition, Bastia (the 5th edition was held in Porto-Vecchio in 2040).<br/>"
     "Board meetings: every second Thursday of the month, in Ajaccio or online."),
("s","Contact: Isula Energia Cluster, Immeuble Castellani, 20000 Ajaccio · contact@isulaenergia.example.fr · The cluster is supported by the Collectivité de Corse and the French State (France 2030). Photo credits: Petru Rocca."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
I = "Isula Energia Cluster"
gold(F,
 [P("Jean-Baptiste Santucci","honorary president",I),
  P("Marie-Antoinette Leca-Giacobbi","President",I),
  P("Paul-Antoine Mattei","Vice-President (research)",I),
  P("Rémi Benhamou","Vice-President (industry)",I),
  P("Isabelle Fontana","Treasurer",I),
  P("Karim Oulmi","Secretary",I),
  P("Ghjuvanni Pieri","Head of the Energy Department","Collectivité de Corse"),
  P("Lena Schwarzkopf","member",I),
  P("Laetitia Casanova-Orsini","Cluster Manager",I),
  P("Andrea Bianchi","Project Manager",I),
  P("Nathalie Ferrandi","Member Relations Officer",I),
  P("Yannick Le Goff","Communication Officer",I),
  P("Petru Rocca",None,None)],
 [O(I,None), O("Università di Corsica Pasquale Paoli"), O("SolarCorsica SAS"),
  O("EDF Systèmes Énergétiques Insulaires","EDF SEI"), O("Cabinet Fontana Expertise"), O("Maquis Mobility"),
  O("Collectivité de Corse"), O("Agence d'Aménagement durable, d'Urbanisme et d'Énergie de la Corse","AUE"),
  O("CCI de Corse"), O("Office de l'Environnement de la Corse"), O("Corsica Ferries Technical Services"),
  O("Biomassa Isulana SARL"), O("WaveLoop Corsica"), O("Balearic Islands Energy Cluster"), O("ADEC"),
  O("IUT de Corse"), O("Hydrogène de Balagne SAS"), O("Lycée professionnel Jules Antonini"),
  O("Municipality of Porto-Vecchio"), O("Sardegna Energie Rinnovabili"), O("French State")],
 [E("Ordinary General Assembly","2041-06-27",None,"Corte","France"),
  E("visit abroad","2041-09-25","2041-09-26","Palma","Spain"),
  E("Isula Energia Days, 6th edition","2041-11-21","2041-11-22","Bastia","France"),
  E("Isula Energia Days (2040)","2040",None,"Porto-Vecchio","France")],
 ["2040/2041","2041-07-15","2031","2041-06-27","2041/2045","2041-09-25/2041-09-26","2036","2041-03","2041-05-02/2041-05-31","2041-11-21/2041-11-22","2040"],
 ["Members value the cluster most for access to public buyers and to the Collectivité de Corse",
  "Small firms want shorter meetings held outside Ajaccio, in Bastia, Porto-Vecchio and Corte",
  "Two thirds of members want the cluster to lead joint bids for EU projects rather than only advise on them",
  "Training for installers is the service most often requested"],
 pub="2041-07-15")
