from h import *
F = 'g10_aalborg_offshore_supply_chain_study-pdf.txt'
assert wd(2040,1,30)=='Monday'
T = """North Jutland Offshore Cluster                                     Study summary
_______________________________________________________________________________

SKILLS AND SUPPLIERS FOR THE NEXT OFFSHORE DECADE
A study of the North Jutland offshore wind supply chain 2040–2050

Summary report
Aalborg, January 2040

Prepared for: North Jutland Offshore Cluster (NJOC) and Business Region North Denmark
Prepared by: Nordkyst Analyse ApS in cooperation with Aalborg University, Department of
Materials and Production
Project lead: Mette Kjærgaard Holm, Senior Analyst, Nordkyst Analyse ApS

_______________________________________________________________________________
NJOC · Study summary · January 2040                                      page 1

Foreword
When the Danish Parliament decided in 2038 to double the offshore wind target for 2045,
our members asked a simple question: can North Jutland deliver? This study gives a part of
the answer. It is based on a survey of 143 companies, 31 interviews and two workshops held
in Aalborg on 14 November 2039 and in Frederikshavn on 28 November 2039. I want to thank
all the companies that used their time on it, and the Region of North Jutland (Region Nord-
jylland) for co-financing the work.

Lars Bech Sørensen
Chair of the Board, North Jutland Offshore Cluster

1. Background and method
The region hosts around 420 companies with activities in the offshore wind value chain, from
steel fabrication in Frederikshavn and Aalborg East to service vessels in Hirtshals and Skagen.
The study mapped capacities against the expected demand from projects in the North Sea
and the Baltic Sea between 2040 and 2050. The survey ran from 1 September to 15 October
2039. The response rate was 34 %.

_______________________________________________________________________________
NJOC · Study summary · January 2040                                      page 2

2. Key findings
• The region can deliver about 60 % of the foundations and secondary steel needed by 2045, but only if three yards invest in automated welding.
• Lack of certified welders and electricians is the most serious bottleneck, reported by 71 % of the companies.
• Port capacity in Frederikshavn and Hirtshals will be fully booked from 2043 without new quay space.
• Small suppliers rarely qualify directly for tier-1 contracts and depend on a few large integrators.
• Companies that take part in cluster projects invest twice as much in R&D as those that do not.

3. Recommendations
Based on the findings, the study recommends that:
1. The cluster and the vocational schools set up a joint offshore skills academy with a target of 400 certified workers a year by 2043.
2. The Region of North Jutland and the municipalities prepare a common port expansion plan before the end of 2040.
3. NJOC offers a supplier qualification programme for SMEs with support from the Danish Board of Business Development.
4. Regional development funds give priority to investments in automation at small and medium-sized yards.

_______________________________________________________________________________
NJOC · Study summary · January 2040                                      page 3

4. Next steps
The results will be presented at the cluster's Offshore Supplier Day on Thursday 7 March
2040 at Aalborg Congress & Culture Centre, and discussed with Danish Offshore Wind Asso-
ciation (DOWA) and Green Power Denmark. A full report of 96 pages with the survey data
is available for members.

Contact                                      Steering group of the study
Anders Mølgaard Nielsen                       Lars Bech Sørensen, NJOC (chair)
Cluster Manager, NJOC                         Birgitte Thorup, Region Nordjylland
amn@njoc.example.dk                           Prof. Henrik Dalsgaard, Aalborg University
+45 00 00 00 00                               Søren Vestergaard, Port of Hirtshals

Layout: NJOC. Photos: Port of Frederikshavn / Kim Rasmussen.
_______________________________________________________________________________
NJOC · Study summary · January 2040                                      page 4
"""
assert wd(2040,3,7)=='Wednesday'
T = T.replace("Thursday 7 March","Wednesday 7 March")
write(F, T)
gold(F,
 [P("Mette Kjærgaard Holm","Senior Analyst","Nordkyst Analyse ApS"),
  P("Lars Bech Sørensen","Chair of the Board","North Jutland Offshore Cluster"),
  P("Anders Mølgaard Nielsen","Cluster Manager","NJOC"),
  P("Birgitte Thorup",None,"Region Nordjylland"),
  P("Henrik Dalsgaard",None,"Aalborg University"),
  P("Søren Vestergaard",None,"Port of Hirtshals"),
  P("Kim Rasmussen")],
 [O("North Jutland Offshore Cluster","NJOC"), O("Business Region North Denmark"), O("Nordkyst Analyse ApS"),
  O("Aalborg University"), O("Department of Materials and Production"), O("Danish Parliament"),
  O("Region of North Jutland"), O("Danish Board of Business Development"),
  O("Green Power Denmark"), O("Port of Hirtshals"), O("Port of Frederikshavn"),
  O("DOWA")],
 [E("workshop","2039-11-14",None,"Aalborg","Denmark"), E("workshop","2039-11-28",None,"Frederikshavn","Denmark"),
  E("Offshore Supplier Day","2040-03-07",None,"Aalborg","Denmark")],
 ["2040/2050","2040-01","2038","2045","2039-11-14","2039-11-28","2039-09-01/2039-10-15","2043","2040","2040-03-07"],
 ["The region can deliver about 60 % of the foundations and secondary steel needed by 2045, but only if three yards invest in automated welding",
  "Lack of certified welders and electricians is the most serious bottleneck, reported by 71 % of the companies",
  "Port capacity in Frederikshavn and Hirtshals will be fully booked from 2043 without new quay space",
  "Small suppliers rarely qualify directly for tier-1 contracts and depend on a few large integrators",
  "Companies that take part in cluster projects invest twice as much in R&D as those that do not",
  "The cluster and the vocational schools set up a joint offshore skills academy with a target of 400 certified workers a year by 2043",
  "The Region of North Jutland and the municipalities prepare a common port expansion plan before the end of 2040",
  "NJOC offers a supplier qualification programme for SMEs with support from the Danish Board of Business Development",
  "Regional development funds give priority to investments in automation at small and medium-sized yards"], pub="2040-01")
