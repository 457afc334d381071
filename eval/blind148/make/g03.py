from h import *
F = 'g03_owl_cluster_general_assembly_minutes.md'
assert wd(2039,11,24)=='Thursday' and wd(2039,12,8)=='Thursday' and wd(2040,3,15)=='Thursday'
T = """# Minutes of the 12th General Assembly

**it's OWL Industrial Automation Cluster e.V.** (OWL Automation)
Paderborn, Thursday 24 November 2039, 14:00–17:10
Venue: Heinz Nixdorf MuseumsForum, Paderborn (hall 2)

Draft – to be approved at the next General Assembly · circulated 8 December 2039

---

**Present:** 61 of 148 member organisations, represented in person or by proxy (quorum: one third, reached). Guests: Dr. Ferdinand zu Salm-Hoogstraeten (Detmold District Government), Aylin Karataş (Paderborn University, Technology Transfer Office).
**Chair:** Prof. Dr. Mechthild Ahlers-Brinkmann, Chair of the Board
**Minutes:** Tobias Rennebaum, Cluster Manager

## 1. Opening and agenda

The Chair opened the meeting at 14:05, welcomed the members and noted that the invitation had been sent on 20 October 2039 within the period required by the statutes. The agenda was adopted without changes. A minute's silence was held for Gerhard Vollmer-Stiens, founding member and long-time treasurer, who died in August.

## 2. Report of the Board 2038/2039

The Chair presented the annual report. Highlights:

- 17 new members joined, among them three start-ups from the Garage33 incubator and the Bielefeld company Schüco Polytec KG; 4 members left.
- The cluster organised 23 events with a total of 1,460 participants, including the OWL Automation Summit on 14 June 2039 in Bielefeld and two matchmaking days with the Brainport Eindhoven region.
- The Euroclusters project AUTOMATE-EU was completed in September 2039; follow-up funding is being sought.
- The cluster received the Gold label of the European Cluster Excellence Initiative (ECEI) in March 2039.

Tobias Rennebaum reported on the joint study trip to the Silesian automation cluster in Gliwice from 3 to 5 May 2039, in which eleven member companies took part.

## 3. Financial statement 2038 and auditors' report

Treasurer Jan-Hendrik Osterhage (Phoenix Contact GmbH & Co. KG) presented the accounts. Income was EUR 1.84 million (of which membership fees EUR 612,000), expenditure EUR 1.79 million. The auditors, Sabine Quernheim and Dr. Lukas Bergkamp, confirmed that the books had been kept properly and recommended the discharge of the Board.

## 4. Discharge of the Board

The Board was discharged by a majority (58 in favour, 0 against, 3 abstentions; Board members did not vote).

## 5. Elections

The term of office of three Board members ended. Elected for the term 2040–2042:

| Office | Name | Organisation |
|---|---|---|
| Vice-Chair | Dr. Karolina Dąbrowska-Weiß | Beckhoff Automation GmbH & Co. KG |
| Member of the Board | Matthias te Brake | Fachhochschule Bielefeld |
| Member of the Board | Hanna Lükewille | Weidmüller Interface GmbH & Co. KG |

Re-elected as auditor for 2040: Sabine Quernheim. Newly elected as auditor: Pieter-Jan de Wolf (Lemgo).

## 6. Work plan and budget 2040

The Cluster Manager presented the work plan 2040 with three priorities: AI in production, cybersecurity for machine builders and the skills programme "Automation Talents OWL". The budget of EUR 1.91 million was presented. Discussion centred on the membership fees for micro-enterprises.

## 7. Decisions

The General Assembly took the following decisions:

1. The minutes of the 11th General Assembly of 17 November 2038 are approved
2. The work plan and the budget 2040 are adopted (unanimous)
3. Membership fees remain unchanged in 2040; a reduced fee of EUR 300 is introduced for companies with fewer than ten employees
4. The Board is mandated to prepare an application for a second Euroclusters project by 15 March 2040
5. The statutes are amended to allow General Assemblies to be held online

## 8. Any other business

Aylin Karataş invited members to the Paderborn University transfer day on 26 January 2040. The next General Assembly will take place in November 2040 in Lemgo, at the Centrum Industrial IT.

The Chair closed the meeting at 17:10 and invited the members to the Christmas reception in the foyer.

Signed: Prof. Dr. Mechthild Ahlers-Brinkmann (Chair) · Tobias Rennebaum (minutes)
"""
write(F, T)
C = "it's OWL Industrial Automation Cluster e.V."
gold(F,
 [P("Ferdinand zu Salm-Hoogstraeten",None,"Detmold District Government"),
  P("Aylin Karataş",None,"Technology Transfer Office"),
  P("Mechthild Ahlers-Brinkmann","Chair of the Board",C),
  P("Tobias Rennebaum","Cluster Manager",C),
  P("Gerhard Vollmer-Stiens","treasurer",C),
  P("Jan-Hendrik Osterhage","Treasurer",C),
  P("Sabine Quernheim","auditor",C),
  P("Lukas Bergkamp","auditor",C),
  P("Karolina Dąbrowska-Weiß","Vice-Chair",C),
  P("Matthias te Brake","Member of the Board",C),
  P("Hanna Lükewille","Member of the Board",C),
  P("Pieter-Jan de Wolf","auditor",C)],
 [O(C,"OWL Automation"), O("Detmold District Government"), O("Paderborn University"), O("Technology Transfer Office"),
  O("Garage33"), O("Schüco Polytec KG"), O("European Cluster Excellence Initiative","ECEI"),
  O("Phoenix Contact GmbH & Co. KG"), O("Beckhoff Automation GmbH & Co. KG"), O("Fachhochschule Bielefeld"),
  O("Weidmüller Interface GmbH & Co. KG")],
 [E("12th General Assembly","2039-11-24",None,"Paderborn","Germany"),
  E("OWL Automation Summit","2039-06-14",None,"Bielefeld","Germany"),
  E("study trip to the Silesian automation cluster","2039-05-03","2039-05-05","Gliwice","Poland"),
  E("11th General Assembly","2038-11-17",None,None,None),
  E("transfer day","2040-01-26",None,None,None),
  E("General Assembly","2040-11",None,"Lemgo","Germany"),
  E("Christmas reception","2039-11-24",None,"Paderborn","Germany")],
 ["2039-11-24","2039-12-08","2039-10-20","2039-08","2038/2039","2039-06-14","2039-09","2039-03","2039-05-03/2039-05-05",
  "2038","2040/2042","2040","2038-11-17","2040-03-15","2040-01-26","2040-11"],
 ["The minutes of the 11th General Assembly of 17 November 2038 are approved",
  "The work plan and the budget 2040 are adopted (unanimous)",
  "Membership fees remain unchanged in 2040; a reduced fee of EUR 300 is introduced for companies with fewer than ten employees",
  "The Board is mandated to prepare an application for a second Euroclusters project by 15 March 2040",
  "The statutes are amended to allow General Assemblies to be held online"],
 pub="2039-12-08")
