from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g05_saar_lor_cluster_network_minutes.eml'
assert wd(2036,9,23)=='Tuesday' and wd(2036,11,18)=='Tuesday' and wd(2036,9,19)=='Friday' and wd(2036,9,29)=='Monday' and wd(2036,10,3)=='Friday'
body = """Dear members of the Steering Committee,

please find below the minutes of our meeting in Saarlouis, as approved by the chair. If you have corrections, send them to me by Friday 3 October; otherwise they will be considered final. The slides are in the shared folder.

Best regards
Carolin Schwindling
Network Coordinator
Greater Region Automotive & Mobility Cluster Network (GRAM)
c/o saaris – saarland.innovation&standort e. V., Saarbrücken

----------------------------------------------------------------
MINUTES
7th meeting of the GRAM Steering Committee
Date: Tuesday 23 September 2036, 10:00–15:30
Place: Rathaus Saarlouis, Großer Sitzungssaal, Saarlouis (Germany)
Chair: Jean-Marc THIRIET, President of the Steering Committee (Pôle Véhicule du Futur Lorraine)
Minutes: Carolin Schwindling

Present: Jean-Marc Thiriet (Pôle Véhicule du Futur Lorraine, FR); Dr. Achim Kiefer (autoregion e.V., DE); Nathalie Weber-Pinto (Luxinnovation, LU); Koen Dewulf (Wallonie Automotive Cluster, BE); Helga Brück (Ministerium für Wirtschaft, Innovation, Digitales und Energie des Saarlandes, DE); Carolin Schwindling (GRAM secretariat)
Guests: Mayor Marion Jost-Schneider (Kreisstadt Saarlouis) for item 1; Lukas Ferber, works council member, for item 4
Apologies: Prof. Sabine Oberhauser (htw saar)

1. Welcome
The Mayor welcomed the committee to Saarlouis and recalled that the town's car plant, which closed in 2025, is now home to 38 suppliers working on battery systems and recycling.

2. Results of the supplier survey 2036
Dr. Kiefer presented the survey of 312 suppliers in the Greater Region. Two in three expect to lose more than a quarter of their turnover from combustion-engine parts by 2040. Only one in five has a written plan for the change.

3. Cross-border skills pilot
Ms Weber-Pinto reported on the pilot that retrained 84 workers in Esch-sur-Alzette, Metz and Saarlouis. Drop-out was low where the course was held in the workers' own language. Employers said they would take part again if the courses could be shortened to twelve weeks and run partly in the evenings. The committee noted that the certificates are still not recognised in all four countries, which makes it harder for trained workers to change employer across the border.

4. Position of the works councils
Mr Ferber asked that the works councils be consulted before any joint project on plant conversion is submitted.

5. Decisions
The Steering Committee decided:
- The network will prepare a joint application for the second call of the cross-border cooperation programme, led by autoregion e.V.
- The skills pilot will be extended to Wallonia in 2037, coordinated by the Wallonie Automotive Cluster
- A representative of the works councils will be invited to every Steering Committee meeting as a guest
- The membership fee for cluster organisations stays at EUR 2,500 a year for 2037

6. Any other business
The GRAM annual conference will take place on 18 November 2036 (Tuesday) in Metz. The next Steering Committee meeting will be held in Luxembourg in January 2037; the exact date will follow.

Meeting closed at 15:30.
----------------------------------------------------------------

> -----Original message-----
> From: Jean-Marc Thiriet <jm.thiriet@pvf-lorraine.example.fr>
> Sent: Monday, 29 September 2036 09:14
> To: Carolin Schwindling
> Subject: Re: draft minutes SC 23/09
>
> Carolin, thank you, the draft is fine for me. Please add under item 5 that the fee stays the same for 2037, as agreed at the end.
> Jean-Marc
>
>> Sent: Friday, 19 September 2036 16:40
>> Dear all, attached is the agenda for Tuesday. Lunch will be served in the Rathaus. Carolin
"""
m = EmailMessage()
m['From'] = 'Carolin Schwindling <c.schwindling@saaris.example.de>'
m['To'] = 'gram-steering@lists.example.eu'
m['Subject'] = 'Minutes of the 7th GRAM Steering Committee, Saarlouis, 23 September 2036'
m['Date'] = format_datetime(datetime.datetime(2036,9,30,11,2,0,tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
G = "Greater Region Automotive & Mobility Cluster Network"
gold(F,
 [P("Carolin Schwindling","Network Coordinator",G),
  P("Jean-Marc THIRIET","President of the Steering Committee",G),
  P("Achim Kiefer",None,"autoregion e.V."),
  P("Nathalie Weber-Pinto",None,"Luxinnovation"),
  P("Koen Dewulf",None,"Wallonie Automotive Cluster"),
  P("Helga Brück",None,"Ministerium für Wirtschaft, Innovation, Digitales und Energie des Saarlandes"),
  P("Marion Jost-Schneider","Mayor","Kreisstadt Saarlouis"),
  P("Lukas Ferber","works council member",None),
  P("Sabine Oberhauser",None,"htw saar")],
 [O(G,"GRAM"), O("saaris – saarland.innovation&standort e. V."), O("Pôle Véhicule du Futur Lorraine"), O("autoregion e.V."),
  O("Luxinnovation"), O("Wallonie Automotive Cluster"), O("Ministerium für Wirtschaft, Innovation, Digitales und Energie des Saarlandes"),
  O("Kreisstadt Saarlouis"), O("htw saar")],
 [E("7th meeting of the GRAM Steering Committee","2036-09-23",None,"Saarlouis","Germany"),
  E("GRAM annual conference","2036-11-18",None,"Metz","France"),
  E("next Steering Committee meeting","2037-01",None,"Luxembourg","Luxembourg")],
 ["2036-09-23","2036-10-03","2025","2040","2037","2036-11-18","2037-01","2036-09-29","2036-09-19","2036-09-30"],
 ["The network will prepare a joint application for the second call of the cross-border cooperation programme, led by autoregion e.V.",
  "The skills pilot will be extended to Wallonia in 2037, coordinated by the Wallonie Automotive Cluster",
  "A representative of the works councils will be invited to every Steering Committee meeting as a guest",
  "The membership fee for cluster organisations stays at EUR 2,500 a year for 2037"],
 pub="2036-09-30")
