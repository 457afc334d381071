from h import *
F = 'interview_enotec-rioja-president-2034.md'
T = '''# "A cluster is a table where competitors sit down" – interview with the president of ENOTEC Rioja

*Clusters in Conversation, issue 18 · published 7 February 2034 · 9 min read*

**Since June 2033 the winemaker Beatriz Sáenz de Tejada has presided over ENOTEC Rioja, the wine technology cluster of La
Rioja, with 86 members from wineries, cooperage, bottling, sensor makers and the University of La Rioja. We met her at the
cluster's offices in Logroño, a week after the cluster's general assembly.**

**You took over from a founder of the cluster. How was the handover?**

Very smooth, because Fernando Ibarra-Lasanta is still around. He was president from 2024 to 2033 and he remains on the
board as honorary president, which in our statutes gives him a voice but no vote. Before him, the first president was
Rosa María Garrido, who founded the association in 2017 with six wineries and the regional agency. I owe both of them a lot.
Fernando built the links with the big export houses; Rosa María convinced the small family wineries that they would not be
eaten by the large ones.

**What does the team look like today?**

We are seven people. Our managing director, Javier Oñate Ruiz, came from the Agencia de Desarrollo Económico de La Rioja
(ADER) in 2030 and runs the office. Marta Lacalle is our innovation manager and leads the precision viticulture working group;
Diego Arnedo handles international projects, Itziar Goikoetxea is responsible for training, and we have two young engineers
on the sensor testbed in Haro, Lucía Martínez Baños and Pablo Cenzano. Administration is in the hands of Carmen Zárate, who has
been with the cluster since the first day.

On the board, my vice-president is Álvaro Pérez de Albéniz, technical director of Bodegas Peñaluenga, and the treasurer is
Elena San Millán from Banca Riojana de Cooperativas. We also have a scientific adviser, professor Ignacio Ruiz de Galarreta of the
Instituto de Ciencias de la Vid y del Vino (ICVV), who keeps us honest on the research side.

**Your own background is in a family winery.**

Yes, I am the fourth generation at Bodegas Sáenz de Tejada in Fuenmayor, where I am still the winemaker and co-owner with my
brother Gonzalo Sáenz de Tejada. I studied oenology in Bordeaux and worked two harvests in Mendoza. That is why I care so much about
international cooperation.

**Which partners matter most to ENOTEC Rioja outside the region?**

Three. First, the Bordeaux wine technology network Réseau Vignes & Techniques Aquitaine, with whom we run a joint programme on climate adaptation;
their director, Sylvie Marcadet, spoke at our assembly. Second, the Portuguese cluster Vinho Tech Douro, whose president
Rui Pinto Magalhães and I signed a cooperation agreement in Porto on 14 November 2033. Third, the Moselle wine cluster in
Trier, where Dr. Anke Schreiber-Lenz leads the digital cellar project. At European level we are members of the European
Wine Clusters Alliance (EWCA) and we work with the ECCP on partner searches.

**How does the regional government support you?**

Through ADER mostly. Its director-general, Juan Carlos Velasco Mendi, signed a three-year agreement with us in December 2033
that covers part of the office costs and the sensor testbed. We also work closely with the regional councillor for
agriculture, Pilar Aransay, on the water plan. I do not want the cluster to live on subsidies, though: 58 per cent of our
income already comes from member fees and services, and my target is 70 per cent by the end of my term in 2037.

**Do you see competition between the big houses and the small wineries inside the cluster?**

Of course, they compete for the same shelves in London and New York. But inside the cluster they sit at the same table,
and that is the point. When the frost hit in April 2032, it was a large winery, Bodegas Peñaluenga, that lent its weather
station data to forty small growers. That is what I want to keep.

**What happened at the general assembly?**

The assembly on 30 January 2034 approved the strategy 2034–2037 and the budget. We also welcomed nine new members, most of
them start-ups working on drones and yeast. And we said goodbye to our long-time secretary of the board, José Luis Ezquerro,
who retired after twelve years.

**What are the key messages of the new strategy?**

We summarised them in four points for our members:
- Water comes first: every member winery should measure its water use by 2036.
- Data belongs to the grower, and the cluster will defend that in every project.
- Small wineries need shared services, not more studies.
- Cooperation across borders is the fastest way to adapt to a warmer climate.

**And the next big date?**

Rioja Vitech Forum 2034, on 21 and 22 May 2034 in Logroño, at Riojaforum. We expect 700 visitors and delegations from Douro,
Bordeaux and Mosel. Before that, in March, we will take twelve members to ProWein in Düsseldorf, from 15 to 17 March 2034.

**A last question: what do you do when you are not working?**

(laughs) In La Rioja, even when you are not working, you are talking about wine. I walk in the Sierra de Cameros with my dogs.

*Interview by Nerea Olarte. Photo: ENOTEC Rioja / Iñaki Sota.*

Share: LinkedIn · X · E-mail | Related: "Meet the new board of Vinho Tech Douro" · "Five questions to Sylvie Marcadet"
'''
write(F, T)
ER='ENOTEC Rioja'
gold(F, [
 P('Beatriz Sáenz de Tejada','president',ER),
 P('Fernando Ibarra-Lasanta','honorary president',ER),
 P('Rosa María Garrido',None,ER),
 P('Javier Oñate Ruiz','managing director',ER),
 P('Marta Lacalle','innovation manager',ER),
 P('Diego Arnedo',None,ER),
 P('Itziar Goikoetxea',None,ER),
 P('Lucía Martínez Baños','engineer',ER),
 P('Pablo Cenzano','engineer',ER),
 P('Carmen Zárate',None,ER),
 P('Álvaro Pérez de Albéniz','vice-president',ER),
 P('Elena San Millán','treasurer',ER),
 P('Ignacio Ruiz de Galarreta','scientific adviser',ER),
 P('Gonzalo Sáenz de Tejada',None,'Bodegas Sáenz de Tejada'),
 P('Sylvie Marcadet','director','Réseau Vignes & Techniques Aquitaine'),
 P('Rui Pinto Magalhães','president','Vinho Tech Douro'),
 P('Anke Schreiber-Lenz',None,None),
 P('José Luis Ezquerro',None,ER),
 P('Nerea Olarte',None,None),
 P('Juan Carlos Velasco Mendi','director-general','ADER'),
 P('Pilar Aransay','regional councillor for agriculture',None),
 P('Iñaki Sota',None,ER),
],[
 O(ER), O('University of La Rioja'), O('Agencia de Desarrollo Económico de La Rioja','ADER'), O('Bodegas Peñaluenga'),
 O('Banca Riojana de Cooperativas'), O('Instituto de Ciencias de la Vid y del Vino','ICVV'), O('Bodegas Sáenz de Tejada'),
 O('Réseau Vignes & Techniques Aquitaine'), O('Vinho Tech Douro'), O('European Wine Clusters Alliance','EWCA'), O('ECCP'),
],[
 E('general assembly','2034-01-30','2034-01-30',None,None),
 E('Rioja Vitech Forum 2034','2034-05-21','2034-05-22','Logroño','Spain'),
 E('ProWein','2034-03-15','2034-03-17','Düsseldorf','Germany'),
],['2034-02-07','2033-06','2024/2033','2017','2030','2033-11-14','2034-01-30','2034/2037','2036','2034-05-21/2034-05-22','2034-03','2034-03-15/2034-03-17','2033-12','2037','2032-04'],
 km=['Water comes first: every member winery should measure its water use by 2036',
     'Data belongs to the grower, and the cluster will defend that in every project',
     'Small wineries need shared services, not more studies',
     'Cooperation across borders is the fastest way to adapt to a warmer climate'],
 pub='2034-02-07')
