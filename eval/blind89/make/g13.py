from h import *
F = 'g13_kajaani_forum_postponed.txt'
assert wd(2035,2,14)=='Wednesday' and wd(2035,3,14)=='Wednesday' and wd(2035,3,15)=='Thursday' and wd(2035,1,30)=='Tuesday' and wd(2035,2,15)=='Thursday'
T = """Kainuu Bioeconomy Cluster – News

Home | Cluster | Members | Projects | Events | News | Contact          FI | SV | EN

UPDATE 30 January 2035: Arctic Bioeconomy Forum postponed to 14–15 March and moved to Sotkamo

By Outi Heikkinen, Communications Officer | 30 January 2035 | 3 min read

The Arctic Bioeconomy Forum 2035, planned for Wednesday 14 and Thursday 15 February 2035 at the Kajaani University of Applied Sciences (KAMK), has been postponed by four weeks. The forum will now take place on Wednesday 14 and Thursday 15 March 2035 at Vuokatti Sport Resort, Sotkamo, about 40 km from Kajaani.

Why the change?

The main hall of the KAMK campus was damaged by a water leak in January, and repairs will not be finished before the end of February. At the same time, the Ministry of Economic Affairs and Employment informed us that the Minister would be able to open the forum in March. "We would rather move the forum than hold it in a half-finished hall," said Jussi Korhonen, Managing Director of the Kainuu Bioeconomy Cluster. "Vuokatti offers us more space, accommodation on site and a better setting for the excursion."

What does this mean for participants?

- Registrations remain valid. You do not need to register again. If you cannot attend on the new dates, you can cancel free of charge until 28 February 2035 by replying to your confirmation e-mail.
- Hotel bookings at Original Sokos Hotel Kajaanus made through the forum block have been cancelled by us. A new room block is reserved at Vuokatti Sport Resort until 21 February 2035.
- Free buses will run from Kajaani railway station and Kajaani Airport to Vuokatti on the morning of 14 March.
- Exhibitors will be contacted individually by our events team.

Updated programme (main points)

Wednesday 14 March 2035
10:00 Opening – Minister of Economic Affairs (confirmed); Pentti Kemppainen, Regional Mayor, Regional Council of Kainuu
10:45 Keynote: Wood-based textiles – from pilot to factory – Dr. Annika Lindqvist, VTT Technical Research Centre of Finland
12:00 Lunch
13:00 Parallel sessions: (1) Forest data and remote sensing, (2) Bio-based construction, (3) Peatland after-use
16:00 Start-up pitching, hosted by Business Kainuu
19:00 Forum dinner and Kainuu Bioeconomy Award

Thursday 15 March 2035
09:00 Excursion to the Kainuu biorefinery pilot site in Kajaani, hosted by Kainuun Voima Oy, or
09:00 Workshop: Interreg Aurora partner search (Sweden–Finland–Norway), with Maria Nilsson, Region Norrbotten
12:30 Closing lunch

Speakers who had confirmed for February have all confirmed the new dates, apart from Professor Erik Johansson of the Swedish University of Agricultural Sciences (SLU), who will be replaced by his colleague Dr. Karin Ström.

The Nordic Forest Bioeconomy Network meeting that had been planned alongside the forum on 13 February will also be held in Vuokatti, on Tuesday 13 March 2035, from 14:00. Members of the network will receive a separate invitation.

A quoted note from our earlier announcement (10 December 2034):
> The Arctic Bioeconomy Forum brings together forest owners, industry, researchers and public authorities from northern Finland, Sweden and Norway. In 2033 the forum in Kajaani attracted 340 participants. Participation is free of charge for members of the cluster and for students.

We apologise for any inconvenience and thank our partners – the Regional Council of Kainuu, KAMK, the Kainuu ELY Centre and the City of Kajaani – for their flexibility.

Contact
Events: Heidi Karjalainen, Event Coordinator, heidi.karjalainen@kainuubio.example.fi, +358 40 000 0000
Press: Outi Heikkinen, Communications Officer

Share: Facebook | LinkedIn | X | Copy link

Photo: Vuokatti in winter (Vuokatti Sport Resort)

Kainuu Bioeconomy Cluster ry · Ketunpolku 1, 87100 Kajaani · We use cookies. Read our privacy policy.
"""
assert wd(2035,3,13)=='Tuesday'
write(F, T)
K='Kainuu Bioeconomy Cluster'
gold(F,
 [P("Outi Heikkinen","Communications Officer",K), P("Jussi Korhonen","Managing Director",K),
  P("Pentti Kemppainen","Regional Mayor","Regional Council of Kainuu"),
  P("Annika Lindqvist",None,"VTT Technical Research Centre of Finland"),
  P("Maria Nilsson",None,"Region Norrbotten"),
  P("Erik Johansson",None,"Swedish University of Agricultural Sciences"),
  P("Karin Ström",None,"Swedish University of Agricultural Sciences"),
  P("Heidi Karjalainen","Event Coordinator",K)],
 [O("Kajaani University of Applied Sciences","KAMK"), O("Vuokatti Sport Resort"),
  O("Ministry of Economic Affairs and Employment"),
  O("Regional Council of Kainuu"), O("VTT Technical Research Centre of Finland"), O("Business Kainuu"),
  O("Kainuun Voima Oy"), O("Region Norrbotten"), O("Swedish University of Agricultural Sciences","SLU"),
  O("Nordic Forest Bioeconomy Network"), O("Kainuu ELY Centre"), O("City of Kajaani"), O("Kainuu Bioeconomy Cluster ry")],
 [E("Arctic Bioeconomy Forum 2035","2035-03-14","2035-03-15","Sotkamo","Finland"),
  E("Start-up pitching","2035-03-14",None,"Sotkamo","Finland"),
  E("Forum dinner","2035-03-14",None,"Sotkamo","Finland"),
  E("Kainuu Bioeconomy Award","2035-03-14",None,"Sotkamo","Finland"),
  E("Excursion to the Kainuu biorefinery pilot site","2035-03-15",None,"Kajaani","Finland"),
  E("Workshop: Interreg Aurora partner search","2035-03-15",None,"Sotkamo","Finland"),
  E("Closing lunch","2035-03-15",None,"Sotkamo","Finland"),
  E("Nordic Forest Bioeconomy Network meeting","2035-03-13",None,"Vuokatti","Finland"),
  E("Arctic Bioeconomy Forum (2033 edition)","2033",None,"Kajaani","Finland")],
 ["2035-01-30","2035-03-14/2035-03-15","2035-02-14/2035-02-15","2035-01","2035-02","2035-02-28","2035-02-21",
  "2035-03-14","2035-03-15","2035-02-13","2035-03-13","2034-12-10","2033"],
 [], "2035-01-30")
