from h import *
F = 'g16_karlsruhe_cluster_newsletter.txt'
assert wd(2038,7,2)=='Friday' and wd(2038,7,15)=='Thursday' and wd(2038,9,24)=='Friday' and wd(2038,11,11)=='Thursday' and wd(2038,11,12)=='Friday'
T = """View this e-mail in your browser

SECURE SOUTHWEST – Cluster Newsletter No. 7/2038
The English-language newsletter of the IT Security Cluster Karlsruhe (ITSK e.V.)
15 July 2038

In this issue:
1. Advisory board constituted
2. New faces in the cluster office
3. Goodbye, Frank
4. Panel debate: Who defends the small companies?
5. Dates for your diary

------------------------------------------------------------
1. ADVISORY BOARD CONSTITUTED
------------------------------------------------------------
On Friday 2 July 2038 the new International Advisory Board of the IT Security Cluster Karlsruhe met for the first time at the Karlsruhe Institute of Technology (KIT). The board was appointed by the cluster's executive board in spring to give an outside view on the cluster's strategy 2038–2042. Its five members are:

- Prof. Dr. Nadine Schwarzkopf-Aydın, Karlsruhe Institute of Technology, chair of the advisory board
- Pierre-Yves Lambert, Head of Cyber Campus Grand Est, Strasbourg
- Dr. Maja Rosenthal, CISO of EnBW Energie Baden-Württemberg AG
- Hendrik van Oosterhout, Director of The Hague Security Delta, The Hague
- Monika Jäckle, Federal Office for Information Security (BSI), observer

"Clusters in our field are measured by one thing: whether their members are harder to attack next year than this year," said Schwarzkopf-Aydın.

Conclusions of the first session
The advisory board summarised its first discussion in three conclusions:
* The cluster should concentrate its services on small and medium-sized members, who lack security staff of their own
* Cross-border cooperation with Alsace and the Netherlands should be built on joint training, not only on joint events
* The cluster needs a small set of indicators to show its impact on members' security level

------------------------------------------------------------
2. NEW FACES IN THE CLUSTER OFFICE
------------------------------------------------------------
Since 1 June 2038 Dr. Yusuf Demirci has been our Head of Innovation Projects. Yusuf comes from the FZI Research Center for Information Technology, where he led the research group on secure industrial networks from 2033 to 2038. He will coordinate our EU projects and the testbed for operational technology.

Clara Hoffmann-Reis joined on 14 April as Event and Community Manager. She previously organised the it-sa Expo&Congress programme at NürnbergMesse. Please say hello at the next member evening!

------------------------------------------------------------
3. GOODBYE, FRANK
------------------------------------------------------------
Frank Obermüller, managing director of ITSK since the foundation in 2030, left the cluster at the end of June to join the State Ministry of the Interior, Digitalisation and Local Government of Baden-Württemberg as head of its cybersecurity department. The executive board has appointed Dr. Sabine Kettenring, previously deputy managing director, as his successor. Frank was given a warm farewell by about 90 members at the summer party on 30 June 2038 in the KIT Castle Gottesaue. Frank, thank you for eight great years!

------------------------------------------------------------
4. PANEL DEBATE: WHO DEFENDS THE SMALL COMPANIES?
------------------------------------------------------------
Friday 24 September 2038, 17:00–19:00, IHK Karlsruhe, Lammstraße 13–17
A public panel debate organised by ITSK and the IHK Karlsruhe on cyber insurance, state support and self-help for small firms. On the panel: Dr. Sabine Kettenring (ITSK), Oliver Thamm (Volksbank pur eG), Dr. Esra Kılıç (Karlsruhe University of Applied Sciences) and Matthias Grohe, President of the IHK Karlsruhe. Moderator: Ulrike Brandl, journalist. Free of charge; registration by 17 September.

------------------------------------------------------------
5. DATES FOR YOUR DIARY
------------------------------------------------------------
- 24 September 2038: Panel debate (see above), Karlsruhe
- 11–12 November 2038: Karlsruhe Security Days 2038, the cluster's annual conference, Karlsruhe
- December 2038: members' general assembly, date to be confirmed

Previous Security Days: 2035 (Karlsruhe), 2036 (Strasbourg, with Cyber Campus Grand Est), 2037 (Karlsruhe).

------------------------------------------------------------
IT Security Cluster Karlsruhe e.V. · Haid-und-Neu-Straße 5 · 76131 Karlsruhe
Managing director: Dr. Sabine Kettenring · Register of associations Mannheim VR 000000
You receive this newsletter as a member or partner of ITSK. Unsubscribe | Update your preferences
"""
write(F, T)
I="IT Security Cluster Karlsruhe"
gold(F,
 [P("Nadine Schwarzkopf-Aydın","chair of the advisory board",I),
  P("Pierre-Yves Lambert","Head of Cyber Campus Grand Est","Cyber Campus Grand Est"),
  P("Maja Rosenthal","CISO","EnBW Energie Baden-Württemberg AG"),
  P("Hendrik van Oosterhout","Director of The Hague Security Delta","The Hague Security Delta"),
  P("Monika Jäckle","observer",I),
  P("Yusuf Demirci","Head of Innovation Projects",I),
  P("Clara Hoffmann-Reis","Event and Community Manager",I),
  P("Frank Obermüller","managing director",I),
  P("Sabine Kettenring","Managing director",I),
  P("Oliver Thamm",None,"Volksbank pur eG"),
  P("Esra Kılıç",None,"Karlsruhe University of Applied Sciences"),
  P("Matthias Grohe","President of the IHK Karlsruhe","IHK Karlsruhe"),
  P("Ulrike Brandl","journalist",None)],
 [O("IT Security Cluster Karlsruhe e.V.","ITSK"), O("Karlsruhe Institute of Technology","KIT"), O("Cyber Campus Grand Est"),
  O("EnBW Energie Baden-Württemberg AG"), O("The Hague Security Delta"), O("Federal Office for Information Security","BSI"),
  O("FZI Research Center for Information Technology"), O("NürnbergMesse"),
  O("State Ministry of the Interior, Digitalisation and Local Government of Baden-Württemberg"), O("IHK Karlsruhe"),
  O("Volksbank pur eG"), O("Karlsruhe University of Applied Sciences")],
 [E("first session","2038-07-02",None,"Karlsruhe","Germany"),
  E("it-sa Expo&Congress",None,None,None,None),
  E("summer party","2038-06-30",None,"Karlsruhe","Germany"),
  E("Panel debate: Who defends the small companies?","2038-09-24",None,"Karlsruhe","Germany"),
  E("Karlsruhe Security Days 2038","2038-11-11","2038-11-12","Karlsruhe","Germany"),
  E("members' general assembly","2038-12",None,None,None),
  E("Security Days","2035",None,"Karlsruhe","Germany"),
  E("Security Days","2036",None,"Strasbourg","France"),
  E("Security Days","2037",None,"Karlsruhe","Germany")],
 ["2038-07-15","2038-07-02","2038/2042","2038-06-01","2033/2038","2038-04-14","2030","2038-06","2038-06-30","2038-09-24","2038-09-17","2038-11-11/2038-11-12","2038-12","2035","2036","2037"],
 ["The cluster should concentrate its services on small and medium-sized members, who lack security staff of their own",
  "Cross-border cooperation with Alsace and the Netherlands should be built on joint training, not only on joint events",
  "The cluster needs a small set of indicators to show its impact on members' security level"],
 pub="2038-07-15")
