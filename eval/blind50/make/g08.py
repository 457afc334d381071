from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer
from reportlab.lib.styles import getSampleStyleSheet
doc = 'RBVL-2034_Speakers.pdf'
W, Hh = A4
ss = getSampleStyleSheet(); n = ss['Normal']; h2 = ss['Heading3']; h1 = ss['Heading1']
def hdr(c, d):
    c.saveState(); c.setFont('Helvetica', 8)
    c.drawString(40, Hh-30, 'Rencontres BioProduction Val de Loire 2034 · Tours, 27–28 June 2034 · Speakers')
    c.drawRightString(W-40, 25, f'Page {d.page}'); c.restoreState()
fw = (W-100)/2
frames = [Frame(40, 40, fw, Hh-90, id='c1'), Frame(60+fw, 40, fw, Hh-90, id='c2')]
bd = BaseDocTemplate(f'{B}/docs/{doc}', pagesize=A4)
bd.addPageTemplates([PageTemplate(id='two', frames=frames, onPage=hdr)])
sp = [
 ('Opening session – Tuesday 27 June', None),
 ('Hélène Marchetti-Dubreuil', 'President,<br/>Loire BioPharma Réseau<br/>and Site Director,<br/>Laboratoires Vérandine SAS<br/>Tours. She has chaired the cluster since 2031 and will open the conference.'),
 ('Jean-Baptiste Nkoulou', 'Vice-President for Economic Development,<br/>Région Centre-Val de Loire<br/>Welcome address on the regional industrial strategy 2034–2040.'),
 ('Dr Ulrike Feldkamp', 'Policy Officer,<br/>European Commission, DG GROW<br/>Unit for health industries. Keynote: "Resilient medicine supply chains in Europe".'),
 ('Session 1 – Continuous manufacturing', None),
 ('Prof. Antoine Le Bihan', 'Professor of Pharmaceutical Technology,<br/>Université de Tours<br/>and head of the EA "Galenic Processes" research team. Moderator of session 1.'),
 ('Camille Ravenel', 'Head of Process Development,<br/>Biosynthis Pharma SA<br/>Chartres. Case study: moving a tablet line to continuous production.'),
 ('Luca Dell\'Orto', 'Chief Technology Officer,<br/>FlowPharm S.r.l.<br/>Monza. Modular flow reactors for small-batch APIs.'),
 ('Inês Carvalho Moreira', 'Quality Director,<br/>Farmalusa S.A.<br/>Coimbra. Regulatory experience with real-time release testing.'),
 ('Session 2 – Skills for bioproduction', None),
 ('Sébastien Pouillard', 'Director,<br/>Campus des Métiers BioProduction Centre<br/>Orléans. Moderator of session 2.'),
 ('Aurélie Tchoumi-Garnier', 'HR Director,<br/>Laboratoires Vérandine SAS<br/>Apprenticeships on the shop floor.'),
 ('Maximilian von Ostheim', 'Managing Director,<br/>BioPharma Cluster Südbaden-Nord e.V.<br/>The German view: joint training with technical colleges.'),
 ('Session 3 – Financing the scale-up (Wednesday 28 June)', None),
 ('Grégoire Fontanel-Aubry', 'Investment Director,<br/>Loire Valley Santé Capital<br/>Moderator of session 3. Regional venture funding for biotech start-ups since 2029.'),
 ('Dr Katarzyna Wróblewska-Hahn', 'Chief Executive Officer,<br/>CellForma Biologics Sp. z o.o.<br/>How a Lodz start-up financed its first GMP suite.'),
 ('Matthieu Lecoq-Varenne', 'Head of Regional Office Centre-Val de Loire,<br/>Bpifrance<br/>Public instruments for industrial scale-up after 2030.'),
 ('Sophie Van Acker', 'Partner,<br/>Scheldt Bio Ventures NV<br/>What investors look for in contract manufacturers.'),
 ('Workshops – Wednesday 28 June, 14:00', None),
 ('Romain Deshayes', 'Quality Assurance Manager,<br/>Laboratoires Vérandine SAS<br/>Workshop on data integrity, with<br/>Dr Léa Bourgeois-Nandrin<br/>lecturer at Université de Tours.'),
 ('Clara Benhamou', 'Project Officer,<br/>Loire BioPharma Réseau<br/>Workshop on European partnering and the ECCP matchmaking tools.'),
 ('Closing – Wednesday 28 June', None),
 ('Nathalie Gouzien', 'Cluster Manager,<br/>Loire BioPharma Réseau<br/>Conclusions and launch of the 2035 call for collaborative projects.'),
 ('Pieter-Jan Vanlommel', 'Senior Adviser,<br/>European Cluster Collaboration Platform (ECCP)<br/>Finding partners abroad.'),
 ('Sandrine Orsoni', 'Journalist,<br/>La Nouvelle République du Centre<br/>Host of both days.'),
]
story = [Paragraph('Speakers', h1), Paragraph('Rencontres BioProduction Val de Loire 2034 (RBVL 2034), 27–28 June 2034, Vinci International Convention Centre, Tours (France). Organised by<br/>Loire BioPharma Réseau<br/>with the support of<br/>Région Centre-Val de Loire<br/>and Dev\'Up Centre-Val de Loire.', n), Spacer(1,8)]
for a, b in sp:
    if b is None: story.append(Paragraph(a, h2))
    else:
        story.append(Paragraph(f'<b>{a}</b>', n)); story.append(Paragraph(b, n)); story.append(Spacer(1,6))
