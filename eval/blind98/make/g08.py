from h import *
F = 'g08_roskilde_biomanufacturing_summit_postponed.txt'
for (y,m,d,w) in [(2036,6,11,'Wednesday'),(2036,10,1,'Wednesday'),(2036,9,30,'Tuesday'),(2036,9,15,'Monday'),(2036,5,14,'Wednesday'),(2036,9,9,'Tuesday')]:
    assert wd(y,m,d)==w, (y,m,d)
T = """ZEALAND BIOSOLUTIONS CLUSTER
News · Events · Members · Projects · About · Contact                       Search | DA / EN

NEWS / 14 May 2036

Roskilde Biomanufacturing Summit postponed to 1 October 2036

By Mette Kjærgaard, Communication Officer · 4 min read

The Roskilde Biomanufacturing Summit, planned for Wednesday 11 June 2036 at the Musicon area in Roskilde, has been postponed. The summit will now take place on Wednesday 1 October 2036 at the same venue, the Rabalderhallen. The decision was taken by the steering group of the summit on 12 May 2036, after the new pilot fermentation plant of Roskilde University, which was to host the site visits, announced that its commissioning will be delayed by three months.

"We did not want to run a biomanufacturing summit without showing the plant that the whole region has waited for," says Henrik Dalsgaard, Cluster Director of the Zealand Biosolutions Cluster. "October gives us a working plant, a fuller programme and, we hope, better weather for the evening on the harbour."

What the postponement means for you

 * Tickets bought for 11 June remain valid for 1 October. You do not need to do anything.
 * If you cannot attend on the new date, you can transfer your ticket to a colleague or ask for a full refund until 15 September 2036 by writing to summit@zbc.example.dk.
 * Exhibitors keep their booth. The booth plan will be updated by the end of June.
 * The call for posters of young researchers is extended; posters can now be submitted until 1 September 2036.
 * Hotel rooms booked through the summit contingent at Hotel Prindsen have been moved to 30 September – 1 October 2036 free of charge.

Updated programme (Wednesday 1 October 2036)

 08:30  Registration and coffee
 09:15  Welcome – Niels Bech Aagaard, Mayor of Roskilde Municipality
 09:30  Keynote: Scaling precision fermentation in the Nordics – Dr. Ida Rasmussen-Holm, Vice President Process Development, Chr. Hansen Biosolutions
 10:15  Panel: Who pays for the pilot? Public and private models for scale-up plants
        Annette Winther (Danish Biotech Scale-up Fund), Jonas Lindgren (Biotech Cluster Skåne), Kasper Nyholm (Region Zealand)
 11:15  Coffee and posters
 11:45  Parallel workshops: Regulation of novel foods | Skills for bioprocess operators | Biogas and CO2 as feedstock
 13:00  Lunch
 14:00  Site visits to the pilot fermentation plant of Roskilde University (groups of 20, by bus)
 16:30  Pitches of six start-ups from the Zealand Biosolutions accelerator
 17:30  Harbour evening at Roskilde Harbour, with street food and the presentation of the Young Bioprocess Award

Partners: Roskilde University, Region Zealand, Roskilde Municipality, Danish Technological Institute, Biotech Cluster Skåne (Sweden), Food & Bio Cluster Denmark

As announced earlier

The original announcement of 3 February 2036 is kept below for reference.

   ----
   SAVE THE DATE – Roskilde Biomanufacturing Summit, 11 June 2036
   The second Roskilde Biomanufacturing Summit will gather 300 participants from industry, research and the public sector in Roskilde on 11 June 2036. After the first summit in 2035, which was held at Risø, we move to the city centre and open the doors of the new pilot plant. Registration opens on 1 March.
   ----

Other events of the cluster this autumn are not affected. The Members' Meeting will take place as planned on Tuesday 9 September 2036 in Køge, and the Nordic-Baltic cluster webinar series continues online on the last Thursday of every month.

Questions: Mette Kjærgaard, mk@zbc.example.dk, +45 46 00 00 00

Tags: Roskilde Biomanufacturing Summit, postponed, events
Share on LinkedIn | Share on Facebook | Send by e-mail | Print

Zealand Biosolutions Cluster · c/o Roskilde University, Universitetsvej 1, 4000 Roskilde · CVR 00000000
The cluster is funded by the Danish Board of Business Development and Region Zealand.
Cookie settings · Privacy policy · Accessibility statement
"""
write(F, T)
gold(F,
 [P("Mette Kjærgaard","Communication Officer","Zealand Biosolutions Cluster"),
  P("Henrik Dalsgaard","Cluster Director","Zealand Biosolutions Cluster"),
  P("Niels Bech Aagaard","Mayor","Roskilde Municipality"),
  P("Ida Rasmussen-Holm","Vice President Process Development","Chr. Hansen Biosolutions"),
  P("Annette Winther",None,"Danish Biotech Scale-up Fund"),
  P("Jonas Lindgren",None,"Biotech Cluster Skåne"),
  P("Kasper Nyholm",None,"Region Zealand")],
 [O("Zealand Biosolutions Cluster"), O("Roskilde University"), O("Roskilde Municipality"), O("Chr. Hansen Biosolutions"),
  O("Danish Biotech Scale-up Fund"), O("Biotech Cluster Skåne"), O("Region Zealand"), O("Danish Technological Institute"),
  O("Food & Bio Cluster Denmark"), O("Danish Board of Business Development")],
 [E("Roskilde Biomanufacturing Summit","2036-10-01",None,"Roskilde","Denmark"),
  E("Site visits to the pilot fermentation plant of Roskilde University","2036-10-01",None,"Roskilde","Denmark"),
  E("Harbour evening","2036-10-01",None,"Roskilde","Denmark"),
  E("Young Bioprocess Award","2036-10-01",None,"Roskilde","Denmark"),
  E("Roskilde Biomanufacturing Summit","2035",None,"Risø","Denmark"),
  E("Members' Meeting","2036-09-09",None,"Køge","Denmark"),
  E("Nordic-Baltic cluster webinar series")],
 ["2036-05-14","2036-10-01","2036-06-11","2036-05-12","2036-09-15","2036-06","2036-09-01","2036-09-30/2036-10-01","2036-02-03","2035","2036-03-01","2036-09-09"],
 [], pub="2036-05-14")
