from h import *
F = 'g04_norfolk_agrifood_annual_review-pdf.txt'
assert wd(2038,11,17)=='Wednesday' and wd(2038,10,12)=='Tuesday'
H1 = "NAFIC · Annual Review 2038–39"
def hf(n): return f"\nnorfolkagrifood.example.uk                                   Page {n} of 6\n\f{H1}\n\n"
T = f"""{H1}

Norfolk Agri-Food Innovation Cluster
Annual Review 2038–39
Covering the financial year 1 April 2038 to 31 March 2039
Published 14 June 2039

Foreword from the Chair

This was the year in which the cluster grew up. We passed 150 members, we
moved into our own offices at the Norwich Research Park, and for the first
time more than half of our income came from members and services rather than
grants. None of that would have been possible without a team that is small,
stubborn and extraordinarily well con-
nected, and without members who turn up, argue and then get on with it.

It was also a year of farewells and new faces, and a year in which the board
itself was renewed. I thank every member who stood for election and every
one who voted.

Rosalind Ketteringham
Chair, Norfolk Agri-Food Innovation Cluster
{hf(1)}Our year in numbers

153 members (up from 128), of which 97 are farms, growers and food manu-
facturers, 31 service and technology companies and 25 research, training and
public bodies. 41 innovation projects supported, 19 of them with at least one
partner from outside the county. 2,140 people attended our events.

Governance

The Annual General Meeting was held on Wednesday 17 November 2038 at the
Norwich Research Park. Members elected the following directors for 2038–2041:

Chair: Rosalind Ketteringham (Ketteringham Farms Ltd), re-elected
Vice-Chair: Dr Samuel Okonjo (East Anglian Food Science Institute)
Treasurer: Peter Blofeld (Blofeld & Harrow LLP)
Directors: Harriet Gurney-Sayer (Gurney Malt Ltd), Thomas Cubitt (University
of East Anglia) and Marta Kowalczyk-Reeve (Fenland Fresh Produce Ltd)

Two directors stepped down: Graham Jex, after two terms as Treasurer, and
Prof. Liz Hemsby, who chaired the research and skills committee.

The team

Chief Executive Dr Anil Raghavan leads a team of seven. In March 2039 we
said goodbye to our operations manager Joanne Pask, who retired after ten
years (2029–2039) in which she organised, by her own count, 312 meetings and
not a single one without biscuits. Ollie Brundall joined as partnerships
officer on 1 April 2039 from the New Anglia Growth Hub, and Dr Priya
Ramsden-Clark became our first data and digital adviser.
{hf(2)}Members and partners

New members this year include, among others:
- Breckland Oat Millers Ltd (United Kingdom)
- Wash Coast Shellfish CIC (United Kingdom)
- Agri-Food Cluster Flevoland (Netherlands)
- Jutland Food Innovation Network (Denmark)
- Cluster Agroalimentaire Hauts-de-France (France)

Our international partners signed a memorandum of understanding on joint
trade missions at the Fen Edge Food Forum in King's Lynn on 12 Octo-
ber 2038, attended by 260 people.

Events of the year

- Norfolk Agri-Tech Show, Costessey, 6–7 July 2038 (with the Royal Norfolk
  Agricultural Association)
- Fen Edge Food Forum, King's Lynn, 12 October 2038
- "Soil, Water and the Next Harvest", talk by Prof. Anneke de Vries (Wageningen
  University & Research), Norwich, 2 Febru-
  ary 2039
- Norfolk Food Innovation Awards, Great Yarmouth, 9 March 2039

The Norfolk Food Innovation Awards have now been held three times:
- 2037 – Norwich, 11 March 2037
- 2038 – Thetford, 17 March 2038
- 2039 – Great Yarmouth, 9 March 2039
{hf(3)}Key takeaways from the year

- Members value introductions more than funding: 71% named a new contact as
  the main benefit of membership
- Projects with a partner from outside Norfolk were twice as likely to lead
  to a new product
- Skills remain the first worry of food manufacturers, ahead of energy costs
- A cluster that charges for services can still keep small farms on board if
  fees are scaled to turnover

Looking ahead

In 2039–40 the cluster will open a second desk in King's Lynn, run a joint
mission with Flevoland and Jutland to the Anuga fair, and review its strategy
2036–2041 at mid-term. The next AGM is expected in November 2039.

Financial summary

Income for the year was £1.94 million, of which members' fees and services
£1.02 million, grants £0.71 million and sponsorship £0.21 million. The full
audited accounts are on pages 5 and 6 and at Companies House. Expenditure
was
"""
write(F, T)
N = "Norfolk Agri-Food Innovation Cluster"
gold(F,
 [P("Rosalind Ketteringham","Chair",N),
  P("Samuel Okonjo","Vice-Chair",N),
  P("Peter Blofeld","Treasurer",N),
  P("Harriet Gurney-Sayer","Director",N),
  P("Thomas Cubitt","Director",N),
  P("Marta Kowalczyk-Reeve","Director",N),
  P("Graham Jex","Treasurer",N),
  P("Liz Hemsby",None,None),
  P("Anil Raghavan","Chief Executive",N),
  P("Joanne Pask","operations manager",N),
  P("Ollie Brundall","partnerships officer",N),
  P("Priya Ramsden-Clark","data and digital adviser",N),
  P("Anneke de Vries",None,"Wageningen University & Research")],
 [O(N,"NAFIC"), O("Ketteringham Farms Ltd"), O("East Anglian Food Science Institute"), O("Blofeld & Harrow LLP"),
  O("Gurney Malt Ltd"), O("University of East Anglia"), O("Fenland Fresh Produce Ltd"), O("New Anglia Growth Hub"),
  O("Breckland Oat Millers Ltd"), O("Wash Coast Shellfish CIC"), O("Agri-Food Cluster Flevoland"),
  O("Jutland Food Innovation Network"), O("Cluster Agroalimentaire Hauts-de-France"),
  O("Royal Norfolk Agricultural Association"), O("Wageningen University & Research"), O("Companies House")],
 [E("Annual General Meeting","2038-11-17",None,None,None),
  E("Fen Edge Food Forum","2038-10-12",None,"King's Lynn","United Kingdom"),
  E("Norfolk Agri-Tech Show","2038-07-06","2038-07-07","Costessey","United Kingdom"),
  E("Soil, Water and the Next Harvest","2039-02-02",None,"Norwich","United Kingdom"),
  E("Norfolk Food Innovation Awards","2039-03-09",None,"Great Yarmouth","United Kingdom"),
  E("Norfolk Food Innovation Awards","2037-03-11",None,"Norwich","United Kingdom"),
  E("Norfolk Food Innovation Awards","2038-03-17",None,"Thetford","United Kingdom"),
  E("Anuga"),
  E("AGM","2039-11",None,None,None)],
 ["2038/2039","2038-04-01/2039-03-31","2039-06-14","2038-11-17","2038/2041","2039-03","2029/2039","2039-04-01",
  "2038-10-12","2038-07-06/2038-07-07","2039-02-02","2039-03-09","2037","2038","2039","2037-03-11","2038-03-17",
  "2039/2040","2036/2041","2039-11"],
 ["Members value introductions more than funding: 71% named a new contact as the main benefit of membership",
  "Projects with a partner from outside Norfolk were twice as likely to lead to a new product",
  "Skills remain the first worry of food manufacturers, ahead of energy costs",
  "A cluster that charges for services can still keep small farms on board if fees are scaled to turnover"],
 pub="2039-06-14")
