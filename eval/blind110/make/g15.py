from h import *
F = 'g15.txt'
assert wd(2035,1,22)=='Monday' and wd(2035,2,14)=='Wednesday' and wd(2035,3,19)=='Monday' and wd(2035,2,6)=='Tuesday'
T = """IJsselDelta Food & Agri Cluster
Minutes of the board meeting
Date: Monday 22 January 2035, 15:00–17:20
Place: Cluster office, Dokter van Thienenweg 1, Zwolle (and via Teams)
Minutes taken by: Femke Hoekstra, office manager
Status: approved at the board meeting of 19 March 2035

Present:
Gerrit-Jan Lubbers (Chair) – Lubbers Zuivel B.V.
Annemiek Bouwhuis (Vice-Chair) – Windesheim University of Applied Sciences
Ruud Kamphuis (Treasurer) – Rabobank Salland
Sietske de Boer – Province of Overijssel (observer)
Hamid El Idrissi – FreshPack Kampen B.V.
Marloes Veldkamp – Cluster Director (non-voting)

Apologies: Thijs Mulder (Agrifirm Oost)

1. Opening and agenda
The chair opened the meeting at 15:00 and welcomed Sietske de Boer, who replaces Jan Smit as the province's
observer. The agenda was adopted with one addition: the invitation to the Food Valley Partnering Days (item 6).

2. Minutes of the meeting of 27 November 2034
Approved without changes. Action from item 4 (membership fee for start-ups) has been completed.

3. Funding overview 2035
The cluster director presented the calls relevant to the cluster in the first half of 2035:
- the Regional Innovation Vouchers of the Province of Overijssel and Oost NL (opening 5 February, closing
  2 April 2035, EUR 2 million, vouchers of EUR 5,000–25,000);
- the MIT scheme of the Netherlands Enterprise Agency (RVO), R&D cooperation projects, deadline 16 April 2035;
- the Eurostars call, cut-off 13 March 2035;
- the EU cluster partnership call (EISMEA), deadline 24 April 2035.
She proposed that the cluster applies itself only to the EU cluster partnership call, and that for the
other calls the office supports members with a "funding desk" of two hours a week. The board discussed whether
the cluster has enough staff to write an EU proposal. Annemiek Bouwhuis offered support from the research group
Food & Business of Windesheim for the writing.

4. EU cluster partnership: AgriFood Transitions Alliance
Marloes Veldkamp reported on the talks with the Agro Food Cluster Nordjylland (Denmark), Vitagora (France) and
the Clúster Alimentario de Galicia (Spain) about a joint proposal under the working title "AgriFood Transitions
Alliance". The lead partner would be Vitagora. The cluster's budget share would be about EUR 310,000 over three
years, of which EUR 220,000 would go to vouchers for members. Own contribution: EUR 24,000, to be found in the
2035–2037 budgets.
Ruud Kamphuis asked for a cash-flow overview, since the EU pre-financing arrives only after signature.
Hamid El Idrissi asked whether the vouchers in the partnership could also be used by non-members; the cluster
director answered that the call allows it, but that the consortium intends to give members priority. The province's
observer stressed that the partnership fits the provincial innovation agenda and that the province may consider a
co-financing contribution if the proposal is selected; a formal request can only be made after the evaluation
results are known, expected in the autumn of 2035.

5. Results of the 2034 voucher round
Of the 23 members that applied for the Regional Innovation Vouchers in 2034, 17 were awarded (total EUR
286,000). The province's observer noted that the cluster's members have the highest success rate in the
province. Hamid El Idrissi asked that the office share the best applications as examples, with the consent
of the companies.

6. Food Valley Partnering Days
The cluster has been invited to take part in the Food Valley Partnering Days in Wageningen on 14–15 March 2035
(B2B meetings for consortium building). Registration for the B2B part closes on 6 February 2035. The board
agreed that the office coordinates a delegation of members.

7. Any other business
The information meeting on the regional vouchers for members will take place on Wednesday 14 February 2035 at
16:00 at the cluster office. Marloes Veldkamp will present, with Kees Wolters, account manager at Oost NL.
Tuesday 6 February 2035 is also the last day to confirm participation in the Partnering Days.

Decisions
1. The cluster will join the AgriFood Transitions Alliance proposal as a partner, with an own contribution of up to EUR 24,000 over 2035–2037.
2. The office sets up a funding desk for members from 1 February 2035, two hours a week, within the existing budget.
3. The treasurer and the cluster director present a cash-flow overview for the EU project at the next board meeting.
4. The cluster coordinates a delegation of at least eight members to the Food Valley Partnering Days.
5. Examples of successful voucher applications are shared with members, with the consent of the companies concerned.

Action list
- Cash-flow overview – R. Kamphuis / M. Veldkamp – 19 March 2035
- Letter of intent to Vitagora – M. Veldkamp – 31 January 2035
- Announcement of funding desk in the newsletter – F. Hoekstra – 29 January 2035
- Delegation list Partnering Days – F. Hoekstra – 6 February 2035

Next meeting: Monday 19 March 2035, 15:00, cluster office.

Signed,
Gerrit-Jan Lubbers, chair                          Femke Hoekstra, minutes
"""
write(F, T)
C = "IJsselDelta Food & Agri Cluster"
gold(F,
 [P("Femke Hoekstra","office manager",C),
  P("Gerrit-Jan Lubbers","Chair",C), P("Annemiek Bouwhuis","Vice-Chair",C), P("Ruud Kamphuis","Treasurer",C),
  P("Sietske de Boer","observer","Province of Overijssel"), P("Hamid El Idrissi",None,"FreshPack Kampen B.V."),
  P("Marloes Veldkamp","Cluster Director",C), P("Thijs Mulder",None,"Agrifirm Oost"), P("Jan Smit","observer","Province of Overijssel"),
  P("Kees Wolters","account manager","Oost NL")],
 [O(C), O("Lubbers Zuivel B.V."), O("Windesheim University of Applied Sciences"), O("Rabobank Salland"),
  O("Province of Overijssel"), O("FreshPack Kampen B.V."), O("Agrifirm Oost"), O("Oost NL"),
  O("Netherlands Enterprise Agency","RVO"), O("EISMEA"), O("Food & Business"),
  O("Agro Food Cluster Nordjylland"), O("Vitagora"), O("Clúster Alimentario de Galicia")],
 [E("board meeting","2035-01-22",None,"Zwolle","Netherlands"),
  E("meeting of 27 November 2034","2034-11-27"),
  E("Food Valley Partnering Days","2035-03-14","2035-03-15","Wageningen","Netherlands"),
  E("information meeting on the regional vouchers","2035-02-14",None,"Zwolle","Netherlands"),
  E("board meeting","2035-03-19",None,"Zwolle","Netherlands")],
 ["2035-01-22","2035-03-19","2034-11-27","2035","2035-02-05","2035-04-02","2035-04-16","2035-03-13","2035-04-24",
  "2035/2037","2034","2035-03-14/2035-03-15","2035-02-06","2035-02-14","2035-02-01","2035-01-31","2035-01-29"],
 ["The cluster will join the AgriFood Transitions Alliance proposal as a partner, with an own contribution of up to EUR 24,000 over 2035–2037",
  "The office sets up a funding desk for members from 1 February 2035, two hours a week, within the existing budget",
  "The treasurer and the cluster director present a cash-flow overview for the EU project at the next board meeting",
  "The cluster coordinates a delegation of at least eight members to the Food Valley Partnering Days",
  "Examples of successful voucher applications are shared with members, with the consent of the companies concerned"],
 pub=None)
