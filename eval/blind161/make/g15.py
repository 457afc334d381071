from h import *
F = 'g15_leitrim_food_cluster_open_call.txt'
assert wd(2038,9,14)=='Tuesday' and wd(2038,9,22)=='Wednesday' and wd(2038,9,23)=='Thursday' and wd(2038,10,29)=='Friday' and wd(2038,9,6)=='Monday'
T = """SHANNON-ERNE FOOD & DRINK CLUSTER
OPEN CALL 2038: COLLABORATIVE INNOVATION PROJECTS FOR SMALL FOOD AND DRINK PRODUCERS

Call reference: SEFDC-CIP-2038
Published: Monday 6 September 2038
Deadline for applications: Friday 29 October 2038, 13:00 (Irish time)
Total budget: EUR 360,000

1. BACKGROUND

The Shannon-Erne Food & Drink Cluster (SEFDC) is a network of 58 food and drink companies in counties Leitrim, Roscommon, Cavan and Fermanagh, managed from the Leitrim Food Enterprise Centre in Drumshanbo. Most members employ fewer than ten people: craft distillers, cheesemakers, bakers, beef and lamb processors, seaweed harvesters and makers of ready meals.

Since 2035 the cluster has supported 21 joint projects. The evaluation carried out by Atlantic Technological University (ATU) in spring 2038 showed that projects involving at least three companies led to new products more often than single-company grants. This third call therefore funds groups of companies only.

The call is financed by Enterprise Ireland under its Regional Technology Clustering Fund, with co-funding from Leitrim County Council and Roscommon County Council.

2. WHAT CAN BE FUNDED

Projects of 6 to 18 months in which at least three cluster members work together on:
a) a new product, recipe or packaging that none of them could develop alone;
b) shared equipment or shared use of a pilot kitchen, bottling line or cold store;
c) joint access to new markets, including online sales and food service;
d) measures that cut energy, water or packaging waste across several sites.

Grants cover up to 70% of eligible costs, with a maximum of EUR 60,000 per project. Eligible costs include external expertise, testing, small equipment, staff time (up to 30%) and travel within the EU.

3. WHO CAN APPLY

Lead applicants must be members of the cluster with a registered office in the Republic of Ireland. Companies from Fermanagh can take part as partners. Research and training bodies, such as ATU or Teagasc, can be subcontracted but cannot receive the grant directly.

4. KEY DATES

- 6 September 2038: call opens
- 14 September 2038, 11:00–12:00: information webinar (recording available afterwards)
- 22 and 23 September 2038: one-to-one clinics with the cluster team in Drumshanbo (bookings in 30-minute slots)
- 29 October 2038, 13:00: deadline for applications
- November 2038: evaluation by an external panel
- December 2038: decisions communicated to applicants
- January 2039: earliest project start

5. HOW TO APPLY

Applications are submitted through the cluster's online portal. The application must include the application form (maximum 10 pages), a budget in the template provided, a letter of commitment from each partner and, for food safety projects, confirmation from the Food Safety Authority of Ireland where relevant. Incomplete applications will not be evaluated.

6. EVALUATION CRITERIA

Innovation and market potential (30 points); quality of the partnership (25 points); feasibility and budget (20 points); environmental benefit (15 points); contribution to rural employment (10 points). Projects need at least 60 points to be funded.

7. FREQUENTLY ASKED QUESTIONS

Can a company take part in more than one project? Yes, but it can lead only one.
Can we start before the decision? Costs incurred before the grant agreement is signed are not eligible.
Is VAT eligible? Only where it cannot be recovered.
Can a Northern Ireland company lead a project? No. It can join as a partner and its costs can be covered up to EUR 10,000, subject to agreement with Invest Northern Ireland.

8. CONTACTS

Call manager: Siobhán McGovern, Innovation Programme Manager, Shannon-Erne Food & Drink Cluster, calls@sefdc.example.ie, +353 71 000 0000
Cluster manager: Declan Flynn
Financial questions: Aoife Ní Bhriain, finance officer

Leitrim Food Enterprise Centre, Dublin Road, Drumshanbo, Co. Leitrim N41 X000

The cluster is also a partner of the Local Enterprise Office Leitrim (LEO Leitrim), which offers separate mentoring and trading-online vouchers to individual firms; these are not part of this call. Please check the
"""
write(F, T)
C = "Shannon-Erne Food & Drink Cluster"
gold(F,
 [P("Siobhán McGovern","Innovation Programme Manager",C), P("Declan Flynn","Cluster manager",C),
  P("Aoife Ní Bhriain","finance officer",C)],
 [O(C,"SEFDC"), O("Leitrim Food Enterprise Centre"), O("Atlantic Technological University","ATU"), O("Enterprise Ireland"),
  O("Leitrim County Council"), O("Roscommon County Council"), O("Teagasc"), O("Food Safety Authority of Ireland"),
  O("Invest Northern Ireland"), O("Local Enterprise Office Leitrim","LEO Leitrim")],
 [E("information webinar","2038-09-14",None,None,None),
  E("one-to-one clinics","2038-09-22","2038-09-23","Drumshanbo","Ireland")],
 ["2038-09-06","2038-10-29","2035","2038","2038-09-14","2038-09-22","2038-09-23","2038-11","2038-12","2039-01"],
 [], pub="2038-09-06")
