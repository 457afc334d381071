from h import *
F = 'g03_tees_process_cluster_governance-pdf.txt'
H = "TEES VALLEY PROCESS INDUSTRIES CLUSTER  |  ANNUAL ACTIVITY REPORT 2035"
T = f"""{H}

4  GOVERNANCE

4.1  Legal form and members

The Tees Valley Process Industries Cluster (TVPIC) is a company limited by guar-
antee without share capital, registered in England and Wales. Its members are
the 97 organisations that paid their subscription for the financial year ending
31 March 2036: 71 companies, 9 research and training bodies, 12 service provid-
ers and 5 public bodies. The members meet once a year in the Annual General
Meeting, which approves the accounts, elects the Board and appoints the audi-
tors. The 2035 Annual General Meeting took place on Tuesday 26 June 2035 at
the Teesside University Darlington campus, with 64 members present or repres-
ented by proxy.

4.2  The Board

The Board of Directors sets the strategy and oversees the executive team. It
met six times in 2035: on 29 January, 26 March, 21 May, 16 July, 24 September
and 26 November. Average attendance was 87 per cent. At 31 December 2035 the
Board had ten directors:

  Dr. Gareth Llewellyn-Pryce    Chair; Managing Director, Seal Sands Chemicals Ltd
  Priya Raghunathan             Vice-Chair; Head of Operations, Wilton Hydrogen Ltd
  Alan Scaife FCA               Treasurer; Partner, Scaife Bell LLP
  Joanna Kowalczyk-Hart         Director; CEO, Billingham BioProcess Ltd
  Prof. Dr.-Ing. Matthias von Bredow   Director; Teesside University
  Liam O'Driscoll               Director; Site Director, Teesport Terminals Ltd
  Catherine Ashworth            Director; Tees Valley Combined Authority (observer
                                with voting rights)
  Hamid Qureshi                 Director; Qureshi Engineering Services Ltd
  Annelies de Groot             Director; Plant Manager, Noordzee Polymers UK Ltd
  Stuart Dobson                 Director (employee-elected); Skills Lead, TVPIC

                                                                  — 23 —
{H}

Two directors left the Board during the year. Margaret Hebbron, who had been
Chair since the cluster was founded in 2027, stood down at the Annual General
Meeting after eight years; the Board thanked her for steering the cluster
through its first two strategies. Ewan McTaggart resigned in September 2035 on
taking up a post in Aberdeen and was not replaced before the year end.

4.3  Committees

The Board has three standing committees, each chaired by a director:

 - Audit and Risk Committee (chair: Alan Scaife; members Hamid Qureshi and
   Catherine Ashworth). It met four times and reviewed the risk register, the
   internal controls and the report of the external auditors, Rowntree & Pease
   Audit LLP.
 - Nominations and Remuneration Committee (chair: Priya Raghunathan). It led
   the search for the new Chair and reviewed the pay of the executive team.
 - Net Zero Programme Committee (chair: Joanna Kowalczyk-Hart), which over-
   sees the cluster's hydrogen and carbon capture projects and reports to the
   Board at every meeting.

4.4  Executive team

The executive team is led by the Chief Executive, Dr. Folasade Ogunleye, ap-
pointed on 1 April 2032. She is supported by Neil Cartwright, Director of Indus-
trial Programmes; Sinéad Mac Giolla Phádraig, Head of Membership and Engage-
ment; and Tomasz Wiśniewski, Finance Manager. The team grew from 11 to 14
full-time equivalent posts during the year.

4.5  Board evaluation and conclusions

In October 2035 the Board commissioned an external review of its effective-
ness from Harrowgate Governance Partners. The reviewer, Dr. Ruth Ellerby, in-
terviewed all directors and the executive team and observed the November
Board meeting. Her report was discussed on 26 November 2035. The Board agreed
the following conclusions of the review:

  1. The Board should bring more members from small and medium-sized enter-
     prises onto its committees.
  2. Strategic items should be placed at the start of each agenda, before the
     regular reporting.
  3. The skills matrix of directors should be updated every year and used for
     each new appointment.
  4. Papers should reach directors at least seven days before each meeting.
  5. The Board should hold one joint session a year with the Tees Valley
     Combined Authority on the regional industrial strategy.

                                                                  — 24 —
{H}

4.6  Conflicts of interest and transparency

Directors declare their interests at the start of every Board meeting and in an
annual register, which is published on the members' website. In 2035 three
directors withdrew from discussions on grants from the cluster's innovation
fund because their companies had applied. The minutes of every Board meet-
ing are sent to members within four weeks and a summary is published on the
website. The cluster follows the Code of Governance for Membership Bodies pub-
lished by the Association of Chambers and Trade Bodies in 2031.

4.7  Looking ahead

The Board elected at the 2035 Annual General Meeting serves until the Annual
General Meeting in June 2038. The next Annual General Meeting will be held on
Wednesday 25 June 2036 in Middlesbrough. Members wishing to stand for the two
vacant seats should send their nominations to the Company Secretary, Helen
Dunning, by 30 April 2036. The Board's strategy day, planned for 12 March 2036
in Stockton-on-Tees, will prepare the Cluster Strategy 2037–2041.

                                                                  — 25 —
"""
write(F, T)
C = "TVPIC"
gold(F,
 [P("Gareth Llewellyn-Pryce", "Chair", "Seal Sands Chemicals Ltd"),
  P("Priya Raghunathan", "Vice-Chair", "Wilton Hydrogen Ltd"),
  P("Alan Scaife", "Treasurer", "Scaife Bell LLP"),
  P("Joanna Kowalczyk-Hart", "CEO", "Billingham BioProcess Ltd"),
  P("Matthias von Bredow", "Director", "TVPIC"),
  P("Liam O'Driscoll", "Site Director", "Teesport Terminals Ltd"),
  P("Catherine Ashworth", "Director", "TVPIC"),
  P("Hamid Qureshi", "Director", "TVPIC"),
  P("Annelies de Groot", "Plant Manager", "Noordzee Polymers UK Ltd"),
  P("Stuart Dobson", "Skills Lead", C),
  P("Margaret Hebbron", "Chair", C),
  P("Ewan McTaggart", None, None),
  P("Folasade Ogunleye", "Chief Executive", C),
  P("Neil Cartwright", "Director of Indus- trial Programmes", C),
  P("Sinéad Mac Giolla Phádraig", "Head of Membership and Engage- ment", C),
  P("Tomasz Wiśniewski", "Finance Manager", C),
  P("Ruth Ellerby", None, "Harrowgate Governance Partners"),
  P("Helen Dunning", "Company Secretary", C)],
 [O("Tees Valley Process Industries Cluster", "TVPIC"), O("Teesside University"), O("Seal Sands Chemicals Ltd"),
  O("Wilton Hydrogen Ltd"), O("Scaife Bell LLP"), O("Billingham BioProcess Ltd"), O("Teesport Terminals Ltd"),
  O("Tees Valley Combined Authority"), O("Qureshi Engineering Services Ltd"), O("Noordzee Polymers UK Ltd"),
  O("Audit and Risk Committee"), O("Nominations and Remuneration Committee"), O("Net Zero Programme Committee"),
  O("Rowntree & Pease Audit LLP"), O("Harrowgate Governance Partners"), O("Association of Chambers and Trade Bodies")],
 [E("2035 Annual General Meeting", "2035-06-26", None, "Darlington", "United Kingdom"),
  E("Board meeting", "2035-01-29"), E("Board meeting", "2035-03-26"), E("Board meeting", "2035-05-21"),
  E("Board meeting", "2035-07-16"), E("Board meeting", "2035-09-24"), E("November Board meeting", "2035-11-26"),
  E("next Annual General Meeting", "2036-06-25", None, "Middlesbrough", "United Kingdom"),
  E("Board's strategy day", "2036-03-12", None, "Stockton-on-Tees", "United Kingdom")],
 ["2035", "2036-03-31", "2035-06-26", "2035-01-29", "2035-03-26", "2035-05-21", "2035-07-16", "2035-09-24",
  "2035-11-26", "2035-12-31", "2027", "2035-09", "2032-04-01", "2035-10", "2031", "2038-06", "2036-06-25",
  "2036-04-30", "2036-03-12", "2037/2041"],
 ["The Board should bring more members from small and medium-sized enter- prises onto its committees",
  "Strategic items should be placed at the start of each agenda, before the regular reporting",
  "The skills matrix of directors should be updated every year and used for each new appointment",
  "Papers should reach directors at least seven days before each meeting",
  "The Board should hold one joint session a year with the Tees Valley Combined Authority on the regional industrial strategy"])
