from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
F = 'g04_metz_materials_summit_programme.pdf'
assert wd(2040,6,12)=='Tuesday' and wd(2040,6,13)=='Wednesday' and wd(2040,6,14)=='Thursday' and wd(2040,5,18)=='Friday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
s = ParagraphStyle('s', fontName='DV', fontSize=8.6, leading=11)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=4)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=2)
P1 = [
 ('h1','Materials Transition Summit 2040'),
 ('s','Metz, France · Tuesday 12 – Thursday 14 June 2040 · Centre des Congrès Robert Schuman'),
 ('s','Organised by the Lorraine Advanced Materials Cluster (LAMC) with the Grand Est Regional Innovation Agency (Grand E-nov+) and the European Cluster Partnership "SteelCircle". Final programme, version of 18 May 2040 – subject to change.'),
 ('h2','Day 1 – Tuesday 12 June: Plenary day'),
 ('s','08:30 Registration and welcome coffee'),
 ('s','09:15 Opening: Hélène Marchetti-Vogt, President, Lorraine Advanced Materials Cluster; Franck Lemoine, Vice-President for Economic Development, Grand Est Region'),
 ('s','09:45 Keynote: "Green steel by 2045 – what is left to build?" – Dr Annika Strömberg, Chief Technology Officer, Nordvalla Steel AB'),
 ('s','10:30 Plenary 1: Hydrogen, scrap and electricity – the new input markets. Panel with Jean-Baptiste Kiefer (Fonderies de la Moselle), Ewa Nowicka-Duda (Polish Steel Association) and Matthias Breuer (Saarstahl Innovation GmbH). Moderator: Corinne Aubry, journalist, L’Usine Nouvelle'),
 ('s','12:15 Lunch and exhibition of member companies'),
 ('s','14:00 Plenary 2: Skills for the materials transition – presentation of the regional skills pact by Nadia Benhamou, Director, Grand E-nov+'),
 ('s','15:30 Pitch session: 10 start-ups, 4 minutes each, jury chaired by Olivier Thiriet, Partner, Lorraine Capital Ventures'),
 ('s','17:30 End of day 1'),
 ('s','19:00 Welcome reception at the Arsenal, offered by the City of Metz'),
 ('h2','Day 2 – Wednesday 13 June: Parallel workshops and gala'),
 ('s','09:00 Plenary 3: The EU Critical Raw Materials agenda seen from the regions – Giulia Ferraro-Lenz, Policy Officer, DG GROW, European Commission'),
 ('s','10:30 – 17:00 Parallel workshops (see page 2) and pre-arranged B2B meetings in the Salle Moselle, organised with Enterprise Europe Network Grand Est'),
 ('s','20:00 Gala dinner at the Abbaye des Prémontrés, Pont-à-Mousson – coaches leave the congress centre at 19:15. Award of the "Trophée Matériaux d’Avenir 2040".'),
 ('h2','Day 3 – Thursday 14 June: Site visits'),
 ('s','Three parallel visits, 08:30 – 13:30, departure by coach from the congress centre. Places are allocated in order of registration; see page 2.'),
 ('s','13:30 Closing lunch and conclusions by the Cluster’s Managing Director, Stéphane Grosdidier'),
 ('s','— 1 —'),
]
P2 = [
 ('h2','Parallel workshops – Wednesday 13 June'),
 ('s','<b>W1 · Circular steel and scrap quality</b> (10:30 – 12:30). Chair: Prof. Laurent Maas, Institut Jean Lamour (CNRS – Université de Lorraine). Cases from ArcelorMittal Florange and the recycler Ferrailles de l’Est.'),
 ('s','<b>W2 · Bio-based composites for mobility</b> (10:30 – 12:30). Chair: Dr Katrin Eisele, Fraunhofer Institute for Chemical Technology ICT. With Stellantis Trémery and the Belgian cluster Catalisti.'),
 ('s','<b>W3 · Digital twins of furnaces</b> (14:00 – 15:30). Chair: Marc Weber, Luxembourg Institute of Science and Technology (LIST).'),
 ('s','<b>W4 · Financing demonstrators</b> (14:00 – 15:30). With the European Investment Bank and Bpifrance. Chair: Sandrine Collignon, LAMC.'),
 ('s','<b>W5 · Cross-border skills Saar-Lor-Lux</b> (15:45 – 17:00). Chair: Thomas Ruppert, IHK Saarland.'),
 ('h2','Site visits – Thursday 14 June'),
 ('s','<b>V1</b> Hydrogen-ready rolling mill, Florange (safety shoes provided; max. 25).'),
 ('s','<b>V2</b> Composite pilot line of the IRT M2P, Metz Technopôle (max. 30).'),
 ('s','<b>V3</b> Ceramics lab of the École Nationale d’Ingénieurs de Metz (ENIM) (max. 20).'),
 ('h2','Practical information'),
 ('s','Venue: Centre des Congrès Robert Schuman, 100 rue aux Arènes, 57000 Metz. Metz-Ville station is a ten-minute walk (TGV from Paris-Est in 82 minutes; from Luxembourg 45 minutes).'),
 ('s','Fees: members EUR 290, non-members EUR 490, start-ups and students EUR 90. The fee covers the three days, lunches and the gala dinner.'),
 ('s','Registration closes on 1 June 2040. B2B profiles must be published on the matchmaking platform by 6 June 2040.'),
 ('s','Languages: French and English with simultaneous interpretation in the plenary hall; workshops in English.'),
 ('h2','Contact'),
 ('s','Summit team: Élodie Schaeffer, Events Manager, LAMC – summit@lamc.example.fr – +33 3 00 00 00 00'),
 ('s','Press: Baptiste Humbert, Communication Officer'),
 ('h2','Partners'),
 ('s','Grand E-nov+ · Région Grand Est · Eurométropole de Metz · Université de Lorraine · Enterprise Europe Network Grand Est · SteelCircle partners: Steel &amp; Metal Cluster Upper Austria, Silesian Metallurgy Cluster, Basque Foundry Cluster'),
 ('s','Co-funded by the European Union. The views expressed are those of the speakers only.'),
 ('s','— 2 —'),
]
doc = BaseDocTemplate(path(F), pagesize=A4, leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50)
W, H = A4
f1 = Frame(50, 50, W-100, H-100, id='one')
cw = (W-100-20)/2
fa = Frame(50, 50, cw, H-100, id='a'); fb = Frame(50+cw+20, 50, cw, H-100, id='b')
doc.addPageTemplates([PageTemplate(id='p1', frames=[f1]), PageTemplate(id='p2', frames=[fa, fb])])
st = {'s': s, 'h1': h1, 'h2': h2}
flow = [Paragraph(t, st[k]) for k, t in P1] + [NextPageTemplate('p2'), PageBreak()] + [Paragraph(t, st[k]) for k, t in P2]
doc.build(flow)
import pypdf
txt = '\n'.join(p.extract_text() for p in pypdf.PdfReader(path(F)).pages)
print(F, len(txt.split()), len(pypdf.PdfReader(path(F)).pages))
LAMC = "Lorraine Advanced Materials Cluster"
gold(F,
 [P("Hélène Marchetti-Vogt","President",LAMC),
  P("Franck Lemoine","Vice-President for Economic Development","Grand Est Region"),
  P("Annika Strömberg","Chief Technology Officer","Nordvalla Steel AB"),
  P("Jean-Baptiste Kiefer",None,"Fonderies de la Moselle"),
  P("Ewa Nowicka-Duda",None,"Polish Steel Association"),
  P("Matthias Breuer",None,"Saarstahl Innovation GmbH"),
  P("Corinne Aubry","journalist","L’Usine Nouvelle"),
  P("Nadia Benhamou","Director","Grand E-nov+"),
  P("Olivier Thiriet","Partner","Lorraine Capital Ventures"),
  P("Giulia Ferraro-Lenz","Policy Officer","DG GROW"),
  P("Stéphane Grosdidier","Managing Director","Lorraine Advanced Materials Cluster"),
  P("Laurent Maas","Chair","Institut Jean Lamour"),
  P("Katrin Eisele","Chair","Fraunhofer Institute for Chemical Technology"),
  P("Marc Weber","Chair","Luxembourg Institute of Science and Technology"),
  P("Sandrine Collignon","Chair","LAMC"),
  P("Thomas Ruppert","Chair","IHK Saarland"),
  P("Élodie Schaeffer","Events Manager","LAMC"),
  P("Baptiste Humbert","Communication Officer",None)],
 [O(LAMC,"LAMC"), O("Grand Est Regional Innovation Agency","Grand E-nov+"), O("SteelCircle"),
  O("Nordvalla Steel AB"), O("Fonderies de la Moselle"), O("Polish Steel Association"), O("Saarstahl Innovation GmbH"),
  O("L’Usine Nouvelle"), O("Lorraine Capital Ventures"), O("Grand Est Region"), O("City of Metz"), O("DG GROW"),
  O("European Commission"), O("Enterprise Europe Network Grand Est"), O("Institut Jean Lamour"), O("CNRS"),
  O("Université de Lorraine"), O("ArcelorMittal Florange"), O("Ferrailles de l’Est"),
  O("Fraunhofer Institute for Chemical Technology","ICT"), O("Stellantis Trémery"), O("Catalisti"),
  O("Luxembourg Institute of Science and Technology","LIST"), O("European Investment Bank"), O("Bpifrance"),
  O("IHK Saarland"), O("IRT M2P"), O("École Nationale d’Ingénieurs de Metz","ENIM"),
  O("Eurométropole de Metz"), O("Steel & Metal Cluster Upper Austria"), O("Silesian Metallurgy Cluster"),
  O("Basque Foundry Cluster"), O("European Union")],
 [E("Materials Transition Summit 2040","2040-06-12","2040-06-14","Metz","France"),
  E("Plenary 1: Hydrogen, scrap and electricity – the new input markets","2040-06-12",None,"Metz","France"),
  E("Plenary 2: Skills for the materials transition","2040-06-12",None,"Metz","France"),
  E("Pitch session","2040-06-12",None,"Metz","France"),
  E("Welcome reception","2040-06-12",None,"Metz","France"),
  E("Plenary 3: The EU Critical Raw Materials agenda seen from the regions","2040-06-13",None,"Metz","France"),
  E("B2B meetings","2040-06-13",None,"Metz","France"),
  E("Gala dinner","2040-06-13",None,"Pont-à-Mousson","France"),
  E("W1 · Circular steel and scrap quality","2040-06-13",None,"Metz","France"),
  E("W2 · Bio-based composites for mobility","2040-06-13",None,"Metz","France"),
  E("W3 · Digital twins of furnaces","2040-06-13",None,"Metz","France"),
  E("W4 · Financing demonstrators","2040-06-13",None,"Metz","France"),
  E("W5 · Cross-border skills Saar-Lor-Lux","2040-06-13",None,"Metz","France"),
  E("Site visits","2040-06-14",None,None,"France"),
  E("Closing lunch","2040-06-14",None,"Metz","France")],
 ["2040-06-12/2040-06-14","2040-05-18","2040-06-12","2040-06-13","2040-06-14","2040-06-01","2040-06-06",
  "2045"],  # third pass: keynote "Green steel by 2045" (a year standing as a date)
 [], pub="2040-05-18")
