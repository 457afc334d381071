"""09: the invitation and agenda of a network's General Assembly in Salzburg with the statutory Annual General Meeting,
a members' forum and a Board meeting the day before (.txt)."""
from h import *
B1, B2 = wd(2034,11,15), wd(2034,11,16)
t = f"""ALPINE OUTDOOR TECHNOLOGY NETWORK (AOTN)
Verein · ZVR-Zahl 123456789 · Schillerstraße 30, 5020 Salzburg, Austria

To: all member organisations (voting delegates)
Cc: Board, auditors, honorary members
Salzburg, 2 October 2034

INVITATION TO THE GENERAL ASSEMBLY 2034

Dear members,

in accordance with Article 9 of the statutes, the Board invites you to the General Assembly 2034 of the Alpine Outdoor
Technology Network. It is held on {B2} 16 November 2034 at the Salzburg Congress, Auerspergstraße 6, 5020 Salzburg, and
consists of the statutory Annual General Meeting (AGM) in the morning and the Members' Forum in the afternoon. The Board
meets the day before.

OVERVIEW

  {B1} 15 November 2034
    14:00–17:30  Board meeting (Board members only), Hotel Sacher Salzburg, room Mozart
    19:00        Dinner of the Board with the hosts, Stiegl-Brauwelt (Board and invited guests)

  {B2} 16 November 2034
    08:30        Registration of delegates, check of voting mandates
    09:00–12:30  Annual General Meeting (statutory part, see agenda below)
    12:30–13:30  Lunch
    13:30–16:30  Members' Forum: "Snow-poor winters – business models for the outdoor industry"
    16:30        Close; optional guided walk through the old town

AGENDA OF THE ANNUAL GENERAL MEETING

  1.  Opening by the President, Dr. Bernhard Leitgeb-Hofer, and establishment of the quorum
  2.  Election of the chair of the meeting and of two persons to countersign the minutes
  3.  Approval of the agenda
  4.  Approval of the minutes of the General Assembly of 17 November 2033 (Innsbruck)
  5.  Report of the Board on 2034 – President and Managing Director
  6.  Annual accounts 2033/2034 (financial year 1 October – 30 September), report of the Treasurer,
      Mag. Veronika Schwaiger
  7.  Report of the auditors, Franz Xaver Rainer and Dott.ssa Carla Zanetti
  8.  Discharge of the Board
  9.  Membership fees 2035 (proposal: unchanged)
 10.  Work programme and budget 2035
 11.  Elections:
      a) Vice-President (end of term of Jean-Baptiste Morel-Favre, Outdoor Sports Valley, Annecy; re-election proposed)
      b) two Board members (end of term of Urška Kovač, Slovenian Outdoor Cluster, who does not stand again, and of
         Luca Pedrotti, Trentino Sviluppo, re-election proposed)
      c) two auditors for 2035–2036
 12.  Admission of new members: Graubünden Bergtech Verein (Chur), Berchtesgadener Land Wirtschaftsservice GmbH,
      Vorarlberg Sport Innovation Lab
 13.  Amendment of Article 7 of the statutes (associate membership for universities); text in Annex 3
 14.  Date and place of the General Assembly 2035 (proposal: Annecy, November 2035)
 15.  Any other business

Motions from members on items 13 and 15 must reach the Secretariat by 2 November 2034 (14 days before the meeting).

BOARD MEETING ON 15 NOVEMBER – ITEMS

  - preparation of the General Assembly, allocation of speaking roles
  - approval of the audit report and of the budget proposal 2035
  - staff: extension of the contract of the Managing Director, Sabine Gruber-Lindner
  - decision on the candidacy of AOTN for the European Cluster Excellence label (gold) in 2035
  - report from the EU project "ALP-SKILLS" (lead: Katrin Oberhauser, project manager)

NOTES ON THE ELECTIONS (item 11)

The Board proposes the re-election of Jean-Baptiste Morel-Favre as Vice-President for a further two-year term. He has led
the working group on textile recycling since 2031 and represents the network in the European Outdoor Group's
sustainability committee.

For the two Board seats, the Board proposes Luca Pedrotti (re-election) and Dr. Nadja Kuster, Managing Director of
Graubünden Bergtech Verein, subject to the admission of her organisation under item 12. Further candidacies may be
submitted in writing by full members until 2 November 2034, with a short statement of the candidate (maximum one page).

The auditors' terms end with this meeting. Franz Xaver Rainer is ready to serve again; the Board thanks Carla Zanetti, who
does not stand again, and proposes Mag. Florian Höllwarth (Tyrol) in her place. Both auditors are elected for the
financial years 2035 and 2036 and may not hold any other office in the network.

PRACTICAL NOTES

Voting: each full member has one vote, exercised by its designated delegate. A delegate may hold at most one further
mandate (written proxy, form in Annex 5). Associate members may attend without voting.

Documents: annual report, accounts, budget, work programme and the text of the amendment are in the members' area from
20 October 2034.

Registration for the General Assembly and the lunch: by 6 November 2034 at office@aotn.eu. Hotel rooms at a reduced rate
are reserved at the Hotel Sacher Salzburg and at the Motel One Salzburg-Mirabell until 20 October 2034.

The Members' Forum is also open to non-members (free, registration required). Speakers: Prof. Dr. Gerhard Aigner, University
of Innsbruck, on climate scenarios for Alpine winter tourism; Mélanie Chappaz, Head of Innovation, Salomon SAS; and
Dr. Tobias zu Lynar, Bavarian Ministry of Economic Affairs.

With kind regards,

Dr. Bernhard Leitgeb-Hofer                       Sabine Gruber-Lindner
President                                        Managing Director

Annexes: 1 Annual report 2034 · 2 Accounts 2033/2034 and audit report · 3 Amendment of the statutes · 4 Budget 2035 ·
5 Proxy form
"""
fn = 'blind65_09_aotn_general_assembly_agenda.txt'
write(fn, t)
A = "Alpine Outdoor Technology Network"
gold(fn,
 [P("Bernhard Leitgeb-Hofer", "President", A), P("Veronika Schwaiger", "Treasurer", A),
  P("Franz Xaver Rainer", "auditor", A), P("Carla Zanetti", "auditor", A),
  P("Jean-Baptiste Morel-Favre", "Vice-President", "Alpine Outdoor Technology Network"), P("Urška Kovač", "Board member", "Alpine Outdoor Technology Network"),
  P("Luca Pedrotti", "Board member", "Alpine Outdoor Technology Network"), P("Sabine Gruber-Lindner", "Managing Director", A),
  P("Nadja Kuster", "Managing Director", "Graubünden Bergtech Verein"), P("Florian Höllwarth", None, None),
  P("Katrin Oberhauser", "project manager", None), P("Gerhard Aigner", None, "University of Innsbruck"),
  P("Mélanie Chappaz", "Head of Innovation", "Salomon SAS"), P("Tobias zu Lynar", None, "Bavarian Ministry of Economic Affairs")],
 [O(A, "AOTN"), O("Stiegl-Brauwelt"), O("Outdoor Sports Valley"),
  O("Slovenian Outdoor Cluster"), O("Trentino Sviluppo"), O("Graubünden Bergtech Verein"), O("Berchtesgadener Land Wirtschaftsservice GmbH"),
  O("Vorarlberg Sport Innovation Lab"), O("University of Innsbruck"), O("Salomon SAS"),
  O("Bavarian Ministry of Economic Affairs"), O("European Outdoor Group")],
 [E("General Assembly 2034", "2034-11-16", "2034-11-16", "Salzburg", "Austria"),
  E("Annual General Meeting", "2034-11-16", "2034-11-16", "Salzburg", "Austria"),
  E("Members' Forum", "2034-11-16", "2034-11-16", "Salzburg", "Austria"),
  E("Board meeting", "2034-11-15", "2034-11-15", "Salzburg", "Austria"),
  E("Dinner of the Board with the hosts", "2034-11-15", "2034-11-15", "Salzburg", "Austria"),
  E("General Assembly of 17 November 2033", "2033-11-17", "2033-11-17", "Innsbruck", "Austria"),
  E("General Assembly 2035", "2035-11", "2035-11", "Annecy", "France")],
 ["2034-10-02", "2034-11-16", "2034-11-15", "2033-11-17", "2033/2034", "2035", "2035/2036", "2034-11-02", "2034-10-20", "2034-11-06", "2035-11", "2034", "2031", "2036"],
 pub="2034-10-02")
