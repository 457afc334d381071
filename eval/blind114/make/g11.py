from h import *
F = 'g11_lower_austria_cluster_annual_report-pdf.txt'
assert wd(2038,9,17)=='Friday' and wd(2038,3,10)=='Wednesday'
T = """Food & Plastics Cluster Lower Austria – Annual Report 2038                         4

2 People and governance

2.1 The cluster team
The Food & Plastics Cluster Lower Austria is run by ecoplus. The Business Agency of
Lower Austria GmbH, the economic development agency of the Federal State of Lower
Austria, from its offices in St. Pölten and Krems an der Donau. In 2038 the team grew
from seven to nine people (7.6 full-time equivalents).

   Cluster Manager                         Mag. Dr. Theresa Hinterleitner-Boyd
   Deputy Cluster Manager,
   Packaging and Circular Economy          DI Florian Aigner
   Project Manager, Food Innovation        Veronika Schwarzl, MSc
   Project Manager, Digitalisation         Emre Yıldırım, BSc
   Project Manager, International          Zsófia Németh-Kapus
   Trainee (since October 2038)            Paul Ebner

New in the team: Zsófia Németh-Kapus joined in March 2038 from the Hungarian
cluster Pannon Plastic Industry Cluster in Zalaegerszeg and now looks after our co-
operation with partner clusters in Hungary, Slovakia and Czechia. Mag. Ulrike Steindl,
who had been Deputy Cluster Manager since 2031, retired at the end of June 2038.
We thank her for seventeen years at ecoplus.

2.2 Advisory board
The cluster's advisory board met twice in 2038: on Wednesday 10 March 2038 in
St. Pölten and on Friday 17 September 2038 at the premises of Greiner Packaging
International GmbH in Kremsmünster. At the autumn meeting the members elected a
new chair for the period 2038–2040.

   Chair                 Dr. Katharina Pölzl-Waldner, AGRANA Beteiligungs-AG (since
                         September 2038)
   Vice-Chair            Ing. Martin Hofstätter, Berglandmilch eGen
   Members               Univ.-Prof. Dr. Lukas Wiesinger, University of Natural Re-
                         sources and Life Sciences, Vienna (BOKU)
                         Mag. Sabine Kogler, Wirtschaftskammer Niederösterreich
                         Dr. Bernhard Auer-Lindqvist, Borealis AG
                         Ing. Petra Stangl, Manner & Comp. AG

Outgoing chair Hans-Peter Fuchsbichler (Greiner Packaging International GmbH), who
led the advisory board from 2033 to 2038, remains a member of the board of ecoplus.

Food & Plastics Cluster Lower Austria – Annual Report 2038                         5

2.3 Partners
In 2038 the cluster cooperated with 212 partner companies and institutions (2037:
198). Among the new partners are the dairy Schärdinger Käsespezialitäten, the
start-up PackBack Solutions GmbH from Tulln and the FH Wiener Neustadt, which
runs a new laboratory for food packaging at its Wieselburg campus. The cluster
continued its formal partnership with the Business Upper Austria Kunststoff-Cluster
and with Slovak Plastic Cluster in Nitra under the Danube cooperation agree-
ment signed in 2036.

2.4 Cluster events with external speakers
- Packaging Day 2038, 14 June 2038, Haus der Digitalisierung, Tulln (184 participants)
- Food Safety Forum, 8 November 2038, online (236 participants)
- Study trip to the Anuga trade fair, Cologne, 7-9 October 2038 (17 companies)

2.5 Lessons learnt
At its closed-door session in December 2038 the team discussed what worked and
what did not in the first year of the new cluster programme. Lessons learnt:
- Mixed food-and-packaging project teams produce better results than single-sector
  groups
- Partner companies read short video updates more than our printed newsletter
- Cross-border partnerships only work when a named person on each side is responsible

Food & Plastics Cluster Lower Austria – Annual Report 2038                         6

3 Outlook 2039
For 2039 the advisory board has approved a work plan with three focus areas: recycled
materials in food contact, digital traceability along the supply chain, and skills for
packaging technicians. The next Packaging Day will take place on 13 June 2039 in
Tulln. The cluster will also host the Danube Cluster Managers' Meeting in Krems an der
Donau in autumn 2039.

Contact: Food & Plastics Cluster Lower Austria, ecoplus. The Business Agency of
Lower Austria GmbH, Niederösterreich-Ring 2, Haus A, 3100 St. Pölten,
cluster@ecoplus.example.at
"""
write(F, T)
C="Food & Plastics Cluster Lower Austria"
E_="ecoplus. The Business Agency of Lower Austria GmbH"
gold(F,
 [P("Theresa Hinterleitner-Boyd","Cluster Manager",C),
  P("Florian Aigner","Deputy Cluster Manager, Packaging and Circular Economy",C),
  P("Veronika Schwarzl","Project Manager, Food Innovation",C),
  P("Emre Yıldırım","Project Manager, Digitalisation",C),
  P("Zsófia Németh-Kapus","Project Manager, International",C),
  P("Paul Ebner","Trainee",C),
  P("Ulrike Steindl","Deputy Cluster Manager",C),
  P("Katharina Pölzl-Waldner","Chair",C),
  P("Martin Hofstätter","Vice-Chair",C),
  P("Lukas Wiesinger","Member",C),
  P("Sabine Kogler","Member",C),
  P("Bernhard Auer-Lindqvist","Member",C),
  P("Petra Stangl","Member",C),
  P("Hans-Peter Fuchsbichler","chair",C)],
 [O(C), O(E_,"ecoplus"), O("Federal State of Lower Austria"), O("Pannon Plastic Industry Cluster"),
  O("Greiner Packaging International GmbH"), O("AGRANA Beteiligungs-AG"), O("Berglandmilch eGen"),
  O("BOKU"), O("Wirtschaftskammer Niederösterreich"), O("Borealis AG"), O("Manner & Comp. AG"),
  O("Schärdinger Käsespezialitäten"), O("PackBack Solutions GmbH"), O("FH Wiener Neustadt"),
  O("Business Upper Austria Kunststoff-Cluster"), O("Slovak Plastic Cluster")],
 [E("advisory board","2038-03-10",None,"St. Pölten","Austria"),
  E("autumn meeting","2038-09-17",None,"Kremsmünster","Austria"),
  E("Packaging Day 2038","2038-06-14",None,"Tulln","Austria"),
  E("Food Safety Forum","2038-11-08",None,None,None),
  E("Study trip to the Anuga trade fair","2038-10-07","2038-10-09","Cologne","Germany"),

  E("closed-door session","2038-12",None,None,None),
  E("Packaging Day","2039-06-13",None,"Tulln","Austria"),
  E("Danube Cluster Managers' Meeting","2039",None,"Krems an der Donau","Austria")],
 ["2038","2038-10","2038-03","2031","2038-06","2038-03-10","2038-09-17","2038/2040","2038-09","2033/2038","2037","2036",
  "2038-06-14","2038-11-08","2038-10-07/2038-10-09","2038-12","2039","2039-06-13"],
 ["Mixed food-and-packaging project teams produce better results than single-sector groups",
  "Partner companies read short video updates more than our printed newsletter",
  "Cross-border partnerships only work when a named person on each side is responsible"])
