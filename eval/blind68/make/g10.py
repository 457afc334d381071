from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors
pdfmetrics.registerFont(TTFont('DV','/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB','/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
F='innlandet-treklynge-events-autumn-2035-flyer.pdf'
n=ParagraphStyle('n',fontName='DV',fontSize=9,leading=12); sm=ParagraphStyle('s',fontName='DV',fontSize=8,leading=10)
h1=ParagraphStyle('h1',fontName='DVB',fontSize=18,leading=22); h2=ParagraphStyle('h2',fontName='DVB',fontSize=11,leading=14)
story=[]
def P_(t,s=n): story.append(Paragraph(t,s))
P_('INNLANDET TREKLYNGE · WOOD CLUSTER INNLANDET',h2)
P_('Events autumn 2035 – meet the wood industry of Innlandet',h1)
P_('Innlandet Treklynge AS brings together 96 sawmills, glulam producers, house factories, architects, research groups and municipalities around Lake Mjøsa. This one-pager lists our open events from August to December 2035. Members attend free of charge unless stated; partners and guests are welcome. Register at treklyngen.no/events.')
story.append(Spacer(1,8))
cards=[
(f'{wd(2035,8,27)} 27 August 2035','Timber Friday: glulam tour','Guided tour of the Moelven Limtre AS plant in Moelv, followed by lunch and a talk on Mjøstårnet after 15 years. 10:00–14:00. Max. 30 people.'),
(f'{wd(2035,9,10)} 10 September 2035','Webinar: EPDs for small sawmills','How to document the climate footprint of your products. Speaker: Dr. Ingunn Aas-Hansen, NTNU Gjøvik. 09:00–10:00, online.'),
(f'{wd(2035,9,24)} 24 September 2035','Apprentice day','Sawmills and house factories meet students of Gjøvik videregående skole and Hamar Katedralskole. Innlandet fylkeskommune co-hosts. Elverum.'),
('16–17 October 2035','Trebyggeridagene 2035','Our annual conference at Fjellhallen, Gjøvik: circular timber buildings, a Basque delegation led by Habic, signing of the Innlandet–Habic cooperation agreement. Conference dinner on 16 October at Strand Hotel Gjøvik.'),
(f'{wd(2035,11,5)} 5 November 2035','Re-use lab open day','Open day at the re-use test hall of Høgskolen i Innlandet (Inland Norway University of Applied Sciences), Campus Hamar. Demonstration of dismantled beams graded for new use.'),
(f'{wd(2035,12,3)} 3 December 2035','Members\u2019 Christmas meeting','Short annual review by chair Kari Brennhovd Lie, plan for 2036 and Christmas lunch. Lillehammer, Scandic Lillehammer Hotel.'),
]
rows=[]
for i in range(0,len(cards),2):
    rows.append([Paragraph(f'<font name="DVB">{d}</font><br/><font name="DVB" size="10">{t}</font><br/>{x}',n) for d,t,x in cards[i:i+2]])
t=Table(rows,colWidths=[250,250])
t.setStyle(TableStyle([('GRID',(0,0),(-1,-1),0.7,colors.darkgreen),('VALIGN',(0,0),(-1,-1),'TOP'),('TOPPADDING',(0,0),(-1,-1),7),('BOTTOMPADDING',(0,0),(-1,-1),7),('BACKGROUND',(0,0),(-1,-1),colors.Color(0.93,0.97,0.93))]))
story.append(t); story.append(Spacer(1,10))
P_('Save the date 2036: Nordic Timber Cluster Summit, Lillehammer, 9–11 June 2036 (hosted jointly with Swedish Wood Cluster Dalsland and Puuinfo Finland).',n)
story.append(PageBreak())
P_('Contacts',h1)
left=[('Marius Kvamme-Solberg','Managing director (daglig leder)','marius@treklyngen.no · +47 918 55 020'),
('Tuva Engebretsen','Project manager, circular construction','tuva@treklyngen.no · +47 918 55 021'),
('Amir Haddad','Events and communication','amir@treklyngen.no · +47 918 55 024'),
('Kari Brennhovd Lie','Chair of the board (Mjøsen Skog SA)','via the cluster office')]
right=[('Sigrid Aasen','Senior adviser, Innovasjon Norge Innlandet','sigrid.aasen@innovasjonnorge.no'),
('Ole-Petter Bakken','Adviser for business development, Innlandet fylkeskommune','ole-petter.bakken@innlandetfylke.no'),
('Prof. Dr. Heinrich von Alvensleben','Professor of timber engineering, Høgskolen i Innlandet','heinrich.alvensleben@inn.no'),
('Ane Urrutia Goikoetxea','Cluster manager, Habic (Basque Country)','a.urrutia@habic.eus')]
def col(items,title):
    return [Paragraph(f'<font name="DVB">{title}</font>',h2)]+[Paragraph(f'<font name="DVB">{a}</font><br/>{b}<br/>{c}',n) for a,b,c in items]
L=col(left,'Cluster office'); R=col(right,'Partners')
t2=Table([[L,R]],colWidths=[250,250]); t2.setStyle(TableStyle([('VALIGN',(0,0),(-1,-1),'TOP')]))
story.append(t2); story.append(Spacer(1,12))
P_('About us. Innlandet Treklynge was founded in 2019 and has been part of the Norwegian Innovation Clusters programme at Arena level since 2031. Members range from family sawmills with five employees to Moelven Limtre AS and Nordbohus Hamar AS. Our three priorities for 2035–2037 are circular timber construction, skills and exports. Membership: NOK 4,000 to 25,000 per year depending on size.',n)
P_('Our priorities in practice',h2)
P_('Circular timber construction: together with Høgskolen i Innlandet we test how beams and panels from demolished buildings can be graded, certified and sold again. Ten member companies take part in the pilot, and the first re-used glulam beams were built into a kindergarten in Brumunddal in spring 2035.',n)
P_('Skills: the wood industry of Innlandet will need about 600 new skilled workers by 2030. We organise apprentice days, company visits for teachers and a shared trainee scheme for graduates who want to work in several member companies during their first year.',n)
P_('Exports: after the study trip to Álava in May 2035 we prepare joint projects with Basque partners, and we take part in the Nordic timber cooperation with clusters in Sweden and Finland. Members who want to join trade fairs abroad can apply for travel support from the cluster twice a year, by 1 March and 1 September.',n)
P_('How to register: all events are listed at treklyngen.no/events. Please register at the latest one week before the event; cancellations later than 48 hours before an event with catering are charged NOK 500. For accessibility needs, contact Amir Haddad.',n)
P_('Innlandet Treklynge AS · Fjellhallen, Kirkegata 1, 2815 Gjøvik · post@treklyngen.no · Org. no. 921 334 556',sm)
P_('Supported by Innlandet fylkeskommune, Innovasjon Norge and Siva. Photos: Amir Haddad. Printed on FSC paper, August 2035.',sm)
SimpleDocTemplate(os.path.join(B,'docs',F),pagesize=A4,leftMargin=45,rightMargin=45,topMargin=40,bottomMargin=40).build(story)
IT='Innlandet Treklynge AS'
gold(F,[P('Ingunn Aas-Hansen',None,'NTNU Gjøvik'),P('Kari Brennhovd Lie','Chair of the board',IT),P('Marius Kvamme-Solberg','Managing director',IT),
 P('Tuva Engebretsen','Project manager, circular construction',IT),P('Amir Haddad','Events and communication',IT),P('Sigrid Aasen','Senior adviser','Innovasjon Norge Innlandet'),
 P('Ole-Petter Bakken','Adviser for business development','Innlandet fylkeskommune'),P('Heinrich von Alvensleben','Professor of timber engineering','Høgskolen i Innlandet'),
 P('Ane Urrutia Goikoetxea','Cluster manager','Habic')],
 [O(IT),O('Moelven Limtre AS'),O('NTNU Gjøvik'),O('Gjøvik videregående skole'),O('Hamar Katedralskole'),O('Innlandet fylkeskommune'),O('Habic'),
  O('Høgskolen i Innlandet'),O('Swedish Wood Cluster Dalsland'),O('Puuinfo Finland'),O('Mjøsen Skog SA'),O('Innovasjon Norge Innlandet'),
  O('Nordbohus Hamar AS'),O('Innovasjon Norge'),O('Siva')],
 [E('Timber Friday: glulam tour','2035-08-27','2035-08-27','Moelv','Norway'),E('Webinar: EPDs for small sawmills','2035-09-10','2035-09-10',None,None),
  E('Apprentice day','2035-09-24','2035-09-24','Elverum','Norway'),E('Trebyggeridagene 2035','2035-10-16','2035-10-17','Gjøvik','Norway'),
  E('Conference dinner','2035-10-16','2035-10-16','Gjøvik','Norway'),E('Re-use lab open day','2035-11-05','2035-11-05','Hamar','Norway'),
  E('Members\u2019 Christmas meeting','2035-12-03','2035-12-03','Lillehammer','Norway'),E('study trip to Álava','2035-05','2035-05',None,'Spain'),E('Nordic Timber Cluster Summit','2036-06-09','2036-06-11','Lillehammer','Norway')],
 ['2035-08/2035-12','2035-08-27','2035-09-10','2035-09-24','2035-10-16/2035-10-17','2035-10-16','2035-11-05','2035-12-03','2036','2036-06-09/2036-06-11','2019','2031','2035/2037','2035-08','2035-05','2030','2035'])
