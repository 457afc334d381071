"""03: a call for cluster internationalisation vouchers (Olomouc Region) with an info webinar, two cut-off dates and a
list of eligible activities (.txt)."""
from h import *
t = f"""OLOMOUC REGIONAL DEVELOPMENT AGENCY
Call for proposals OK-CIV-2033
CLUSTER INTERNATIONALISATION VOUCHERS 2033
Published: 14 February 2033                                   Reference: ORDA/2033/017

1. PURPOSE OF THE CALL

The Olomouc Regional Development Agency (ORDA), acting on behalf of the Olomouc Region, opens the second round of
cluster internationalisation vouchers. The vouchers help cluster organisations based in the region to take their
member companies abroad: to trade fairs, partnering events, missions and meetings with foreign clusters. The call
follows the Regional Innovation Strategy of the Olomouc Region 2028–2034 and the regional action plan adopted by the
Regional Council on 12 December 2032.

In the first round (2032) eleven vouchers were awarded to six cluster organisations, which took 58 companies to
events in nine countries.

2. WHO CAN APPLY

- cluster organisations registered in the Olomouc Region and active for at least two years;
- with at least ten member companies, of which at least six are SMEs;
- registered on the European Cluster Collaboration Platform (ECCP).

Individual companies cannot apply; they benefit through their cluster.

3. WHAT IS FUNDED

One voucher covers one international activity with at least three member companies of the applicant:

  a) a joint stand or a cluster delegation at an international trade fair;
  b) participation in a matchmaking or partnering event abroad;
  c) an outgoing mission of the cluster and its members to a country outside the Czech Republic;
  d) a visit of a foreign cluster delegation to the Olomouc Region (incoming mission).

Examples of activities that fitted in the first round: the Czech joint presence at Hannover Messe, the EU Cluster
Matchmaking Event at the European Cluster Conference, a mission of the Moravian Mechatronics Cluster to Bavaria, and
an incoming visit of Polish food clusters to Prostějov.

Eligible costs: travel and accommodation of cluster staff and company representatives, stand rental and
construction, registration fees, interpreting, promotional material. Not eligible: salaries, purchase of equipment,
costs incurred before the submission of the application.

4. AMOUNT AND CO-FINANCING

Voucher value: CZK 80,000 to CZK 400,000 per activity.
Aid intensity: 70 % of eligible costs (de minimis).
Total budget of the call: CZK 6,000,000.
Each applicant may receive at most three vouchers in this call.

5. TIMETABLE

  Call opens ........................................ 14 February 2033
  Information webinar ............................... {wd(2033,3,9)} 9 March 2033, 10:00–11:30 (MS Teams)
  Cut-off 1 (activities from June 2033) ............. {wd(2033,4,14)} 14 April 2033, 14:00
  Decision on cut-off 1 ............................. by 31 May 2033
  Cut-off 2 (activities from November 2033) ......... {wd(2033,9,15)} 15 September 2033, 14:00
  Decision on cut-off 2 ............................. by 31 October 2033
  End of eligibility period ......................... 30 June 2034

Activities must take place between 1 June 2033 and 30 June 2034. Applications submitted after a cut-off are
treated at the next one; applications after cut-off 2 are not accepted.

6. INFORMATION WEBINAR

The webinar on 9 March 2033 presents the call, the application form and the most frequent mistakes of the first
round. Speakers:

  - Ing. Radka Navrátilová, Ph.D., head of the Innovation and Clusters Department, ORDA
  - Mgr. Tomáš Dvořák, call manager, ORDA
  - Petra Šimková-Holubová, cluster manager, Moravian Mechatronics Cluster (a voucher holder of 2032)
  - Jan de Groot, Enterprise Europe Network Czech Republic, on finding partners abroad

Registration: www.orda.cz/webinar-civ (until 8 March 2033). The recording and the slides will be published on the
call page.

7. HOW TO APPLY

Applications are submitted through the agency's grant portal. An application contains:
  - the application form with the description of the activity, its target market and the participating companies;
  - a budget in the template provided;
  - letters of intent from at least three member companies;
  - the de minimis declaration of each participating company.

8. EVALUATION

Applications are checked for eligibility and scored by two evaluators: quality of the activity (30 points), number
and profile of participating SMEs (30), relevance of the target market (20), follow-up plan (20). The minimum to be
funded is 60 points. The Evaluation Committee chaired by Mgr. Lucie Kratochvílová, Deputy Director of ORDA, proposes
the list; the Board of the agency decides.

9. REPORTING

Within 60 days after the activity the cluster submits a short report with the list of participants, the contacts
made, photographs and the invoices. A follow-up survey of the participating companies is carried out six months later.

10. FREQUENTLY ASKED QUESTIONS

Can two clusters apply together for one activity? Yes, but each applies for its own share and names its own companies.
Can the voucher pay for a company's own stand? No; only the cluster's joint stand or the shared parts of it.
Are activities in the EU and outside eligible alike? Yes; activities outside the EU receive a bonus of 5 points in the
evaluation (target market criterion).
Is the 2032 report template still valid? No, please use the new template published with this call.

11. CONTACT

Olomouc Regional Development Agency, Jeremenkova 40b, 779 00 Olomouc
Mgr. Tomáš Dvořák, tel. +420 585 000 214, vouchers@orda.cz
Office hours for consultations: Monday and Wednesday, 9:00–12:00

-----------------------------------------------------------------------
This call is financed from the budget of the Olomouc Region. The full text of the rules (Pravidla výzvy OK-CIV-2033)
prevails over this summary in case of doubt.
"""
fn = 'blind65_03_olomouc_vouchers_call.txt'
write(fn, t)
ORDA = "Olomouc Regional Development Agency"
gold(fn,
 [P("Radka Navrátilová", "head of the Innovation and Clusters Department", "ORDA"), P("Tomáš Dvořák", "call manager", "ORDA"),
  P("Petra Šimková-Holubová", "cluster manager", "Moravian Mechatronics Cluster"), P("Jan de Groot", None, "Enterprise Europe Network Czech Republic"),
  P("Lucie Kratochvílová", "Deputy Director", "ORDA")],
 [O(ORDA, "ORDA"), O("Olomouc Region"), O("Regional Council"), O("European Cluster Collaboration Platform", "ECCP"),
  O("Moravian Mechatronics Cluster"), O("Enterprise Europe Network Czech Republic"), O("Evaluation Committee")],
 [E("Information webinar", "2033-03-09", "2033-03-09"), E("Hannover Messe", None, None),
  E("EU Cluster Matchmaking Event", None, None), E("European Cluster Conference", None, None),
  E("mission of the Moravian Mechatronics Cluster to Bavaria", None, None), E("incoming visit of Polish food clusters to Prostějov", None, None, "Prostějov", "Czech Republic")],
 ["2033-02-14", "2028/2034", "2032-12-12", "2032", "2033-03-09", "2033-04-14", "2033-05-31", "2033-09-15", "2033-10-31", "2034-06-30",
  "2033-06", "2033-11", "2033-06-01/2034-06-30", "2033-03-08"],
 pub="2033-02-14")
