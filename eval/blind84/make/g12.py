from h import *
from email.message import EmailMessage
F = 'g12_genk_mechatronics_cluster_newsletter.eml'
assert wd(2036,10,16)=='Thursday' and wd(2036,11,3)=='Monday' and wd(2036,11,4)=='Tuesday' and wd(2036,11,20)=='Thursday' and wd(2036,12,11)=='Thursday'
B = """Limburg Mechatronics Cluster – Member Update, November 2036
View this e-mail in your browser | Nederlandse versie

Dear members,

Autumn has been busy: two new colleagues in the team, a new chair for our robotics working group and the biggest
Cobot Day we have ever organised. Here is what you need to know before the end of the year.

== STAFF NEWS ==

Welcome, Sofie Claes! On 3 November Sofie joined us as innovation adviser for small and medium-sized members. She
comes from Flanders Make, where she spent six years on predictive maintenance projects with machine builders in the
Kempen. You can reach her at sofie.claes@lmc.example.be.

Welcome, Youssef El Amrani! Youssef is our new events and communication officer. Before joining the cluster he
organised trade fair stands for Syntra Limburg. He takes over from Lotte Peeters, who is on maternity leave until
April 2037 – congratulations, Lotte!

Goodbye, Wim Vanderhoven. After nine years as our financial manager, Wim retires at the end of December. Thank you,
Wim, for keeping the books clean and the coffee strong. His tasks pass to Ellen Janssens, who has been our office
manager since 2033.

New chair of the Robotics Working Group. Dr Kristof Hermans, CTO of Intellimotion NV in Genk, was elected chair of
the working group on 28 October 2036. He succeeds Prof. Inge Bastiaens of Hasselt University, who chaired the group
for four years and remains a member.

== LOOKING BACK: COBOT DAY 2036 ==

More than 420 visitors came to Cobot Day 2036 at Thor Park in Genk on Thursday 16 October. Twenty-two member
companies showed collaborative robots at work in welding, packaging and quality control. The keynote was given by
Aino Lehtonen, Head of Automation at Valmet Technologies Oy, on robots in small series production. Photos are on our
Flickr page (credit: Bart Huysmans).

== COMING UP ==

* Thursday 20 November 2036, 16:00–19:00 – Member meeting and networking, Corda Campus, Hasselt.
  With the presentation of the 2037 action plan by managing director Jan Stevens.
* Thursday 11 December 2036, 09:00–12:30 – Workshop "Safety of cobots: the new machinery regulation",
  with VOKA – Chamber of Commerce Limburg, at Vesalius Innovation Hub, Hasselt.
* 3–5 March 2037 – Joint stand at the Techni-Show in Utrecht, the Netherlands. Places are limited; contact Youssef.

== IN SHORT ==

- Our call for the Automation Vouchers closes on 15 January 2037.
- The Province of Limburg renewed its support for the cluster for 2037–2040.
- Welcome to our new members: Draaiwerk Bilzen BV, Optiscan Lommel BV and PXL University of Applied Sciences
  and Arts.

Kind regards,

Jan Stevens
Managing Director
Limburg Mechatronics Cluster vzw
Kempische Steenweg 293, 3500 Hasselt, Belgium

You receive this newsletter because you are a member contact of Limburg Mechatronics Cluster vzw.
Unsubscribe | Update your preferences | Privacy statement

-----Original Message-----
From: Ellen Janssens <ellen.janssens@lmc.example.be>
Sent: Monday, 3 November 2036 14:12
To: Jan Stevens <jan.stevens@lmc.example.be>
Subject: RE: newsletter draft

Jan, the draft looks fine. Please add Sofie's e-mail and check the date of the Techni-Show (3 to 5 March, not 4 to
6). I have also asked Bart for two more photos of the welding demo.
Ellen
"""
m = EmailMessage()
m['From'] = 'Limburg Mechatronics Cluster <news@lmc.example.be>'
m['To'] = 'members@lmc.example.be'
m['Subject'] = 'Member Update November 2036: new faces, Cobot Day recap, dates until March'
m['Date'] = 'Tue, 04 Nov 2036 09:30:00 +0100'
m.set_content(B)
open(path(F), 'wb').write(bytes(m))
L = "Limburg Mechatronics Cluster vzw"
gold(F,
 [P("Sofie Claes","innovation adviser",L), P("Youssef El Amrani","events and communication officer",L),
  P("Lotte Peeters",None,L), P("Wim Vanderhoven","financial manager",L), P("Ellen Janssens","office manager",L),
  P("Kristof Hermans","CTO","Intellimotion NV"), P("Inge Bastiaens",None,"Hasselt University"),
  P("Aino Lehtonen","Head of Automation","Valmet Technologies Oy"), P("Bart Huysmans",None,None),
  P("Jan Stevens","Managing Director",L)],
 [O(L), O("Flanders Make"), O("Syntra Limburg"), O("Intellimotion NV"), O("Hasselt University"),
  O("Valmet Technologies Oy"), O("VOKA – Chamber of Commerce Limburg"), O("Vesalius Innovation Hub"),
  O("Province of Limburg"), O("Draaiwerk Bilzen BV"), O("Optiscan Lommel BV"),
  O("PXL University of Applied Sciences and Arts")],
 [E("Cobot Day 2036","2036-10-16",None,"Genk","Belgium"),
  E("Member meeting and networking","2036-11-20",None,"Hasselt","Belgium"),
  E("Safety of cobots: the new machinery regulation","2036-12-11",None,"Hasselt","Belgium"),
  E("Techni-Show","2037-03-03","2037-03-05","Utrecht","Netherlands")],
 ["2036-11","2036-11-03","2037-04","2033","2036-10-28","2036-10-16","2036-11-20","2036-12-11","2037-03-03/2037-03-05",
  "2037-01-15","2037/2040","2036-11-04","2036-12"],
 [], "2036-11-04")