story.append(Spacer(1,10)); story.append(Paragraph('Previous editions: RBVL 2030 (Orléans), RBVL 2032 (Bourges). The programme may change. Version of 2 May 2034.', n)); story.append(Paragraph('Practical information: registration closes on 14 June 2034. Company visits to the Vérandine site in Tours and to the CellProd pilot hall in Orléans are offered on Thursday 29 June 2034 (limited places). The next edition, RBVL 2036, is planned for June 2036 in Chartres.', n))
bd.build(story)
import pypdf
txt = '\n'.join(p.extract_text() for p in pypdf.PdfReader(f'{B}/docs/{doc}').pages)
L='Loire BioPharma Réseau'; V='Laboratoires Vérandine SAS'
people = [P('Hélène Marchetti-Dubreuil','President',L),
 P('Jean-Baptiste Nkoulou','Vice-President for Economic Development','Région Centre-Val de Loire'),
 P('Ulrike Feldkamp','Policy Officer','DG GROW'),
 P('Antoine Le Bihan','Professor of Pharmaceutical Technology','Université de Tours'),
 P('Camille Ravenel','Head of Process Development','Biosynthis Pharma SA'),
 P("Luca Dell'Orto",'Chief Technology Officer','FlowPharm S.r.l.'),
 P('Inês Carvalho Moreira','Quality Director','Farmalusa S.A.'),
 P('Sébastien Pouillard','Director','Campus des Métiers BioProduction Centre'),
 P('Aurélie Tchoumi-Garnier','HR Director',V),
 P('Maximilian von Ostheim','Managing Director','BioPharma Cluster Südbaden-Nord e.V.'),
 P('Nathalie Gouzien','Cluster Manager',L),
 P('Pieter-Jan Vanlommel','Senior Adviser','European Cluster Collaboration Platform'),
 P('Grégoire Fontanel-Aubry','Investment Director','Loire Valley Santé Capital'),
 P('Katarzyna Wróblewska-Hahn','Chief Executive Officer','CellForma Biologics Sp. z o.o.'),
 P('Matthieu Lecoq-Varenne','Head of Regional Office Centre-Val de Loire','Bpifrance'),
 P('Sophie Van Acker','Partner','Scheldt Bio Ventures NV'),
 P('Romain Deshayes','Quality Assurance Manager',V),
 P('Léa Bourgeois-Nandrin','lecturer','Université de Tours'),
 P('Clara Benhamou','Project Officer',L),
 P('Sandrine Orsoni','Journalist','La Nouvelle République du Centre')]
orgs = [O(L), O(V), O('Région Centre-Val de Loire'), O('European Commission'), O('DG GROW'), O('Université de Tours'),
 O('Biosynthis Pharma SA'), O('FlowPharm S.r.l.'), O('Farmalusa S.A.'), O('Campus des Métiers BioProduction Centre'),
 O('BioPharma Cluster Südbaden-Nord e.V.'), O('European Cluster Collaboration Platform','ECCP'),
 O('La Nouvelle République du Centre'), O("Dev'Up Centre-Val de Loire"), O('Loire Valley Santé Capital'), O('CellForma Biologics Sp. z o.o.'), O('Bpifrance'), O('Scheldt Bio Ventures NV')]
events = [E('Rencontres BioProduction Val de Loire 2034','2034-06-27','2034-06-28','Tours','France'),
 E('RBVL 2030','2030','2030','Orléans','France'), E('RBVL 2032','2032','2032','Bourges','France'), E('RBVL 2036','2036-06','2036-06','Chartres','France')]
dates = ['2034-06-27/2034-06-28','2031','2034/2040','2034-06-27','2034-06-28','2034-05-02','2035','2029','2030','2034-06-14','2034-06-29','2036-06']
save(doc, None, None, people, orgs, events, dates, [], write=False, check_text=txt)

