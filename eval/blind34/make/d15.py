from common import *
T = """[Home](/) > [Network](/network) > [Working groups](/network/wg) > Cell Manufacturing & Recycling

# Working Group 2 – Cell Manufacturing & Recycling

*European Battery Clusters Alliance (EBCA) · page last edited 12 May 2036*

The working group brings together cluster organisations and their members active in cell production, materials
and end-of-life recycling. It was set up by the EBCA General Assembly in Lyon in 2033 and meets four times a year,
twice online and twice in person at a member cluster.

## Chairs

| | Name | Organisation | Since |
|---|---|---|---|
| Chair | **Sigrún Helgadóttir** | Nordic Battery Belt Cluster (NBBC), Skellefteå | 2034 |
| Co-chair | **Tomasz Grabowski** | Silesian Battery Valley Cluster, Katowice | 2035 |
| Co-chair | **Elodie Marchetti** | Pôle Mobilités Rhône… *(see note)* | 2033 |

*Note:* Elodie Marchetti represents the cluster AURA Batteries (Lyon); until December 2035 she also coordinated the
alliance's skills task force.

Coordinator at the EBCA secretariat: Ruairí Mac Cárthaigh, policy and network officer.

## 2036 meetings

- 4 February – online kick-off of the recycling-passport task force
- 21–22 April – Skellefteå, hosted by NBBC, with a visit to the Skellefteå Recycling Hub *(done)*
- 9 September – online
- 17–18 November – Katowice, during the Battery Days Silesia

## Outputs so far
- Position paper "Design for recycling in gigafactories" (March 2035)
- Mapping of 312 recycling-related SMEs (2034)

Contact: wg2@ebca.example

---
© 2036 EBCA · Rue Belliard 40, 1040 Brussels · [Privacy](/privacy) · [Cookie settings](/cookies)
"""
A="European Battery Clusters Alliance"
save("wg2-cell-manufacturing-recycling.md", T, None,
 [P("Sigrún Helgadóttir","Chair",A),
  P("Tomasz Grabowski","Co-chair",A),
  P("Elodie Marchetti","Co-chair",A),
  P("Ruairí Mac Cárthaigh","policy and network officer",A)],
 [O(A,"EBCA"),O("Nordic Battery Belt Cluster","NBBC"),O("Silesian Battery Valley Cluster"),
  O("Pôle Mobilités Rhône"),O("AURA Batteries")],
 [E("EBCA General Assembly","2033","2033","Lyon","France"),
  E("online kick-off of the recycling-passport task force","2036-02-04","2036-02-04",None,None),
  E("Working group meeting","2036-04-21","2036-04-22","Skellefteå","Sweden"),
  E("Working group meeting","2036-09-09","2036-09-09",None,None),
  E("Working group meeting","2036-11-17","2036-11-18","Katowice","Poland"),
  E("Battery Days Silesia","2036-11-17","2036-11-18","Katowice","Poland")],
 ["2036-05-12","2033","2034","2035","2035-12","2036","2036-02-04","2036-04-21/2036-04-22","2036-09-09","2036-11-17/2036-11-18","2035-03"], [])
