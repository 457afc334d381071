from h import *
F = 'g01.txt'
assert wd(2037,3,2)=='Monday' and wd(2037,4,30)=='Thursday' and wd(2037,3,10)=='Tuesday'
assert wd(2037,3,24)=='Tuesday' and wd(2037,4,14)=='Tuesday'
T = """Home | Funding | Calls for SMEs | Innovation Vouchers 2037
Nitra Self-Governing Region - Regional Innovation Office
Search ...   SK | EN

This website uses cookies to measure traffic. [Accept all] [Only necessary] [Settings]

INNOVATION VOUCHERS FOR SMEs - CALL NIT-IV-2037
Published: 16 February 2037 | Last update: 27 February 2037 | Category: Calls, Agri-food, Manufacturing

The Nitra Self-Governing Region, through its Regional Innovation Office, opens the fourth round of
innovation vouchers for micro, small and medium-sized enterprises located in the region. The vouchers
pay for services bought from research organisations, universities, testing laboratories and
accredited technology providers. The call is run together with the Agro-Food Cluster Nitra and the
West Slovak Mechatronics Cluster (WSMC), which help applicants find the right service provider.

1. Budget
The total budget of the call is EUR 1,200,000. One voucher is worth between EUR 5,000 and EUR 25,000.
The voucher covers 80 % of eligible costs for micro and small enterprises and 70 % for medium-sized
enterprises. An enterprise may receive one voucher in this round. About 60 vouchers are expected to
be awarded. The call is co-financed from the regional programme Slovakia 2021-2027 and from the
region's own budget.

2. Who can apply
- SMEs with a registered seat or establishment in the Nitra region, active for at least 12 months;
- members of a regional cluster organisation receive 5 bonus points in the evaluation;
- enterprises that received a voucher in 2035 or 2036 may apply only if the earlier project was
  closed and reported.

3. Eligible costs
- contract research, testing, prototyping and certification services;
- feasibility studies for new products or processes;
- design of pilot lines, digital twins and automation of small series;
- intellectual property searches and patent applications;
- food safety and shelf-life testing (agri-food SMEs).
Not eligible: purchase of equipment, salaries of the applicant's own staff, VAT that can be
recovered, marketing and standard training courses, services bought from a partner company of the
applicant.

4. Timeline
Call opens: Monday, 2 March 2037, 09:00
Info day: Tuesday, 10 March 2037, 10:00-13:00, Nitra
Q&A session 1 (online): Tuesday, 24 March 2037, 14:00-15:30
Q&A session 2 (online): Tuesday, 14 April 2037, 14:00-15:30
Call closes: Thursday, 30 April 2037, 15:00 (CET)
Evaluation: May to June 2037
Results published: by 15 July 2037
Services must be delivered and paid by 31 March 2038.

5. Info day
The info day takes place at the Agrokomplex Exhibition Centre, Hall M, Vystavna 4, Nitra. The agenda:
10:00 Welcome - Marek Hudec, Vice-Chairman of the Nitra Self-Governing Region
10:15 The 2037 call step by step - Zuzana Kollárová, Head of the Regional Innovation Office
10:50 How the evaluation works - Peter Mináč, evaluation coordinator
11:20 Coffee break
11:40 Experience of voucher users: Agrobiotech Kolíňany s.r.o. and PRESSTECH Šaľa
12:20 Finding a provider - Lucia Benková, cluster manager, Agro-Food Cluster Nitra, and
      Tomáš Greguš, Managing Director, West Slovak Mechatronics Cluster
12:50 Individual consultations
Participation is free. Registration is requested by 6 March 2037 via the form on this page.

6. Q&A sessions
The two online sessions run on MS Teams. Questions can be sent in advance to
vouchers@nitra-region.example.sk. Answers of general interest are added to the FAQ on this page
within five working days after each session. The recording of the first session will stay online
until the call closes.

7. How to apply
Applications are submitted only through the e-Grants portal. The application consists of the online
form, the offer of the service provider, a declaration on de minimis aid and a short description of
the innovation need (max. 2 pages). Applications are evaluated in the order of their submission
against four criteria: innovation need (30 points), quality of the service (25), expected effect on
the enterprise (30) and regional fit (15). The threshold is 60 points.

Evaluation is done by the Regional Innovation Office with two external evaluators from the
Slovak University of Agriculture in Nitra and the Constantine the Philosopher University in Nitra.

8. Documents
- Call text NIT-IV-2037 (PDF, 412 kB)
- Guide for applicants (PDF, 1.1 MB)
- Template: description of the innovation need (DOCX)
- List of accredited providers (XLSX, updated 27 February 2037)

Contact
Regional Innovation Office, Rázusova 2/A, 949 01 Nitra
Zuzana Kollárová, Head of Office | +421 37 000 1210
Peter Mináč, evaluation coordinator | +421 37 000 1214
Office hours: Mon-Thu 8:00-15:00, Fri 8:00-12:00

Share: Facebook | LinkedIn | X | E-mail
Related: Innovation vouchers 2036 - results | Cluster support grant 2037 | Regional RIS3 2021-2027
(c) 2037 Nitra Self-Governing Region | Accessibility | Privacy | Sitemap
"""
write(F, T)
gold(F,
 [P("Marek Hudec","Vice-Chairman","Nitra Self-Governing Region"),
  P("Zuzana Kollárová","Head","Regional Innovation Office"),
  P("Peter Mináč","evaluation coordinator", None),
  P("Lucia Benková","cluster manager","Agro-Food Cluster Nitra"),
  P("Tomáš Greguš","Managing Director","West Slovak Mechatronics Cluster")],
 [O("Nitra Self-Governing Region"), O("Regional Innovation Office"), O("Agro-Food Cluster Nitra"),
  O("West Slovak Mechatronics Cluster","WSMC"), O("Agrobiotech Kolíňany s.r.o."), O("PRESSTECH Šaľa"),
  O("Slovak University of Agriculture in Nitra"), O("Constantine the Philosopher University in Nitra")],
 [E("Info day","2037-03-10",None,"Nitra","Slovakia"),
  E("Individual consultations","2037-03-10",None,"Nitra","Slovakia"),
  E("Q&A session 1","2037-03-24"), E("Q&A session 2","2037-04-14")],
 ["2037-02-16","2037-02-27","2037-03-02","2037-03-10","2037-03-24","2037-04-14","2037-04-30",
  "2037-05/2037-06","2037-07-15","2038-03-31","2037-03-06","2035","2036","2021/2027"],
 [], pub="2037-02-16")
