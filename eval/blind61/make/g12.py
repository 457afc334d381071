from common import *
F = 'b61_12_newsletter_pardubice.eml'
KM = ["Rail suppliers in eastern Bohemia should bid together for maintenance contracts abroad, not only for new rolling stock",
 "The region needs a testing ring for battery and hydrogen trains; the site at Velim should be upgraded with public support",
 "Digital skills of rail technicians lag behind the technology; the cluster and the University of Pardubice will launch a joint course",
 "Small firms need help with certification under the new European rail interoperability rules"]
body = """Rail Cluster Pardubice — Newsletter 4/2036
=========================================
If this e-mail does not display correctly, open it in your browser.

Dear members and friends of the cluster,

this issue brings you the conclusions of our annual conference, news from members, a new project and the dates for the first half of 2037. As always, we welcome your news for the next issue by 15 January.

Ing. Radek Šimůnek, Ph.D.
cluster manager

-----------------------------------------
1) RAIL DAYS PARDUBICE 2036: CONCLUSIONS
-----------------------------------------
More than 260 people came to the ninth Rail Days Pardubice on 26–27 November 2036 at the ideon conference centre. The conference, organised by the Rail Cluster Pardubice (Železniční klastr Pardubice, z.s.) with the Pardubice Region and the Faculty of Transport Engineering of the University of Pardubice (Univerzita Pardubice), focused on maintenance, digitalisation and the new interoperability rules.

The conference was opened by the Governor of the Pardubice Region, Mgr. Martin Netolický-Dvořák, and by doc. Ing. Jaroslav Novák, Ph.D., dean of the Faculty of Transport Engineering. Keynotes came from Dr. Susanne Brückner-Lindemann of the European Union Agency for Railways (ERA) in Valenciennes, who explained the timetable for the revised technical specifications, and from Ing. Pavel Krejčí, technical director of České dráhy, a.s., who presented the fleet renewal plan until 2040.

In the afternoon, four workshops ran in parallel. In the workshop on maintenance, Ing. Lucie Vondráčková of CZ LOKO, a.s. and Tomáš Hejl of the start-up RailSense s.r.o. showed how predictive maintenance has cut unplanned stops by a quarter. The workshop on hydrogen trains was led by Dr. Bartosz Wilk of the Polish rail cluster Klaster Kolejowy Pomorze, who shared experience from the Gdańsk region. Representatives of VUZ, the Railway Research Institute (Výzkumný Ústav Železniční, a.s.), presented plans for the test circuit at Velim.

The conclusions of the conference, adopted by the cluster's board on 2 December 2036, are:

""" + "".join(f"  * {k}\n" for k in KM) + """
Presentations are available to members on the cluster intranet. Photos by Jana Malá.

-----------------------------------------
2) NEW MEMBERS
-----------------------------------------
We welcome three new members: Elektro-Rail Chrudim s.r.o., the engineering office Kolej Projekt Hlinsko s.r.o. and the secondary school SPŠ elektrotechnická a VOŠ Pardubice. The cluster now has 47 members.

-----------------------------------------
3) PROJECT NEWS
-----------------------------------------
Our application with partners from Saxony and Lower Austria for a project on rail maintenance skills was approved on 10 November 2036. The project starts on 1 March 2037 and will run for 30 months. The lead partner is the Saxon rail network Bahnland Sachsen e.V. in Dresden.

-----------------------------------------
4) CALENDAR
-----------------------------------------
  22 January 2037   Members' breakfast, Pardubice
  4–6 March 2037    Delegation to the Rail Live fair, Madrid
  13 May 2037       General Assembly of the cluster, Česká Třebová
  10–11 June 2037   Czech Raildays, Ostrava (joint stand)

With best regards,
the cluster office team

--
Železniční klastr Pardubice, z.s. | Studentská 95 | 532 10 Pardubice | Czech Republic
info@railcluster.cz | unsubscribe | privacy policy

-----Original Message-----
From: Radek Šimůnek
Sent: Friday, 28 November 2036 16:02
To: Board of the Rail Cluster Pardubice
Subject: Draft conclusions Rail Days

Dear colleagues, please find the draft conclusions below, as agreed at the end of the conference with the rapporteur Ing. Klára Benešová. Comments by Tuesday please, the board will adopt them on 2 December.
Radek
"""
write_eml(F, 'Rail Cluster Pardubice <newsletter@railcluster.cz>', 'members@railcluster.cz', 'Newsletter 4/2036: Rail Days conclusions, new members, calendar', 'Mon, 15 Dec 2036 09:30:00 +0100', body)
gold(F, [
 P("Radek Šimůnek", "cluster manager", "Rail Cluster Pardubice"),
 P("Martin Netolický-Dvořák", "Governor of the Pardubice Region", "Pardubice Region"),
 P("Jaroslav Novák", "dean of the Faculty of Transport Engineering", "University of Pardubice"),
 P("Susanne Brückner-Lindemann", None, "European Union Agency for Railways"),
 P("Pavel Krejčí", "technical director", "České dráhy, a.s."),
 P("Lucie Vondráčková", None, "CZ LOKO, a.s."),
 P("Tomáš Hejl", None, "RailSense s.r.o."),
 P("Bartosz Wilk", None, "Klaster Kolejowy Pomorze"),
 P("Jana Malá", None, None),
 P("Klára Benešová", "rapporteur", None),
],[
 O("Rail Cluster Pardubice"), O("Pardubice Region"), O("Faculty of Transport Engineering of the University of Pardubice"),
 O("University of Pardubice"), O("European Union Agency for Railways", "ERA"), O("České dráhy, a.s."), O("CZ LOKO, a.s."),
 O("RailSense s.r.o."), O("Klaster Kolejowy Pomorze"), O("Railway Research Institute", "VUZ"),
 O("Elektro-Rail Chrudim s.r.o."), O("Kolej Projekt Hlinsko s.r.o."), O("SPŠ elektrotechnická a VOŠ Pardubice"),
 O("Bahnland Sachsen e.V."),
],[
 E("Rail Days Pardubice 2036", "2036-11-26", "2036-11-27", "Pardubice", "Czech Republic"),
 E("Members' breakfast", "2037-01-22", None, "Pardubice", "Czech Republic"),
 E("Rail Live fair", "2037-03-04", "2037-03-06", "Madrid", "Spain"),
 E("General Assembly of the cluster", "2037-05-13", None, "Česká Třebová", "Czech Republic"),
 E("Czech Raildays", "2037-06-10", "2037-06-11", "Ostrava", "Czech Republic"),
],["2036-12-15","2037","2037-01-15","2036-11-26/2036-11-27","2040","2036-12-02","2036-11-10","2037-03-01","2037-01-22","2037-03-04/2037-03-06","2037-05-13","2037-06-10/2037-06-11","2036-11-28"],
 KM, pub="2036-12-15")
