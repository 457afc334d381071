from h import *
F = 'g08_sassari_cluster_peer_review-pdf.txt'
HDR = "Peer Review Report – Sardegna AgriFood Cluster (SAFC)                 European Cluster Peer Review 2035"
T = f"""{HDR}

                     EUROPEAN CLUSTER PEER REVIEW 2035
                 Peer Review Report: Sardegna AgriFood Cluster
                              Sassari, Italy

Review visit: 25–27 April 2035
Report submitted: 16 May 2035
Host organisation: Consorzio Sardegna AgriFood Cluster S.c.a r.l. (SAFC)
Peer review team:
  Dr. Ingrid Halvorsen-Berg, cluster manager, Innlandet Matklynge AS (Norway) – team lead
  Tomasz Wiśniewski-Kurek, director, Wielkopolski Klaster Spożywczy (Poland)
  Mag. Theresa Aigner, senior consultant, ecoplus. Niederösterreichs Wirtschaftsagentur GmbH (Austria)
Methodology coordinated by the European Secretariat for Cluster Analysis (ESCA)

1. Introduction

The Sardegna AgriFood Cluster was established in 2030 as a consortium com-
pany under Italian law and brings together 112 members from northern Sar-
dinia: dairy and cheese producers, wineries, olive oil mills, the Università
degli Studi di Sassari, the Agenzia Laore Sardegna and the Chamber of
Commerce of Sassari. The cluster is chaired by Giovanni Maria Pinna, owner
of Caseificio Pinna Thiesi S.r.l., and managed by Dr. Federica Sechi Mura.

At the request of SAFC, a team of three peers visited Sassari from 25 to 27
April 2035. The team interviewed the cluster management, nine member com-
panies, two researchers and representatives of the Regione Autonoma della
Sardegna, including Dott.ssa Paola Deiana, head of the
Servizio per la competitività delle imprese. On 26 April the team vis-

                                                                  Page 1 of 3
{HDR}

ited the Consorzio di Tutela del Pecorino Romano DOP in Macomer and a
cooperative winery in Sorso.
The review followed the ESCA peer review guide and its five dimensions:
strategy, services, governance, financing and international cooperation.

2. Context

Agrifood is the largest manufacturing sector of northern Sardinia, but most
firms are small and export through intermediaries. Insularity raises trans-
port costs, and the ageing of farm owners threatens the supply of milk and
grapes. The cluster has therefore focused on joint export promotion, quali-
ty certification and the transfer of research results from the university.

3. Main findings

Strengths
- The cluster has a clear strategy for 2033–2037 that was developed with its
  members and is known and supported by them.
- Relations between companies and the University of Sassari are close, and
  joint projects on sheep milk and wine yeasts have produced tangible results.
- The cluster management team is competent, trusted and highly motivated.
- Joint participation in trade fairs has opened new markets in Germany and
  Japan for smaller producers.

Areas for improvement
- The cluster depends on regional project funding for about 70% of its
  budget, which makes its services vulnerable to delays in calls.
- Members outside the province of Sassari are underrepresented in the board.
- Digital services for members, such as a shared market intelligence portal,
  are still missing.
- The cluster has few partnerships with clusters outside Italy.

                                                                  Page 2 of 3
{HDR}

4. Discussion with the host

The peer team presented its preliminary findings to the board on 27 April
2035. Board members agreed with most of the analysis but pointed out that
the regional funding dependence is shared by nearly all Sardinian clus-
ters. Dr. Sechi Mura noted that a fee-based export desk is already being
prepared and should open in autumn 2035.

5. Recommendations

The peer review team recommends that SAFC:
1. Diversify its income by introducing fee-based services, starting with the
   planned export desk.
2. Reserve at least two board seats for members from the provinces of Nuoro
   and Oristano.
3. Develop a shared digital market intelligence portal with the Chamber of
   Commerce of Sassari.
4. Join at least two European cluster partnerships by the end of 2036.
5. Repeat the peer review exercise in 2038 to measure progress.

6. Acknowledgements

The team thanks the SAFC staff, in particular Marco Fadda, project officer,
for the excellent organisation of the visit, and all members who took part.

Signed on behalf of the peer review team:
Dr. Ingrid Halvorsen-Berg, Hamar, 16 May 2035

                                                                  Page 3 of 3
"""
write(F, T)
gold(F,
 [P("Ingrid Halvorsen-Berg", "cluster manager", "Innlandet Matklynge AS"),
  P("Tomasz Wiśniewski-Kurek", "director", "Wielkopolski Klaster Spożywczy"),
  P("Theresa Aigner", "senior consultant", "ecoplus. Niederösterreichs Wirtschaftsagentur GmbH"),
  P("Giovanni Maria Pinna", "owner", "Caseificio Pinna Thiesi S.r.l."),
  P("Federica Sechi Mura", None, "SAFC"),
  P("Paola Deiana", "head", "Servizio per la competitività delle imprese"),
  P("Marco Fadda", "project officer", "SAFC")],
 [O("Consorzio Sardegna AgriFood Cluster S.c.a r.l.", "SAFC"), O("Innlandet Matklynge AS"), O("Wielkopolski Klaster Spożywczy"),
  O("ecoplus. Niederösterreichs Wirtschaftsagentur GmbH"), O("European Secretariat for Cluster Analysis", "ESCA"),
  O("Agenzia Laore Sardegna"), O("Chamber of Commerce of Sassari"),
  O("Caseificio Pinna Thiesi S.r.l."), O("Regione Autonoma della Sardegna"),
  O("Università degli Studi di Sassari"), O("Servizio per la competitività delle imprese"), O("Consorzio di Tutela del Pecorino Romano DOP")],
 [E("Review visit", "2035-04-25", "2035-04-27", "Sassari", "Italy"),
  E("visit to the Consorzio di Tutela del Pecorino Romano DOP", "2035-04-26", None, "Macomer, Sorso", "Italy"),
  E("presentation of preliminary findings to the board", "2035-04-27", None, None, None)],
 ["2035-04-25/2035-04-27", "2035-05-16", "2030", "2035-04-26", "2033/2037", "2035-04-27", "2035", "2036", "2038"],
 ["The cluster has a clear strategy for 2033–2037 that was developed with its members and is known and supported by them",
  "Relations between companies and the University of Sassari are close, and joint projects on sheep milk and wine yeasts have produced tangible results",
  "The cluster management team is competent, trusted and highly motivated",
  "Joint participation in trade fairs has opened new markets in Germany and Japan for smaller producers",
  "The cluster depends on regional project funding for about 70% of its budget, which makes its services vulnerable to delays in calls",
  "Members outside the province of Sassari are underrepresented in the board",
  "Digital services for members, such as a shared market intelligence portal, are still missing",
  "The cluster has few partnerships with clusters outside Italy",
  "Diversify its income by introducing fee-based services, starting with the planned export desk",
  "Reserve at least two board seats for members from the provinces of Nuoro and Oristano",
  "Develop a shared digital market intelligence portal with the Chamber of Commerce of Sassari",
  "Join at least two European cluster partnerships by the end of 2036",
  "Repeat the peer review exercise in 2038 to measure progress"],
 pub="2035-05-16")
