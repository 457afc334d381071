from common import *
T = """PhotonTwente – Minutes of the General Assembly 2034                                    page 1 of 3

MINUTES OF THE ANNUAL GENERAL ASSEMBLY OF MEMBERS
Stichting PhotonTwente (Twente Photonics Cluster)
Date: Thursday 8 June 2034, 14:00–17:15
Venue: The Gallery, University of Twente, Enschede

Present: 41 of 63 members in person, 9 by proxy (quorum reached).
Chair of the meeting: Dr. Annelies ter Haar (President). Minutes: Joris Wolters (office manager).

1. Opening and adoption of the agenda
The President opened the meeting at 14:05 and welcomed in particular Mr. Bas Oude Kotte, deputy of the
Province of Overijssel, and Ms. Hilde Verschueren, policy officer at DG CNECT of the European Commission.
The agenda was adopted without changes.

2. Minutes of the General Assembly of 14 June 2033
Adopted, with one correction on p. 2 (spelling of "LioniQ B.V.").

3. Annual report and financial statements 2033
The managing director, ir. Ruben Gerritsen, presented the results. The cluster closed the year with a small
surplus. The auditor (Kampsteeg Accountants) issued an unqualified opinion. The assembly granted discharge
to the Board for the financial year.

PhotonTwente – Minutes of the General Assembly 2034                                    page 2 of 3

4. Elections and mandates
4.1 The mandate of Annelies ter Haar (Opteryx B.V.) as President ends. She was re-elected
for a second and final mandate of three years (2034–2037) by 47 votes, 3 abstentions.
4.2 Board seat "research": Prof. dr. Frank van den Berg (University of Twente, MESA+ Institute) stepped
down after six years. Dr. Sanne Mulder-Kuipers (Saxion University of Applied Sciences) was elected in his
place.
4.3 Board seat "SMEs": Koen Haverkamp (LioniQ B.V.) was elected Treasurer, succeeding Dirk Jan
Stoffers, whose mandate expired on 31 May 2034.
4.4 The assembly appointed Kampsteeg Accountants as auditor for 2034 and 2035.

5. Work plan 2035
The managing director presented the draft work plan. Main points: the PIC-pilot line, the skills academy
with ROC van Twente, and participation in Photonics West in San Francisco (January 2035).

6. Any other business
Mr. Haverkamp asked the office to circulate board papers at least ten days before each meeting.

The President closed the meeting at 17:10. Next General Assembly: June 2035 (date to be set).

Signed: A. ter Haar, President            J. Wolters, secretary of the meeting
                                                                                      page 3 of 3
"""
save("PhotonTwente_GA-2034_minutes-pdf.txt", T, None,
 [P("Annelies ter Haar","President","Stichting PhotonTwente (Twente Photonics Cluster)"),
  P("Joris Wolters","office manager","Stichting PhotonTwente (Twente Photonics Cluster)"),
  P("Bas Oude Kotte","deputy","Province of Overijssel"),
  P("Hilde Verschueren","policy officer","DG CNECT"),
  P("Ruben Gerritsen","managing director","Stichting PhotonTwente (Twente Photonics Cluster)"),
  P("Frank van den Berg",None,"MESA+ Institute"),
  P("Sanne Mulder-Kuipers",None,"Saxion University of Applied Sciences"),
  P("Koen Haverkamp","Treasurer","Stichting PhotonTwente (Twente Photonics Cluster)"),
  P("Dirk Jan Stoffers",None,None)],
 [O("Stichting PhotonTwente (Twente Photonics Cluster)","PhotonTwente"),O("University of Twente"),
  O("Province of Overijssel"),O("DG CNECT"),O("European Commission"),O("LioniQ B.V."),O("Kampsteeg Accountants"),
  O("Opteryx B.V."),O("MESA+ Institute"),O("Saxion University of Applied Sciences"),O("ROC van Twente")],
 [E("Annual General Assembly of Members","2034-06-08","2034-06-08","Enschede","Netherlands"),
  E("General Assembly of 14 June 2033","2033-06-14","2033-06-14",None,None),
  E("Photonics West","2035-01","2035-01","San Francisco","United States"),
  E("Next General Assembly","2035-06","2035-06",None,None)],
 ["2034-06-08","2033-06-14","2034/2037","2034-05-31","2034","2035","2035-01","2035-06"], [])
