from h import *
F = 'g09_varazdin_digital_cluster_bulletin.txt'
assert wd(2034,11,14)=='Tuesday' and wd(2034,11,20)=='Monday' and wd(2034,12,4)=='Monday' and wd(2034,12,5)=='Tuesday' and wd(2035,1,16)=='Tuesday' and wd(2034,11,7)=='Tuesday'
T = """NORTH CROATIA DIGITAL CLUSTER
Member bulletin | November 2034 | No. 18
Sent to 94 members and 37 partners. Forward it to a colleague: bulletin@ncdc.example.hr

===========================================================
IN THIS BULLETIN
  > Varaždin Code Days: programme is out
  > Call for ICT vouchers – last three weeks
  > What the members' meeting decided
  > People: a new head of the cluster office
  > Short news
===========================================================

>> VARAŽDIN CODE DAYS: PROGRAMME IS OUT

The seventh Varaždin Code Days will take place on Monday 4 and Tuesday 5 December 2034 in the Varaždin Technology Park (TPV). Expect two tracks – "AI in manufacturing" and "Software for public services" – and a hackathon for students on the second day.

Monday 4 December
  09:30  Opening: Ivana Horvat-Kolarić, President of the cluster, and Marko Bakić, County Prefect of Varaždin County
  10:00  "Why factories in Međimurje need their own data", keynote by Dr. Tomislav Novak, Faculty of Organization and Informatics, University of Zagreb (FOI)
  11:00  Track sessions
  19:00  Members' dinner at the Varaždin Castle restaurant (members only, registration required)

Tuesday 5 December
  09:00  Student hackathon (until 17:00), with challenges from Varteks, Čakovec Metal Works and the City of Varaždin
  10:00  Investor breakfast with the Croatian Agency for SMEs, Innovations and Investments (HAMAG-BICRO)
  17:30  Awards for the hackathon teams

Earlier editions:
  2033  Varaždin, 14-15 November
  2032  Čakovec, 9-10 November
  2031  Varaždin, 3 November

Participation is free; register by 27 November at codedays.example.hr.

>> CALL FOR ICT VOUCHERS – LAST THREE WEEKS

The third call for digital vouchers for manufacturing companies in Varaždin, Međimurje and Krapina-Zagorje counties closes on Tuesday 14 November 2034 at 15:00. Each voucher is worth up to EUR 8,000 and buys services from a member of the cluster. So far 41 applications have arrived. The call is financed by the Ministry of Economy and Sustainable Development and managed by the Regional Development Agency of Varaždin County (AZRA). Questions: Petra Šimunić, voucher desk, AZRA.

>> WHAT THE MEMBERS' MEETING DECIDED

The annual meeting of members took place on 24 October 2034 at the cluster office in Varaždin. Thirty-nine members voted. Members

  - adopted the work programme and the budget for 2035;
  - raised the annual fee for large companies from EUR 600 to EUR 900;
  - elected two new board members: Davor Jurković (Infocom d.o.o., Čakovec) and Sanja Pavlek (Varaždin General Hospital, IT department);
  - agreed to apply for the European Cluster Excellence silver label in 2035.

Outgoing board member Zlatko Hrgović (Elektro-Zagorje) was thanked for eight years of service (2026-2034).

>> PEOPLE: A NEW HEAD OF THE CLUSTER OFFICE

From 1 December 2034 the cluster office will be headed by Lucija Vrbanec, until now project manager at the Međimurje Development Agency REDEA in Čakovec. She replaces Goran Ivančić, who moves to the Croatian Chamber of Economy in Zagreb as head of the digital economy department. "Lucija knows both our companies and the EU programmes, and she has the energy the job needs," said the president of the cluster.

>> SHORT NEWS

* Study visit: a group of twelve members will visit the Slovenian ICT cluster in Maribor on Tuesday 7 November 2034, hosted by the Maribor Development Agency.
* The University North in Varaždin opens a new master's programme in data engineering in autumn 2035. The cluster helped to write the curriculum.
* Webinar "Cybersecurity rules for suppliers" on Tuesday 16 January 2035, 10:00, with Ana Kovačec of the Croatian Academic and Research Network (CARNET).

-----------------------------------------------------------
North Croatia Digital Cluster (NCDC) | Jurja Križanića 33, 42000 Varaždin
Unsubscribe | Privacy | www.ncdc.example.hr
"""
write(F, T)
N = "North Croatia Digital Cluster"
gold(F,
 [P("Ivana Horvat-Kolarić", "President", N),
  P("Marko Bakić", "County Prefect", "Varaždin County"),
  P("Tomislav Novak", None, "Faculty of Organization and Informatics"),
  P("Petra Šimunić", "voucher desk", "AZRA"),
  P("Davor Jurković", "board member", N),
  P("Sanja Pavlek", "board member", N),
  P("Zlatko Hrgović", "board member", N),
  P("Lucija Vrbanec", "project manager", "Međimurje Development Agency"),
  P("Goran Ivančić", "head of the digital economy department", "Croatian Chamber of Economy"),
  P("Ana Kovačec", None, "Croatian Academic and Research Network")],
 [O(N, "NCDC"), O("Varaždin Technology Park", "TPV"), O("Varaždin County"), O("Faculty of Organization and Informatics", "FOI"),
  O("University of Zagreb"), O("Varteks"), O("Čakovec Metal Works"), O("City of Varaždin"),
  O("Croatian Agency for SMEs, Innovations and Investments", "HAMAG-BICRO"), O("Ministry of Economy and Sustainable Development"),
  O("Regional Development Agency of Varaždin County", "AZRA"), O("Infocom d.o.o."), O("Varaždin General Hospital"),
  O("Elektro-Zagorje"), O("Međimurje Development Agency", "REDEA"), O("Croatian Chamber of Economy"),
  O("Maribor Development Agency"), O("University North"),
  O("Croatian Academic and Research Network", "CARNET")],
 [E("Varaždin Code Days", "2034-12-04", "2034-12-05", "Varaždin", "Croatia"),
  E("Why factories in Međimurje need their own data", "2034-12-04", None, "Varaždin", "Croatia"),
  E("Members' dinner", "2034-12-04", None, "Varaždin", "Croatia"),
  E("Student hackathon", "2034-12-05", None, "Varaždin", "Croatia"),
  E("Investor breakfast", "2034-12-05", None, "Varaždin", "Croatia"),
  E("Awards for the hackathon teams", "2034-12-05", None, "Varaždin", "Croatia"),
  E("Varaždin Code Days", "2033-11-14", "2033-11-15", "Varaždin", "Croatia"),
  E("Varaždin Code Days", "2032-11-09", "2032-11-10", "Čakovec", "Croatia"),
  E("Varaždin Code Days", "2031-11-03", None, "Varaždin", "Croatia"),
  E("annual meeting of members", "2034-10-24", None, "Varaždin", "Croatia"),
  E("Study visit", "2034-11-07", None, "Maribor", "Slovenia"),
  E("Cybersecurity rules for suppliers", "2035-01-16", None, None, None)],
 ["2034-11", "2034-12-04/2034-12-05", "2034-12-04", "2034-12-05", "2033-11-14/2033-11-15", "2032-11-09/2032-11-10",
  "2031-11-03", "2034-11-27", "2034-11-14", "2034-10-24", "2035", "2026/2034", "2034-12-01", "2034-11-07", "2035-01-16"],
 ["adopted the work programme and the budget for 2035",
  "raised the annual fee for large companies from EUR 600 to EUR 900",
  "elected two new board members: Davor Jurković (Infocom d.o.o., Čakovec) and Sanja Pavlek (Varaždin General Hospital, IT department)",
  "agreed to apply for the European Cluster Excellence silver label in 2035"])
