from g import *
N = "KITC_AGM-2033_report-pdf.txt"
doc(N, """Košice IT Cluster – Annual General Meeting 2033 – Report to members                                    1

KOŠICE IT CLUSTER, z. z. p. o.
Report on the Annual General Meeting
held on Thursday, 12 May 2033, Technical University of Košice, Letná 9

1. Opening
The Annual General Meeting (AGM) of the Košice IT Cluster (KITC) was opened at 14:00 by the
chairman of the board, Ing. Marek Hudák, who welcomed 61 representatives of member organisa-
tions, i.e. 47 of the 72 members with voting rights. The quorum was confirmed by the secretary,
Zuzana Tkáčová. Guests included Peter Baláž, head of the innovation department of the Košice
Self-Governing Region, and Renata Oravcová from the Slovak Investment and Trade Development Agency
(SARIO).

2. Annual report and accounts 2032
Managing director Lucia Vargová presented the activity report. The cluster ran 38 events in
2032, among them the KITC Cyber Days (18–19 October 2032) with 640 participants, and launched
the regional data-skills academy together with Technical University of Košice. The financial
statements for 2032 close with a small surplus of EUR 14,200. The auditor's opinion was read
out and was unqualified.

3. Election of the board (term 2033–2036)
All five board members stood again and were re-elected by acclamation:
  – Marek Hudák, chairman (NetOrbit s.r.o.)
  – Ivana Kollárová, vice-chairwoman (Technical University of Košice)
  – Tomáš Gajdoš (Skyllo a.s.)
  – Beáta Szabóová (DataPlanta s.r.o.)
  – Ján Ferenc (Košice Self-Governing Region)

Supervisory board: Róbert Lukáč (chair), Alena Šimková.

-------------------------------------------------------------------------------------------
KITC · AGM report 2033                                                                       2

4. Appointment of the auditors
On the proposal of the supervisory board, the AGM re-appointed AUDITA Košice, s.r.o. (responsible auditor: Ing. Miroslav Kolesár, licence no. 1187) as statu-
tory auditor for the financial years 2033 and 2034.

5. Work plan and budget 2033
The work plan for 2033 was approved with 45 votes in favour and 2 abstentions. Priorities: the
second edition of the data-skills academy from September 2033, a joint stand at Cybersec Europe,
and a study visit to Vienna in November.

6. Any other business
The next AGM will take place in May 2034. The meeting closed at 16:40 and was followed by
networking drinks.

Minutes taken by: Zuzana Tkáčová, secretary        Approved by: Marek Hudák, chairman
""")
gold(N, None,
 [P("Marek Hudák","chairman","KITC"), P("Zuzana Tkáčová","secretary","KITC"),
  P("Peter Baláž","head of the innovation department","Košice Self-Governing Region"),
  P("Renata Oravcová",None,"Slovak Investment and Trade Development Agency"),
  P("Lucia Vargová","Managing director","KITC"),
  P("Ivana Kollárová","vice-chairwoman","KITC"), P("Tomáš Gajdoš",None,"Skyllo a.s."),
  P("Beáta Szabóová",None,"DataPlanta s.r.o."), P("Ján Ferenc",None,"Košice Self-Governing Region"),
  P("Róbert Lukáč","chair","KITC"), P("Alena Šimková",None,"KITC"),
  P("Miroslav Kolesár","responsible auditor","AUDITA Košice, s.r.o.")],
 [O("Košice IT Cluster","KITC"), O("Technical University of Košice"),
  O("Košice Self-Governing Region"), O("Slovak Investment and Trade Development Agency","SARIO"),
  O("NetOrbit s.r.o."), O("Skyllo a.s."), O("DataPlanta s.r.o."), O("AUDITA Košice, s.r.o.")],
 [E("Annual General Meeting","2033-05-12","2033-05-12","Košice","Slovakia"),
  E("KITC Cyber Days","2032-10-18","2032-10-19",None,None),
  E("Cybersec Europe",None,None,None,None),
  E("study visit to Vienna","2033-11","2033-11","Vienna","Austria"),
  E("next AGM","2034-05","2034-05",None,None)],
 ["2033-05-12","2032","2032-10-18/2032-10-19","2033/2036","2033","2034","2033-09","2033-11","2034-05"], [])
