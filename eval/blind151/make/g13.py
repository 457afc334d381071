from h import *
F = 'g13_siena_life_sciences_member_digest.txt'
assert wd(2041,3,13)=='Wednesday' and wd(2041,3,26)=='Tuesday' and wd(2041,4,17)=='Wednesday' and wd(2041,5,6)=='Monday' and wd(2041,5,7)=='Tuesday' and wd(2041,3,21)=='Thursday'
T = """Subject: MEMBER DIGEST 06/2041 – Southern Tuscany Life Sciences Cluster
Date: Thu, 21 Mar 2041

=====================================================================
 SOUTHERN TUSCANY LIFE SCIENCES CLUSTER · MEMBER DIGEST · 06/2041
 Siena · Poggibonsi · Grosseto
=====================================================================
If this message does not display correctly, open the online version.

HIGHLIGHTS
* Round table on clinical trials: what we heard
* New cluster director takes office
* Three members win regional grants
* Diary: April and May

---------------------------------------------------------------------
ROUND TABLE ON DECENTRALISED CLINICAL TRIALS
---------------------------------------------------------------------
On Wednesday 13 March 2041 more than 70 people came to the Santa Chiara Lab of the University of Siena for our round table on decentralised clinical trials. The discussion was moderated by Dr Caterina Bellandi-Ross, head of the clinical research office at Azienda Ospedaliero-Universitaria Senese, and brought together Francesco D'Ambrosio (CEO, VitaSens Diagnostics S.r.l.), Prof. Lorenzo Cappelli (Department of Medical Biotechnologies, University of Siena) and Ingrid Solheim-Baldi, who leads regulatory affairs at the Norwegian firm Medinor AS.

Key takeaways (as summarised by the cluster team):
First, patients in rural southern Tuscany are lost to trials because of travel times, and home monitoring can bring them back.
Second, hospitals and small device makers need shared templates for data protection and consent, rather than negotiating them trial by trial.
Third, the regional ethics committee should publish clear guidance on remote visits before the end of 2041.
Finally, the cluster should map which members can supply validated wearable sensors, so that sponsors find them.

A short video and the slides are available in the members' area.

---------------------------------------------------------------------
NEW CLUSTER DIRECTOR
---------------------------------------------------------------------
Dr Beatrice Lo Giudice took office as Director of the Southern Tuscany Life Sciences Cluster on 1 March 2041. A pharmacologist by training, she spent eight years (2030–2038) at Menarini Group in Florence and, most recently, led the technology transfer office of Fondazione Toscana Life Sciences (TLS) in Siena. She succeeds Roberto Ghini, who retired after a decade at the helm.

"Our members are world-class in vaccines and diagnostics, but too few of them grow beyond fifty employees. That is where I want the cluster to make a difference," she said.

---------------------------------------------------------------------
MEMBER NEWS
---------------------------------------------------------------------
- VitaSens Diagnostics S.r.l. (Poggibonsi) received 1.2 million euro from Regione Toscana for a point-of-care test for sepsis.
- Maremma BioFarm Società Agricola, Grosseto, is building a pilot plant for plant-based pharmaceutical proteins.
- The Grosseto branch of the Istituto Zooprofilattico Sperimentale del Lazio e della Toscana has joined the cluster.
- The cluster's working group on antimicrobial resistance, chaired by Dr Silvia Panerai of the University of Siena, will publish its first position paper in May 2041; members can still send comments to the secretariat.
- Biomedica Val d'Elsa S.r.l. appointed Marta Nencini-Farah as Chief Operating Officer.

---------------------------------------------------------------------
DIARY
---------------------------------------------------------------------
26 Mar 2041 (Tue), 11:00-12:30 – Webinar "Selling to hospitals: the new regional procurement rules", online
17 Apr 2041 (Wed) – Members' general assembly, Siena, followed by a networking aperitivo at 18:30
6-7 May 2041 – Partnering mission to Lyon with the French health cluster Lyonbiopôle
30 Apr 2041 – deadline: expressions of interest for the Lyon mission
June 2041 – Summer School on Vaccine Manufacturing, Rosia (dates to be announced)

---------------------------------------------------------------------
You are receiving this digest as a contact of a member organisation of the Southern Tuscany Life Sciences Cluster (STLSC), Strada del Petriccio e Belriguardo 35, 53100 Siena. To unsubscribe reply with "unsubscribe" in the subject line.
Forwarded by: segreteria@stlsc.example.it
"""
write(F, T)
C="Southern Tuscany Life Sciences Cluster"
gold(F,
 [P("Caterina Bellandi-Ross","head of the clinical research office","Azienda Ospedaliero-Universitaria Senese"),
  P("Francesco D'Ambrosio","CEO","VitaSens Diagnostics S.r.l."),
  P("Lorenzo Cappelli",None,"Department of Medical Biotechnologies"),
  P("Ingrid Solheim-Baldi","leads regulatory affairs","Medinor AS"),
  P("Beatrice Lo Giudice","Director",C),
  P("Roberto Ghini",None,None),
  P("Silvia Panerai",None,"University of Siena"),
  P("Marta Nencini-Farah","Chief Operating Officer","Biomedica Val d'Elsa S.r.l.")],
 [O(C,"STLSC"), O("University of Siena"), O("Azienda Ospedaliero-Universitaria Senese"), O("VitaSens Diagnostics S.r.l."),
  O("Department of Medical Biotechnologies"), O("Medinor AS"), O("Menarini Group"), O("Fondazione Toscana Life Sciences","TLS"),
  O("Regione Toscana"), O("Maremma BioFarm Società Agricola"), O("Istituto Zooprofilattico Sperimentale del Lazio e della Toscana"),
  O("Biomedica Val d'Elsa S.r.l."), O("Lyonbiopôle")],
 [E("round table on decentralised clinical trials","2041-03-13",None,"Siena","Italy"),
  E("Selling to hospitals: the new regional procurement rules","2041-03-26",None,None,None),
  E("Members' general assembly","2041-04-17",None,"Siena","Italy"),
  E("networking aperitivo","2041-04-17",None,"Siena","Italy"),
  E("Partnering mission to Lyon","2041-05-06","2041-05-07","Lyon","France"),
  E("Summer School on Vaccine Manufacturing","2041-06",None,"Rosia","Italy")],
 ["2041-03-21","2041-04/2041-05","2041-03-13","2041","2041-03-01","2030/2038","2041-03-26","2041-04-17","2041-05-06/2041-05-07","2041-04-30","2041-06","2041-05"],
 ["patients in rural southern Tuscany are lost to trials because of travel times, and home monitoring can bring them back",
  "hospitals and small device makers need shared templates for data protection and consent, rather than negotiating them trial by trial",
  "the regional ethics committee should publish clear guidance on remote visits before the end of 2041",
  "the cluster should map which members can supply validated wearable sensors, so that sponsors find them"],
 pub="2041-03-21")
