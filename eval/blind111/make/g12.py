from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import textwrap
F = 'g12_delta_awards_ceremony.pdf'
assert wd(2041,9,26)=='Thursday' and wd(2041,9,27)=='Friday'
pdfmetrics.registerFont(TTFont('DV', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
p1 = [
("B","Black Sea & Danube Delta Cluster Awards 2041 – Winners announced"),
("T","Press release · Tulcea, 29 September 2041 · Danube Delta Cluster Network (DDCN)"),
("T",""),
("P","The winners of the Black Sea & Danube Delta Cluster Awards 2041 were announced on the evening of Thursday 26 September 2041 at the award ceremony of the Delta Clusters Conference, held on 26–27 September 2041 at the Delta Conference Centre in Tulcea, Romania. Around 300 guests from Romania, Bulgaria, Moldova, Ukraine and Greece attended the ceremony, which closed the first day of the conference."),
("P","The awards were presented by Cristina Mocanu, Secretary of State at the Ministry of Economy, Entrepreneurship and Tourism, and Dimitrios Karalis, Head of Unit at the European Commission's Directorate-General for Regional and Urban Policy (DG REGIO). The evening was hosted by journalist Andrei Popovici of TVR Iași."),
("P","An international jury of seven members assessed 46 applications from 31 cluster organisations. The jury was chaired by Prof. Elena Vasilescu, rector of Dunărea de Jos University of Galați. Other jury members included Jakub Nowicki (European Clusters Alliance), Marina Rusu (Organisation for the Development of Entrepreneurship of Moldova) and Hristo Georgiev (Bulgarian Association of Clusters)."),
("P","\"These clusters show that a region at the edge of the Union can be at the heart of its industrial policy,\" said Cristina Mocanu. Dimitrios Karalis added that three of the winning projects were financed under the Interreg NEXT Black Sea Basin programme."),
("P","The conference continued on Friday 27 September with sessions on blue economy value chains, the modernisation of the Port of Constanța, and a panel on cluster policy in the Black Sea macro-region. Its conclusions will be submitted to the Black Sea Economic Cooperation (BSEC) ministerial meeting in Chișinău in December 2041."),
("P","The awards are organised every two years by the Danube Delta Cluster Network with the Tulcea County Council and the Romanian Cluster Association (CLUSTERO). Previous editions were held in Constanța in 2037 and in Galați in 2039. The 2041 edition received the largest number of applications so far, with a third of them from outside Romania."),
("P","Winners receive a trophy made by glass artists from the Danube Delta and a prize of 5,000 euro for a study visit or a joint activity with another European cluster. All finalists will be presented in a special exhibition at the Tulcea County Museum until the end of October."),
("P","Media contact: Ioana Chiriac, communication officer, DDCN – press@ddcn.example – +40 240 000 321"),
]
cards = [
("Cluster of the Year","Danube Fish & Aquaculture Cluster","Tulcea, Romania","Accepted by Mihai Stoica, President"),
("Cluster Manager of the Year","Svetla Angelova","Varna Maritime Cluster, Bulgaria","For ten years of cluster management"),
("Best Cross-Border Project","DeltaSmart Villages","Odesa Agri Cluster and Tulcea ICT Cluster","Accepted by Olena Kravets"),
("Green Transition Award","Reed Insulation Cluster","Sfântu Gheorghe, Romania","Accepted by Radu Ene, Cluster Manager"),
("Digital Award","Galați Software Cluster","Galați, Romania","Accepted by Laura Dinu, Executive Director"),
("Young Cluster Award","Cahul Wine Cluster","Cahul, Moldova","Accepted by Victor Ceban, Coordinator"),
("Women in Clusters","Nikoleta Papadaki","Thessaloniki Agri-Food Cluster","Innovation Manager"),
("Public Partner Award","Tulcea County Council","Romania","Accepted by Florin Mitrea, President"),
("Jury's Special Mention","Sulina Tourism Cluster","Sulina, Romania","For the eco-tourism charter"),
]
c = canvas.Canvas(path(F), pagesize=A4)
W,H = A4
def header(pg):
    c.setFont('DV',8); c.drawString(40,H-30,"DDCN · Black Sea & Danube Delta Cluster Awards 2041"); c.drawRightString(W-40,30,f"{pg} / 2")
header(1)
y = H-70
for k,t in p1:
    if k=="B":
        c.setFont('DVB',15); c.drawString(40,y,t); y-=24; continue
    c.setFont('DV',9)
    for line in (textwrap.wrap(t,100) or [""]):
        c.drawString(40,y,line); y-=13
    y-=6
c.showPage(); header(2)
c.setFont('DVB',13); c.drawString(40,H-65,"The winners")
cw,chh = (W-80-20)/3, 150
for i,(cat,win,where,who) in enumerate(cards):
    r,col = divmod(i,3)
    x = 40+col*(cw+10); yt = H-90-r*(chh+12)
    c.rect(x,yt-chh,cw,chh)
    c.setFont('DVB',8.5); c.drawString(x+8,yt-18,cat)
    yy = yt-38
    for part in [win, where, who]:
        c.setFont('DV',8)
        for ln in textwrap.wrap(part,30):
            c.drawString(x+8,yy,ln); yy-=12
        yy-=4
c.setFont('DV',8); c.drawString(40,80,"Photos of the ceremony: Sorin Manole / DDCN. Full jury report available at ddcn.example/awards2041.")
c.drawString(40,68,"Danube Delta Cluster Network · Str. Isaccei 8, 820161 Tulcea, Romania")
c.save()
gold(F,
 [P("Cristina Mocanu","Secretary of State","Ministry of Economy, Entrepreneurship and Tourism"),
  P("Dimitrios Karalis","Head of Unit","Directorate-General for Regional and Urban Policy"),
  P("Andrei Popovici","journalist","TVR Iași"),
  P("Elena Vasilescu","rector","Dunărea de Jos University of Galați"),
  P("Jakub Nowicki",None,"European Clusters Alliance"),
  P("Marina Rusu",None,"Organisation for the Development of Entrepreneurship of Moldova"),
  P("Hristo Georgiev",None,"Bulgarian Association of Clusters"),
  P("Ioana Chiriac","communication officer","DDCN"),
  P("Mihai Stoica","President","Danube Fish & Aquaculture Cluster"),
  P("Svetla Angelova",None,"Varna Maritime Cluster"),
  P("Olena Kravets"), P("Radu Ene","Cluster Manager","Reed Insulation Cluster"),
  P("Laura Dinu","Executive Director","Galați Software Cluster"),
  P("Victor Ceban","Coordinator","Cahul Wine Cluster"),
  P("Nikoleta Papadaki","Innovation Manager","Thessaloniki Agri-Food Cluster"),
  P("Florin Mitrea","President","Tulcea County Council"), P("Sorin Manole",None,"DDCN")],
 [O("Danube Delta Cluster Network","DDCN"), O("Ministry of Economy, Entrepreneurship and Tourism"),
  O("European Commission"), O("Directorate-General for Regional and Urban Policy","DG REGIO"), O("TVR Iași"),
  O("Dunărea de Jos University of Galați"), O("European Clusters Alliance"),
  O("Organisation for the Development of Entrepreneurship of Moldova"), O("Bulgarian Association of Clusters"),
  O("Black Sea Economic Cooperation","BSEC"), O("Tulcea County Council"), O("Romanian Cluster Association","CLUSTERO"),
  O("Danube Fish & Aquaculture Cluster"), O("Varna Maritime Cluster"), O("Odesa Agri Cluster"), O("Tulcea ICT Cluster"),
  O("Reed Insulation Cluster"), O("Galați Software Cluster"), O("Cahul Wine Cluster"),
  O("Thessaloniki Agri-Food Cluster"), O("Sulina Tourism Cluster")],
 [E("Black Sea & Danube Delta Cluster Awards 2041","2041-09-26",None,"Tulcea","Romania"),
  E("Delta Clusters Conference","2041-09-26","2041-09-27","Tulcea","Romania"),
  E("Black Sea Economic Cooperation (BSEC) ministerial meeting","2041-12",None,"Chișinău","Moldova"),
  E("Black Sea & Danube Delta Cluster Awards (2037 edition)","2037","2037","Constanța","Romania"),
  E("Black Sea & Danube Delta Cluster Awards (2039 edition)","2039","2039","Galați","Romania")],
 ["2041-09-29","2041-09-26","2041-09-26/2041-09-27","2041-09-27","2041-12","2037","2039","2041-10"],
 [], pub="2041-09-29")
