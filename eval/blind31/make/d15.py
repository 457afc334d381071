from g import *
fname = "OMC_convocation_ordinary-general-assembly_2031.txt"
t = """OROBIE MECHATRONICS CLUSTER - OMC
Association of companies and research organisations in mechatronics and automation
Via Zanica 1 - 24126 Bergamo - info@omc.example

To all Members
Bergamo, 3 April 2031

CONVOCATION OF THE ORDINARY GENERAL ASSEMBLY OF MEMBERS

Pursuant to Article 11 of the Statute, the Ordinary General Assembly of Members of the Orobie Mechatronics Cluster
is convened in first call on Wednesday 23 April 2031 at 09:00 at the registered office and, should the quorum not be
reached, in SECOND CALL on

THURSDAY 24 APRIL 2031 AT 15:00
Sala Congressi, Camera di Commercio di Bergamo, Largo Belotti 16, Bergamo

with the following

AGENDA
1. Opening of the meeting, verification of the quorum, appointment of the secretary of the meeting.
2. Approval of the minutes of the General Assembly of 18 April 2030.
3. Report of the President on the activities of the past year.
4. Approval of the financial statements for 2030 and report of the auditor.
5. Budget for 2031 and membership fees for 2032.
6. Election of the Board of Directors for the term 2031-2034 (seven seats).
7. Election of the auditor.
8. Any other business.

ELECTIONS
The outgoing Board has received the following candidacies for the Board of Directors (in alphabetical order):
- Kenji Arai-Bertoli (Robotica Orobica S.r.l.)
- Federica Bonacina (Meccatronica Seriana S.r.l.)
- Marco Carminati (Carminati Utensili S.p.A.)
- Davide Locatelli (Locatelli Automazioni S.r.l.), outgoing President, candidate for a second term
- Giovanna Mazzoleni (Università degli Studi di Bergamo)
- Paolo Rota Nodari (Valbrembana Drives S.p.A.)
For the office of auditor, the Board proposes Enrico Pesenti, chartered accountant.
Further candidacies may be submitted in writing to the Secretary General by 10 April 2031. Each member company may
propose one candidate. The newly elected Board will elect the President and two Vice-Presidents at its first meeting.

PARTICIPATION AND PROXIES
Each member in good standing with the 2031 fee has one vote. A member may be represented by another member with a
written proxy (form attached); no member may hold more than two proxies. Documents for items 3 to 5 will be available
in the members' area from 14 April.

The Assembly will be followed by a networking aperitivo offered by Camera di Commercio di Bergamo.

Please confirm your attendance to Silvia Cortinovis, Secretary General (segreteria@omc.example).

The President
Davide Locatelli

Attachments: proxy form; candidacy form; draft financial statements
"""
write_doc(fname, t)
O_ = "Orobie Mechatronics Cluster"
gold(fname,
 [P("Kenji Arai-Bertoli",None,"Robotica Orobica S.r.l."),
  P("Federica Bonacina",None,"Meccatronica Seriana S.r.l."),
  P("Marco Carminati",None,"Carminati Utensili S.p.A."),
  P("Davide Locatelli","President",O_),
  P("Giovanna Mazzoleni",None,"Università degli Studi di Bergamo"),
  P("Paolo Rota Nodari",None,"Valbrembana Drives S.p.A."),
  P("Enrico Pesenti","chartered accountant",None),
  P("Silvia Cortinovis","Secretary General",O_)],
 [O(O_,"OMC"), O("Camera di Commercio di Bergamo"), O("Robotica Orobica S.r.l."), O("Meccatronica Seriana S.r.l."),
  O("Carminati Utensili S.p.A."), O("Locatelli Automazioni S.r.l."), O("Università degli Studi di Bergamo"),
  O("Valbrembana Drives S.p.A.")],
 [E("Ordinary General Assembly of Members","2031-04-24",None,"Bergamo","Italy"),
  E("General Assembly","2030-04-18")],
 ["2031-04-03","2031-04-23","2031-04-24","2030-04-18","2030","2031","2032","2031/2034","2031-04-10","2031-04-14"],
 pub="2031-04-03")
