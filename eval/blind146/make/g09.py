from h import *
import docx
F = 'g09_kalmar_wood_cluster_board_minutes.docx'
assert wd(2035,11,14)=='Wednesday' and wd(2035,12,5)=='Wednesday' and wd(2036,1,23)=='Wednesday' and wd(2035,10,9)=='Tuesday'
paras = [
("h","Småland Wood & Furniture Cluster – Minutes of the Board Meeting"),
("p","Meeting no. 6/2035 · Wednesday 14 November 2035, 10:00–13:15 · Linnaeus University, Kalmar campus, room Ny-108, and Teams"),
("p","DRAFT v2 – to be approved at the next board meeting. Circulated 19 November 2035 by the cluster office."),
("table",[["Present","Organisation","Board office"],
  ["Elisabet Forsman-Krantz","Kalmar Snickeri AB","Chair"],
  ["Dr Piotr Zieliński","Linnaeus University","Vice-Chair"],
  ["Gunnar Åberg","Emmaboda Trä AB","Treasurer"],
  ["Nadia El Amrani","Region Kalmar län","Board member"],
  ["Johan van Leeuwen","Nybro Möbelfabrik AB","Board member"]]),
("p","Apologies: Karin Lundgren (Västervik Golv AB). In attendance: Mikael Strand, Cluster Manager; Beatrice O'Connell, Project Coordinator (minutes)."),
("h2","1. Opening and agenda"),
("p","The Chair opened the meeting at 10:05 and welcomed Johan van Leeuwen, who joined the board after the extraordinary general meeting of 9 October 2035. The agenda was adopted with one addition under item 7 (any other business)."),
("h2","2. Minutes of the previous meeting"),
("p","The minutes of the board meeting of 12 September 2035 were approved without changes. Action points: the member survey has been sent (done); the meeting with Södra Skogsägarna on sawn timber prices has been postponed to January 2036 (open)."),
("h2","3. Cluster Manager's report"),
("p","Mikael Strand reported on activities since September. The cluster now has 74 members, four more than at the start of the year. The Furniture Days in Nybro on 2–3 October 2035 attracted 1,150 visitors and 38 exhibitors; the study visit to the Danish furniture cluster in Herning (24–25 October) was attended by nine member companies and resulted in an invitation to the Danish partners' sustainability seminar in spring. The cluster's application to the Vinnova programme for regional innovation environments was submitted on 1 November."),
("h2","4. Finances"),
("p","The Treasurer presented the forecast for 2035: a small surplus of SEK 84,000 is expected. The proposed budget for 2036 (SEK 4.2 million, of which 38 % from membership fees) was discussed. Dr Zieliński asked for a reserve for the co-financing of EU projects."),
("h2","5. Strategy 2036–2039"),
("p","The working group led by Nadia El Amrani presented a draft strategy with three focus areas: circular furniture, industrial timber construction and skills. The board asked for clearer targets and a smaller number of actions. Several members had said in the survey that the cluster tries to do too much with a small team, and that they would rather see three well-run projects than ten announced ones. Elisabet Forsman-Krantz proposed that each focus area should have one company owner on the board side and one contact person in the cluster office."),
("h2","6. Events 2036"),
("p","The annual general meeting will be held on Wednesday 23 January 2036 in Kalmar. The cluster will also organise a matchmaking day with the Kaunas furniture cluster (Lithuania) in March 2036 and take part in the Stockholm Furniture Fair from 3 to 7 February 2036 with a joint stand of six members."),
("h2","7. Any other business"),
("p","Gunnar Åberg informed the board that Emmaboda Trä AB has been bought by the Finnish group Koskisen Oy; he will remain in his position and on the board until the annual meeting."),
("h2","Decisions"),
("p","The board decided:"),
("p","• to approve the minutes of 12 September 2035"),
("p","• to adopt the budget for 2036 with a reserve of SEK 150,000 for co-financing of EU projects"),
("p","• to return the draft Strategy 2036–2039 to the working group for a revised version by 20 December 2035"),
("p","• to convene the annual general meeting on 23 January 2036 in Kalmar"),
("h2","Next meeting"),
("p","Wednesday 5 December 2035, 14:00, online."),
("p","Minutes taken by Beatrice O'Connell. Checked by: Elisabet Forsman-Krantz (Chair), Gunnar Åberg (adjuster)."),
]
d = docx.Document()
for item in paras:
    k,t = item
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    elif k=="table":
        tb = d.add_table(rows=len(t), cols=3)
        for i,row in enumerate(t):
            for j,c in enumerate(row): tb.cell(i,j).text = c
    else: d.add_paragraph(t)
d.save(path(F))
assert wd(2035,9,12)=='Wednesday'
N="Småland Wood & Furniture Cluster"
gold(F,
 [P("Elisabet Forsman-Krantz","Chair",N), P("Piotr Zieliński","Vice-Chair",N), P("Gunnar Åberg","Treasurer",N),
  P("Nadia El Amrani","Board member",N), P("Johan van Leeuwen","Board member",N),
  P("Karin Lundgren",None,"Västervik Golv AB"), P("Mikael Strand","Cluster Manager",N),
  P("Beatrice O'Connell","Project Coordinator",N)],
 [O(N), O("Linnaeus University"), O("Kalmar Snickeri AB"), O("Emmaboda Trä AB"), O("Region Kalmar län"),
  O("Nybro Möbelfabrik AB"), O("Västervik Golv AB"), O("Södra Skogsägarna"), O("Vinnova"), O("Koskisen Oy")],
 [E("Board Meeting","2035-11-14",None,"Kalmar","Sweden"),
  E("extraordinary general meeting","2035-10-09",None,None,None),
  E("board meeting of 12 September 2035","2035-09-12",None,None,None),
  E("meeting with Södra Skogsägarna","2036-01",None,None,None),
  E("Furniture Days","2035-10-02","2035-10-03","Nybro","Sweden"),
  E("study visit to the Danish furniture cluster","2035-10-24","2035-10-25","Herning","Denmark"),
  E("sustainability seminar",None,None,None,None),
  E("annual general meeting","2036-01-23",None,"Kalmar","Sweden"),
  E("matchmaking day with the Kaunas furniture cluster","2036-03",None,None,None),
  E("Stockholm Furniture Fair","2036-02-03","2036-02-07","Stockholm","Sweden"),
  E("Next meeting","2035-12-05",None,None,None)],
 ["2035-11-14","2035-11-19","2035-10-09","2035-09-12","2036-01","2035-10-02/2035-10-03","2035-10-24/2035-10-25",
  "2035-11-01","2035","2036","2036/2039","2036-01-23","2036-03","2036-02-03/2036-02-07","2035-12-20","2035-12-05","2035-09"],
 ["to approve the minutes of 12 September 2035",
  "to adopt the budget for 2036 with a reserve of SEK 150,000 for co-financing of EU projects",
  "to return the draft Strategy 2036–2039 to the working group for a revised version by 20 December 2035",
  "to convene the annual general meeting on 23 January 2036 in Kalmar"],
 pub="2035-11-19")
