from h import *
F = 'g13_itre_exchange_clusters.txt'
assert wd(2038,11,10)=='Wednesday' and wd(2038,11,9)=='Tuesday' and wd(2038,12,2)=='Thursday'
T = """EUROPEAN PARLIAMENT 2034-2039
Committee on Industry, Research and Energy

ITRE_PV(2038)1110_1

SUMMARY RECORD
Meeting of 10 November 2038, 9.00–12.30
BRUSSELS
Room: Altiero Spinelli (ASP) 3G-3

The meeting opened at 9.08 on Wednesday 10 November 2038, with Kristiina Laaksonen (Chair) presiding.

1. Adoption of agenda                                                    ITRE_OJ(2038)1110_1
The agenda was adopted in the form shown in these minutes.

2. Chair's announcements
The Chair informed members that interpretation was available in all languages except Irish and Maltese. She
reminded members that the deadline for amendments to the draft opinion on the Industrial Accelerator Act review
is 24 November 2038, 12.00.

3. Exchange of views with the Commission on the future of EU cluster policy
ITRE/10/04821

Speakers:
Kristiina Laaksonen (Chair), Gaspard Lefebvre-Mas (Director, Ecosystems I: Industrial Forum, Alliances, Clusters,
DG GROW, European Commission), Antonia Reyes Montilla (rapporteur for the own-initiative report on clusters,
Renew), Stefan Wrobel (EPP), Ivana Horvat (S&D), Mikael Nordqvist (Greens/EFA), Paolo Gentile (ECR), Dorota
Malinowska (EPP), Ciarán Whelan (The Left), Mathilde Vasseur (President, France Clusters, invited expert), Jonas
Petrauskas (Vice-President, European Clusters Alliance, invited expert)

Gaspard Lefebvre-Mas presented the Commission's assessment of the cluster policy framework adopted in 2034. He
reported that 2,940 cluster organisations are registered on the European Cluster Collaboration Platform (ECCP),
that the Euroclusters had supported 11,200 SMEs between 2035 and 2038, and that the Commission intended to publish a
proposal for a Cluster Act in the second half of 2039. He underlined that the Commission would consult the
European Committee of the Regions and the European Economic and Social Committee (EESC) before then.

The rapporteur, Antonia Reyes Montilla, welcomed the figures but regretted that support for clusters remained
scattered across eleven programmes. She announced that her draft report would be presented on 2 December 2038 and
called for a single "cluster window" in the next multiannual financial framework.

Mathilde Vasseur said that French clusters spend up to a third of their staff time on reporting for projects.
Jonas Petrauskas presented the results of a European Clusters Alliance survey of 480 cluster managers: 64% of them
see defence and dual-use supply chains as a growth area, but only 9% have access to classified procurement
information.

In the discussion, Stefan Wrobel asked how clusters would be linked to the industrial alliances. Ivana Horvat
raised the need for social partners in cluster governance. Mikael Nordqvist asked the Commission to include a
climate criterion in the cluster label. Paolo Gentile warned against "a new layer of European bureaucracy" and
insisted that clusters remain a national and regional competence. Dorota Malinowska asked about clusters in the
regions bordering Ukraine and Belarus, and Ciarán Whelan about the share of funding that reaches micro-enterprises.

Gaspard Lefebvre-Mas replied that the Commission would present an evaluation of the Euroclusters by March 2039 and
that a pilot on cluster cooperation in the eastern border regions would be launched with the European Investment
Fund (EIF).

Conclusions by the Chair:
- There is broad support across political groups for a simpler, more visible EU framework for clusters
- Reporting obligations for cluster organisations should be reduced and harmonised across programmes
- The committee expects the Commission's evaluation of the Euroclusters before the vote on the own-initiative report
- The role of clusters in defence and dual-use supply chains should be examined in a separate hearing

4. Any other business
None.

5. Next meetings
- 17 November 2038 (Brussels): public hearing "Clusters and the defence industrial base"
- 1–2 December 2038 (Brussels)

The meeting closed at 12.27.


ANNEX – RECORD OF ATTENDANCE / ПРИСЪСТВЕН ЛИСТ / LISTA DE ASISTENCIA / LISTINA DOCHÁZKY

Bureau: Kristiina Laaksonen (Chair), Stefan Wrobel (1st Vice-Chair), Ivana Horvat (2nd Vice-Chair)

Members: Antonia Reyes Montilla, Mikael Nordqvist, Paolo Gentile, Dorota Malinowska, Ciarán Whelan, Henrike
Bauer, Lukas Navrátil, Eftychia Anagnostou, João Pereira Lopes

Substitutes: Annika Rönnqvist, Rui Faria

Commission: Gaspard Lefebvre-Mas, Leona Brandt

Other participants: Mathilde Vasseur (France Clusters), Jonas Petrauskas (European Clusters Alliance)

Secretariat: Thomas Delcourt, Aino Virtanen

* (P) = Chair  (VP) = Vice-Chair  (M) = Member  (S) = Substitute

PV\\1298034EN.docx                                                          PE760.412v01-00
EN                                       United in diversity                                           EN
"""
write(F, T)
gold(F,
 [P("Kristiina Laaksonen","Chair","Committee on Industry, Research and Energy"),
  P("Gaspard Lefebvre-Mas","Director, Ecosystems I: Industrial Forum, Alliances, Clusters","DG GROW"),
  P("Antonia Reyes Montilla","rapporteur for the own-initiative report on clusters","Committee on Industry, Research and Energy"),
  P("Stefan Wrobel","1st Vice-Chair","Committee on Industry, Research and Energy"),
  P("Ivana Horvat","2nd Vice-Chair","Committee on Industry, Research and Energy"),
  P("Mikael Nordqvist","Member","Committee on Industry, Research and Energy"), P("Paolo Gentile","Member","Committee on Industry, Research and Energy"), P("Dorota Malinowska","Member","Committee on Industry, Research and Energy"),
  P("Ciarán Whelan","Member","Committee on Industry, Research and Energy"), P("Mathilde Vasseur","President","France Clusters"),
  P("Jonas Petrauskas","Vice-President","European Clusters Alliance"),
  P("Henrike Bauer","Member","Committee on Industry, Research and Energy"), P("Lukas Navrátil","Member","Committee on Industry, Research and Energy"),
  P("Eftychia Anagnostou","Member","Committee on Industry, Research and Energy"), P("João Pereira Lopes","Member","Committee on Industry, Research and Energy"),
  P("Annika Rönnqvist","Substitute","Committee on Industry, Research and Energy"), P("Rui Faria","Substitute","Committee on Industry, Research and Energy"), P("Leona Brandt",None,"Commission"),
  P("Thomas Delcourt",None,"Secretariat"), P("Aino Virtanen",None,"Secretariat")],
 [O("EUROPEAN PARLIAMENT"), O("Committee on Industry, Research and Energy","ITRE"), O("DG GROW"),
  O("European Commission"), O("Renew"), O("EPP"), O("S&D"), O("Greens/EFA"), O("ECR"), O("The Left"),
  O("France Clusters"), O("European Clusters Alliance"), O("European Cluster Collaboration Platform","ECCP"),
  O("European Committee of the Regions"), O("European Economic and Social Committee","EESC"),
  O("European Investment Fund","EIF")],
 [E("Meeting of 10 November 2038","2038-11-10",None,"Brussels","Belgium"),
  E("public hearing \"Clusters and the defence industrial base\"","2038-11-17",None,"Brussels","Belgium"),
  E("Next meetings","2038-12-01","2038-12-02","Brussels","Belgium")],
 ["2034/2039","2038-11-10","2038-11-24","2034","2035/2038","2039","2038-12-02","2039-03","2038-11-17","2038-12-01/2038-12-02"],
 ["There is broad support across political groups for a simpler, more visible EU framework for clusters",
  "Reporting obligations for cluster organisations should be reduced and harmonised across programmes",
  "The committee expects the Commission's evaluation of the Euroclusters before the vote on the own-initiative report",
  "The role of clusters in defence and dual-use supply chains should be examined in a separate hearing"],
 pub=None)
