from h import *
F = 'g16_varmland_cluster_newsletter.txt'
assert wd(2035,4,17)=='Tuesday' and wd(2035,2,27)=='Tuesday' and wd(2035,3,13)=='Tuesday' and wd(2035,3,14)=='Wednesday' and wd(2035,4,23)=='Monday' and wd(2035,4,25)=='Wednesday' and wd(2035,5,15)=='Tuesday'
T = """VÄRMLAND BIOECONOMY CLUSTER – MEMBER NEWSLETTER No. 2/2035
Karlstad, 2 March 2035
View this e-mail in your browser | Forward to a colleague | Unsubscribe

Dear members,

Spring is busy in European projects. In this issue: the kick-off of our new Interreg project with Norwegian partners, a cluster mission to Canada open to member companies, a Horizon Europe consortium looking for SME testers, and the conclusions of our autumn strategy seminar.

-------------------------------------------------
1) FORESTBRIDGE: Interreg Sweden–Norway project kicks off in Karlstad
-------------------------------------------------
FORESTBRIDGE, our new three-year project under the Interreg Sweden–Norway programme, will hold its kick-off conference on Tuesday 13 March 2035 at the Karlstad University campus. The project brings together Värmland Bioeconomy Cluster (lead partner), Karlstad University, Region Värmland, the Norwegian cluster Treklyngen Innlandet in Hamar and the Norwegian University of Science and Technology (NTNU) in Gjøvik. Together they will help 50 small wood-processing companies on both sides of the border to develop bio-based products and share test facilities.

The kick-off will be opened by Regional Councillor Anna-Karin Lindqvist-Oyelaran (Region Värmland) and by Torbjørn Hagen-Strand, managing director of Treklyngen Innlandet. On Wednesday 14 March, the partners hold their first steering committee meeting, followed by a visit to the pilot plant at RISE Research Institutes of Sweden in Karlstad. Members are welcome to the conference on 13 March; register by 6 March.

-------------------------------------------------
2) Cluster mission to Canada, 23–25 April 2035
-------------------------------------------------
Through the European Cluster Collaboration Platform, the cluster has been selected for an EU cluster mission to Quebec, organised by the European Commission with the support of the EU delegation in Ottawa. The mission will visit Montréal and Québec City from Monday 23 to Wednesday 25 April 2035 and include B2B meetings with members of the Quebec forest industry cluster on 24 April.

Two places are reserved for member companies. Deadline for expressions of interest: 20 March 2035. Contact our international coordinator Henrik Åberg.

-------------------------------------------------
3) Horizon Europe: SMEs wanted for packaging tests
-------------------------------------------------
The Horizon Europe project CELLUPACK, coordinated by the Finnish company Kemira Oyj, is looking for five SMEs to test cellulose-based barrier films on their production lines. Costs are covered by the project. The call for testers closes on Tuesday 15 May 2035. Our member Stora Enso Skoghall is already a partner. Questions: Dr. Paulina Szymańska-Lind, CELLUPACK exploitation manager.

-------------------------------------------------
4) Conclusions of the autumn strategy seminar
-------------------------------------------------
At our strategy seminar in Sunne on 20 November 2034, 46 members discussed the cluster's priorities for 2035–2037. The Board has now adopted the following conclusions:

* The cluster will focus its EU project work on three themes: bio-based packaging, wood construction and forest digitalisation
* Cross-border cooperation with Innlandet is the first priority for new projects
* Members want more small, practical workshops and fewer large conferences
* The cluster will apply for the ESCA Gold label before the end of 2036

-------------------------------------------------
5) Annual meeting and Board
-------------------------------------------------
The annual meeting of the association, first planned for Tuesday 27 February 2035, has been postponed. NEW DATE: Tuesday 17 April 2035, 15:00, at Karlstad CCC. Nomination committee chair Gunnel Ekström-Vik proposes the re-election of Mats Olofsson (Billerud AB) as Chair of the Board.

Karin Dahlgren Söderström, Cluster Manager, Värmland Bioeconomy Cluster
Henrik Åberg, International Coordinator
info@varmlandbioeconomy.example.se | Lagergrens gata 2, Karlstad

You receive this newsletter as a member of Värmland Bioeconomy Cluster. Update your preferences.
"""
write(F, T)
C="Värmland Bioeconomy Cluster"
gold(F,
 [P("Anna-Karin Lindqvist-Oyelaran","Regional Councillor","Region Värmland"),
  P("Torbjørn Hagen-Strand","managing director","Treklyngen Innlandet"),
  P("Henrik Åberg","International Coordinator",C),
  P("Paulina Szymańska-Lind","CELLUPACK exploitation manager",None),
  P("Gunnel Ekström-Vik","Nomination committee chair",C),
  P("Mats Olofsson","Chair of the Board",C),
  P("Karin Dahlgren Söderström","Cluster Manager",C)],
 [O(C), O("Karlstad University"), O("Region Värmland"), O("Treklyngen Innlandet"),
  O("Norwegian University of Science and Technology","NTNU"), O("RISE Research Institutes of Sweden"),
  O("European Cluster Collaboration Platform"), O("European Commission"), O("Kemira Oyj"),
  O("Stora Enso Skoghall"), O("Billerud AB")],
 [E("kick-off conference","2035-03-13",None,"Karlstad","Sweden"),
  E("steering committee meeting","2035-03-14",None,None,None),
  E("visit to the pilot plant at RISE Research Institutes of Sweden","2035-03-14",None,"Karlstad","Sweden"),
  E("EU cluster mission to Quebec","2035-04-23","2035-04-25","Montréal, Québec City","Canada"),
  E("B2B meetings","2035-04-24",None,None,"Canada"),
  E("strategy seminar","2034-11-20",None,"Sunne","Sweden"),
  E("annual meeting","2035-04-17",None,"Karlstad","Sweden")],
 ["2035-03-02","2035-03-13","2035-03-14","2035-03-06","2035-04-23/2035-04-25","2035-04-24","2035-03-20","2035-05-15",
  "2034-11-20","2035/2037","2036","2035-02-27","2035-04-17"],
 ["The cluster will focus its EU project work on three themes: bio-based packaging, wood construction and forest digitalisation",
  "Cross-border cooperation with Innlandet is the first priority for new projects",
  "Members want more small, practical workshops and fewer large conferences",
  "The cluster will apply for the ESCA Gold label before the end of 2036"],
 pub="2035-03-02")
