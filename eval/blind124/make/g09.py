from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g09_asturias_cluster_manager_handover.eml'
assert wd(2042,1,22)=='Wednesday' and wd(2042,2,2)=='Sunday' and wd(2042,2,3)=='Monday' and wd(2042,1,14)=='Tuesday'
body = """Dear members of the board, dear partners,

As some of you already know, this is my last week at the cluster. From Monday 3 February 2042 Dr Íñigo Álvarez-Quirós will take over as Cluster Manager of the Asturias Metal & Energy Cluster (AMEC). I would like to introduce him to you properly and say thank you before I go.

Íñigo comes to us from the Instituto de Desarrollo Económico del Principado de Asturias (IDEPA), where he has headed the internationalisation department since 2037. Before that he spent six years at ArcelorMittal in Avilés as a project engineer and two years with the Basque energy cluster in Bilbao. He holds a PhD in materials engineering from the University of Oviedo. The board chose him unanimously from 23 candidates at its board meeting on Tuesday 14 January 2042, chaired by our President, Covadonga Fernández-Llaneza (Talleres Nalón, S.L.).

Some practical points for the handover:

- Íñigo's e-mail will be i.alvarez@amec.example.es; my address will be redirected to him until the end of March.
- Our Deputy Manager, Pelayo Suárez Menéndez, will keep following the hydrogen working group and the Interreg Atlantic Area partnership.
- Beatriz Cienfuegos, Membership Officer, remains your first contact for fees, the member directory and the newsletter.
- The next board meeting is on Wednesday 26 February 2042 in Gijón; Íñigo will present his 100-day plan there.

After nine years as cluster manager I am moving to Brussels to join the Clusters team of the European Commission's Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW) as a seconded national expert. I will still be around the European cluster community, so I hope our paths will cross at the European Cluster Conference in Lisbon in May.

Looking back, I am proudest of three things we did together: growing from 38 to 112 members, the first Asturias–Brittany offshore wind partnership (signed in Brest in 2039), and our Cluster Manager Academy, which has now trained 46 young managers from northern Spain.

You are all invited to a farewell coffee on Friday 31 January 2042 at 12:30 in the cluster office at the Parque Científico Tecnológico de Gijón. No gifts please – if you want, make a donation to the Fundación Banco de Alimentos de Asturias.

Thank you for everything,

P.S. The slides and the member survey results from our Annual Cluster Day in Avilés on 27 November 2041 are now in the members' area. Many of you asked for the presentation by Dr Ronan Le Goff of Bretagne Pôle Naval on shared training for welders: it is there too, with his permission.

Marta Rodríguez Valdés
Cluster Manager (until 31 January 2042)
Asturias Metal & Energy Cluster – AMEC
Parque Científico Tecnológico de Gijón · Gijón, Asturias
+34 985 000 000

--- Forwarded message ---
From: Covadonga Fernández-Llaneza <presidencia@amec.example.es>
Date: Wed, 22 Jan 2042 09:14
Subject: Board decision – new Cluster Manager
To: Board members AMEC

Dear board members,
As agreed at our meeting on 14 January, I have signed the contract with Íñigo Álvarez-Quirós today. He starts on 3 February. Marta has kindly agreed to prepare a handover file. We will thank her formally at the General Assembly on 12 June 2042 in Oviedo.
Best regards,
Covadonga
"""
assert wd(2042,1,31)=='Friday' and wd(2042,2,26)=='Wednesday'
m = EmailMessage()
m['From'] = 'Marta Rodríguez Valdés <m.rodriguez@amec.example.es>'
m['To'] = 'board@amec.example.es, partners@amec.example.es'
m['Subject'] = 'Handover: new Cluster Manager from 3 February – and goodbye'
m['Date'] = format_datetime(datetime.datetime(2042,1,27,11,40,0,tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
A="Asturias Metal & Energy Cluster"
gold(F,
 [P("Íñigo Álvarez-Quirós","Cluster Manager",A),
  P("Covadonga Fernández-Llaneza","President",A),
  P("Pelayo Suárez Menéndez","Deputy Manager",A),
  P("Beatriz Cienfuegos","Membership Officer",A),
  P("Ronan Le Goff",None,"Bretagne Pôle Naval"),
  P("Marta Rodríguez Valdés","Cluster Manager",A)],
 [O(A,"AMEC"), O("Instituto de Desarrollo Económico del Principado de Asturias","IDEPA"), O("ArcelorMittal"), O("University of Oviedo"),
  O("Talleres Nalón, S.L."), O("European Commission"), O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"),
  O("Fundación Banco de Alimentos de Asturias"), O("Bretagne Pôle Naval")],
 [E("board meeting","2042-01-14",None,None,None),
  E("board meeting","2042-02-26",None,"Gijón","Spain"),
  E("European Cluster Conference","2042-05",None,"Lisbon","Portugal"),
  E("Annual Cluster Day","2041-11-27",None,"Avilés","Spain"),
  E("farewell coffee","2042-01-31",None,"Gijón","Spain"),
  E("General Assembly","2042-06-12",None,"Oviedo","Spain")],
 ["2042-02-03","2037","2042-01-14","2042-03","2042-02-26","2042-05","2039","2042-01-31","2042-01-22","2042-06-12","2042-01-27","2041-11-27"],
 [], pub="2042-01-27")
