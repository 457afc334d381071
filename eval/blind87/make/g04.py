from h import *
F = 'g04_olomouc_cluster_voucher_call.txt'
assert wd(2038,2,9)=='Tuesday' and wd(2038,2,17)=='Wednesday' and wd(2038,3,3)=='Wednesday' and wd(2038,3,31)=='Wednesday' and wd(2038,5,14)=='Friday'
T = """Moravian Mechatronics Cluster, z.s.
HOME  ABOUT US  MEMBERS  PROJECTS  CALLS  EVENTS  MEDIA  CONTACT     CZ / EN
Cookies: We use only necessary and analytic cookies. [Agree] [Settings]

Calls > Open calls

CALL FOR APPLICATIONS: MECHATRONICS INNOVATION VOUCHERS 2038
Status: OPEN | Published: 01.02.2038 | Deadline: 31.03.2038, 14:00 CET

The Moravian Mechatronics Cluster (MMC) in cooperation with the Olomouc Region announces the third call for innovation vouchers for small and medium-sized enterprises. The vouchers are financed from the regional budget and from the project CLUSTER4SME of the Operational Programme Technologies and Applications for Competitiveness.

1. Aim of the call
The aim is to support the first cooperation of SMEs from the Olomouc Region with research organisations in the field of mechatronics, automation, sensorics and industrial software. Typical projects are feasibility tests, prototype measurements, design of control systems or simulation of production lines.

2. Who can apply
- small and medium-sized enterprises with seat or establishment in the Olomouc Region,
- membership in the cluster is not required, but members receive 5 bonus points in evaluation,
- the applicant may receive only one voucher in this call.

3. Amount of support
Voucher value: max. CZK 400,000 (approx. EUR 16,000). Support rate 75 % of eligible costs. The total allocation of the call is CZK 6 million.

Eligible service providers are for example Palacký University Olomouc, the Institute of Physics of the Czech Academy of Sciences, VŠB – Technical University of Ostrava and Brno University of Technology. A complete list is in Annex 2.

4. Time schedule
Opening of the call: 01.02.2038
Info session I (online): Tuesday 09.02.2038, 10:00–11:30
Info session II (in person): Wednesday 17.02.2038, 14:00–16:00, Science and Technology Park of Palacký University, Šlechtitelů 21, Olomouc
Individual consultations: by appointment until 24.03.2038
Matchmaking day SMEs – research: Wednesday 03.03.2038, 9:00–13:00, Regional Office of the Olomouc Region, Jeremenkova 40a
Deadline for applications: Wednesday 31.03.2038, 14:00
Evaluation: April 2038
Announcement of results: by Friday 14.05.2038
Realisation of the projects: until 30.11.2038

5. How to apply
Applications are submitted only electronically via the portal of the Olomouc Region. Paper applications will not be accepted. The application must include: the application form (Annex 1), the offer of the service provider, a declaration on de minimis aid and an extract from the commercial register not older than 90 days.

6. Evaluation
Applications are evaluated by an evaluation committee of five members appointed by the Board of the cluster and the Regional Council. The committee is chaired by Ing. Pavel Zbořil, Ph.D., Vice-president of the MMC. Criteria: innovativeness (30 points), economic impact (30), quality of the cooperation plan (25), membership in the cluster (5), first cooperation with a research organisation (10).

7. Documents for download
Full text of the call (PDF, 412 kB)
Annex 1 – Application form (DOCX, 88 kB)
Annex 2 – List of eligible providers (PDF, 120 kB)
Annex 3 – De minimis declaration (DOCX, 54 kB)
Presentation from Info session I (will be published after 09.02.)
FAQ (updated 05.02.2038)

8. Contact
Mgr. Kateřina Horáková
Project Manager, Moravian Mechatronics Cluster
tel. +420 585 000 000
horakova@mmcluster.example.cz

Ing. Tomáš Navrátil
Department of Regional Development, Regional Office of the Olomouc Region
tel. +420 585 000 001

Results of previous calls
2036 – 14 vouchers granted, total CZK 4.8 million (list of supported projects)
2037 – 19 vouchers granted, total CZK 6.1 million (list of supported projects)

"The vouchers are small money, but for many companies it is the first time they enter a university laboratory. Half of the supported firms from 2036 continue cooperation with the same partner," said cluster director Ing. Martina Šustková at the evaluation meeting of the previous call.

Share: Facebook  LinkedIn  Print

Moravian Mechatronics Cluster, z.s. | Šlechtitelů 21, 779 00 Olomouc | IČO 00000000
Member of the Czech National Cluster Association
© 2038 MMC  |  Personal data protection  |  Sitemap
"""
write(F, T)
gold(F,
 [P("Pavel Zbořil","Vice-president","Moravian Mechatronics Cluster"),
  P("Kateřina Horáková","Project Manager","Moravian Mechatronics Cluster"),
  P("Tomáš Navrátil",None,"Department of Regional Development, Regional Office of the Olomouc Region"),
  P("Martina Šustková","cluster director","Moravian Mechatronics Cluster")],
 [O("Moravian Mechatronics Cluster, z.s.","MMC"), O("Olomouc Region"), O("Palacký University Olomouc"),
  O("Institute of Physics of the Czech Academy of Sciences"), O("VŠB – Technical University of Ostrava"),
  O("Brno University of Technology"), O("Science and Technology Park of Palacký University"),
  O("Regional Office of the Olomouc Region"), O("Regional Council"), O("Department of Regional Development"),
  O("Czech National Cluster Association")],
 [E("Info session I","2038-02-09"),
  E("Info session II","2038-02-17",None,"Olomouc","Czechia"),
  E("Matchmaking day SMEs – research","2038-03-03",None,"Olomouc","Czechia")],
 ["2038-02-01","2038-03-31","2038-02-09","2038-02-17","2038-03-24","2038-03-03","2038-04","2038-05-14","2038-11-30",
  "2038-02-05","2036","2037"], [], pub="2038-02-01")
