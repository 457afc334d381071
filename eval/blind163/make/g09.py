from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g09_neubrandenburg_rural_hydrogen_conference_report.pdf'
assert wd(2037,11,4)=='Wednesday' and wd(2037,11,5)=='Thursday' and wd(2038,3,10)=='Wednesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Rural Hydrogen Days 2037 · Conference report')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Rural Hydrogen Days 2037 – Conference report', author='Seenplatte Energy Cluster')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Rural Hydrogen Days 2037 – Conference report"),
("b","Neubrandenburg, Mecklenburg-Vorpommern, Germany · 4–5 November 2037"),
("s","Published by the Seenplatte Energy Cluster e.V. (SEC), Neubrandenburg, on 30 November 2037 · Editors: Dr. Friederike Hasselbach-Wendt, Ole Rathjens · Co-organisers: Hochschule Neubrandenburg, Landkreis Mecklenburgische Seenplatte, Baltic Hydrogen Regions Network (BHRN)"),
("h2","Why rural hydrogen?"),
("b","Mecklenburg-Vorpommern produces far more wind and solar power than it uses, and on windy days the grid cannot take it. The Rural Hydrogen Days were set up in 2035 to discuss how small electrolysers in villages, farms and industrial estates could turn that surplus into hydrogen and heat, and what this would mean for local companies. The third edition gathered 236 participants from nine countries of the Baltic Sea Region in the Hochschule Neubrandenburg and the Neubrandenburg Konzertkirche."),
("h2","Programme highlights"),
("b","On Wednesday 4 November 2037 the conference was opened by Landrat Thomas Müller-Krakow of the Landkreis Mecklenburgische Seenplatte and by Dr. Friederike Hasselbach-Wendt, chair of the cluster's board. Sessions on grids, on local ownership and on hydrogen for heavy transport followed. The keynote came from Kristiina Laur, energy director of the Estonian municipality of Saaremaa, who described the island's hydrogen ferry project. In the evening participants met at the conference dinner in the Konzertkirche."),
("b","Thursday 5 November 2037 was given over to four parallel workshops and a field trip to the electrolyser of the Agrargenossenschaft Friedland eG, where surplus wind power is turned into hydrogen for the cooperative's tractors and lorries. A group of 30 participants also visited the hydrogen filling station of Stadtwerke Neubrandenburg."),
("h2","The edition in numbers"),
("b","• 236 participants, 41 speakers, 9 countries<br/>• 64 B2B meetings booked through the matchmaking platform<br/>• 58 % of participants from companies, 22 % from research, 20 % from public bodies"),
("h2","Past and next editions"),
("b","2035 – Neubrandenburg, 12–13 November · 2036 – Szczecin (Poland), 9–10 November, hosted by the West Pomeranian Hydrogen Valley association · 2037 – Neubrandenburg, 4–5 November · 2038 – Kalmar (Sweden), dates to be announced"),
]
p2 = [
("h2","Conclusions"),
("b","1. Small electrolysers are ready for use in rural areas, but their business case depends on cheap surplus power and on a local user for the heat"),
("b","2. Agricultural cooperatives are the most promising early owners, because they combine land, power production and vehicles"),
("b","3. Grid operators and municipalities still plan separately; there is no regional map of where hydrogen could be produced and used"),
("b","4. Skilled workers for the installation and maintenance of electrolysers are scarce throughout the Baltic Sea Region"),
("h2","Recommendations"),
("b","1. The Land Mecklenburg-Vorpommern should fund a regional hydrogen map together with the grid operators by the end of 2038"),
("b","2. Clusters around the Baltic should set up a common training scheme for electrolyser technicians"),
("b","3. Funding programmes should allow cooperatives and municipal utilities to apply as one consortium"),
("b","4. The next edition should give more room to small companies and less to large utilities"),
("h2","Voices from the conference"),
("b","“For a farm like ours, hydrogen is not a climate project, it is a way to stop paying for diesel,” said Bernd Pahlke, board member of the Agrargenossenschaft Friedland eG."),
("b","“Our students want to work in this field – but only if the jobs stay here,” added Prof. Dr. Sabine Ahrens-Wolter, rector of the Hochschule Neubrandenburg."),
("h2","Follow-up"),
("b","The cluster will present these conclusions to the Ministry for Economy, Infrastructure, Tourism and Labour of Mecklenburg-Vorpommern at a round table in Schwerin on Wednesday 10 March 2038. A working group of BHRN members, coordinated by Ole Rathjens (SEC), will prepare the training scheme."),
("h2","Thanks"),
("b","The organisers thank the Interreg South Baltic programme and the sponsors Stadtwerke Neubrandenburg and Nordex Service GmbH. Photos: SEC / Mira Janke."),
("s","Seenplatte Energy Cluster e.V. · Brodaer Straße 2, 17033 Neubrandenburg · info@sec.example.de"),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
C="Seenplatte Energy Cluster e.V."
gold(F,
 [P("Friederike Hasselbach-Wendt","chair of the cluster's board",C),
  P("Ole Rathjens",None,"SEC"),
  P("Thomas Müller-Krakow","Landrat","Landkreis Mecklenburgische Seenplatte"),
  P("Kristiina Laur","energy director","municipality of Saaremaa"),
  P("Bernd Pahlke","board member","Agrargenossenschaft Friedland eG"),
  P("Sabine Ahrens-Wolter","rector","Hochschule Neubrandenburg"),
  P("Mira Janke",None,None)],
 [O(C,"SEC"), O("Hochschule Neubrandenburg"), O("Landkreis Mecklenburgische Seenplatte"),
  O("Baltic Hydrogen Regions Network","BHRN"), O("municipality of Saaremaa"), O("Agrargenossenschaft Friedland eG"),
  O("Stadtwerke Neubrandenburg"), O("West Pomeranian Hydrogen Valley"), O("Land Mecklenburg-Vorpommern"),
  O("Ministry for Economy, Infrastructure, Tourism and Labour of Mecklenburg-Vorpommern"), O("Nordex Service GmbH")],
 [E("Rural Hydrogen Days 2037","2037-11-04","2037-11-05","Neubrandenburg","Germany"),
  E("conference dinner","2037-11-04",None,"Neubrandenburg","Germany"),
  E("field trip to the electrolyser of the Agrargenossenschaft Friedland eG","2037-11-05",None,None,"Germany"),
  E("visited the hydrogen filling station of Stadtwerke Neubrandenburg","2037-11-05",None,"Neubrandenburg","Germany"),
  E("Rural Hydrogen Days (2035 edition)","2035-11-12","2035-11-13","Neubrandenburg","Germany"),
  E("Rural Hydrogen Days (2036 edition)","2036-11-09","2036-11-10","Szczecin","Poland"),
  E("Rural Hydrogen Days (2038 edition)","2038",None,"Kalmar","Sweden"),
  E("round table","2038-03-10",None,"Schwerin","Germany")],
 ["2037-11-04/2037-11-05","2037-11-30","2035","2037-11-04","2037-11-05","2035-11-12/2035-11-13","2036-11-09/2036-11-10",
  "2038","2038-03-10"],
 ["Small electrolysers are ready for use in rural areas, but their business case depends on cheap surplus power and on a local user for the heat",
  "Agricultural cooperatives are the most promising early owners, because they combine land, power production and vehicles",
  "Grid operators and municipalities still plan separately; there is no regional map of where hydrogen could be produced and used",
  "Skilled workers for the installation and maintenance of electrolysers are scarce throughout the Baltic Sea Region",
  "The Land Mecklenburg-Vorpommern should fund a regional hydrogen map together with the grid operators by the end of 2038",
  "Clusters around the Baltic should set up a common training scheme for electrolyser technicians",
  "Funding programmes should allow cooperatives and municipal utilities to apply as one consortium",
  "The next edition should give more room to small companies and less to large utilities"],
 pub="2037-11-30")
