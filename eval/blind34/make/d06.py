from common import *
T = """DANUBIO-BIOREG – Interreg Danube Region project
Report of the 3rd Consortium Meeting
Novi Sad (Serbia), 23–24 October 2031 – hosted by Vojvodina Agro-Bio Cluster (VABC)

Participants (partner representatives)
- Lead partner: Bioeconomy Cluster Lower Austria (BCLA) – Dr. Stefanie Wallner, project coordinator; Martin
  Egger, financial manager
- Vojvodina Agro-Bio Cluster (VABC) – Dragana Jovanović-Radić, cluster manager; Nemanja Kovačević
- University of Novi Sad, Faculty of Technology – prof. Milica Stojković
- Bio-Cluster Pannonia Kft. (Hungary) – Gergely Szabó, managing director
- Slovak Bioeconomy Cluster (SBC) – Jana Kováčiková, WP3 leader
- Romanian Agro-Food Innovation Pole (AgroPol) – Andrei Munteanu (online)
- Joint Secretariat observer: Katalin Vörös, project officer, Interreg Danube Region Programme Joint Secretariat

Day 1 – 23 October
09:00 Welcome by the host. Ms Jovanović-Radić presented VABC's 140 members and the new biorefinery pilot in Zrenjanin.
09:30 Status of work packages. WP2 (regional bioeconomy maps) is complete; WP3 pilot actions started in five regions.
14:00 Study visit to the Institute of Field and Vegetable Crops.

Day 2 – 24 October
09:00 Financial reporting: the second progress report is due on 15 January 2032 (period 1 January–31 December 2031).
11:00 Communication: project video, newsletter no. 3.

Main outcomes
1. Partners agreed a common template for the five pilot action reports by 28 February 2032.
2. The transnational matchmaking event will take place in Győr on 12 May 2032, organised by Bio-Cluster Pannonia.
3. The lead partner will request a three-month extension to close the project on 30 September 2032 instead of 30 June 2032.

Next consortium meeting: Bratislava, March 2032 (host: SBC).

Report prepared by Martin Egger, 31 October 2031.
"""
save("DANUBIO-BIOREG_3rd-consortium-meeting-report.txt", T, "2031-10-31",
 [P("Stefanie Wallner","project coordinator","Bioeconomy Cluster Lower Austria"),
  P("Martin Egger","financial manager","Bioeconomy Cluster Lower Austria"),
  P("Dragana Jovanović-Radić","cluster manager","Vojvodina Agro-Bio Cluster"),
  P("Nemanja Kovačević",None,"Vojvodina Agro-Bio Cluster"),
  P("Milica Stojković",None,"Faculty of Technology"),
  P("Gergely Szabó","managing director","Bio-Cluster Pannonia Kft."),
  P("Jana Kováčiková","WP3 leader","Slovak Bioeconomy Cluster"),
  P("Andrei Munteanu",None,"Romanian Agro-Food Innovation Pole"),
  P("Katalin Vörös","project officer","Interreg Danube Region Programme Joint Secretariat")],
 [O("Vojvodina Agro-Bio Cluster","VABC"),O("Bioeconomy Cluster Lower Austria","BCLA"),
  O("University of Novi Sad"),O("Faculty of Technology"),O("Bio-Cluster Pannonia Kft."),
  O("Slovak Bioeconomy Cluster","SBC"),O("Romanian Agro-Food Innovation Pole","AgroPol"),
  O("Interreg Danube Region Programme Joint Secretariat"),O("Institute of Field and Vegetable Crops")],
 [E("3rd Consortium Meeting","2031-10-23","2031-10-24","Novi Sad","Serbia"),
  E("transnational matchmaking event","2032-05-12","2032-05-12","Győr","Hungary"),
  E("Next consortium meeting","2032-03","2032-03","Bratislava","Slovakia")],
 ["2031-10-23/2031-10-24","2032-01-15","2031-01-01/2031-12-31","2032-02-28","2032-05-12","2032-09-30","2032-06-30","2032-03","2031-10-31"],
 ["Partners agreed a common template for the five pilot action reports by 28 February 2032",
  "The transnational matchmaking event will take place in Győr on 12 May 2032, organised by Bio-Cluster Pannonia",
  "The lead partner will request a three-month extension to close the project on 30 September 2032 instead of 30 June 2032"])
