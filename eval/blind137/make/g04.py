from h import *
F = 'g04_nijmegen_horizon_final_conference-pdf.txt'
assert wd(2041,6,12)=='Wednesday' and wd(2041,6,13)=='Thursday' and wd(2041,6,11)=='Tuesday'
T = """CIRCUPLAST – Final Conference Report                                    Page 1 of 3
Horizon Europe Grant Agreement No. 101234567 · Deliverable D7.6 · Version 1.0 · 30 June 2041

CIRCUPLAST FINAL CONFERENCE
"Closing the loop for construction plastics"
Nijmegen, the Netherlands, 12–13 June 2041

Prepared by: Stichting Kunststof Kringloop Gelderland (SKKG), WP7 leader
Authors: Ilse Verhoeven-Maas, Dr. Tomasz Grabowski, Chiara Bellandi

1. Introduction

The final conference of CIRCUPLAST took place on Wednesday 12 and Thursday 13 June 2041 in the auditorium of the Huygens building of Radboud University in Nijmegen. It marked the end of a four-year Horizon Europe innovation action (1 October 2037 – 30 September 2041) in which 14 partners from seven countries developed sorting, recycling and re-design solutions for plastic waste from construction and demolition sites.

The conference gathered 186 participants on site and 240 online: cluster organisations, recyclers, building contractors, archi-
tects, regional authorities and representatives of the European Commission. On the evening before, Tuesday 11 June, the consortium held its last General Assembly in the same building.

2. Opening session

The conference was opened by Prof. Dr. Maarten Hoogstraten, Vice-Rector for Valorisation of Radboud University, and by the project coordinator, Dr. Elena Martínez Oyarzabal of Fundación TECNALIA Research & Innovation (Tecnalia). She recalled that at the start of the project less than 9 % of construction plastics in the partner regions were recycled, and that the pilots had raised this share to 31 % on the demon-
stration sites.

Sandra Kowalczyk-Bruni, Project Officer at the European Health and Digital Executive Agency (HaDEA), presented the policy context: the revision of the Construction Products Regulation and the targets for recycled content that will apply from 2042.

3. Results of the pilots

Four pilots were presented in a plenary session chaired by Dr. Tomasz Grabowski (Łukasiewicz Research Network – Institute for Engineering of Polymer Materials and Dyes):

- Pilot Gelderland (NL): on-site separation of PVC pipes and insulation foam at six demolition sites of the contractor Van Wijnen Bouw B.V.;
- Pilot Basque Country (ES): chemical recycling of mixed polyolefins, run by Tecnalia with Petronor;
- Pilot Toruń (PL): window profiles with 40 % recycled PVC, produced by Okna Wisła sp. z o.o.;
- Pilot Lombardy (IT): digital product passport for insulation panels, developed by Politecnico di Milano and the cluster Lombardy Green Building Alliance.

CIRCUPLAST – Final Conference Report                                    Page 2 of 3

4. Panel: "Who pays for circularity?"

A panel moderated by Chiara Bellandi (Lombardy Green Building Alliance) brought together Henk-Jan Rutgers, alderman for the economy of the Municipality of Nijmegen, Aino Lehtimäki of the Finnish Plastics Industry Federation and Paulo Sá Carneiro, CEO of the Portuguese recycler Recivalor S.A. The speakers agreed that public procurement is the lever that moves the market fastest, but disagreed on whether recycled content should be mandatory or rewarded.

5. Site visit and matchmaking

On Thursday 13 June at 09:00 participants could join a site visit to the sorting hall of Kringloop Regio Nijmegen in Weurt. In parallel, the Enterprise Europe Network Netherlands organised B2B meetings between SMEs and the pilot owners; 58 meetings were held.

6. Lessons learnt

The consortium summarised its experience in five lessons learnt:

1. Separation at the source works only when the demolition contractor is paid for it; voluntary separation stopped after three months on two sites
2. Recyclers need stable volumes of at least 5,000 tonnes a year per polymer before they invest in new lines
3. Cluster organisations were the most effective partners to reach SMEs; their events brought in 70 % of the companies that joined the pilots
4. Data on the composition of building plastics is missing in almost every region and should be collected in the digital building logbook
5. Regional authorities must be involved from the first month, not only at the end, if pilots are to be turned into procurement rules

7. Next steps

The results will be taken further by a follow-up project submitted to the Single Market Programme in March 2041 and by the Interreg Europe project RE-BUILD, in which three CIRCUPLAST partners take part. The project's Circular Construction Plastics Toolbox remains online until at least the end of 2042.

CIRCUPLAST – Final Conference Report                                    Page 3 of 3

Annex: Consortium

Fundación TECNALIA Research & Innovation (ES, coordinator) · Stichting Kunststof Kringloop Gelderland (NL) · Radboud University (NL) · Van Wijnen Bouw B.V. (NL) · Petronor (ES) · Łukasiewicz Research Network – Institute for Engineering of Polymer Materials and Dyes (PL) · Okna Wisła sp. z o.o. (PL) · Politecnico di Milano (IT) · Lombardy Green Building Alliance (IT) · VTT Technical Research Centre of Finland Ltd (FI) · Recivalor S.A. (PT) · Plastics Cluster Toruń (PL) · Ghent University (BE) · Municipality of Nijmegen (NL)

This project has received funding from the European Union's Horizon Europe research and innovation programme under grant agreement No 101234567.
"""
write(F, T)
TEC="Fundación TECNALIA Research & Innovation"; L="Łukasiewicz Research Network – Institute for Engineering of Polymer Materials and Dyes"
gold(F,
 [P("Ilse Verhoeven-Maas",None,"Stichting Kunststof Kringloop Gelderland"),
  P("Tomasz Grabowski",None,L),
  P("Chiara Bellandi",None,"Lombardy Green Building Alliance"),
  P("Maarten Hoogstraten","Vice-Rector for Valorisation","Radboud University"),
  P("Elena Martínez Oyarzabal","project coordinator",TEC),
  P("Sandra Kowalczyk-Bruni","Project Officer","European Health and Digital Executive Agency"),
  P("Henk-Jan Rutgers","alderman for the economy","Municipality of Nijmegen"),
  P("Aino Lehtimäki",None,"Finnish Plastics Industry Federation"),
  P("Paulo Sá Carneiro","CEO","Recivalor S.A.")],
 [O("Stichting Kunststof Kringloop Gelderland","SKKG"), O("Radboud University"), O(TEC,"Tecnalia"),
  O("European Commission"), O("European Health and Digital Executive Agency","HaDEA"), O(L),
  O("Van Wijnen Bouw B.V."), O("Petronor"), O("Okna Wisła sp. z o.o."), O("Politecnico di Milano"),
  O("Lombardy Green Building Alliance"), O("Municipality of Nijmegen"), O("Finnish Plastics Industry Federation"),
  O("Recivalor S.A."), O("Kringloop Regio Nijmegen"), O("Enterprise Europe Network Netherlands"),
  O("VTT Technical Research Centre of Finland Ltd"), O("Plastics Cluster Toruń"), O("Ghent University")],
 [E("CIRCUPLAST FINAL CONFERENCE","2041-06-12","2041-06-13","Nijmegen","Netherlands"),
  E("General Assembly","2041-06-11",None,"Nijmegen","Netherlands"),
  E("site visit","2041-06-13",None,"Weurt","Netherlands"),
  E("B2B meetings","2041-06-13",None,"Nijmegen","Netherlands")],
 ["2041-06-30","2041-06-12/2041-06-13","2037-10-01/2041-09-30","2041-06-11","2042","2041-06-13","2041-03"],
 ["Separation at the source works only when the demolition contractor is paid for it; voluntary separation stopped after three months on two sites",
  "Recyclers need stable volumes of at least 5,000 tonnes a year per polymer before they invest in new lines",
  "Cluster organisations were the most effective partners to reach SMEs; their events brought in 70 % of the companies that joined the pilots",
  "Data on the composition of building plastics is missing in almost every region and should be collected in the digital building logbook",
  "Regional authorities must be involved from the first month, not only at the end, if pilots are to be turned into procurement rules"],
 pub="2041-06-30")
