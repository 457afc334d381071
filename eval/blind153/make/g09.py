from h import *
F = 'g09_steyr_mechatronics_webinar_series.txt'
assert wd(2035,11,8)=='Thursday' and wd(2035,11,22)=='Thursday' and wd(2035,11,29)=='Thursday' and wd(2035,12,13)=='Thursday' and wd(2035,10,25)=='Thursday'
T = """Mechatronics Network Steyr-Enns | Events | Webinar series "Lunch & Learn"
Home > Events > Webinars
Login for members | Deutsch | English

LUNCH & LEARN – 45 MINUTES OF PRACTICAL KNOW-HOW FOR MECHATRONICS SMEs
Every second Thursday, 12:15–13:00, online (Teams). Free of charge for members of the Mechatronics Network Steyr-Enns; EUR 25 for guests.

Lunch & Learn is the webinar series of the Mechatronics Network Steyr-Enns, the regional cluster initiative for machine builders, drive specialists and automation companies in the Steyr, Enns and Garsten area of Upper Austria. Each session brings one practitioner from a member company or a research partner, a 25-minute talk and 20 minutes of questions. The series started in January 2034; since then 31 sessions have been held with an average of 64 participants.

Coordination: DI Magdalena Reischl-Huber, project manager for training and events, Mechatronics Network Steyr-Enns. The network is managed by the regional economic agency Wirtschaftsservice Steyr GmbH on behalf of the City of Steyr, the municipality of Enns and the Upper Austrian business agency Business Upper Austria.

UPCOMING SESSIONS (autumn 2035)

Thursday 8 November 2035
"Retrofitting old machine tools with new drives – what pays off?"
Speaker: Ing. Florian Haslinger, head of service, Steyr Antriebstechnik GmbH

Thursday 22 November 2035
"The EU Machinery Regulation: what changes for your CE marking"
Speaker: Mag. Dr. Verena Pichler-Wallner, TÜV Austria, Linz

Thursday 29 November 2035 – special session, 10:00–11:30
"Apprentices in mechatronics: how to find and keep them"
With Bernhard Stöger (HTL Steyr), Elif Yılmaz (AMS Steyr) and two apprentices from members' companies.
Note: the special session replaces the session of 6 December.

Thursday 13 December 2035
"Predictive maintenance with small data"
Speaker: Prof. (FH) Dr. Tobias Kranzl, University of Applied Sciences Upper Austria, Campus Steyr

PAST SESSIONS 2035 (recordings in the members' area)
18 January 2035 – "Energy prices and variable speed drives" – Stefan Mayrhofer, Enns Elektro GmbH
15 February 2035 – "Cyber security for connected machines" – Lisa Brandstätter, SBA Research, Vienna
15 March 2035 – "Selling machines to Czech customers" – Jiří Novotný, Czech-Austrian Chamber of Commerce
12 April 2035 – "Cobots in small batch production" – Martin Eder, Profactor GmbH
10 May 2035 – "Funding for digitalisation projects" – Claudia Wimmer, Austria Wirtschaftsservice (aws)
25 October 2035 – "Remote service contracts" – Thomas Leitner, GreinerTec Automation

KEY TAKEAWAYS FROM THE LAST SESSION (25 October 2035, "Remote service contracts")
Our speaker summed up his experience in four points:
- Price remote service as a subscription, not per call-out; customers accept it once downtime falls
- Agree in the contract who owns the machine data before the first connection
- Start with a few machines at friendly customers and publish the results
- Train your own service technicians first: they sell remote service better than the sales team

ALSO ORGANISED BY THE NETWORK
Mechatronics Day Steyr 2036 – the network's annual conference with exhibition, at the Museum Arbeitswelt Steyr, on 19 March 2036. Call for speakers open until 15 December 2035.
Network meeting with the drives cluster of Upper Styria in Kapfenberg, spring 2036 (date to be announced).

REGISTRATION
Register for each session on the website; you will receive the Teams link the day before. Questions to the speaker can be sent in advance to events@mechatronik-steyr.example.at. Sessions are recorded; by registering you accept that your name may be visible to other participants.

Newsletter | Data protection | Imprint
Mechatronics Network Steyr-Enns, c/o Wirtschaftsservice Steyr GmbH, Stadtplatz 27, 4400 Steyr
Share: LinkedIn | Xing | E-mail
"""
write(F, T)
MN="Mechatronics Network Steyr-Enns"
gold(F,
 [P("Magdalena Reischl-Huber","project manager for training and events",MN),
  P("Florian Haslinger","head of service","Steyr Antriebstechnik GmbH"),
  P("Verena Pichler-Wallner",None,"TÜV Austria"),
  P("Bernhard Stöger",None,"HTL Steyr"), P("Elif Yılmaz",None,"AMS Steyr"),
  P("Tobias Kranzl",None,"University of Applied Sciences Upper Austria"),
  P("Stefan Mayrhofer",None,"Enns Elektro GmbH"), P("Lisa Brandstätter",None,"SBA Research"),
  P("Jiří Novotný",None,"Czech-Austrian Chamber of Commerce"), P("Martin Eder",None,"Profactor GmbH"),
  P("Claudia Wimmer",None,"Austria Wirtschaftsservice"), P("Thomas Leitner",None,"GreinerTec Automation")],
 [O(MN), O("Wirtschaftsservice Steyr GmbH"), O("City of Steyr"), O("Business Upper Austria"), O("Steyr Antriebstechnik GmbH"),
  O("TÜV Austria"), O("HTL Steyr"), O("AMS Steyr"), O("University of Applied Sciences Upper Austria"), O("Enns Elektro GmbH"),
  O("SBA Research"), O("Czech-Austrian Chamber of Commerce"), O("Profactor GmbH"), O("Austria Wirtschaftsservice","aws"),
  O("GreinerTec Automation")],
 [E("Retrofitting old machine tools with new drives – what pays off?","2035-11-08"),
  E("The EU Machinery Regulation: what changes for your CE marking","2035-11-22"),
  E("Apprentices in mechatronics: how to find and keep them","2035-11-29"),
  E("Predictive maintenance with small data","2035-12-13"),
  E("Energy prices and variable speed drives","2035-01-18"),
  E("Cyber security for connected machines","2035-02-15"),
  E("Selling machines to Czech customers","2035-03-15"),
  E("Cobots in small batch production","2035-04-12"),
  E("Funding for digitalisation projects","2035-05-10"),
  E("Remote service contracts","2035-10-25"),
  E("Mechatronics Day Steyr 2036","2036-03-19",None,"Steyr","Austria"),
  E("Network meeting with the drives cluster of Upper Styria","2036",None,"Kapfenberg","Austria")],
 ["2034-01","2035","2035-11-08","2035-11-22","2035-11-29","2035-12-06","2035-12-13","2035-01-18","2035-02-15","2035-03-15","2035-04-12",
  "2035-05-10","2035-10-25","2036-03-19","2035-12-15","2036"],
 ["Price remote service as a subscription, not per call-out; customers accept it once downtime falls",
  "Agree in the contract who owns the machine data before the first connection",
  "Start with a few machines at friendly customers and publish the results",
  "Train your own service technicians first: they sell remote service better than the sales team"],
 pub=None)
