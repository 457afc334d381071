from h import *
import docx
F = 'g08_ruhr_logistics_board_minutes.docx'
assert wd(2035,11,13)=='Tuesday' and wd(2035,9,25)=='Tuesday' and wd(2036,1,29)=='Tuesday' and wd(2035,12,4)=='Tuesday' and wd(2036,3,19)=='Wednesday'
paras = [
("h","Minutes of the Board Meeting – Ruhr Logistics Cluster e.V."),
("p","Meeting no. 5/2035 · Tuesday 13 November 2035, 15:00–17:40 · Dortmund, Fraunhofer-Institut für Materialfluss und Logistik (IML), Room 2.14, and online"),
("p","DRAFT – to be approved at the next meeting"),
("h2","Attendance"),
("p","Present: Dr. Katharina von Bülow (Chair; Managing Director, Westfalen Spedition GmbH & Co. KG), Mehmet Yıldırım (Vice-Chair; Head of Operations, Duisport – Duisburger Hafen AG), Prof. Dr. Lars ten Brink (Board member; TU Dortmund University), Anja Schulte-Wessel (Treasurer; Sparkasse Dortmund), Ewa Kamińska (Board member; RhineRail Cargo Sp. z o.o., online)"),
("p","In attendance: Dr. Thomas Brandt, Cluster Manager; Julia Meier, Project Manager (minutes)"),
("p","Guest for item 4: Frank Hoppe, NRW.Global Business GmbH"),
("p","Apologies: Peter de Groot (Board member; Port of Rotterdam Authority)"),
("h2","1. Opening and approval of the agenda"),
("p","The Chair opened the meeting at 15:05, welcomed Ewa Kamińska to her first meeting and noted that the Board was quorate. The agenda was approved with one addition under AOB."),
("h2","2. Minutes of the previous meeting"),
("p","The minutes of the meeting of 25 September 2035 were approved without changes. Action 3 (member survey) is complete; action 5 (website relaunch) is delayed to February 2036."),
("h2","3. Cluster Manager's report"),
("p","Dr. Brandt reported 143 members (+9 since January), of which 96 SMEs. The autumn Logistics Talk on last-mile hubs in Bochum on 23 October attracted 88 participants. The cluster's application for the ECEI Gold label will be submitted by 15 January 2036; the benchmarking visit by the assessor is expected in spring 2036. The European Cluster Collaboration Platform listed the cluster's partnership call with Silesian partners in its October newsletter."),
("h2","4. Internationalisation: mission to Katowice"),
("p","Frank Hoppe presented the offer of NRW.Global Business to co-finance a delegation of cluster members to Upper Silesia. The proposed programme runs from 28 to 30 April 2036 with a matchmaking at the Katowice International Congress Centre on 29 April and company visits to rail terminals in Sławków and Gliwice. Ewa Kamińska offered to open contacts with the Silesian Logistics Cluster (Śląski Klaster Logistyczny). The Enterprise Europe Network NRW will support the B2B meetings."),
("h2","5. Budget 2036 and membership fees"),
("p","The Treasurer presented the draft budget 2036 (income EUR 612,000, of which 38% membership fees). Fees have not been adjusted since 2031. The Board discussed a 5% increase for large companies only."),
("h2","6. General Assembly 2036"),
("p","The Board agreed to hold the General Assembly on Wednesday 19 March 2036 at the DASA Working World Exhibition in Dortmund. The Chair and the Vice-Chair will stand for re-election; the term of office is 2036–2039."),
("h2","7. Any other business"),
("p","Prof. ten Brink informed the Board that TU Dortmund University will host the international conference Hub Logistics 2036 on 2–3 June 2036 and invited the cluster to co-organise a session."),
("h2","Decisions"),
("p","The Board decided:"),
("p","D1. The draft budget 2036 is approved and will be submitted to the General Assembly."),
("p","D2. Membership fees for companies with more than 250 employees rise by 5% from 1 January 2037; other fees remain unchanged."),
("p","D3. The cluster will organise the mission to Katowice with NRW.Global Business; the Cluster Manager is mandated to sign the cooperation agreement."),
("p","D4. The application for the ECEI Gold label is approved."),
("h2","Actions"),
("p","A1 Brandt – send mission call to members – by 4 December 2035 · A2 Schulte-Wessel – final budget to GA papers – by 20 February 2036 · A3 Meier – GA invitation – by 26 February 2036"),
("p","Next Board meeting: Tuesday 29 January 2036, 15:00, Duisburg (duisport offices)."),
("p","Minutes: Julia Meier, 16 November 2035 · Approved: Dr. Katharina von Bülow, Chair"),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    else: d.add_paragraph(t)
d.save(path(F))
R="Ruhr Logistics Cluster e.V."
gold(F,
 [P("Katharina von Bülow","Chair",R), P("Mehmet Yıldırım","Vice-Chair",R), P("Lars ten Brink","Board member",R),
  P("Anja Schulte-Wessel","Treasurer",R), P("Ewa Kamińska","Board member",R), P("Thomas Brandt","Cluster Manager",R),
  P("Julia Meier","Project Manager",R), P("Frank Hoppe",None,"NRW.Global Business GmbH"), P("Peter de Groot","Board member",R)],
 [O(R), O("Fraunhofer-Institut für Materialfluss und Logistik","IML"), O("Westfalen Spedition GmbH & Co. KG"),
  O("Duisport – Duisburger Hafen AG"), O("TU Dortmund University"), O("Sparkasse Dortmund"), O("RhineRail Cargo Sp. z o.o."),
  O("NRW.Global Business GmbH"), O("Port of Rotterdam Authority"), O("European Cluster Collaboration Platform"),
  O("Silesian Logistics Cluster"), O("Enterprise Europe Network NRW")],
 [E("Board Meeting","2035-11-13",None,"Dortmund","Germany"),
  E("meeting","2035-09-25",None,None,None),
  E("Logistics Talk","2035-10-23",None,"Bochum","Germany"),
  E("mission to Katowice","2036-04-28","2036-04-30","Katowice","Poland"),
  E("matchmaking","2036-04-29",None,"Katowice","Poland"),
  E("General Assembly","2036-03-19",None,"Dortmund","Germany"),
  E("Hub Logistics 2036","2036-06-02","2036-06-03",None,None),
  E("Board meeting","2036-01-29",None,"Duisburg","Germany")],
 ["2035-11-13","2035-09-25","2036-02","2035-10-23","2036-01-15","2036","2035-10","2036-04-28/2036-04-30","2036-04-29",
  "2031","2036-03-19","2036/2039","2036-06-02/2036-06-03","2037-01-01","2035-12-04","2036-02-20","2036-02-26","2036-01-29","2035-11-16","2035-01"],
 ["The draft budget 2036 is approved and will be submitted to the General Assembly",
  "Membership fees for companies with more than 250 employees rise by 5% from 1 January 2037; other fees remain unchanged",
  "The cluster will organise the mission to Katowice with NRW.Global Business; the Cluster Manager is mandated to sign the cooperation agreement",
  "The application for the ECEI Gold label is approved"],
 pub="2035-11-16")
