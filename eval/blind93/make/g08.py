from h import *
F = 'g08_hasselt_circular_plastics_report-pdf.txt'
assert wd(2035,10,16)=='Tuesday' and wd(2035,11,5)=='Monday' and wd(2035,10,17)=='Wednesday'
KM=["Design for recycling must start at the purchasing department, not in the lab",
 "Regional sorting capacity for flexible packaging has to double by 2038 if the targets are to be met",
 "SMEs need shared testing infrastructure rather than individual subsidies for equipment",
 "Recyclate quality standards should be agreed cross-border within the Meuse-Rhine region",
 "The cluster will set up a working group on chemical recycling with the universities"]
T = """Limburg Plastics Cluster – Event report                                                    November 2035

LIMBURG CIRCULAR PLASTICS FORUM 2035
Report of the fourth forum, Hasselt, 16 October 2035

Published by the Limburg Plastics Cluster vzw, Hasselt, 5 November 2035
Authors: Sara Vanhoof and Koen Dillen


1. Summary

The fourth Limburg Circular Plastics Forum brought 236 participants from Belgium, the Nether-
lands and Germany to the Corda Campus in Hasselt on Tuesday 16 October 2035. It was organised
by the Limburg Plastics Cluster together with the Provincial Development Agency of Limburg
(POM Limburg) and Hasselt University, with support from VLAIO. The day combined two plenary
sessions, four workshops, a start-up corner and 61 pre-arranged B2B meetings. On the following
day, Wednesday 17 October, 34 participants joined the company visits to the sorting plant of
Renasci Limburg in Genk and the compounding lines of Tessenderlo Polymers in Ham.

2. Opening and keynotes

The forum was opened by Ellen Claes, chair of the Limburg Plastics Cluster and CEO of Claes
Verpakkingen NV, and by Deputy of the Province of Limburg for economy Tom Vandeput. In her
opening words Ellen Claes recalled that the first forum in 2032 had only 70 participants and
that the cluster has since grown to 94 members.

The first keynote was given by Dr. Marleen Peeters, Director Sustainability at Borealis
Polyolefine GmbH, who presented the company's plans for mechanical and chemical recycling in
Antwerp. She argued that quality, not volume, is now the bottleneck: "We can buy more bales, but
we cannot buy cleaner ones." The second keynote, by Prof. Jan Stulens of the Institute for
Materials Research of Hasselt University, looked at the limits of compatibilisers in mixed polyolefin
streams.

Limburg Plastics Cluster – Limburg Circular Plastics Forum 2035                          page 1 of 3
---------------------------------------------------------------------------------------------------
Limburg Plastics Cluster – Event report                                                    November 2035

3. Workshops

Workshop A – Packaging design. Chaired by Liesbeth Janssens (Pack4Food). With case studies
from Aldi Belgium and from Vandemoortele, and a critical view from Nico Hermans of the OVAM,
the Public Waste Agency of Flanders.

Workshop B – Recyclates in technical parts. Chaired by Dr. Bart Goderis (KU Leuven). Speakers:
Frank Lemmens (Lemmens Injection Moulding bv) and Heike Schmitz (Kunststoff-Institut Lüdenscheid).

Workshop C – Deposit systems and reverse logistics. Chaired by Jo Cuypers (Fost Plus). Contrib-
utions by Anouk de Wit (Brightlands Materials Center, Geleen) and by the logistics company
H.Essers.

Workshop D – Skills. Chaired by Veerle Smets (PXL University of Applied Sciences and Arts).
Discussion with trainers from Syntra Limburg and the VDAB.

4. Start-up corner and awards

Seven start-ups presented their solutions. The Circular Plastics Award 2035 went to PolyTrace
bv, a spin-off of Hasselt University that marks recyclate with fluorescent tracers; the award
was handed over by Jeroen Lenaers, Member of the European Parliament. The audience award
went to Sortic, a sorting-robot start-up from Maastricht.

5. Key conclusions

The rapporteurs summarised the discussions in five key conclusions:

1. """+KM[0]+""".
2. """+KM[1]+""".
3. """+KM[2]+""".
4. """+KM[3]+""".
5. """+KM[4]+""".

Limburg Plastics Cluster – Limburg Circular Plastics Forum 2035                          page 2 of 3
---------------------------------------------------------------------------------------------------
Limburg Plastics Cluster – Event report                                                    November 2035

Voices from the forum

"For a moulder of our size, one bad batch of recyclate can cost a whole month's margin," said
Frank Lemmens in workshop B. "We need a place where we can test material before we buy a full
truck." Several participants asked the cluster to negotiate access to the pilot extruder at Hasselt
University for member companies at a fixed daily rate. In workshop D, trainers reported that
vacancies for process operators in the Limburg plastics industry have been open for an average of
four months, and that short modular courses attract more adult learners than full diplomas. The
discussion on deposit systems was the liveliest of the day; no consensus was reached on whether
cups and trays should be included.

6. Next steps

The working group on chemical recycling will meet for the first time in January 2036 at Hasselt
University. The fifth forum is planned for October 2036 in Genk, in cooperation with the Euregio
Meuse-Rhine. Members who want to join the working group can contact Koen Dillen.

7. Figures

Participants: 236 (2034: 198)          Countries: 3
Exhibitors: 18                         B2B meetings: 61
Start-ups in the pitch: 7              Company visits: 2 (34 participants)
Satisfaction (survey, n = 88): 8.1 out of 10

8. Thanks

We thank our sponsors Borealis, Renasci, KBC Bank and the City of Hasselt, and all speakers,
chairs and volunteers. Photographs: Dirk Vanhaelen.

Contact
Koen Dillen, Cluster Manager, Limburg Plastics Cluster
Sara Vanhoof, Communication Officer
info@limburgplastics.example.be | www.limburgplastics.example.be
Limburg Plastics Cluster vzw, Corda Campus, Kempische Steenweg 293, 3500 Hasselt

Limburg Plastics Cluster – Limburg Circular Plastics Forum 2035                          page 3 of 3
"""
write(F, T)
LPC="Limburg Plastics Cluster"
gold(F,
 [P("Sara Vanhoof","Communication Officer",LPC), P("Koen Dillen","Cluster Manager",LPC),
  P("Ellen Claes","chair",LPC), P("Tom Vandeput","Deputy of the Province of Limburg for economy",None),
  P("Marleen Peeters","Director Sustainability","Borealis Polyolefine GmbH"),
  P("Jan Stulens",None,"Hasselt University"),
  P("Liesbeth Janssens",None,"Pack4Food"),
  P("Nico Hermans",None,"OVAM"),
  P("Bart Goderis",None,"KU Leuven"),
  P("Frank Lemmens",None,"Lemmens Injection Moulding bv"),
  P("Heike Schmitz",None,"Kunststoff-Institut Lüdenscheid"),
  P("Jo Cuypers",None,"Fost Plus"),
  P("Anouk de Wit",None,"Brightlands Materials Center"),
  P("Veerle Smets",None,"PXL University of Applied Sciences and Arts"),
  P("Jeroen Lenaers","Member of the European Parliament","European Parliament"),
  P("Dirk Vanhaelen",None,None)],
 [O("Limburg Plastics Cluster vzw"), O("Provincial Development Agency of Limburg","POM Limburg"), O("Hasselt University"),
  O("VLAIO"), O("Renasci Limburg"), O("Tessenderlo Polymers"), O("Claes Verpakkingen NV"), O("Province of Limburg"),
  O("Institute for Materials Research"), O("Borealis Polyolefine GmbH"), O("Kunststoff-Institut Lüdenscheid"), O("Pack4Food"), O("Aldi Belgium"), O("Vandemoortele"),
  O("Public Waste Agency of Flanders","OVAM"), O("KU Leuven"), O("Lemmens Injection Moulding bv"),
  O("Fost Plus"), O("Brightlands Materials Center"), O("H.Essers"), O("PXL University of Applied Sciences and Arts"),
  O("Syntra Limburg"), O("VDAB"), O("PolyTrace bv"), O("European Parliament"), O("Sortic"), O("Euregio Meuse-Rhine"), O("KBC Bank"), O("City of Hasselt")],
 [E("Limburg Circular Plastics Forum 2035","2035-10-16",None,"Hasselt","Belgium"),
  E("company visits","2035-10-17",None,"Genk, Ham","Belgium"),
  E("Circular Plastics Award 2035","2035-10-16",None,"Hasselt","Belgium"),
  E("working group on chemical recycling","2036-01",None,None,None),
  E("Limburg Circular Plastics Forum (5th edition)","2036-10",None,"Genk","Belgium"),
  E("Limburg Circular Plastics Forum (1st edition)","2032",None,None,None)],
 ["2035-11","2035-10-16","2035-11-05","2035-10-17","2032","2036-01","2036-10","2034","2038"],
 KM, "2035-11-05")
