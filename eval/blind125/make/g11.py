from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g11_saxony_anhalt_cluster_position_paper.pdf'
assert wd(2041,1,22)=='Tuesday' and wd(2041,2,12)=='Tuesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12, spaceAfter=3)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Clusters Saxony-Anhalt e.V. · Position paper · January 2041')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Position paper – clusters in the post-2041 cohesion policy', author='Clusters Saxony-Anhalt e.V.')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Clusters as partners of regional industrial transformation"),
("b","Position paper of Clusters Saxony-Anhalt e.V. on the programming of the European Regional Development Fund after 2041"),
("s","Adopted by the general assembly in Magdeburg on Tuesday 22 January 2041 · Published 29 January 2041 · Contact: Dr. Friederike Schulze-Lindemann, Managing Director, Clusters Saxony-Anhalt e.V., Breiter Weg 10, Magdeburg"),
("h2","Who we are"),
("b","Clusters Saxony-Anhalt e.V. is the umbrella association of 19 cluster organisations and networks in the German state of Saxony-Anhalt, among them the Chemistry and Plastics Cluster Central Germany, BioEconomy Cluster, the Automotive Cluster MAHREG and the hydrogen network HYPOS e.V. in Halle. Together our members represent more than 2,300 companies, most of them small and medium-sized, and 40 research institutes and universities, including the Otto von Guericke University Magdeburg and the Fraunhofer Institute for Microstructure of Materials and Systems IMWS."),
("h2","Why this paper"),
("b","The state government and the European Commission will start negotiating the next regional programme in the course of 2041. The current ERDF programme for Saxony-Anhalt 2035–2041 gave clusters a role mainly as organisers of events and information. Our members believe that in regions undergoing deep structural change, such as the former lignite areas around Zeitz and Bitterfeld, clusters can do much more: they can build new value chains, bring companies into research projects and help to recruit skilled workers."),
("b","This paper was prepared by a working group of the association under the lead of its Vice-Chair, Prof. Dr. Mehmet Kaya-Richter of the Anhalt University of Applied Sciences, and discussed at a members' workshop in Halle (Saale) on 4 December 2040. It takes into account the results of the association's member survey of autumn 2040, in which 14 of 19 cluster managers said that their funding ends within the next two years."),
("h2","Our main message"),
("b","Clusters are not a programme line of their own; they are a delivery partner for many parts of the regional programme. To play this role they need stable basic funding, simple rules and a seat at the table when priorities are set."),
]
p2 = [
("h2","Our recommendations"),
("b","1. Provide basic funding for cluster management for at least five years, linked to agreed results instead of annual applications"),
("b","2. Reserve part of the transition budget for cluster-led projects in the lignite regions"),
("b","3. Allow cluster organisations to act as intermediaries for small research and innovation vouchers"),
("b","4. Include the umbrella association as a member of the monitoring committee of the regional programme"),
("b","5. Support interregional cooperation with clusters in Poland and the Czech Republic through a dedicated call"),
("b","6. Use one simple set of indicators for all cluster projects, agreed with the clusters themselves"),
("h2","Our board"),
("b","Chair: Andreas Böttcher (Chemistry and Plastics Cluster Central Germany)<br/>Vice-Chair: Prof. Dr. Mehmet Kaya-Richter (Anhalt University of Applied Sciences)<br/>Treasurer: Katarzyna Nowak-Heinrich (MAHREG Automotive)<br/>Managing Director: Dr. Friederike Schulze-Lindemann"),
("h2","Next steps"),
("b","The association will present this paper to the Ministry of Economy, Tourism, Agriculture and Forestry of Saxony-Anhalt at a meeting on Tuesday 12 February 2041 and to the members of the Landtag's economic committee in March. It will also be sent to the Directorate-General for Regional and Urban Policy in Brussels. Comments from members and partners are welcome until 28 February 2041."),
("b","The annual cluster conference of the association, the Cluster Day Saxony-Anhalt, will take place on 15 May 2041 in Dessau-Roßlau and will be devoted to the next programming period. Earlier editions were held in Magdeburg (2039) and Halle (Saale) (2040)."),
("s","Clusters Saxony-Anhalt e.V. · Register of associations Magdeburg VR 0000 · www.clusters-sachsen-anhalt.example.de · This paper reflects the view of the association and not necessarily that of each member."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
C="Clusters Saxony-Anhalt e.V."
gold(F,
 [P("Friederike Schulze-Lindemann","Managing Director",C),
  P("Mehmet Kaya-Richter","Vice-Chair",C),
  P("Andreas Böttcher","Chair",C),
  P("Katarzyna Nowak-Heinrich","Treasurer",C)],
 [O(C), O("Chemistry and Plastics Cluster Central Germany"), O("BioEconomy Cluster"), O("Automotive Cluster MAHREG"),
  O("HYPOS e.V."), O("Otto von Guericke University Magdeburg"), O("Fraunhofer Institute for Microstructure of Materials and Systems","IMWS"),
  O("European Commission"), O("Anhalt University of Applied Sciences"),
  O("Ministry of Economy, Tourism, Agriculture and Forestry of Saxony-Anhalt"), O("Landtag's economic committee"),
  O("Directorate-General for Regional and Urban Policy")],
 [E("general assembly","2041-01-22",None,"Magdeburg","Germany"),
  E("members' workshop","2040-12-04",None,"Halle (Saale)","Germany"),
  E("meeting","2041-02-12",None,None,None),
  E("Cluster Day Saxony-Anhalt","2041-05-15",None,"Dessau-Roßlau","Germany"),
  E("Cluster Day Saxony-Anhalt (2039)","2039",None,"Magdeburg","Germany"),
  E("Cluster Day Saxony-Anhalt (2040)","2040",None,"Halle (Saale)","Germany")],
 ["2041-01","2041-01-22","2041-01-29","2041","2035/2041","2040-12-04","2040","2041-02-12","2041-03","2041-02-28","2041-05-15","2039"],
 ["Clusters are not a programme line of their own; they are a delivery partner for many parts of the regional programme. To play this role they need stable basic funding, simple rules and a seat at the table when priorities are set",
  "Provide basic funding for cluster management for at least five years, linked to agreed results instead of annual applications",
  "Reserve part of the transition budget for cluster-led projects in the lignite regions",
  "Allow cluster organisations to act as intermediaries for small research and innovation vouchers",
  "Include the umbrella association as a member of the monitoring committee of the regional programme",
  "Support interregional cooperation with clusters in Poland and the Czech Republic through a dedicated call",
  "Use one simple set of indicators for all cluster projects, agreed with the clusters themselves"],
 pub="2041-01-29")
