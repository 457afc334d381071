from h import *
import email.message, email.utils
F = 'g13_fwd_slovenia_wood_days.eml'
assert wd(2035,4,23)=='Monday' and wd(2035,4,24)=='Tuesday' and wd(2035,5,16)=='Wednesday' and wd(2035,5,17)=='Thursday' and wd(2035,4,20)=='Friday'
body = """Hi Maarten,

see below the page of the Slovenian wood cluster about their Wood Days in May – copied from their site since the link only works with a login. Worth a look for our furniture members, especially the B2B day. Could you check with Ellen whether we still have travel budget in the Q2 line?

Best,
Sanne

--
Sanne de Wilde
International Projects Officer
Flanders Furniture & Interior Cluster (FFIC)
Kortrijk, Belgium

-------- Forwarded Message --------
Subject: Wood Days Ljubljana 2035 – programme and registration
Date: Fri, 20 Apr 2035 09:12:44 +0200
From: Wood Industry Cluster Slovenia <news@lesniklaster.example.si>
To: Sanne de Wilde <s.dewilde@ffic.example.be>

Home | About the cluster | Members | Projects | Events | News | Contact | SI | EN

Events > Wood Days Ljubljana 2035

WOOD DAYS LJUBLJANA 2035
Wednesday 16 – Thursday 17 May 2035
Gospodarsko razstavišče (Ljubljana Exhibition and Convention Centre), Hall B

Organised by the Wood Industry Cluster Slovenia (Lesarski grozd Slovenije, LGS) in cooperation with the Chamber of Commerce and Industry of Slovenia (GZS) and the Biotechnical Faculty of the University of Ljubljana.

This year's Wood Days focus on wooden construction in public buildings, the reuse of furniture and the new EU rules on deforestation-free supply chains. Expect about 400 participants from Slovenia, Austria, Croatia, Italy and – for the first time – Belgium and the Netherlands.

PROGRAMME

Wednesday, 16 May 2035
09:00 Registration and coffee
09:30 Welcome – Matej Kovačič, President of LGS, and Dr. Vesna Žagar, State Secretary, Ministry of Economy, Tourism and Sport
10:00 Keynote: "Wood in schools and hospitals – ten years of the Slovenian public procurement rule" – Prof. Dr. Andrej Kitek, Biotechnical Faculty, University of Ljubljana
11:00 Panel: Deforestation-free supply chains – what changes for SMEs
Moderator: Tina Hrovat, GZS
Panellists: Gregor Lesjak (Lesna Industrija Slovenj Gradec d.o.o.), Marta Oblak (Slovenian Forest Service), Thomas Gruber (proHolz Austria)
13:00 Lunch and exhibition
14:30 Workshop: Design for reuse in office furniture (with the Novo Mesto Furniture Hub)
17:00 Company visit: Marles hiše d.o.o., Limbuš (bus departs from Hall B)
20:00 Wood Days dinner at Ljubljana Castle

Thursday, 17 May 2035
09:00–13:00 B2B meetings (pre-arranged via the matchmaking tool, 25-minute slots)
13:00 Closing lunch
14:00 Optional study visit to the Kočevje forest and sawmill

Fees: EUR 90 for cluster members and partners, EUR 150 for others. The fee includes the dinner.
Registration deadline: 4 May 2035. Matchmaking profiles by 9 May 2035.
Info webinar for foreign participants: Tuesday, 24 April 2035, 10:00 CEST (in English).

Contact: Nina Zupan, Project Manager, LGS, +386 1 000 00 00

Last year's Wood Days (2034) in numbers: 372 participants, 214 B2B meetings, 11 countries.

About the cluster
The Wood Industry Cluster Slovenia was founded in 2012 and today connects 118 members: sawmills, furniture and joinery companies, timber house builders, designers and research groups. The cluster runs a joint sales office for timber houses in Austria, a circular furniture lab and a yearly training programme for young joiners. New members from abroad can join as associated partners for a reduced fee.

Share: Facebook | LinkedIn | Twitter

Supported by the Slovenian Enterprise Fund (SPS).
Lesarski grozd Slovenije, Dunajska cesta 1, 1000 Ljubljana. Unsubscribe | Privacy

-------- End of forwarded message --------
"""
m = email.message.EmailMessage()
m['From'] = 'Sanne de Wilde <s.dewilde@ffic.example.be>'
m['To'] = 'Maarten Claes <m.claes@ffic.example.be>'
m['Subject'] = 'Fwd: Wood Days Ljubljana 2035 – programme and registration'
m['Date'] = 'Mon, 23 Apr 2035 08:41:05 +0200'
m.set_content(body)
open(path(F),'wb').write(bytes(m))
L = "Wood Industry Cluster Slovenia"
gold(F,
 [P("Sanne de Wilde","International Projects Officer","Flanders Furniture & Interior Cluster"),
  P("Matej Kovačič","President","LGS"), P("Vesna Žagar","State Secretary","Ministry of Economy, Tourism and Sport"),
  P("Andrej Kitek",None,"Biotechnical Faculty"), P("Tina Hrovat","Moderator","GZS"),
  P("Gregor Lesjak","Panellist","Lesna Industrija Slovenj Gradec d.o.o."), P("Marta Oblak","Panellist","Slovenian Forest Service"),
  P("Thomas Gruber","Panellist","proHolz Austria"), P("Nina Zupan","Project Manager","LGS"),
  P("Maarten Claes",None,None)],
 [O("Flanders Furniture & Interior Cluster","FFIC"), O(L,"LGS"), O("Chamber of Commerce and Industry of Slovenia","GZS"),
  O("Biotechnical Faculty"), O("University of Ljubljana"), O("Ministry of Economy, Tourism and Sport"),
  O("Lesna Industrija Slovenj Gradec d.o.o."), O("Slovenian Forest Service"), O("proHolz Austria"), O("Novo Mesto Furniture Hub"),
  O("Marles hiše d.o.o."), O("Slovenian Enterprise Fund","SPS")],
 [E("Wood Days Ljubljana 2035","2035-05-16","2035-05-17","Ljubljana","Slovenia"),
  E("Workshop: Design for reuse in office furniture","2035-05-16",None,"Ljubljana","Slovenia"),
  E("Company visit: Marles hiše d.o.o.","2035-05-16",None,"Limbuš","Slovenia"),
  E("Wood Days dinner","2035-05-16",None,"Ljubljana","Slovenia"),
  E("B2B meetings","2035-05-17",None,"Ljubljana","Slovenia"),
  E("study visit to the Kočevje forest and sawmill","2035-05-17",None,"Kočevje","Slovenia"),
  E("Info webinar for foreign participants","2035-04-24",None,None,None),
  E("Wood Days (2034)","2034",None,None,None)],
 ["2035-04-23","2035-04-20","2035-05","2035-05-16/2035-05-17","2035-05-16","2035-05-17","2035-05-04","2035-05-09","2035-04-24","2034","2012"],
 [], "2035-04-23")
