from h import *
F = 'g02_agrifood_eurocluster_open_call.txt'
assert wd(2039,1,20)=='Thursday' and wd(2039,2,26)=='Saturday' and wd(2039,3,31)=='Thursday' and wd(2039,4,15)=='Friday'
T = """AGRI-RESILIENCE EUROCLUSTER
Second Open Call for SMEs – Green and Digital Vouchers
Call identifier: AGRIRES-OC2-2039
Published: 10 January 2039

Home > Open calls > Second Open Call | Print | Download PDF | Share

1. About the call

AGRI-RESILIENCE is one of the Euroclusters funded by the European Union under the Single Market Programme. It brings together seven cluster organisations and partners from six countries to help agri-food SMEs cope with price shocks, water scarcity and the shortage of skilled staff. The consortium is coordinated by the Oltenia Agri-Food Cluster (Clusterul Agroalimentar Oltenia) in Craiova, Romania.

The consortium partners are:
- Oltenia Agri-Food Cluster, Craiova (RO) – coordinator
- Vitagora, Dijon (FR)
- Food Cluster Thessaly SA, Larissa (GR)
- Agro Food Cluster Westfalen e.V., Münster (DE)
- Clúster Agroalimentario de Extremadura, Mérida (ES)
- Polskie Klastry Spożywcze sp. z o.o., Poznań (PL)
- University of Craiova, Faculty of Horticulture (RO) – research partner

The second open call offers financial support to third parties in the form of lump-sum vouchers. A total budget of EUR 1,440,000 is available for around 60 SMEs.

2. What can be funded

Voucher A – Green transition (up to EUR 30,000): water-saving irrigation, energy audits followed by investment plans, packaging redesign, by-product valorisation.
Voucher B – Digital transition (up to EUR 25,000): traceability systems, farm management software, e-commerce and data-driven quality control.
Voucher C – Skills (up to EUR 10,000): training of staff in one of the partner regions or through the consortium's online academy.

Projects must start after signature of the sub-grant agreement and last no more than nine months.

3. Who can apply

SMEs as defined in Commission Recommendation 2003/361/EC, legally registered in an EU Member State or a country associated to the Single Market Programme, active in the agri-food value chain. Members of the partner clusters and non-members may both apply. One application per company.

4. Key dates

- Opening of the call: 20 January 2039
- Online info session: Thursday 20 January 2039, 10:00–11:30 CET
- Info day in Craiova (in Romanian and English): Saturday 26 February 2039
- Deadline for applications: 31 March 2039, 17:00 CET
- Evaluation: April–May 2039
- Notification of results: by 15 June 2039
- Implementation period: 1 July 2039 – 31 March 2040

Late applications will not be accepted. Note: the helpdesk closes on Friday 15 April 2039 for the Orthodox Easter holiday.

5. Evaluation

Applications are evaluated by at least two external experts against three criteria: relevance to the objectives of the Eurocluster (40 points), quality and feasibility of the plan (35 points) and expected impact on the company's resilience (25 points). The threshold is 60 points. Where scores are equal, priority goes to SMEs from less-developed regions and to companies that have not received EU funding before.

6. Lessons from the first call

The first open call, which closed on 30 September 2038, received 412 applications for 48 vouchers. The evaluation committee, chaired by Prof. Mihaela Stănescu-Radu (University of Craiova), drew the following lessons learnt, which have shaped this second call:
- Many good proposals failed because the budget table was not consistent with the work plan
- Micro-enterprises needed more help with the application than the helpdesk could give
- Training vouchers were used less than expected and are now smaller but simpler to claim

7. Contact

Helpdesk: opencall@agri-resilience.example.eu
Call coordinator: Bogdan-Ionuț Marinescu, Project Manager, Oltenia Agri-Food Cluster, Str. Brestei 12, Craiova
Partner contact points: Élodie Chassagne (Vitagora), Nikos Papadimas (Food Cluster Thessaly SA), Ruth Oelkers (Agro Food Cluster Westfalen e.V.), Inmaculada Gallardo Sanz (Clúster Agroalimentario de Extremadura), Marta Szczepańska (Polskie Klastry Spożywcze sp. z o.o.)

The Eurocluster will also present the call at the Indagra fair in Bucharest on 28 October 2038... [this section refers to the first call and will be updated]

Funded by the European Union. Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or the European Innovation Council and SMEs Executive Agency (EISMEA). Neither the European Union nor the granting authority can be held responsible for them.

Cookies | Privacy | Accessibility | Contact
"""
write(F, T)
OA="Oltenia Agri-Food Cluster"
gold(F,
 [P("Mihaela Stănescu-Radu",None,"University of Craiova"),
  P("Bogdan-Ionuț Marinescu","Project Manager",OA),
  P("Élodie Chassagne",None,"Vitagora"),
  P("Nikos Papadimas",None,"Food Cluster Thessaly SA"),
  P("Ruth Oelkers",None,"Agro Food Cluster Westfalen e.V."),
  P("Inmaculada Gallardo Sanz",None,"Clúster Agroalimentario de Extremadura"),
  P("Marta Szczepańska",None,"Polskie Klastry Spożywcze sp. z o.o.")],
 [O(OA), O("Vitagora"), O("Food Cluster Thessaly SA"), O("Agro Food Cluster Westfalen e.V."),
  O("Clúster Agroalimentario de Extremadura"), O("Polskie Klastry Spożywcze sp. z o.o."),
  O("University of Craiova"), O("Faculty of Horticulture"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA")],
 [E("Online info session","2039-01-20",None,None,None),
  E("Info day","2039-02-26",None,"Craiova","Romania"),
  E("Indagra fair","2038-10-28",None,"Bucharest","Romania")],
 ["2039-01-10","2039-01-20","2039-02-26","2039-03-31","2039-04/2039-05","2039-06-15","2039-07-01/2040-03-31",
  "2039-04-15","2038-09-30","2038-10-28"],
 ["Many good proposals failed because the budget table was not consistent with the work plan",
  "Micro-enterprises needed more help with the application than the helpdesk could give",
  "Training vouchers were used less than expected and are now smaller but simpler to claim"],
 pub="2039-01-10")
