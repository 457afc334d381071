from h import *
F = 'interview-president-castilla-leon-automotive-cluster.txt'
T = f"""INDUSTRY & REGIONS MAGAZINE · Issue 112 · {wd(2034,4,7)} 7 April 2034
INTERVIEW

"Our suppliers cannot make the electric transition alone"

Rocío Martín-Sanz Herrero was elected President of FACYL, the automotive cluster of Castilla y León, in February. The engineer, who runs the Valladolid plant of the seat-frame maker Grupo Antolín-Duero, S.A., talks to us about her priorities, the end of the combustion engine and why the cluster needs more women on the shop floor.

By Daniel O'Connell, Valladolid

Rocío Martín-Sanz receives us in the cluster's offices at the Parque Tecnológico de Boecillo, twenty minutes south of Valladolid. On the wall hangs a map of the region dotted with 112 pins, one for each member company. "Seventy of them did not exist in their present form fifteen years ago," she says.

Mrs Martín-Sanz, you took over from Fernando Gil-Ortega, who led the cluster for eight years. What is different now?

The situation. Fernando – and I want to thank him publicly, because he turned FACYL into a real team – led the cluster through the years when the vehicle makers announced their electric models. Now those models are being built. The Renault plants in Valladolid and Palencia and the Iveco plant in Valladolid are converting their lines, and our suppliers must follow. Some of them make parts that an electric car simply does not need.

What are your priorities for your term?

I have four. First, to help at least forty supplier companies diversify into components for electric and hydrogen vehicles by 2037, with a programme of diagnostics, co-financed engineering and contacts with buyers. Second, skills: we need around 2,500 technicians and engineers in the next five years, and we want to double the number of dual vocational training places together with the Junta de Castilla y León. Third, the energy bill: our members pay too much for electricity, and we want to build shared solar parks on the industrial estates. Fourth, internationalisation – we should sell to German and French car makers, not only to the plants next door.

Women are still a minority in the sector. Is that part of your agenda?

Absolutely. Only 21% of the employees in our member companies are women, and on the shop floor it is less. I am the first woman to chair the cluster, and the board now has five women out of thirteen members. We will launch a mentoring programme with the Universidad de Valladolid and the Escuela de Ingenierías Industriales in September.

How is the cluster financed?

About 45% from membership fees and services, the rest from projects and from the Instituto para la Competitividad Empresarial de Castilla y León (ICE), which supports the regional clusters. Our managing director, Álvaro Pascual Villanueva, and his team of nine do a remarkable job with a modest budget. We are also partners in the Horizon Europe project ReBATT, on battery recycling, with the Fraunhofer Institute for Chemical Technology and the Slovak cluster Autoklaster Trnava.

What do you expect from Madrid and Brussels?

Predictability. Our companies invest with a horizon of ten years. If the rules on CO2 emissions, on batteries or on state aid change every two years, the small ones will not invest at all. We also ask the Ministry of Industry and Tourism to keep the PERTE programme for the vehicle of the future open to small suppliers, not only to large consortia.

Will the cluster work more with neighbouring regions?

Yes. We already share projects with the clusters of Galicia and Aragón, and in June we will sign an agreement with the Portuguese cluster in Aveiro on joint training for battery technicians.

You have been in the industry for twenty-four years. What keeps you in it?

The people. I started as a quality engineer at Renault in Palencia in 2010, then moved to Antolín. Every time a line changes, hundreds of people have to learn something new. When it works, it is the best feeling there is.

Next month the cluster holds its big event.

Yes, the Automotive Suppliers' Day on {wd(2034,5,22)} 22 May 2034 at the Feria de Valladolid, with more than 300 participants expected, B2B meetings in the afternoon and a visit to the Renault plant the next morning. On {wd(2034,10,16)} 16 October 2034 we will be in Stuttgart for a supplier mission with our colleagues from the Basque cluster ACICAE.

---
Rocío Martín-Sanz Herrero (born 1986 in Zamora) studied industrial engineering at the Universidad de Valladolid. Before joining Grupo Antolín-Duero in 2016 she worked at Renault España in Palencia (2010–2016). She has been a member of FACYL's board since 2029 and vice-president from 2031 to 2034. She was elected President at the General Assembly on {wd(2034,2,22)} 22 February 2034 for a four-year term.

FACYL – Fundación para la Automoción de Castilla y León, founded in 2001, brings together 112 companies with about 34,000 employees, as well as universities and technology centres such as CIDAUT. Its vice-presidents are Jorge Recio Alonso (Gestamp Palencia, S.A.) and Dr. Katharina Böhm-Alarcón (Schaeffler Iberia, S.L.U.).
"""
write(F, T)
gold(F, [P('Rocío Martín-Sanz Herrero','President','FACYL'), P("Daniel O'Connell",None,'Industry & Regions Magazine') if False else P("Daniel O'Connell",None,None),
 P('Fernando Gil-Ortega',None,'FACYL'), P('Álvaro Pascual Villanueva','managing director','FACYL'),
 P('Jorge Recio Alonso','vice-president','FACYL'), P('Katharina Böhm-Alarcón','vice-president','FACYL')],
 [O('Fundación para la Automoción de Castilla y León','FACYL'), O('Grupo Antolín-Duero, S.A.'), O('Renault'), O('Iveco'),
  O('Junta de Castilla y León'), O('Universidad de Valladolid'), O('Escuela de Ingenierías Industriales'), O('Instituto para la Competitividad Empresarial de Castilla y León','ICE'),
  O('Fraunhofer Institute for Chemical Technology'), O('Autoklaster Trnava'), O('Ministry of Industry and Tourism'), O('ACICAE'),
  O('Renault España'), O('CIDAUT'), O('Gestamp Palencia, S.A.'), O('Schaeffler Iberia, S.L.U.'), O('INDUSTRY & REGIONS MAGAZINE')],
 [E("Automotive Suppliers' Day",'2034-05-22','2034-05-22','Valladolid','Spain'), E('B2B meetings','2034-05-22','2034-05-22','Valladolid','Spain'),
  E('visit to the Renault plant','2034-05-23','2034-05-23','Valladolid','Spain'), E('supplier mission','2034-10-16','2034-10-16','Stuttgart','Germany'),
  E('General Assembly','2034-02-22','2034-02-22',None,None)],
 ['2034-04-07','2034-02','2037','2034-09','2010','2034-05-22','2034-10-16','1986','2016','2010/2016','2029','2031/2034','2034-02-22','2001','2034-06'], pub='2034-04-07')
