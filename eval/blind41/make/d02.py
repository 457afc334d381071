from common import save
T = """CLUSTER ALLIANCE TIROL · QUARTERLY 2/2032                                   1
Standortagentur-Netzwerk der Tiroler Cluster
EDITORIAL                                        EVENTS – WHAT'S ON THIS QUARTER
Dear members and partners,                       22.04.2032 | Innsbruck
spring has brought a busy season for our         Alpine Health Tech Breakfast:
five clusters. In March the alliance             start-ups meet hospital buyers
welcomed its 400th member company, and           (AlpMed Cluster, 08:00–10:30)
the joint strategy "Tirol Innovativ 2036"
was adopted by the Steering Board on 11          5–6 May 2032 | Kufstein
March 2032.                                     Wood & Timber Construction
— Mag. Verena Hölzl-Trenkwald,                  Days, with site visit to the
Head of the Cluster Alliance
                                                 new school campus in Wörgl
NEWS FROM THE CLUSTERS
AlpMed Cluster: The medtech cluster              18 May 2032 | online
has a new cluster manager.                       Webinar "Energy communities in
Dr. Lukas Pfurtscheller, previously at           the Alps – what the new federal
Innsbrucker Medizintechnik GmbH, took over on    law means for SMEs"
1 April from Andrea Kössler, who moves           (Inn Valley Energy Cluster)
to the Tiroler Landesregierung.
                                                 9 June 2032 | Lienz
Robotiknetz Wipptal: Twelve SMEs                 Mechatronics Night Osttirol,
joined the cross-border project ALP-             awards and networking
ROBOT with partners in South Tyrol.
The kick-off took place in Bozen/Bolzano         SAVE THE DATE
on 24 Febru- ary.                             Cluster Alliance Annual Forum
                                                 29 September 2032, Congress
IN BRIEF                                         Innsbruck
• The Wirtschaftskammer Tirol (WK Tirol)
  and the Universität Innsbruck signed a         Register at events.cat.example
  framework agreement on dual PhDs.
• Holzbau Pitztal GmbH won the Timber            CONTACT
  Prize of the Alps 2031 (ceremony held          Cluster Alliance Tirol
  in Chambéry on 2 December 2031).               c/o Standortagentur Tirol
                                                 Ing. Martin Gapp, events
                                                 & communication
CLUSTER ALLIANCE TIROL · QUARTERLY 2/2032                                   2
LOOKING BACK                                     renewables, wood, mechatronics,
The Inn Valley Energy Cluster hosted its         IT and medtech. In 2031 the
first "Hydrogen Valley Tyrol" round              clusters organised 64 events
table on 16 March 2032 in Hall in Tirol          with 3,900 participants.
with 45 participants. Dr. Sabine
Oberhofer (Cluster Manager) summed up: "The          IMPRINT
valley is ready, the pipes are not yet."         Published by Standortagentur Tirol
                                                 GmbH, Innsbruck, April 2032.
The alliance brings together five                 
regional clusters:
MEMBER SURVEY                                    Members can propose topics for
Thank you to the 210 companies that              the autumn events by e-mail.
answered our member survey. The most             Ideas for working groups are
requested services were partner search           equally welcome.
(71 %), funding advice (64 %) and
training (52 %). Members also asked for          NEW MEMBERS
shorter events and more company visits.          Nineteen companies joined the
We will take this into account when              alliance this quarter, most of
planning the autumn programme.                   them from the wood and energy
                                                 sectors.
"""
save('CAT_Quarterly_2-2032-pdf.txt', T,
 [("Verena Hölzl-Trenkwald","Head of the Cluster Alliance","Cluster Alliance Tirol"),
  ("Lukas Pfurtscheller","cluster manager","AlpMed Cluster"),
  ("Andrea Kössler",None,"Tiroler Landesregierung"),
  ("Martin Gapp","events & communication","Cluster Alliance Tirol"),
  ("Sabine Oberhofer","Cluster Manager","Inn Valley Energy Cluster")],
 [("Cluster Alliance Tirol",None),("AlpMed Cluster",None),("Innsbrucker Medizintechnik GmbH",None),
  ("Tiroler Landesregierung",None),("Robotiknetz Wipptal",None),("Inn Valley Energy Cluster",None),
  ("Wirtschaftskammer Tirol","WK Tirol"),("Universität Innsbruck",None),("Holzbau Pitztal GmbH",None),
  ("Standortagentur Tirol GmbH",None)],
 [("Alpine Health Tech Breakfast","2032-04-22","2032-04-22","Innsbruck","Austria"),
  ("Wood & Timber Construction Days","2032-05-05","2032-05-06","Kufstein","Austria"),
  ("Energy communities in the Alps webinar","2032-05-18","2032-05-18",None,None),
  ("Mechatronics Night Osttirol","2032-06-09","2032-06-09","Lienz","Austria"),
  ("Cluster Alliance Annual Forum","2032-09-29","2032-09-29","Innsbruck","Austria"),
  ("ALP-ROBOT kick-off","2032-02-24","2032-02-24","Bozen/Bolzano","Italy"),
  ("Timber Prize of the Alps 2031 ceremony","2031-12-02","2031-12-02","Chambéry","France"),
  ("Hydrogen Valley Tyrol round table","2032-03-16","2032-03-16","Hall in Tirol","Austria")],
 ["2032-04-22","2032-05-05/2032-05-06","2032-03","2032-03-11","2032-04-01","2032-05-18","2032-06-09",
  "2032-02-24","2032-09-29","2031-12-02","2032-03-16","2031","2032-04"], pub="2032-04")
