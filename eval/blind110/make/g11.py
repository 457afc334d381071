from h import *
F = 'g11-pdf.txt'
T = """Evaluation of the Cluster Development Voucher Scheme 2034–2037                    Final report
Šiauliai Region Development Council | Innovation Agency Lithuania

EVALUATION OF THE CLUSTER DEVELOPMENT VOUCHER
SCHEME IN THE ŠIAULIAI REGION, 2034–2037
Final report

Prepared for: Šiauliai Region Development Council
Prepared by: Baltic Policy Evaluation Group UAB (BPEG)
Authors: Rūta Jankauskienė (team leader), Tomas Valaitis, Dr. Ilze Ozoliņa
Vilnius, 30 September 2038

                                                                                                     1
---------------------------------------------------------------------------------------------------------
Evaluation of the Cluster Development Voucher Scheme 2034–2037                    Final report

1. Introduction and scope

The Cluster Development Voucher Scheme (CDVS) was launched by the Šiauliai Region Devel-
opment Council in March 2034 and ran four annual rounds until the last call closed on 15
October 2037. The scheme gave vouchers of EUR 3,000 to EUR 20,000 to small and medium-
sized enterprises that were members of a registered cluster in the region, to buy innovation,
certification and export services. The rounds were managed by Innovation Agency Lithuania
(Inovacijų agentūra) under an agreement with the Council.

This evaluation was commissioned in February 2038. It covers the four rounds, the 212 vouch-
ers granted (EUR 2.34 million in total) and the six cluster organisations that acted as inter-
mediaries: the Šiauliai Mechatronics Cluster, the North Lithuania Food Cluster, the Baltic
Furniture Cluster, the Aviation Cluster Šiauliai, the Smart Energy Cluster Šiauliai and the
Textile Cluster "Siūlas".

2. Method

The team analysed the monitoring data of Innovation Agency Lithuania, surveyed all 187 benefi-
ciary enterprises (response rate 64 %), held 28 interviews with managers of companies, clus-
ters and service providers, and compared the beneficiaries with a control group of 140 simi-
lar non-member SMEs drawn from the State Data Agency's business register. Two focus groups
were held in Šiauliai on 12 and 13 June 2038. A validation workshop with the steering group,
chaired by Vaidas Bartkus, Director of the Administration of the Šiauliai Region Development
Council, took place on 5 September 2038.

                                                                                                     2
---------------------------------------------------------------------------------------------------------
Evaluation of the Cluster Development Voucher Scheme 2034–2037                    Final report

3. Key findings

1. The scheme reached its target group: 91 % of the vouchers went to micro and small enterprises,
   and 38 % of beneficiaries had never received public support for innovation before.
2. The vouchers were used mostly for certification and testing (44 %), product design (27 %) and
   export services (21 %); only 8 % bought research services from universities.
3. Beneficiaries increased their turnover by 11 percentage points more than the control group
   over two years, but the difference in employment was not significant.
4. Cluster organisations were decisive in reaching first-time applicants; where the cluster
   manager actively advised members, the rejection rate was half the average.
5. The administrative burden was judged too high for vouchers under EUR 5,000: the average
   applicant spent 19 hours on the application and the report.
6. The scheme did little to build links between clusters: only 9 of the 212 vouchers involved
   services shared by members of two different clusters.

4. Views of the stakeholders

The interviews confirmed the survey. "For a company with eight people, the voucher was the first
time we paid for a test in a laboratory instead of guessing," said one beneficiary in the furni-
ture sector. Arūnas Petrauskas, manager of the Šiauliai Mechatronics Cluster, noted that the clus-
ter had "spent more time helping members fill in forms than helping them find partners". Dalia
Mockutė, head of the regional office of Innovation Agency Lithuania, pointed out that the rules
were set at national level and could only partly be simplified by the agency.

                                                                                                     3
---------------------------------------------------------------------------------------------------------
Evaluation of the Cluster Development Voucher Scheme 2034–2037                    Final report

5. Recommendations

1. Continue the scheme in the 2039–2042 period, with a budget of at least EUR 800,000 a year, as
   it reaches enterprises that no other instrument reaches.
2. Introduce a simplified lump-sum voucher of up to EUR 5,000 with a one-page application and
   no final report beyond the invoice and a short statement.
3. Create a "cross-cluster" voucher that pays a 10 % bonus when the service is bought jointly by
   members of two or more clusters.
4. Pay cluster organisations a fee for advising first-time applicants, linked to the number of
   vouchers completed.
5. Link the scheme with the university technology transfer offices so that more vouchers buy
   research services.
6. Publish the monitoring data every year and repeat the counterfactual analysis in 2041.

6. Next steps

The findings and recommendations were presented to the Council at its meeting on 22 October
2038 in Šiauliai. The Council decided to prepare the follow-up scheme with Innovation Agency
Lithuania and to open the first call of the new scheme in the spring of 2039, subject to the
approval of the Ministry of Economy and Innovation.

Annex A. Vouchers by round

Round        Call closed          Vouchers     Total (EUR)
2034         30 September 2034       41          401,000
2035         14 October 2035         52          566,500
2036         13 October 2036         58          652,000
2037         15 October 2037         61          720,500

Annex B. Interviews (selection)
- Arūnas Petrauskas, Šiauliai Mechatronics Cluster
- Dalia Mockutė, Innovation Agency Lithuania
- Giedrė Žukauskaitė, cluster manager, North Lithuania Food Cluster
- Marius Jonaitis, CEO, Baltic Furniture Cluster
- Representatives of 24 beneficiary enterprises (anonymised)

                                                                                                     4
"""
write(F, T)
gold(F,
 [P("Rūta Jankauskienė","team leader","Baltic Policy Evaluation Group UAB"),
  P("Tomas Valaitis",None,"Baltic Policy Evaluation Group UAB"),
  P("Ilze Ozoliņa",None,"Baltic Policy Evaluation Group UAB"),
  P("Vaidas Bartkus","Director of the Administration","Šiauliai Region Development Council"),
  P("Arūnas Petrauskas","manager","Šiauliai Mechatronics Cluster"),
  P("Dalia Mockutė","head of the regional office","Innovation Agency Lithuania"),
  P("Giedrė Žukauskaitė","cluster manager","North Lithuania Food Cluster"),
  P("Marius Jonaitis","CEO","Baltic Furniture Cluster")],
 [O("Šiauliai Region Development Council"), O("Innovation Agency Lithuania"),
  O("Baltic Policy Evaluation Group UAB","BPEG"), O("Šiauliai Mechatronics Cluster"),
  O("North Lithuania Food Cluster"), O("Baltic Furniture Cluster"), O("Aviation Cluster Šiauliai"),
  O("Smart Energy Cluster Šiauliai"), O('Textile Cluster "Siūlas"'), O("State Data Agency"),
  O("Ministry of Economy and Innovation")],
 [E("focus groups","2038-06-12","2038-06-13","Šiauliai","Lithuania"),
  E("validation workshop","2038-09-05"),
  E("meeting","2038-10-22",None,"Šiauliai","Lithuania")],
 ["2034/2037","2038-09-30","2034-03","2037-10-15","2038-02","2038-06-12/2038-06-13","2038-09-05","2039/2042","2041",
  "2038-10-22","2039","2034-09-30","2035-10-14","2036-10-13"],
 ["The scheme reached its target group: 91 % of the vouchers went to micro and small enterprises, and 38 % of beneficiaries had never received public support for innovation before",
  "The vouchers were used mostly for certification and testing (44 %), product design (27 %) and export services (21 %); only 8 % bought research services from universities",
  "Beneficiaries increased their turnover by 11 percentage points more than the control group over two years, but the difference in employment was not significant",
  "Cluster organisations were decisive in reaching first-time applicants; where the cluster manager actively advised members, the rejection rate was half the average",
  "The administrative burden was judged too high for vouchers under EUR 5,000: the average applicant spent 19 hours on the application and the report",
  "The scheme did little to build links between clusters: only 9 of the 212 vouchers involved services shared by members of two different clusters",
  "Continue the scheme in the 2039–2042 period, with a budget of at least EUR 800,000 a year, as it reaches enterprises that no other instrument reaches",
  "Introduce a simplified lump-sum voucher of up to EUR 5,000 with a one-page application and no final report beyond the invoice and a short statement",
  "Create a \"cross-cluster\" voucher that pays a 10 % bonus when the service is bought jointly by members of two or more clusters",
  "Pay cluster organisations a fee for advising first-time applicants, linked to the number of vouchers completed",
  "Link the scheme with the university technology transfer offices so that more vouchers buy research services",
  "Publish the monitoring data every year and repeat the counterfactual analysis in 2041"],
 pub="2038-09-30")
