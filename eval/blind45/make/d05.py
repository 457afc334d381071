from common import *
fn = "ArcticTest-Talks_podcast-episodes.txt"
t = """ARCTICTEST TALKS – the podcast of the Lapland Cold Climate Testing Cluster
Season 3 (2034) · all episodes · listen on the usual platforms or at lcctc.example/podcast

Hosted by Veera Kangasniemi (communications lead, LCCTC) and, from episode 27, co-hosted by Aslak Guttorm.
New episodes every second Wednesday. Produced in Rovaniemi by Revontuli Media Oy.

----------------------------------------------------------------
Ep. 31 · aired 17 December 2034 · 38 min
"Winter tyres and the end of studs?"
Guest: Jarkko Oinas-Kukkonen, test manager, Polarwheel Test Centre Oy (Ivalo)
Jarkko explains how ice-track tests changed after Nordic studded-tyre rules were tightened and what
the cluster's new indoor ice hall will mean for suppliers.

Ep. 30 · aired 3 December 2034 · 44 min
"Batteries at minus forty"
Guest: Dr. Mei-Lin Hartikainen, senior scientist, VTT Technical Research Centre of Finland
Cell chemistry in extreme cold; recorded live at the Arctic Battery Day in Oulu on 28 November 2034.

Ep. 29 · aired 19 November 2034 · 35 min
"From reindeer herding to drone logistics"
Guests: Aslak Guttorm (reindeer herder and drone pilot) and Siiri Palo, CEO of Tundrafly Oy
Live-streamed as a webinar with 260 listeners; questions from the European Cluster Collaboration Platform community.

Ep. 28 · aired 5 November 2034 · 41 min
"What Japanese carmakers look for in Lapland"
Guest: Kenji Morimoto, general manager Europe, Hokusei Automotive Testing K.K.
Bonus: a short report from the Lapland–Japan testing seminar held in Tokyo on 21 October 2034.

Ep. 27 · aired 22 October 2034 · 33 min
"Co-hosting: meet Aslak"
No guest – the new co-host introduces himself.

Ep. 26 · aired 8 October 2034 · 47 min
"Funding the cold: EU money for test infrastructure"
Guest: Helena Sarkkinen-Rautio, head of unit, Regional Council of Lapland
Discusses the Just Transition Fund call that closes on 30 January 2035.

Ep. 25 · aired 24 September 2034 · 39 min
"Aviation de-icing"
Guests: Capt. Joonas Lehtola, Finnair (retired), and Birgitta Nordmark, R&D director, Isfri Aerospace AB (Luleå)

Ep. 24 · aired 10 September 2034 · 36 min
"Test tracks as tourism magnets?"
Guest: Markus Keränen, managing director, Arctic Circle Tourism ry

Ep. 23 · aired 27 August 2034 · 29 min
Summer special: the Cluster's Midnight Sun Meetup
Recorded at the meetup in Kittilä on 21 June 2034, with short interviews of eight member companies.

Ep. 22 · aired 13 August 2034 · 42 min
"Students in the snow"
Guest: Prof. Antti-Pekka Hiltunen, Lapland University of Applied Sciences

Ep. 21 · aired 30 July 2034 · 37 min
"Autonomous buses on icy roads"
Guest: Laura Vainikka, project manager, Arctic Mobility Lab at the University of Lapland

ABOUT THE PODCAST
ArcticTest Talks started as a side project of the cluster's communications team and is now its most listened-to channel: season 2 reached an average of 1,400 downloads per episode, with listeners in Germany, Japan, Korea and the United States. Each episode is recorded in Finnish or English and comes with a written summary on the cluster website. Member companies can propose topics and guests through the members' portal; non-members can write to the editorial team. Transcripts are available on request for listeners with hearing impairments.

----------------------------------------------------------------
COMING UP
Ep. 32 · airs 14 January 2035 – "Defence testing and dual use", guest to be announced.
Season finale live show: Arctic Testing Summit, Levi, 11–12 March 2035 – tickets via the cluster office.

Past seasons: Season 1 (2032, 10 episodes), Season 2 (2033, 10 episodes).
Subscribe to the newsletter | Privacy | © 2034 Lapland Cold Climate Testing Cluster ry
"""
write_doc(fn, t)
L = "Lapland Cold Climate Testing Cluster ry"
gold(fn,
 [P("Veera Kangasniemi","communications lead",L),
  P("Aslak Guttorm","reindeer herder and drone pilot",None),
  P("Jarkko Oinas-Kukkonen","test manager","Polarwheel Test Centre Oy"),
  P("Mei-Lin Hartikainen","senior scientist","VTT Technical Research Centre of Finland"),
  P("Siiri Palo","CEO","Tundrafly Oy"),
  P("Kenji Morimoto","general manager Europe","Hokusei Automotive Testing K.K."),
  P("Helena Sarkkinen-Rautio","head of unit","Regional Council of Lapland"),
  P("Joonas Lehtola",None,"Finnair"),
  P("Birgitta Nordmark","R&D director","Isfri Aerospace AB"),
  P("Markus Keränen","managing director","Arctic Circle Tourism ry"),
  P("Antti-Pekka Hiltunen",None,"Lapland University of Applied Sciences"),
  P("Laura Vainikka","project manager","Arctic Mobility Lab")],
 [O(L,"LCCTC"), O("Revontuli Media Oy"), O("Polarwheel Test Centre Oy"), O("VTT Technical Research Centre of Finland"),
  O("Tundrafly Oy"), O("European Cluster Collaboration Platform"), O("Hokusei Automotive Testing K.K."),
  O("Regional Council of Lapland"), O("Finnair"), O("Isfri Aerospace AB"), O("Arctic Circle Tourism ry"),
  O("Lapland University of Applied Sciences"), O("Arctic Mobility Lab"), O("University of Lapland")],
 [E("Arctic Battery Day","2034-11-28",None,"Oulu","Finland"),
  E("Ep. 29 webinar \"From reindeer herding to drone logistics\"","2034-11-19"),
  E("Lapland–Japan testing seminar","2034-10-21",None,"Tokyo","Japan"),
  E("Midnight Sun Meetup","2034-06-21",None,"Kittilä","Finland"),
  E("Arctic Testing Summit","2035-03-11","2035-03-12","Levi","Finland")],
 ["2034","2034-12-17","2034-12-03","2034-11-28","2034-11-19","2034-11-05","2034-10-21","2034-10-22","2034-10-08",
  "2035-01-30","2034-09-24","2034-09-10","2034-08-27","2034-06-21","2034-08-13","2034-07-30","2035-01-14",
  "2035-03-11/2035-03-12","2032","2033"])
