from h import *
F = 'g15_southeast_ireland_board_minutes.md'
assert wd(2036,1,24)=='Thursday' and wd(2036,4,17)=='Thursday' and wd(2036,3,5)=='Wednesday'
T = """**South East Regional Enterprise Agency DAC (SERE)**
**Minutes of the 41st meeting of the Board of Directors**

**Date:** Thursday 24 January 2036, 10:00–13:15
**Venue:** Board room, SERE offices, Hebron Road, Kilkenny, and via video link
**Status:** Approved at the meeting of 17 April 2036

---

### Present

- Niamh Ó Briain, Chair
- Declan Fitzgerald, Vice-Chair (Kilkenny County Council)
- Mairéad Cullinane (Waterford County and City Council)
- Brendan Keogh (Tipperary County Council), by video link
- Prof. Aoife Delaney (South East Technological University)
- Conor Moloney (Kilkenny Chamber)
- Ruth Hennessy (Wexford County Council)

**In attendance:** Eamon Phelan, Chief Executive; Gráinne Walsh, Head of Finance; Dr Tomás Brophy, Smart Specialisation Manager (items 4 and 5); Orla Kinsella, Company Secretary (minutes)

**Apologies:** Patrick Dunne (Enterprise Ireland, South East region)

---

### 1. Welcome and conflicts of interest

The Chair welcomed members, in particular Ruth Hennessy, attending her first meeting. Conor Moloney declared an interest in item 5 (his company is a member of the Ireland South East Agri-Food Cluster) and left the room for that item.

### 2. Minutes of the previous meeting and matters arising

The minutes of the meeting of 6 November 2035 were approved, proposed by Declan Fitzgerald and seconded by Mairéad Cullinane. Matters arising: the lease of the Carlow office has been renewed until December 2038.

### 3. Chief Executive's report

Eamon Phelan reported that 2035 had closed with 212 client companies supported, 38 of them in the regional smart specialisation priorities for the first time. The agency's internationalisation mission to Rotterdam and Hamburg (3–7 November 2035) had produced 41 meetings and three distribution agreements. The Regional Enterprise Plan for the South East 2035–2040 has been endorsed by the Department of Enterprise, Trade and Employment.

He informed the Board that the European Commission had confirmed the South East region's participation in the S3 partnership on agri-food traceability led by Emilia-Romagna.

### 4. Regional Smart Specialisation Strategy – progress report

Dr Tomás Brophy presented the progress report. Of the EUR 14.2 million of regional innovation funding committed since 2034, 64% went to the three priority domains (agri-food and dairy technology; life sciences and medical devices; advanced manufacturing). The entrepreneurial discovery process ran five workshops in 2035, attended by 236 participants. Members asked for clearer indicators on private investment leveraged. Prof. Delaney noted that SETU's new research centre in Carlow should be linked to the life sciences domain.

### 5. Cluster funding round 2036

The Board considered the recommendations of the evaluation panel chaired by Gráinne Walsh on the 2036 Regional Cluster Fund. Seven applications had been received; five were recommended.

The panel scored the applications on four criteria: fit with the regional smart specialisation priorities, number and share of SME members, quality of the work plan, and co-funding from members. Two applications, from a tourism network in the Comeragh area and from a construction skills group in Wexford, scored below the threshold of 60 points; the panel recommended that both be offered support from the agency's cluster development service to prepare stronger applications for 2037. The Chief Executive confirmed that the fund's budget for 2036 had been agreed with the five local authorities in December.

### 6. Risk register and finance

Gráinne Walsh presented the management accounts to 31 December 2035 and the updated risk register. The draft budget for 2036 shows a small deficit, to be covered from reserves.

### 7. Decisions

The Board decided:

1. To approve grants under the 2036 Regional Cluster Fund to the Ireland South East Agri-Food Cluster (EUR 420,000), the MedTech South East Cluster (EUR 380,000), the Waterford Advanced Manufacturing Network (EUR 300,000), the Wexford Marine and Offshore Cluster (EUR 260,000) and the Kilkenny Design Cluster (EUR 140,000)
2. To ask the Chief Executive to propose results indicators for the smart specialisation strategy, including private investment leveraged, by the April meeting
3. To host the annual South East Innovation Forum in Waterford on Wednesday 5 March 2036
4. To approve the draft budget for 2036, subject to final confirmation of the local authority contributions
5. To nominate Dr Tomás Brophy as the region's representative in the S3 partnership on agri-food traceability

### 8. Any other business

Niamh Ó Briain informed members that she will not seek a further term when her mandate ends in June 2036. The Board thanked her for six years as Chair.

### 9. Date of next meeting

Thursday 17 April 2036, 10:00, Waterford (SETU Arclabs).

The meeting closed at 13:15. Lunch was served afterwards for members and staff.

*Signed:* Niamh Ó Briain, Chair · *Date:* 17 April 2036

---
*SERE DAC is a designated activity company limited by guarantee, owned by the five local authorities of the South East. Registered office: Hebron Road, Kilkenny. These minutes are published under the agency's transparency policy; commercially sensitive figures in item 6 have been redacted.*
"""
write(F, T)
S="South East Regional Enterprise Agency DAC"
gold(F,
 [P("Niamh Ó Briain","Chair",S), P("Declan Fitzgerald","Vice-Chair",S),
  P("Mairéad Cullinane",None,"Waterford County and City Council"), P("Brendan Keogh",None,"Tipperary County Council"),
  P("Aoife Delaney",None,"South East Technological University"), P("Conor Moloney",None,"Kilkenny Chamber"),
  P("Ruth Hennessy",None,"Wexford County Council"), P("Eamon Phelan","Chief Executive",S),
  P("Gráinne Walsh","Head of Finance",S), P("Tomás Brophy","Smart Specialisation Manager",S),
  P("Orla Kinsella","Company Secretary",S), P("Patrick Dunne",None,"Enterprise Ireland")],
 [O(S,"SERE"), O("Kilkenny County Council"), O("Waterford County and City Council"), O("Tipperary County Council"),
  O("South East Technological University","SETU"), O("Kilkenny Chamber"), O("Wexford County Council"),
  O("Enterprise Ireland"), O("Ireland South East Agri-Food Cluster"), O("Department of Enterprise, Trade and Employment"),
  O("European Commission"), O("MedTech South East Cluster"), O("Waterford Advanced Manufacturing Network"),
  O("Wexford Marine and Offshore Cluster"), O("Kilkenny Design Cluster")],
 [E("41st meeting of the Board of Directors","2036-01-24",None,"Kilkenny","Ireland"),
  E("meeting of the Board of Directors","2035-11-06",None,None,None),
  E("internationalisation mission to Rotterdam and Hamburg","2035-11-03","2035-11-07","Rotterdam, Hamburg",None),
  E("South East Innovation Forum","2036-03-05",None,"Waterford","Ireland"),
  E("meeting of the Board of Directors","2036-04-17",None,"Waterford","Ireland")],
 ["2036-01-24","2036-04-17","2035-11-06","2038-12","2035","2035-11-03/2035-11-07","2035/2040","2034",
  "2035-12-31","2035-12","2036","2036-03-05","2036-06","2037"],
 ["To approve grants under the 2036 Regional Cluster Fund to the Ireland South East Agri-Food Cluster (EUR 420,000), the MedTech South East Cluster (EUR 380,000), the Waterford Advanced Manufacturing Network (EUR 300,000), the Wexford Marine and Offshore Cluster (EUR 260,000) and the Kilkenny Design Cluster (EUR 140,000)",
  "To ask the Chief Executive to propose results indicators for the smart specialisation strategy, including private investment leveraged, by the April meeting",
  "To host the annual South East Innovation Forum in Waterford on Wednesday 5 March 2036",
  "To approve the draft budget for 2036, subject to final confirmation of the local authority contributions",
  "To nominate Dr Tomás Brophy as the region's representative in the S3 partnership on agri-food traceability"],
 pub=None)
