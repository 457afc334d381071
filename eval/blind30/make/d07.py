from g import *
N = "obituary-salvatore-lo-presti.txt"
doc(N, """IN MEMORIAM

Salvatore Lo Presti (1948–2035), founder of the Etna Valley Microelectronics District

Catania, 9 February 2035 – It is with deep sorrow that the Distretto Tecnologico Microelettronica Etna (DTME) announces that its founder and first president, ing. Salvatore Lo Presti, passed away on 6 February 2035 at the age of 86.

Born in Acireale in 1948, Lo Presti studied electronic engineering at the University of Catania and spent more than twenty years at the wafer fab of Siciltronic S.p.A., where he rose to plant director in 1991. In 2003 he persuaded eleven companies, the university and the regional government to create the district, which he chaired until 2019. Under his leadership the district grew to 140 members and became one of the first Italian clusters with the ECEI Gold label, in 2016.

"Salvatore taught all of us that a cluster is made of people who trust each other," said the current president of DTME, Giuseppina Arcidiacono. "Without his stubbornness there would be no clean rooms in the industrial zone today."

Colleagues also remember him as a mentor of young engineers: from 2012 to 2030 he taught a course on semiconductor manufacturing at the University of Catania, and he supported the Fondazione Lo Presti per i Giovani Ingegneri, created by his family in 2021.

He leaves his wife Rosaria, his children Marco and Valeria, and five grandchildren.

The funeral will be held on Monday 12 February 2035 at 11:00 in the Cathedral of Sant'Agata, Catania. A commemoration will take place during the district's general assembly on 27 March 2035.

Condolences may be sent to segreteria@dtme.example.
""")
gold(N, "2035-02-09",
 [P("Salvatore Lo Presti","founder","Distretto Tecnologico Microelettronica Etna"),
  P("Giuseppina Arcidiacono","president","DTME")],
 [O("Distretto Tecnologico Microelettronica Etna","DTME"), O("University of Catania"),
  O("Siciltronic S.p.A."), O("Fondazione Lo Presti per i Giovani Ingegneri")],
 [E("funeral","2035-02-12","2035-02-12","Catania","Italy"), E("general assembly","2035-03-27","2035-03-27",None,None)],
 ["1948/2035","2035-02-09","2035-02-06","1948","1991","2003","2019","2016","2012/2030","2021","2035-02-12","2035-03-27"], [])
