from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors
pdfmetrics.registerFont(TTFont('DV', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
F = 'materalia-grand-est-flyer-contacts-2035.pdf'
assert wd(2035,3,22)=='Thursday' and wd(2035,1,25)=='Thursday', (wd(2035,3,22), wd(2035,1,25))
n = ParagraphStyle('n', fontName='DV', fontSize=9.5, leading=13)
s = ParagraphStyle('s', fontName='DV', fontSize=8.5, leading=11)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=17, leading=21, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
story = []
P_ = lambda t, st=n: story.append(Paragraph(t, st))
P_('MATÉRIALIA GRAND EST – Pôle de compétitivité des matériaux et procédés', h1)
P_('Vos interlocuteurs 2035 / Your contacts in 2035', h2)
P_("Le pôle Matéralia Grand Est accompagne depuis 2007 les entreprises de la métallurgie, de la plasturgie, du bois et des matériaux biosourcés en Lorraine, en Alsace et en Champagne-Ardenne. Basé au Technopôle Henri Poincaré à Vandœuvre-lès-Nancy, il rassemble 214 adhérents, dont 168 PME, ainsi que l'Université de Lorraine, l'Institut Jean Lamour et l'École nationale supérieure d'art et de design de Nancy. Notre équipe vous oriente vers le bon partenaire, le bon financement et le bon projet.")
P_("Since 2007, Matéralia Grand Est has supported companies in metals, plastics, wood and bio-based materials across Lorraine, Alsace and Champagne-Ardenne. Our team of eleven is your single entry point to partners, funding and European projects.")
P_('Direction / Management', h2)
def card(lines):
    return Paragraph('<br/>'.join(lines), s)
cards = [
 [card(['<b>Dr. Hélène Marchal-Dubois</b>', 'Directrice générale / Managing Director', 'Stratégie, relations avec la Région Grand Est', 'helene.marchal@materalia.fr', '+33 3 83 55 10 01']),
  card(['<b>Jean-Baptiste Lhuillier</b>', 'Président du conseil d’administration / Chairman', 'PDG, Ateliers Mosellans de Forge SAS', 'via le secrétariat', '+33 3 83 55 10 00']),
  card(['<b>Anne-Sophie Weber</b>', 'Directrice adjointe, finances / Deputy Director, finance', 'Budget, adhésions, labels', 'as.weber@materalia.fr', '+33 3 83 55 10 02'])],
]
t = Table(cards, colWidths=[165]*3)
t.setStyle(TableStyle([('BOX',(0,0),(-1,-1),0.5,colors.grey),('INNERGRID',(0,0),(-1,-1),0.5,colors.grey),('VALIGN',(0,0),(-1,-1),'TOP'),('TOPPADDING',(0,0),(-1,-1),6),('BOTTOMPADDING',(0,0),(-1,-1),6)]))
story.append(t)
P_('Chargés de mission / Project officers', h2)
cards2 = [
 [card(['<b>Thomas Kieffer</b>', 'Chargé de mission Métallurgie & fabrication additive', 'Metals and additive manufacturing', 't.kieffer@materalia.fr']),
  card(['<b>Dr. Yasmina Benali</b>', 'Chargée de mission Matériaux biosourcés', 'Bio-based materials, Club Bois Grand Est', 'y.benali@materalia.fr']),
  card(['<b>Mathieu Ó Ceallaigh</b>', 'Chargé d’affaires européennes', 'EU projects, Horizon Europe, Interreg', 'm.oceallaigh@materalia.fr'])],
 [card(['<b>Claire von Stetten</b>', 'Chargée de mission Plasturgie & recyclage', 'Plastics and recycling', 'c.vonstetten@materalia.fr']),
  card(['<b>Lucas Nguyen Van Thanh</b>', 'Chargé de mission Industrie du futur', 'Digital and Industry 4.0', 'l.nguyen@materalia.fr']),
  card(['<b>Élodie Poirson</b>', 'Responsable communication & événements', 'Communication and events', 'e.poirson@materalia.fr'])],
]
t2 = Table(cards2, colWidths=[165]*3)
t2.setStyle(TableStyle([('BOX',(0,0),(-1,-1),0.5,colors.grey),('INNERGRID',(0,0),(-1,-1),0.5,colors.grey),('VALIGN',(0,0),(-1,-1),'TOP'),('TOPPADDING',(0,0),(-1,-1),6),('BOTTOMPADDING',(0,0),(-1,-1),6)]))
story.append(t2)
P_('Antennes / Local offices', h2)
P_("Antenne de Metz : Pierre-Henri Schmitt, chargé de mission Moselle, au sein de la CCI Grand Est, 10-12 avenue Foch, 57000 Metz. Antenne de Reims : Nadia Mokrani, chargée de mission Champagne-Ardenne, hébergée par l'Université de Reims Champagne-Ardenne (URCA). Antenne de Mulhouse : Stefan Brändle, in Zusammenarbeit mit dem Kompetenznetzwerk Kunststoff-Cluster Baden-Württemberg für grenzüberschreitende Projekte.")
story.append(PageBreak())
P_('Agenda 2035 – nos rendez-vous / our events', h1)
ag = [['Date', 'Événement / Event', 'Lieu / Venue'],
 ['25 janvier 2035', 'Vœux du pôle et soirée des adhérents / New Year members’ evening', 'Nancy, Salle Poirel'],
 ['22 mars 2035', 'Journée Matériaux biosourcés / Bio-based Materials Day', 'Épinal, ENSTIB'],
 ['15–17 mai 2035', 'Salon Global Industrie – pavillon Grand Est', 'Lyon, Eurexpo'],
 ['3 juillet 2035', 'Atelier fabrication additive métal / Metal AM workshop', 'Metz, Institut de Soudure'],
 ['9–10 octobre 2035', 'Rencontres Matéralia 2035 (14e édition)', 'Nancy, Centre Prouvé'],
 ['27 novembre 2035', 'Assemblée générale', 'Vandœuvre-lès-Nancy']]
tt = Table([[Paragraph(c, s) for c in r] for r in ag], colWidths=[95, 250, 150])
tt.setStyle(TableStyle([('GRID',(0,0),(-1,-1),0.5,colors.grey),('BACKGROUND',(0,0),(-1,0),colors.lightgrey)]))
story.append(tt)
P_('Nos services / Our services', h2)
P_("• Montage de projets collaboratifs (France 2030, Région Grand Est, Horizon Europe) • Labellisation de projets par le comité scientifique présidé par Prof. Dr.-Ing. Markus Hellweg (Universität des Saarlandes) • Mise en relation avec les centres techniques (CETIM Grand Est, IPC) • Missions à l’international avec Business France et Team France Export Grand Est • Veille réglementaire REACH et économie circulaire.")
P_("• Collaborative project design and funding • Project labelling by our scientific committee • Introductions to technical centres • International missions • Regulatory watch.")
P_('Adhérer / Join us', h2)
P_("La cotisation annuelle dépend de l’effectif : de 450 € pour les entreprises de moins de dix salariés à 4 800 € pour les grands groupes. Les start-up de moins de trois ans bénéficient de la première année offerte. Contactez Anne-Sophie Weber pour recevoir le bulletin d’adhésion. Membership fees range from EUR 450 to EUR 4,800 per year; start-ups under three years old join free for their first year.")
P_('Membre du réseau / Member of', h2)
P_("Association française des pôles de compétitivité (AFPC) · France Clusters · European Clusters Alliance · Label Gold de la European Cluster Excellence Initiative (2033–2035)")
P_("Matéralia Grand Est – Technopôle Henri Poincaré, 2 rue Jacques Monod, 54500 Vandœuvre-lès-Nancy – contact@materalia.fr – www.materalia.fr – Document mis à jour le 8 décembre 2034. Avec le soutien de la Région Grand Est et de l’État (DREETS Grand Est).", s)
SimpleDocTemplate(os.path.join(B,'docs',F), pagesize=A4, leftMargin=45, rightMargin=45, topMargin=45, bottomMargin=45).build(story)
gold(F, [
 P("Hélène Marchal-Dubois", "Directrice générale", "Matéralia Grand Est"),
 P("Jean-Baptiste Lhuillier", "Président du conseil d’administration", "Matéralia Grand Est"),
 P("Anne-Sophie Weber", "Directrice adjointe, finances", "Matéralia Grand Est"),
 P("Thomas Kieffer", "Chargé de mission Métallurgie & fabrication additive", "Matéralia Grand Est"),
 P("Yasmina Benali", "Chargée de mission Matériaux biosourcés", "Matéralia Grand Est"),
 P("Mathieu Ó Ceallaigh", "Chargé d’affaires européennes", "Matéralia Grand Est"),
 P("Claire von Stetten", "Chargée de mission Plasturgie & recyclage", "Matéralia Grand Est"),
 P("Lucas Nguyen Van Thanh", "Chargé de mission Industrie du futur", "Matéralia Grand Est"),
 P("Élodie Poirson", "Responsable communication & événements", "Matéralia Grand Est"),
 P("Pierre-Henri Schmitt", "chargé de mission Moselle", "Matéralia Grand Est"),
 P("Nadia Mokrani", "chargée de mission Champagne-Ardenne", "Matéralia Grand Est"),
 P("Stefan Brändle", None, "Matéralia Grand Est"),
 P("Markus Hellweg", None, "Universität des Saarlandes"),
],[
 O("Matéralia Grand Est"),
 O("Technopôle Henri Poincaré"),
 O("Université de Lorraine"), O("Institut Jean Lamour"),
 O("École nationale supérieure d'art et de design de Nancy"),
 O("Région Grand Est"),
 O("Ateliers Mosellans de Forge SAS"),
 O("Club Bois Grand Est"),
 O("CCI Grand Est"),
 O("Université de Reims Champagne-Ardenne","URCA"),
 O("Kompetenznetzwerk Kunststoff-Cluster Baden-Württemberg"),
 O("ENSTIB"), O("Institut de Soudure"),
 O("Universität des Saarlandes"),
 O("CETIM Grand Est"), O("IPC"),
 O("Business France"), O("Team France Export Grand Est"),
 O("Association française des pôles de compétitivité","AFPC"),
 O("France Clusters"), O("European Clusters Alliance"),
 O("European Cluster Excellence Initiative"),
 O("DREETS Grand Est"),
],[
 E("Vœux du pôle et soirée des adhérents","2035-01-25","2035-01-25","Nancy","France"),
 E("Journée Matériaux biosourcés","2035-03-22","2035-03-22","Épinal","France"),
 E("Salon Global Industrie","2035-05-15","2035-05-17","Lyon","France"),
 E("Atelier fabrication additive métal","2035-07-03","2035-07-03","Metz","France"),
 E("Rencontres Matéralia 2035","2035-10-09","2035-10-10","Nancy","France"),
 E("Assemblée générale","2035-11-27","2035-11-27","Vandœuvre-lès-Nancy","France"),
],["2035","2007","2035-01-25","2035-03-22","2035-05-15/2035-05-17","2035-07-03","2035-10-09/2035-10-10","2035-11-27","2033/2035","2034-12-08"],[], pub="2034-12-08")
