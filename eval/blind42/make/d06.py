from common import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak, NextPageTemplate
from reportlab.lib.styles import getSampleStyleSheet
fname = "WalSpace_Who-we-are_leaflet_2034.pdf"
ss = getSampleStyleSheet(); N = ss['BodyText']; H = ss['Heading2']; T = ss['Title']
W, Ht = A4
def deco(c, d):
    c.saveState(); c.setFont('Helvetica', 8)
    c.drawString(40, Ht-30, "WalSpace ASBL – Who we are – Edition 2034")
    c.drawRightString(W-40, 25, f"{d.page}")
    c.restoreState()
doc = BaseDocTemplate(f"{B}/docs/{fname}", pagesize=A4)
top = Frame(40, Ht-200, W-80, 150, id='top')
l = Frame(40, 50, (W-100)/2, Ht-260, id='l'); r = Frame(60+(W-100)/2, 50, (W-100)/2, Ht-260, id='r')
full = Frame(40, 50, W-80, Ht-100, id='full')
doc.addPageTemplates([PageTemplate('two', [top, l, r], onPage=deco), PageTemplate('one', [full], onPage=deco)])
S = []
S += [Paragraph("Who we are", T),
 Paragraph("WalSpace ASBL is the space technology cluster of Wallonia. Created in 2016 in Liège, it gathers 78 members: satellite and instrument makers, ground-segment software companies, test centres, universities and downstream service providers. We help them win contracts with the European Space Agency and in commercial markets, build consortia and find skilled people.", N),
 FrameBreak()]
left = [("Management team",None),
 ("Dr. Amélie Lecocq – Director","She has led WalSpace since 2030. Before that she managed optical payload programmes at the Centre Spatial de Liège for twelve years."),
 ("Benoît Vanderborght – Deputy Director and Head of Business Development","ESA and defence markets, export missions."),
 ("Sofia Kapetanaki – Project Manager, Downstream & Earth Observation","Leads the EO4Agri user group and the hackathon with the Walloon agricultural research centre."),
 ("Nicolas Delhaye – Talent & Skills Officer","Internships, the space PhD network, job board."),
 ("Fatou Diop-Marchal – Office and Finance Manager",None)]
for h,tx in left:
    S.append(Paragraph(h, H if tx is None and h=="Management team" else ss['Heading4']))
    if tx: S.append(Paragraph(tx, N))
S.append(FrameBreak())
right = [("Board of Directors",None),
 ("President: Jean-Luc Poncelet, CEO, Orbilux SA",None),
 ("Vice-President: Prof. Marie-Christine Halleux, Université de Liège",None),
 ("Treasurer: Grégory Lambotte, CFO, Mosane Antennas SRL",None),
 ("Members: Aline Dubuisson (Hesbaye Avionics SA), Raf De Smedt (Ardenne Ground Systems SRL), Yasmina El Amrani (Skywal SRL), Emmanuel Thiry (Condroz Test Centre SA). The Walloon public service SPW Economie Emploi Recherche attends as observer.",None),
 ("What we offer",None),
 ("Market intelligence on ESA calls and the EU Space Programme; partner searches; collective stands at trade fairs; training with the Université de Liège and UCLouvain; a yearly members' day.",None)]
for h,tx in right:
    S.append(Paragraph(h, H if h in ("Board of Directors","What we offer") else N))
S.append(NextPageTemplate('one'))
S.append(FrameBreak())
S += [Paragraph("Our year 2034 in brief", H),
 Paragraph("In 2034 WalSpace members signed 31 new ESA contracts. We led a delegation of 14 companies to the Space Symposium in Colorado Springs (8–11 April 2034) and held our Members' Day on 26 June 2034 at the Euro Space Center in Transinne. The Board was renewed at the General Assembly of 14 May 2034; Jean-Luc Poncelet succeeded Hugues Marlier, President from 2028 to 2034.", N),
 Spacer(1,8), Paragraph("Our members", H),
 Paragraph("Two thirds of our members are SMEs with fewer than 50 employees. They build star trackers, antennas, thermal subsystems and test equipment, write flight and ground software, and turn satellite data into services for farmers, insurers and cities. Ten research groups and three training centres complete the network. Membership is open to any organisation with an activity in Wallonia; the fee depends on the number of employees.", N),
 Spacer(1,8), Paragraph("How we work", H),
 Paragraph("The team works in three lines: business (market intelligence, missions, stands), projects (consortia for ESA, EU and regional calls) and people (skills, internships, recruitment). Each member has a contact person in the team who knows its products and plans. Members decide the priorities each year at the General Assembly; the Board follows the work programme and the budget. Thematic groups on Earth observation, small satellites and ground segment meet every quarter and are open to all members.", N),
 Spacer(1,8), Paragraph("Coming up", H),
 Paragraph("WalSpace Days 2035 – 12 and 13 March 2035, Liège Expo. Call for exhibitors open until 15 January 2035.", N),
 Spacer(1,8), Paragraph("Contact: WalSpace ASBL, Rue de l'Espace 00, 4000 Liège – info@walspace.example", N)]
doc.build(S)
save(fname, None, None, write=False,
 people=[P("Amélie Lecocq","Director","WalSpace ASBL"),
  P("Benoît Vanderborght","Deputy Director and Head of Business Development","WalSpace ASBL"),
  P("Sofia Kapetanaki","Project Manager, Downstream & Earth Observation","WalSpace ASBL"),
  P("Nicolas Delhaye","Talent & Skills Officer","WalSpace ASBL"),
  P("Fatou Diop-Marchal","Office and Finance Manager","WalSpace ASBL"),
  P("Jean-Luc Poncelet","President","WalSpace ASBL"),
  P("Marie-Christine Halleux","Vice-President","WalSpace ASBL"),
  P("Grégory Lambotte","Treasurer","WalSpace ASBL"),
  P("Aline Dubuisson",None,"Hesbaye Avionics SA"),
  P("Raf De Smedt",None,"Ardenne Ground Systems SRL"),
  P("Yasmina El Amrani",None,"Skywal SRL"),
  P("Emmanuel Thiry",None,"Condroz Test Centre SA"),
  P("Hugues Marlier",None,"WalSpace ASBL")],
 orgs=[O("WalSpace ASBL","WalSpace"),O("European Space Agency","ESA"),O("Centre Spatial de Liège"),
  O("Orbilux SA"),O("Université de Liège"),O("Mosane Antennas SRL"),O("Hesbaye Avionics SA"),
  O("Ardenne Ground Systems SRL"),O("Skywal SRL"),O("Condroz Test Centre SA"),O("SPW Economie Emploi Recherche"),
  O("UCLouvain")],
 events=[E("Space Symposium","2034-04-08","2034-04-11","Colorado Springs","United States"),
  E("Members' Day","2034-06-26",None,"Transinne","Belgium"),
  E("General Assembly","2034-05-14"),
  E("WalSpace Days 2035","2035-03-12","2035-03-13","Liège","Belgium")],
 dates=["2016","2030","2034","2034-04-08/2034-04-11","2034-06-26","2034-05-14","2028/2034","2035-03-12/2035-03-13","2035-01-15"])
