from common import *
doc = "PR_2032-11-17_MoU-MaasChem-AixPoly.txt"
write(doc, """
PRESS RELEASE – FOR IMMEDIATE RELEASE

Maastricht, 17 November 2032

Chemistry clusters from Limburg and Aachen sign cross-border agreement at Euregio Materials Days

Two cluster organisations on either side of the Dutch–German border have agreed to pool their services for
companies working on recycled and bio-based plastics. The memorandum of understanding between MaasChem Cluster B.V.
(Sittard-Geleen) and AixPoly – Kunststoffnetzwerk Region Aachen e.V. was signed yesterday, 16 November 2032, on the
main stage of the Euregio Materials Days at the MECC Maastricht, in front of about 400 participants.

The agreement was signed by Maartje Verheggen-Claessens, managing director of MaasChem, and Dr.-Ing. Florian
Schmitz-Hövel, chairman of the board of AixPoly, in the presence of the Deputy for Economic Affairs of the Province
of Limburg, Roel Hendrix, and of Birgit Lammertz, head of the economic development department of the
StädteRegion Aachen.

What the partners agree to do
Under the memorandum, which runs from 1 January 2033 to 31 December 2035, the two clusters will:
• open their member events, training and matchmaking to each other's members at member rates;
• run a joint "recyclate testing voucher" with the laboratories of Maastricht University and RWTH Aachen University;
• prepare together at least one application per year to EU or Interreg Euregio Meuse-Rhine calls;
• organise a yearly cross-border cluster day, alternating between Limburg and the Aachen region.

"A converter in Heerlen and a compounder in Eschweiler are forty kilometres apart, but until now they met only at
trade fairs in Düsseldorf," said Maartje Verheggen-Claessens. "From today our members can simply use each other's
networks."

Florian Schmitz-Hövel added: "Recycled content targets are coming fast. Neither region has all the testing capacity
it needs; together we nearly do."

Roel Hendrix welcomed the step: "Companies in Limburg do not stop at the border, and their cluster should not
either. The province will support the testing voucher in its first year." The partners estimate that around 40
companies will use the voucher by the end of 2034.

The signing closed a first conference day on plastics circularity that included a panel with converters from
Venlo, Genk and Düren and the presentation of a study on recyclate quality in the Euregio by Maastricht University.
The second day was dedicated to bio-based materials and to a matchmaking session with 160 pre-arranged meetings.

The first joint cluster day is planned for 11 March 2033 in Aachen. A joint delegation will also visit the K 2034
trade fair in Düsseldorf in October 2034.

About the Euregio Materials Days
The Euregio Materials Days took place on 15–16 November 2032 in Maastricht and brought together companies, knowledge
institutes and governments from the Netherlands, Belgium and Germany. The next edition will be held in Liège in
November 2033.

About MaasChem
MaasChem Cluster B.V. was founded in 2018 and connects 85 chemical and materials companies in the Dutch province
of Limburg.

About AixPoly
AixPoly – Kunststoffnetzwerk Region Aachen e.V. brings together 60 plastics processors, machine builders and
research institutes in the Aachen region. It was founded in 2011.

Media contact
Joost Wetzels, communications officer, MaasChem · press@maaschem.example · +31 46 000 0000

### ENDS ###
""")
gold(doc, "2032-11-17",
 [P("Maartje Verheggen-Claessens","managing director","MaasChem"),
  P("Florian Schmitz-Hövel","chairman of the board","AixPoly"),
  P("Roel Hendrix","Deputy for Economic Affairs","Province of Limburg"),
  P("Birgit Lammertz","head of the economic development department","StädteRegion Aachen"),
  P("Joost Wetzels","communications officer","MaasChem")],
 [O("MaasChem Cluster B.V.","MaasChem"), O("AixPoly – Kunststoffnetzwerk Region Aachen e.V.","AixPoly"),
  O("Province of Limburg"), O("StädteRegion Aachen"), O("Maastricht University"), O("RWTH Aachen University")],
 [E("Euregio Materials Days","2032-11-15","2032-11-16","Maastricht","Netherlands"),
  E("joint cluster day","2033-03-11",None,"Aachen","Germany"),
  E("K 2034","2034-10",None,"Düsseldorf","Germany"),
  E("Euregio Materials Days 2033","2033-11",None,"Liège","Belgium")],
 ["2032-11-17","2032-11-16","2034","2033-01-01/2035-12-31","2033-03-11","2034-10","2032-11-15/2032-11-16","2033-11","2018","2011"])
