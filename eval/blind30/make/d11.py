from g import *
N = "Adriatic-Nautical-Forum-2033-conference-report.md"
doc(N, """# Adriatic Nautical Forum 2033 – Conference report

*Split, 26–27 September 2033 · Organised by the Croatian Nautical Cluster (HNK) with the City of Split and the Adriatic Sea Basin Interreg programme*

Published on 10 October 2033 by Ivana Perić, HNK

More than 220 boat builders, marina operators, suppliers and policy makers met at the Split Congress Centre for the fourth Adriatic Nautical Forum. The first day was opened by **Tonći Radić**, president of HNK, and **Mirela Kovač**, deputy mayor of Split. Keynotes came from **Gianluca Ferrante**, CEO of the Ancona yard Cantieri Conero S.p.A., and from **Dr. Sanja Vuković**, head of sector at the Ministry of Economy of Croatia. A panel on electric propulsion brought together Jure Matić (Elektromar d.o.o.), Petra Šimunić (University of Split, Faculty of Maritime Studies) and Luka Bogdanić from the marina group ACI.

On the second day, 32 companies held 140 B2B meetings, and participants visited the composite workshops of Dalmacija Yachts d.o.o. in Trogir.

## Main conclusions

1. Electrification of small craft is technically ready, but marinas lack charging infrastructure and grid capacity.
2. Shortage of skilled shipwrights is now the main brake on growth for Adriatic yards.
3. Cross-border supplier networks between Croatia, Italy and Slovenia are stronger than national ones and should be recognised in funding calls.
4. Clusters should jointly represent the nautical sector in the EU blue economy debate.

## Next steps

- HNK will set up a working group on marina charging with ACI by December 2033.
- A joint Adriatic training module for shipwrights will be proposed to the Interreg call closing on 15 January 2034.
- The fifth Adriatic Nautical Forum will be held in Ancona in autumn 2034.

Photos: HNK / Dino Barić
""")
gold(N, "2033-10-10",
 [P("Ivana Perić",None,"HNK"), P("Tonći Radić","president","HNK"), P("Mirela Kovač","deputy mayor","City of Split"),
  P("Gianluca Ferrante","CEO","Cantieri Conero S.p.A."), P("Sanja Vuković","head of sector","Ministry of Economy of Croatia"),
  P("Jure Matić",None,"Elektromar d.o.o."), P("Petra Šimunić",None,"University of Split"),
  P("Luka Bogdanić",None,"ACI"), P("Dino Barić",None,"HNK")],
 [O("Croatian Nautical Cluster","HNK"), O("City of Split"), O("Cantieri Conero S.p.A."), O("Ministry of Economy of Croatia"),
  O("Elektromar d.o.o."), O("University of Split"), O("Faculty of Maritime Studies"), O("ACI"), O("Dalmacija Yachts d.o.o.")],
 [E("Adriatic Nautical Forum 2033","2033-09-26","2033-09-27","Split","Croatia"),
  E("fifth Adriatic Nautical Forum","2034","2034","Ancona","Italy")],
 ["2033-09-26/2033-09-27","2033-10-10","2033-12","2034-01-15","2034"],
 ["Electrification of small craft is technically ready, but marinas lack charging infrastructure and grid capacity",
  "Shortage of skilled shipwrights is now the main brake on growth for Adriatic yards",
  "Cross-border supplier networks between Croatia, Italy and Slovenia are stronger than national ones and should be recognised in funding calls",
  "Clusters should jointly represent the nautical sector in the EU blue economy debate"])
