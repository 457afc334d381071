from g import *
N='BALTICFIN_Newsletter_No3_2033-pdf.txt'
W(N, '''BALTICFIN Newsletter · Issue 3 · October 2033                                    1

BALTICFIN                                   Co-funded by the Interreg
Recirculating aquaculture for the           Baltic Sea Region Programme
Baltic Sea Region

IN THIS ISSUE                               EDITORIAL
Editorial ................ 1                Dear readers, eighteen months
Partner meeting in Pärnu . 2                into the project, our pilot
Events ................... 3                farms in Estonia, Latvia and
                                            Finland are producing their first
                                            data on water reuse. This issue
                                            reports on our third partner
                                            meeting and lists where you can
                                            meet us this winter.
                                            Kadri Mölder, project coordinator,
                                            Pärnu College of the
                                            University of Tartu

BALTICFIN Newsletter · Issue 3 · October 2033                                    2

PARTNER MEETING REPORT                      Day two was spent at the fish farm
                                            Kalakasvatus Pärnumaa OÜ, where
Third partner meeting in Pärnu              the pilot system runs on two tanks
                                            of rainbow trout. Siim Tamm, the
Fourteen partners met in Pärnu, Esto-       farm's manager, showed how the
nia, on 12 and 13 September 2033,           biofilter cut fresh-water intake
hosted by Pärnu College. The                by almost 40%.
Estonian Agricultural Research Centre
(ARC) and the                               Jānis Ozoliņš (LIAE) warned that
Latvian Institute of Aquatic Ecology        the winter months would test the
(LIAE) presented the first results          biofilters hardest. Laura Heikkinen
of the water-quality monitoring.            of Saimaan Kala Oy presented the
                                            Finnish pilot in Savonlinna, where
                                            the team lost a week of data to a
                                            pump failure in August.

Main outcomes of the meeting
• The monitoring protocol for all four pilots is final and will be used from November 2033
• Partners agreed to publish one open dataset per pilot by June 2034
• A joint training module for farm staff will be tested with the Latvian Fish Farmers' Association in spring 2034
• The mid-term review by the Joint Secretariat is scheduled for January 2034

BALTICFIN Newsletter · Issue 3 · October 2033                                    3

EVENTS

Meet BALTICFIN                              Past
                                            • 4 July 2033 – Stakeholder work-
• 7 November 2033 – Aquaculture Day         shop, Riga (LIAE)
Latvia, Jelgava. Poster and short           • 20 June 2033 – BALTICFIN at the
pitch by LIAE.                              EU Sustainable Blue Economy week-
• 27–28 November 2033 – Nordic             end, online
Recirculation Forum, Helsinki. Laura
Heikkinen on the panel "Small
farms, big water savings".
• 15 January 2034 – BALTICFIN web-
inar on biofilter maintenance (on-
line, 10:00 EET). Registration
on balticfin.example/webinar.

Contact: balticfin@ut.example · Editor: Merilin Kask
The content of this newsletter reflects the author's views; the Managing Authority/Joint Secretariat
of the Interreg Baltic Sea Region Programme are not liable for any use that may be made of it.
''')
G(N, "2033-10",
 people=[("Kadri Mölder","project coordinator","Pärnu College of the University of Tartu"),
  ("Siim Tamm","manager","Kalakasvatus Pärnumaa OÜ"),
  ("Jānis Ozoliņš",None,"LIAE"),
  ("Laura Heikkinen",None,"Saimaan Kala Oy"),
  ("Merilin Kask","Editor",None)],
 orgs=[("Pärnu College of the University of Tartu",None),("University of Tartu",None),("Kalakasvatus Pärnumaa OÜ",None),
  ("Estonian Agricultural Research Centre","ARC"),("Latvian Institute of Aquatic Ecology","LIAE"),
  ("Saimaan Kala Oy",None),("Latvian Fish Farmers' Association",None),
  ("Joint Secretariat",None),("Managing Authority",None)],
 events=[("Third partner meeting","2033-09-12","2033-09-13","Pärnu","Estonia"),
  ("Aquaculture Day Latvia","2033-11-07","2033-11-07","Jelgava","Latvia"),
  ("Nordic Recirculation Forum","2033-11-27","2033-11-28","Helsinki","Finland"),
  ("BALTICFIN webinar on biofilter maintenance","2034-01-15","2034-01-15",None,None),
  ("Stakeholder workshop","2033-07-04","2033-07-04","Riga","Latvia"),
  ("EU Sustainable Blue Economy weekend","2033-06-20","2033-06-20",None,None)],
 dates=["2033-10","2033-09-12/2033-09-13","2033-11","2034-06","2034","2034-01","2033-08",
  "2033-11-07","2033-11-27/2033-11-28","2034-01-15","2033-07-04","2033-06-20"],
 km=["The monitoring protocol for all four pilots is final and will be used from November 2033",
  "Partners agreed to publish one open dataset per pilot by June 2034",
  "A joint training module for farm staff will be tested with the Latvian Fish Farmers' Association in spring 2034",
  "The mid-term review by the Joint Secretariat is scheduled for January 2034"])
