from h import *
import docx
from docx.shared import Pt
F = 'g08_remine_policy_recommendations.docx'
assert wd(2039,11,8)=='Tuesday'
d = docx.Document()
st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(10.5)
def p(t, style=None): d.add_paragraph(t, style=style)
p('RE-MINE | Interreg Baltic Sea Region | Co-funded by the European Union')
d.add_heading('Turning former mining sites into innovation places', 0)
p('Policy recommendations of the RE-MINE project – leaflet for regional and national decision-makers')
p('November 2039 · Edition 1 · Available in English, Swedish, Finnish, Polish and Lithuanian')
d.add_heading('Why this leaflet?', 1)
p('Around the Baltic Sea, dozens of closed mines, quarries and spoil heaps lie close to towns that are looking for new jobs. Between 2036 and 2039 the RE-MINE project brought together mining clusters, regional authorities, universities and geological surveys from five countries to test how such sites can host new businesses: from battery recycling and data storage to tourism and renewable energy. This leaflet summarises what the partners learned and what they ask from policy makers. It was presented at the project\'s final conference in Falun on Tuesday 8 November 2039.')
p('“Our old mines are not only a liability. With the right rules and some patient money, they can become the places where the green transition is built,” says Anna-Karin Sjöberg, project coordinator at the Bergslagen Mining Cluster, the lead partner.')
d.add_heading('What we did', 1)
for t in ['Mapped 64 former mining sites in six regions and assessed their potential for reuse;',
          'Ran five pilot actions, including a pumped-storage feasibility study in Pyhäsalmi and a test centre for recycled battery materials in Bergslagen;',
          'Organised 12 regional stakeholder meetings and three transnational study visits, to Dalarna, Upper Silesia and the Lithuanian Karst region;',
          'Prepared an online guide for municipalities with 23 case studies.']:
    p(t, 'List Bullet')
d.add_heading('Our recommendations', 1)
p('To regional authorities and managing authorities of cohesion policy programmes:')
R = ['Include the reuse of former mining sites explicitly in regional smart specialisation strategies and in the selection criteria of regional programmes',
     'Create a single contact point in each region that guides investors through permits for former mining land',
     'Fund site investigations before an investor is found, so that the risk of unknown contamination does not stop projects at an early stage',
     'Support cooperation between mining clusters and clusters from other sectors, such as energy, ICT and tourism, through joint calls']
for t in R: p(t + '.', 'List Number')
p('To national governments:')
R2 = ['Simplify the transfer of closed mining concessions to new users while keeping environmental liabilities clear',
      'Make data from geological surveys on former mines open and machine-readable']
for t in R2: p(t + '.', 'List Number')
p('To the European Union:')
R3 = ['Recognise the reuse of mining sites as a contribution to the objectives of the Critical Raw Materials Act and the Net-Zero Industry Act']
for t in R3: p(t + '.', 'List Number')
d.add_heading('Voices from the regions', 1)
p('Marek Kowalczyk, deputy director of the Department of Regional Development, Marshal\'s Office of the Silesian Voivodeship: “In Silesia we have the sites and the people. The pilots showed us that we also need a single desk that speaks the investor\'s language.”')
p('Dr. Outi Lappalainen, senior geologist at the Geological Survey of Finland (GTK): “Half of the delays we saw were caused by missing data. Opening the archives costs little and saves months.”')
p('Rūta Jankauskienė, head of the Lithuanian Mining and Quarrying Cluster: “Small quarries are rarely in anyone\'s strategy. RE-MINE put them on the map.”')
d.add_heading('The partnership', 1)
t = d.add_table(rows=1, cols=3)
t.rows[0].cells[0].text = 'Partner'; t.rows[0].cells[1].text = 'Country'; t.rows[0].cells[2].text = 'Contact person'
for a, b, c in [('Bergslagen Mining Cluster (lead partner)', 'Sweden', 'Anna-Karin Sjöberg'),
                ('Region Dalarna', 'Sweden', 'Per-Olof Lindgren'),
                ('Geological Survey of Finland (GTK)', 'Finland', 'Outi Lappalainen'),
                ('Oulu Mining School, University of Oulu', 'Finland', 'Juha Kärkkäinen'),
                ("Marshal's Office of the Silesian Voivodeship", 'Poland', 'Marek Kowalczyk'),
                ('Central Mining Institute – National Research Institute (GIG)', 'Poland', 'Ewa Nowak-Zielińska'),
                ('Lithuanian Mining and Quarrying Cluster', 'Lithuania', 'Rūta Jankauskienė'),
                ('Estonian Mining Society', 'Estonia', 'Tarmo Kivi')]:
    r = t.add_row().cells; r[0].text = a; r[1].text = b; r[2].text = c
d.add_heading('Find out more', 1)
p('Guide for municipalities, pilot reports and site maps: www.example-remine.eu/results. Contact: Anna-Karin Sjöberg, project coordinator, Bergslagen Mining Cluster, Falun, anna-karin.sjoberg@example-bmc.se, +46 23 000 1200.')
p('Editing: Johanna Lind, communication officer. Design: Studio Kopparberg. Photos: Per-Olof Lindgren (cover), GIG (page 2).')
p('The content of this leaflet reflects the authors\' views only. The Managing Authority of the Interreg Baltic Sea Region Programme cannot be held liable for it.')
d.save(path(F))
gold(F,
 [P('Anna-Karin Sjöberg','project coordinator','Bergslagen Mining Cluster'),
  P('Marek Kowalczyk','deputy director of the Department of Regional Development',"Marshal's Office of the Silesian Voivodeship"),
  P('Outi Lappalainen','senior geologist','Geological Survey of Finland'),
  P('Rūta Jankauskienė','head','Lithuanian Mining and Quarrying Cluster'),
  P('Per-Olof Lindgren',None,'Region Dalarna'), P('Juha Kärkkäinen',None,'Oulu Mining School, University of Oulu'),
  P('Ewa Nowak-Zielińska',None,'Central Mining Institute – National Research Institute'),
  P('Tarmo Kivi',None,'Estonian Mining Society'), P('Johanna Lind','communication officer')],
 [O('Bergslagen Mining Cluster'), O("Marshal's Office of the Silesian Voivodeship"),
  O('Department of Regional Development'), O('Geological Survey of Finland','GTK'),
  O('Lithuanian Mining and Quarrying Cluster'), O('Region Dalarna'), O('Oulu Mining School'), O('University of Oulu'),
  O('Central Mining Institute – National Research Institute','GIG'), O('Estonian Mining Society'), O('Studio Kopparberg'),
  O('Managing Authority of the Interreg Baltic Sea Region Programme'), O('European Union')],
 [E("project's final conference",'2039-11-08',None,'Falun','Sweden')],
 ['2039-11','2036/2039','2039-11-08'],
 R + R2 + R3, pub='2039-11')
