from h import *
import datetime
F='burgos-cluster-network-calendar-2036-pdf.txt'
MON=['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec']
def dd(y,m,d): return f"{['Mon','Tue','Wed','Thu','Fri','Sat','Sun'][datetime.date(y,m,d).weekday()]} {d:02d} {MON[m-1]}"
rows=[
(dd(2036,1,22),'Cluster managers\' New Year meeting','Burgos, Fórum Evolución','RCB'),
(dd(2036,2,5),'Webinar "Packaging waste rules 2036"','online','CLAB'),
(dd(2036,2,19)+'–'+dd(2036,2,20)[4:],'Study visit to the Basque food-tech hub','Donostia / San Sebastián','CLAB'),
(dd(2036,3,11),'Info day Regional Innovation Vouchers','Burgos, ICE office','ICE Castilla y León'),
(dd(2036,3,26),'Matchmaking "Automotive meets Agri-food"','Burgos, UBU Polytechnic School','FACYL / CLAB'),
(dd(2036,4,16),'General Assembly of the Cluster Network','Burgos, Cámara de Comercio','RCB'),
(dd(2036,5,7)+'–'+dd(2036,5,8)[4:],'Alimentaria trade fair – joint stand','Barcelona, Fira Gran Via','CLAB / ICEX'),
(dd(2036,5,21),'Workshop "Hydrogen in ceramics kilns"','Aranda de Duero','CERAMCYL'),
(dd(2036,6,4),'Summer networking evening','Burgos, Monasterio de San Juan','RCB'),
(dd(2036,6,17)+'–'+dd(2036,6,19)[4:],'Mission to Lyon (Auvergne-Rhône-Alpes)','Lyon, France','RCB / EEN'),
(dd(2036,9,23),'Hackathon kick-off "Smart Rural 2036"','Miranda de Ebro','Burgos Digital Hub'),
(dd(2036,10,8),'Burgos Cluster Forum 2036','Burgos, Fórum Evolución','RCB'),
(dd(2036,10,22),'Webinar series "Export to Latin America"','online','CLAB / ICEX'),
(dd(2036,11,18),'Award ceremony "Premios Clúster Burgos"','Burgos, Teatro Principal','RCB'),
(dd(2036,12,2),'Board meeting and year-end review','Burgos, ICE office','RCB')]
def hdr(n): return f"Red de Clústeres de Burgos · Events Calendar 2036                                   page {n} of 3\n{'='*100}\n"
def line(r): return f"{r[0]:<18}{r[1][:44]:<46}{r[2][:24]:<26}{r[3]}"
top='''                          RED DE CLÚSTERES DE BURGOS (RCB)
                     Burgos Cluster Network – Events Calendar 2036
                     Version 2 · adopted by the board on 27 November 2035

Foreword

The Burgos Cluster Network brings together the four cluster organisations of the province of
Burgos: the Agri-food Cluster of Burgos (CLAB), the Ceramics and Building Materials Cluster of
Castilla y León (CERAMCYL), the Burgos branch of the Automotive Cluster of Castilla y León
(FACYL) and the Burgos Digital Hub. Together they represent more than 230 member compa-
nies and research groups, most of them SMEs. This calendar lists the events that the net-
work and its members organise in 2036, together with selected events of our partners: the
Institute for Business Competitiveness of Castilla y León (ICE Castilla y León), ICEX Spain
Trade and Investment, the University of Burgos (UBU) and Enterprise Europe Network (EEN).

Dates may change. The online version on the network's website is always the valid one.
Contact for the calendar: Lucía Arnáiz Pereda, network coordinator, RCB secretariat,
calendario@rcburgos.example.es.

'''
p1=rows[:7]; p2=rows[7:]
col=f"{'DATE':<18}{'EVENT':<46}{'PLACE':<26}ORGANISER\n{'-'*100}\n"
body=hdr(1)+top+col+'\n'.join(line(r) for r in p1)+'\n\n'
notes1='''Notes to the first half-year
- The Cluster managers' New Year meeting is by invitation; board members of the four
  clusters and the coordinators of partner networks in Navarre and La Rioja are invited.
- The General Assembly on 16 April elects three members of the network's board. Nomina-
  tions are due by 26 March 2036. The outgoing chair, José Ignacio Sáiz de la Fuente (CLAB),
  does not stand again after two terms (2030–2036).
- Joint stand at Alimentaria: 12 counters are available for member companies, with
  co-funding by ICE Castilla y León. Applications by 30 January 2036.

'''
body+=notes1+'\f'+hdr(2)+col+'\n'.join(line(r) for r in p2)+'\n\n'
notes2='''Notes to the second half-year
- Mission to Lyon: company visits, a meeting with the cluster Auvergne-Rhône-Alpes
  Entreprises and B2B meetings organised with Enterprise Europe Network. Max. 15 partici-
  pants; a fee of 450 euros covers local transport and two dinners.
- Hackathon "Smart Rural 2036": kick-off 23 September, mentoring days 7 and 21 October,
  final on 11 November 2036 at the University of Burgos. Teams of 2–5 people.
- Burgos Cluster Forum 2036: the annual conference of the network, this year on "Energy-
  intensive industries after gas". Keynote: Dr. Marta Villalobos Ugarte, director of the
  Ceramics Technology Institute (ITC), Castellón. Panel with Andrés Pérez-Ruiz (FACYL),
  Itziar Goikoetxea (Basque Food Cluster) and Prof. Dr. Klaus-Dieter Brenner (Cluster
  Ceramics Bavaria).
- Webinar series "Export to Latin America": three sessions of 90 minutes on 22 October,
  29 October and 5 November 2036, with ICEX trade advisers in Mexico, Chile and Colombia.
- Premios Clúster Burgos: the jury is chaired by the president of the Provincial Council of
  Burgos (Diputación de Burgos); the call for nominations closes on 30 September 2036.

'''
body+=notes2+'\f'+hdr(3)+'''Past editions of the Burgos Cluster Forum

   2033   "Water and food"                        Burgos      310 participants
   2034   "Skills for the twin transition"        Aranda      270 participants
   2035   "Circular materials"                    Burgos      345 participants

How to add an event to the calendar

   Member companies and partner organisations may propose events that are open to members
   of at least two of the four clusters. Send the title, date, place, organiser and a
   contact person to the RCB secretariat at least six weeks before the event. The board
   decides on inclusion at its monthly meeting; the online calendar is updated on the first
   working day of each month. Events of a commercial nature (product launches, sales
   seminars) are not included.

Partners

   ICE Castilla y León · ICEX Spain Trade and Investment · University of Burgos · Enter-
   prise Europe Network · Cámara de Comercio de Burgos · Diputación de Burgos

   Red de Clústeres de Burgos · Avenida de Cantabria 9, 09006 Burgos · www.rcburgos.example.es

                                                                                         3
'''
write(F,body)
gold(F,[P('Lucía Arnáiz Pereda','network coordinator','Red de Clústeres de Burgos'),P('José Ignacio Sáiz de la Fuente','outgoing chair','Agri-food Cluster of Burgos'),
 P('Marta Villalobos Ugarte','director','Ceramics Technology Institute'),P('Andrés Pérez-Ruiz',None,'FACYL'),P('Itziar Goikoetxea',None,'Basque Food Cluster'),
 P('Klaus-Dieter Brenner',None,'Cluster Ceramics Bavaria')],
 [O('Red de Clústeres de Burgos','RCB'),O('Agri-food Cluster of Burgos','CLAB'),O('Ceramics and Building Materials Cluster of Castilla y León','CERAMCYL'),
  O('Automotive Cluster of Castilla y León','FACYL'),O('Burgos Digital Hub'),O('Institute for Business Competitiveness of Castilla y León','ICE Castilla y León'),
  O('ICEX Spain Trade and Investment','ICEX'),O('University of Burgos','UBU'),O('Enterprise Europe Network','EEN'),O('Auvergne-Rhône-Alpes Entreprises'),
  O('Ceramics Technology Institute','ITC'),O('Basque Food Cluster'),O('Cluster Ceramics Bavaria'),O('Cámara de Comercio de Burgos'),O('Provincial Council of Burgos')],
 [E("Cluster managers' New Year meeting",'2036-01-22','2036-01-22','Burgos','Spain'),E('Webinar "Packaging waste rules 2036"','2036-02-05','2036-02-05',None,None),
  E('Study visit to the Basque food-tech hub','2036-02-19','2036-02-20','Donostia / San Sebastián','Spain'),E('Info day Regional Innovation Vouchers','2036-03-11','2036-03-11','Burgos','Spain'),
  E('Matchmaking "Automotive meets Agri-food"','2036-03-26','2036-03-26','Burgos','Spain'),E('General Assembly of the Cluster Network','2036-04-16','2036-04-16','Burgos','Spain'),
  E('Alimentaria','2036-05-07','2036-05-08','Barcelona','Spain'),E('Workshop "Hydrogen in ceramics kilns"','2036-05-21','2036-05-21','Aranda de Duero','Spain'),
  E('Summer networking evening','2036-06-04','2036-06-04','Burgos','Spain'),E('Mission to Lyon','2036-06-17','2036-06-19','Lyon','France'),
  E('Hackathon "Smart Rural 2036"','2036-09-23','2036-11-11','Miranda de Ebro','Spain'),E('Burgos Cluster Forum 2036','2036-10-08','2036-10-08','Burgos','Spain'),
  E('Webinar series "Export to Latin America"','2036-10-22','2036-11-05',None,None),E('Premios Clúster Burgos','2036-11-18','2036-11-18','Burgos','Spain'),
  E('Board meeting and year-end review','2036-12-02','2036-12-02','Burgos','Spain'),E('Hackathon kick-off','2036-09-23','2036-09-23','Miranda de Ebro','Spain'),
  E('mentoring days','2036-10-07','2036-10-21',None,None),E('final','2036-11-11','2036-11-11','Burgos','Spain'),
  E('Burgos Cluster Forum (2033 edition)','2033','2033','Burgos','Spain'),E('Burgos Cluster Forum (2034 edition)','2034','2034','Aranda','Spain'),E('Burgos Cluster Forum (2035 edition)','2035','2035','Burgos','Spain')],
 ['2036','2035-11-27','2036-01-22','2036-02-05','2036-02-19/2036-02-20','2036-03-11','2036-03-26','2036-04-16','2036-05-07/2036-05-08','2036-05-21','2036-06-04','2036-06-17/2036-06-19',
  '2036-09-23','2036-10-08','2036-10-22','2036-10-29','2036-11-05','2036-11-18','2036-12-02','2030/2036','2036-01-30','2036-10-07','2036-10-21','2036-11-11','2036-09-30','2033','2034','2035'])
