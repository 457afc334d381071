from h import *
import docx
F = 'g07_lincolnshire_food_cluster_bulletin.docx'
assert wd(2034,10,11)=='Wednesday' and wd(2034,11,9)=='Thursday' and wd(2034,9,20)=='Wednesday'
d = docx.Document()
def para(t, style=None): d.add_paragraph(t, style=style)
d.add_heading('Greater Lincolnshire Food Manufacturing Cluster', 0)
para('Members’ Bulletin – Autumn 2034 | Draft for board approval, version 3, 2 October 2034')
d.add_heading('Foreword from the Managing Director', 1)
para('Harvest is in, and so are the first results of our energy purchasing group: 23 member sites saved an average of '
     '14% on their gas contracts for the winter. I want to thank the procurement leads who sat through six evening '
     'calls to make this possible. Our next task is water. Factories in the Humber catchment face new abstraction '
     'limits, and we will set up a water working group in October. '
     'If your site has an abstraction licence up for renewal, please tell us before the end of the month.')
para('Rachel Thorpe-Annesley, Managing Director')
d.add_heading('Member news', 1)
for t in ['New members: Boston Brassica Packers Ltd (Boston), Wolds Oat Milling LLP (Louth), Spalding Cold Chain Ltd (Spalding) and the University of Lincoln’s National Centre for Food Manufacturing (Holbeach).',
          'Anniversary: Fenland Pies Ltd celebrates 60 years; the bakery was founded in Long Sutton in 1974.',
          'Investment: Grimsby Seafood Processing Ltd will invest £7.8 million in a new freezing line in 2035, creating 52 jobs.']:
    para(t, 'List Bullet')
d.add_heading('People on the move', 1)
para('Harjit Sandhu has been appointed operations director of Spalding Cold Chain Ltd. Professor Margaret Eley retires '
     'as director of the National Centre for Food Manufacturing after eighteen years; Dr Tomasz Wiśniewski succeeds her. '
     'The cluster board welcomed Jonathan Pell, chief executive of Fenland Pies Ltd, as treasurer.')
d.add_heading('Events', 1)
t = d.add_table(rows=1, cols=3)
t.rows[0].cells[0].text, t.rows[0].cells[1].text, t.rows[0].cells[2].text = 'Date', 'Event', 'Venue'
for r in [('Wed 11 October 2034, 09:30–12:30', 'Water efficiency workshop', 'Holbeach'),
          ('Thu 9 November 2034, 18:00', 'Annual Dinner and Food Manufacturing Awards', 'Petwood Hotel, Woodhall Spa'),
          ('22–23 January 2035', 'Lincolnshire Food Export Days', 'Lincoln')]:
    c = t.add_row().cells
    for i in range(3): c[i].text = r[i]
para('Award nominations close on 13 October 2034. The export days are organised with the Department for Business and Trade.')
para('Event report: the Robotics Open Day on Wednesday 20 September 2034 at the Lincoln Institute for Agri-Food '
     'Technology (LIAT) welcomed 96 visitors; nine members booked follow-up trials of picking robots.')
d.add_heading('From Brussels', 1)
para('Although the UK is outside the EU, members can still join European cluster partnerships as associated partners. '
     'Our cluster has joined the Food Processing Alliance of the European Cluster Collaboration Platform, says EU liaison '
     'officer Sophie Vandenberghe.')
d.add_heading('Survey: labour and automation', 1)
para('The survey of 41 member factories, run with Lincolnshire County Council, shows the following main findings:')
for t in ['Seasonal labour shortages cost members an estimated £19 million in 2033',
          'Two in three factories plan to automate packing by 2037',
          'Skills for maintenance engineers are the first training priority']:
    para(t, 'List Bullet')
d.add_heading('Jobs and calls', 1)
para('The cluster is recruiting a part-time events coordinator. Closing date: 27 October 2034. '
     'The Greater Lincolnshire Combined County Authority has opened its Food Innovation Fund; deadline 30 November 2034.')
d.add_heading('Cluster office contacts', 1)
for t in ['Rachel Thorpe-Annesley – Managing Director – strategy, board, funding',
          'Owen Featherstone – Membership and Events Officer – bookings, invoices, award nominations',
          'Sophie Vandenberghe – EU liaison officer – partnerships, Horizon Europe partner searches',
          'Office hours: Monday to Thursday, 9:00–16:30; the office is closed between Christmas and New Year.']:
    para(t)
para('Earlier bulletins: Summer 2034 (energy purchasing group launch), Spring 2034 (skills survey), Winter 2033 '
     '(annual review). All issues can be found in the members’ area of the cluster website under “Publications”.')
d.add_heading('Members say', 1)
para('“The energy group paid for our membership ten times over.” – Lucy Ashworth, finance director, Wolds Oat Milling LLP')
para('Greater Lincolnshire Food Manufacturing Cluster Ltd, Riseholme Park, Lincoln LN2 2LG. Company number 00000000. '
     'To stop receiving this bulletin, reply with UNSUBSCRIBE.')
d.save(path(F))
GL="Greater Lincolnshire Food Manufacturing Cluster"
gold(F,
 [P("Rachel Thorpe-Annesley","Managing Director",GL),
  P("Harjit Sandhu","operations director","Spalding Cold Chain Ltd"),
  P("Margaret Eley","director","National Centre for Food Manufacturing"),
  P("Tomasz Wiśniewski",None,"National Centre for Food Manufacturing"),
  P("Jonathan Pell","treasurer",GL),
  P("Sophie Vandenberghe","EU liaison officer",GL),
  P("Owen Featherstone","Membership and Events Officer",GL),
  P("Lucy Ashworth","finance director","Wolds Oat Milling LLP")],
 [O("Greater Lincolnshire Food Manufacturing Cluster Ltd"), O("Boston Brassica Packers Ltd"), O("Wolds Oat Milling LLP"),
  O("Spalding Cold Chain Ltd"), O("University of Lincoln"), O("National Centre for Food Manufacturing"),
  O("Fenland Pies Ltd"), O("Grimsby Seafood Processing Ltd"), O("Department for Business and Trade"),
  O("Lincoln Institute for Agri-Food Technology","LIAT"), O("Food Processing Alliance"),
  O("European Cluster Collaboration Platform"), O("Lincolnshire County Council"),
  O("Greater Lincolnshire Combined County Authority")],
 [E("Water efficiency workshop","2034-10-11",None,"Holbeach","United Kingdom"),
  E("Annual Dinner and Food Manufacturing Awards","2034-11-09",None,"Woodhall Spa","United Kingdom"),
  E("Lincolnshire Food Export Days","2035-01-22","2035-01-23","Lincoln","United Kingdom"),
  E("Robotics Open Day","2034-09-20",None,None,None)],
 ["2034-10-02","2034-10","1974","2035","2034-10-11","2034-11-09","2035-01-22/2035-01-23","2034-10-13","2034-09-20",
  "2033","2037","2034-10-27","2034-11-30","2034"],
 ["Seasonal labour shortages cost members an estimated £19 million in 2033",
  "Two in three factories plan to automate packing by 2037",
  "Skills for maintenance engineers are the first training priority"], None)
