from h import *
F = 'g03_interreg_baltic_portclust_news.txt'
assert wd(2037,9,22)=='Tuesday' and wd(2037,9,23)=='Wednesday' and wd(2037,11,18)=='Wednesday'
T = """Interreg South Baltic | PortClust – Small Ports as Cluster Hubs
Home  ›  Projects  ›  PortClust  ›  News

Skip to content
EN | LT | LV | PL | SE

----------------------------------------------------------------------
PortClust partners meet in Klaipėda: pilot actions move from paper to quay
----------------------------------------------------------------------

29 September 2037 | Project news | Author: Rūta Vaitkevičiūtė, Communication Manager, Klaipėda Science and Technology Park

Partners of the PortClust project gathered in Klaipėda on 22–23 September 2037 for their fourth partner meeting, hosted by Klaipėda Science and Technology Park, the project's Lithuanian partner. Eighteen participants from six partner organisations in Lithuania, Latvia, Poland, Sweden and Denmark spent two days reviewing the first results of the pilot actions and planning the second half of the project.

PortClust (full title: "Small Ports as Cluster Hubs for the Blue Economy") runs from April 2036 to March 2039 and is co-financed by the European Regional Development Fund through the Interreg South Baltic Programme 2028–2034 extension period. The project helps small and medium-sized ports turn the companies around them – ship repair yards, fish processors, tourism operators, offshore service firms – into working clusters with a shared agenda.

DAY ONE: PILOTS UNDER REVIEW

The meeting was opened by Dr. Arūnas Petrauskas, Director of Klaipėda Science and Technology Park, who welcomed the partners to "a city that has learnt the hard way that a port is more than its cargo figures".

Lead partner coordinator Magdalena Szulc-Ornowska of the Pomeranian Development Agency (Słupsk) then presented the state of play. All five pilots have now started:

  - Liepāja (LV): a shared maintenance workshop for small service vessels, run by Liepāja Special Economic Zone Authority together with eleven local firms;
  - Ustka (PL): a joint marketing offer for coastal tourism operators;
  - Karlshamn (SE): a hydrogen-ready refuelling feasibility study with Blekinge Institute of Technology;
  - Rønne (DK): a skills exchange between the port and Bornholm's offshore wind service companies;
  - Šventoji (LT): a digital booking system for the small-craft harbour.

Ilze Bērziņa, project manager at Liepāja Special Economic Zone Authority, reported that the shared workshop had taken its first 14 orders since June. "The firms were sceptical at first. Now they ask us why we did not do this ten years ago," she said.

Representatives of Business Region Blekinge and Bornholms Erhvervsfond presented the Swedish and Danish pilots. The Karlshamn study is slightly behind schedule because of delays in procuring the technical consultant; the partners agreed to extend its deadline to January 2038.

In the afternoon, the group visited Klaipėda's small-craft harbour at Smiltynė and the Western Shipyard training centre, where Vytautas Jankauskas, Head of Training, showed how the yard trains welders for offshore projects.

DAY TWO: STEERING COMMITTEE

The second day was devoted to the project's Steering Committee. Decisions taken included:

  - the budget shift of EUR 18,000 from travel to external expertise requested by the Danish partner was approved;
  - the policy brief on small ports will be drafted by the Pomeranian Development Agency and discussed at the next meeting;
  - the mid-term conference will be held in Liepāja.

The next partner meeting and the mid-term conference are planned for 18–19 November 2037 in Liepāja, Latvia. The conference, on Wednesday 18 November, will be open to the public, with the Latvian Ministry of Transport expected to take part.

Jonas Lindahl, the Joint Secretariat's project officer for PortClust, who followed the meeting online, congratulated the partners on the pace of the pilots and reminded them that the second progress report is due on 15 October 2037.

Photos: Klaipėda Science and Technology Park / Mindaugas Kazlauskas

PARTNERS
Lead partner: Pomeranian Development Agency (PL)
Partners: Klaipėda Science and Technology Park (LT) · Liepāja Special Economic Zone Authority (LV) · Business Region Blekinge (SE) · Blekinge Institute of Technology (SE) · Bornholms Erhvervsfond (DK)
Associated partners: Klaipėda State Seaport Authority (LT) · Port of Ustka (PL)

Contact
Rūta Vaitkevičiūtė
ruta.v@kmtp.example.lt
+370 46 000 000

Share: Facebook | LinkedIn | X | Copy link

< Previous: PortClust at the Baltic Sea Days in Gdańsk          Next: Call for good practices on small-port clusters >

Interreg South Baltic | Joint Secretariat, Gdańsk | Privacy | Cookie settings | Accessibility
"""
write(F, T)
gold(F,
 [P("Rūta Vaitkevičiūtė","Communication Manager","Klaipėda Science and Technology Park"),
  P("Arūnas Petrauskas","Director","Klaipėda Science and Technology Park"),
  P("Magdalena Szulc-Ornowska","Lead partner coordinator","Pomeranian Development Agency"),
  P("Ilze Bērziņa","project manager","Liepāja Special Economic Zone Authority"),
  P("Vytautas Jankauskas","Head of Training","Western Shipyard"),
  P("Jonas Lindahl","project officer","Joint Secretariat"),
  P("Mindaugas Kazlauskas")],
 [O("Klaipėda Science and Technology Park"), O("Pomeranian Development Agency"),
  O("Liepāja Special Economic Zone Authority"), O("Blekinge Institute of Technology"),
  O("Business Region Blekinge"), O("Bornholms Erhvervsfond"), O("Western Shipyard"),
  O("Latvian Ministry of Transport"), O("Joint Secretariat"), O("Klaipėda State Seaport Authority"), O("Port of Ustka")],
 [E("PortClust fourth partner meeting","2037-09-22","2037-09-23","Klaipėda","Lithuania"),
  E("visit to Klaipėda's small-craft harbour at Smiltynė and the Western Shipyard training centre","2037-09-22",None,"Klaipėda","Lithuania"),
  E("PortClust Steering Committee","2037-09-23",None,"Klaipėda","Lithuania"),
  E("PortClust partner meeting","2037-11-18","2037-11-19","Liepāja","Latvia"),
  E("PortClust mid-term conference","2037-11-18",None,"Liepāja","Latvia"),
  # third pass: named event in the "Previous" link (SCHEMA: every named event)
  E("Baltic Sea Days",None,None,"Gdańsk","Poland")],
 ["2037-09-29","2037-09-22/2037-09-23","2036-04/2039-03","2028/2034","2037-06","2038-01","2037-11-18/2037-11-19","2037-11-18","2037-10-15"],
 ["the budget shift of EUR 18,000 from travel to external expertise requested by the Danish partner was approved",
  "the policy brief on small ports will be drafted by the Pomeranian Development Agency and discussed at the next meeting",
  "the mid-term conference will be held in Liepāja"], "2037-09-29")
