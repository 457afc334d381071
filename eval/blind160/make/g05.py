from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g05_sangro_automotive_board_minutes.eml'
assert wd(2041,6,12)=='Wednesday' and wd(2041,6,19)=='Wednesday' and wd(2041,5,29)=='Wednesday' and wd(2041,9,25)=='Wednesday'
body = """Dear members of the Board,

Please find below the draft minutes of our meeting of last Wednesday. Comments and corrections are welcome until Friday 21 June; after that the minutes will be considered approved and published in the members' area.

Best regards,
Federica D'Alessandro
Cluster Secretary
Polo Automotive Sangro-Aventino (PASA)
Zona Industriale Val di Sangro, 66041 Atessa (CH)

----------------------------------------------------------------
MINUTES OF THE BOARD MEETING
Polo Automotive Sangro-Aventino
Wednesday 12 June 2041, 15:00–17:45
Venue: meeting room of the Consorzio per lo Sviluppo Industriale del Vasto, San Salvo, and online

Present: Nicola Di Renzo (Sangro Stampi S.r.l.), Chair; Elena Marcucci (Università degli Studi "G. d'Annunzio" Chieti-Pescara), Vice-Chair; Tommaso Carulli (Carulli Plastiche S.p.A.), Treasurer; board members Paola Iezzi (Fondazione ITS Mobilità Sostenibile Abruzzo), Marco Sciarretta (Officine Meccaniche Sciarretta) and Giovanni Bucciarelli (Confindustria Chieti Pescara).
Apologies: Antonio De Cesare.
Guests: Lucia Ranieri, head of the cluster policy office, Abruzzo Region – Department of Economic Development; Federica D'Alessandro (secretary, minutes).

1. Approval of the agenda and of the minutes of 29 May 2041
Both were approved without changes.

2. Results of the supplier survey
Elena Marcucci presented the results of the survey among 88 suppliers of the Val di Sangro van plant. Two thirds expect to lose orders when diesel van production ends in 2044, and only one in five has a plan for electric powertrain components. The survey report will be sent to the members with these minutes.

3. Election of a new Treasurer
Following the resignation of Antonio De Cesare for health reasons, the Board elected Tommaso Carulli as Treasurer until the end of the current term (2039–2042). The Chair thanked Antonio De Cesare for eight years of service.

4. Application to the regional cluster call
Lucia Ranieri explained the rules of the Abruzzo Region's cluster consolidation call, which closes on 31 July 2041. The Board discussed the budget and the share of own income required.

5. Participation in Automotive Dialogue Europe
The Chair reported on the invitation from the European Automotive Clusters Network (EACN) to present the cluster at the Automotive Dialogue Europe conference in Győr on 24–25 September 2041.

6. Any other business
Giovanni Bucciarelli proposed a joint stand with Confindustria at the next Ecomondo fair. The Secretary will collect interest.

Decisions
- The Board approves the supplier survey report and its publication on the cluster website
- Tommaso Carulli is elected Treasurer for the remainder of the 2039–2042 term
- The cluster will apply to the regional cluster consolidation call with a three-year budget of EUR 1.2 million; the Chair and the Treasurer will sign the application
- Elena Marcucci and Marco Sciarretta will represent the cluster at Automotive Dialogue Europe in Győr
- The next Board meeting will take place on Wednesday 25 September 2041 in Lanciano; because of the Győr conference, it will be moved online if needed

The meeting closed at 17:45.

Nicola Di Renzo, Chair                Federica D'Alessandro, Secretary
----------------------------------------------------------------

-----Original message-----
From: Federica D'Alessandro <segreteria@pasa.example.it>
Sent: Wednesday, 5 June 2041 09:12
To: PASA Board
Subject: Convocation – Board meeting 12 June 2041

Dear Board members,
the next meeting will take place on 12 June at 15:00 in San Salvo (room of the Consorzio) and online. Please note the new item on the election of the Treasurer. Documents are in the shared folder.
Kind regards,
Federica
"""
assert wd(2041,6,5)=='Wednesday' and wd(2041,6,21)=='Friday'
m = EmailMessage()
m['From'] = "Federica D'Alessandro <segreteria@pasa.example.it>"
m['To'] = 'PASA Board <board@pasa.example.it>'
m['Subject'] = 'Draft minutes – Board meeting 12 June 2041'
m['Date'] = format_datetime(datetime.datetime(2041,6,17,11,40,0,tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
PA = "Polo Automotive Sangro-Aventino"
gold(F,
 [P("Federica D'Alessandro","Cluster Secretary",PA),
  P("Nicola Di Renzo","Chair",PA),
  P("Elena Marcucci","Vice-Chair",PA),
  P("Tommaso Carulli","Treasurer",PA),
  P("Paola Iezzi","board member",PA),
  P("Marco Sciarretta","board member",PA),
  P("Giovanni Bucciarelli","board member",PA),
  P("Antonio De Cesare",None,None),
  P("Lucia Ranieri","head of the cluster policy office","Abruzzo Region")],
 [O(PA,"PASA"), O("Consorzio per lo Sviluppo Industriale del Vasto"), O("Sangro Stampi S.r.l."),
  O("Università degli Studi \"G. d'Annunzio\" Chieti-Pescara"), O("Carulli Plastiche S.p.A."),
  O("Fondazione ITS Mobilità Sostenibile Abruzzo"), O("Officine Meccaniche Sciarretta"), O("Confindustria Chieti Pescara"),
  O("Abruzzo Region"), O("Department of Economic Development"), O("European Automotive Clusters Network","EACN")],
 [E("Board meeting","2041-06-12",None,"San Salvo","Italy"),
  E("Board meeting","2041-05-29",None,None,None),
  E("Automotive Dialogue Europe","2041-09-24","2041-09-25","Győr","Hungary"),
  E("Board meeting","2041-09-25",None,"Lanciano","Italy"),
  E("Ecomondo",None,None,None,None)],
 ["2041-06-21","2041-06-12","2041-05-29","2044","2039/2042","2041-07-31","2041-09-24/2041-09-25","2041-09-25","2041-06-05","2041-06-17"],
 ["The Board approves the supplier survey report and its publication on the cluster website",
  "Tommaso Carulli is elected Treasurer for the remainder of the 2039–2042 term",
  "The cluster will apply to the regional cluster consolidation call with a three-year budget of EUR 1.2 million; the Chair and the Treasurer will sign the application",
  "Elena Marcucci and Marco Sciarretta will represent the cluster at Automotive Dialogue Europe in Győr",
  "The next Board meeting will take place on Wednesday 25 September 2041 in Lanciano; because of the Győr conference, it will be moved online if needed"],
 pub="2041-06-17")
