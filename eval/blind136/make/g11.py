from h import *
F = 'g11_dundee_digital_weekly_digest.txt'
assert wd(2036,2,5)=='Tuesday' and wd(2036,2,12)=='Tuesday' and wd(2036,2,19)=='Tuesday' and wd(2036,3,3)=='Monday' and wd(2036,3,11)=='Tuesday' and wd(2036,1,29)=='Tuesday'
T = """View this email in your browser

TAYSIDE DIGITAL & GAMES CLUSTER – MEMBERS' WEEKLY DIGEST
Week 6 · Friday 8 February 2036

In this week's digest: three member wins, a new partner in Estonia, the board's decisions of Tuesday, and what's on in February and March.

-----------------------------------------------------------
MEMBER NEWS
-----------------------------------------------------------

>> Quarrybank Interactive signs publishing deal
Dundee studio Quarrybank Interactive has signed a two-game publishing deal with the Tokyo-based publisher Kaminari Entertainment K.K. Studio head Ruaraidh MacLeòid said the deal will double the team to 40 people by 2038. Read more >

>> Abertay spin-out raises seed round
Haptika Ltd, a spin-out from Abertay University working on haptic feedback for medical training, closed a £1.8m seed round led by Scottish Enterprise and Par Equity. CEO Dr Priya Raghunathan-Ogilvie joined the cluster last year. Read more >

>> V&A Dundee games exhibition extended
The exhibition "Play Beyond the Screen", co-curated with cluster members, has been extended until 30 June 2036. More than 85,000 visitors have seen it since it opened, and the museum's learning team is now looking for studios willing to run weekend play-testing sessions with families. Members interested in taking part should contact the cluster office.

-----------------------------------------------------------
FROM THE BOARD
-----------------------------------------------------------

The cluster board met on Tuesday 5 February 2036 at the Water's Edge Studios. Chair Morag Fitzgerald-Dunn (Northlight Games Ltd) welcomed Kalev Tamm, cluster manager of the Estonian cluster Game Dev Estonia, who presented the partnership agreement signed in Tallinn in January.

The board agreed the following:
- the membership fee for micro-companies stays at £150 per year for 2036–2037
- the cluster will apply to the UKRI Creative Industries Clusters scheme with the University of Dundee as academic lead
- a working group on skills will be set up, led by vice-chair Dr Angus Ritchie-Baird (Dundee and Angus College)
- the next board meeting will be on Tuesday 1 April 2036

Outgoing treasurer Sheena O'Donnell-Greig was thanked for eight years of service (2028–2036); Rajesh Venkataraman (Thorntons Law LLP) takes over.

-----------------------------------------------------------
WHAT'S ON
-----------------------------------------------------------

Tue 12 Feb 2036, 18:00–20:00 | Games Meetup #48, The Bird & Bear, Dundee
Our monthly meetup. Talk by Yuki Hasegawa-Brown (Level Design Lead, Outplay Entertainment) on "Designing for the first 60 seconds". Free pizza.

Tue 19 Feb 2036, 09:30–12:30 | Workshop: Export to the Nordics
With Scottish Development International (SDI) and the Nordic Game Institute. Abertay University, Kydd Building.

Mon 3 March – Tue 11 March 2036 | Trade mission to GDC, San Francisco
Eight member studios will travel with the Scottish Games Network. Applications for the last two places close on 15 February.

Tue 29 April 2036 | Tayside Games Awards, Caird Hall, Dundee
Entries open now. Last year's ceremony (January 2035) had 320 guests.

Save the date: Dare to be Digital Festival, 14–16 August 2036, Dundee.

-----------------------------------------------------------
FUNDING & CALLS
-----------------------------------------------------------

* UK Games Fund prototype grants: deadline 28 February 2036.
* Creative Europe MEDIA, video games development: the call closes on 7 May 2036.
* Dundee City Council digital skills bursaries for small firms – rolling call until funds run out.

-----------------------------------------------------------

Got news? Reply to this email or write to Eilidh Kowalczyk, Communications Officer, news@taysidedigital.example.co.uk

Tayside Digital & Games Cluster CIC · Registered in Scotland SC000000 · Baltic Street, Dundee DD1
You are receiving this because you are a member or subscriber. Unsubscribe | Update preferences
Forward to a friend
"""
assert wd(2036,4,1)=='Tuesday' and wd(2036,4,29)=='Tuesday' and wd(2036,2,8)=='Friday'
write(F, T)
C = "Tayside Digital & Games Cluster"
gold(F,
 [P("Ruaraidh MacLeòid", "Studio head", "Quarrybank Interactive"),
  P("Priya Raghunathan-Ogilvie", "CEO", "Haptika Ltd"),
  P("Morag Fitzgerald-Dunn", "Chair", C),
  P("Kalev Tamm", "cluster manager", "Game Dev Estonia"),
  P("Angus Ritchie-Baird", "vice-chair", C),
  P("Sheena O'Donnell-Greig", "treasurer", C),
  P("Rajesh Venkataraman", "treasurer", C),
  P("Yuki Hasegawa-Brown", "Level Design Lead", "Outplay Entertainment"),
  P("Eilidh Kowalczyk", "Communications Officer", C)],
 [O("Tayside Digital & Games Cluster CIC"), O("Quarrybank Interactive"), O("Kaminari Entertainment K.K."), O("Haptika Ltd"),
  O("Abertay University"), O("Scottish Enterprise"), O("Par Equity"), O("V&A Dundee"), O("Northlight Games Ltd"),
  O("Game Dev Estonia"), O("UKRI"), O("University of Dundee"), O("Dundee and Angus College"), O("Thorntons Law LLP"),
  O("Outplay Entertainment"), O("Scottish Development International", "SDI"), O("Nordic Game Institute"),
  O("Scottish Games Network"), O("Dundee City Council")],
 [E("cluster board", "2036-02-05", None, None, None),
  E("board meeting", "2036-04-01", None, None, None),
  E("Games Meetup #48", "2036-02-12", None, "Dundee", "United Kingdom"),
  E("Workshop: Export to the Nordics", "2036-02-19", None, None, None),
  E("Trade mission to GDC", "2036-03-03", "2036-03-11", "San Francisco", "United States"),
  E("Tayside Games Awards", "2036-04-29", None, "Dundee", "United Kingdom"),
  E("Tayside Games Awards (2035)", "2035-01", None, None, None),
  E("Dare to be Digital Festival", "2036-08-14", "2036-08-16", "Dundee", "United Kingdom")],
 ["2036-02-08", "2038", "2036-06-30", "2036-02-05", "2036-01", "2036/2037", "2036-04-01", "2028/2036", "2036-02-12",
  "2036-02-19", "2036-03-03/2036-03-11", "2036-02-15", "2036-04-29", "2035-01", "2036-08-14/2036-08-16", "2036-02-28",
  "2036-05-07"],
 ["the membership fee for micro-companies stays at £150 per year for 2036–2037",
  "the cluster will apply to the UKRI Creative Industries Clusters scheme with the University of Dundee as academic lead",
  "a working group on skills will be set up, led by vice-chair Dr Angus Ritchie-Baird (Dundee and Angus College)",
  "the next board meeting will be on Tuesday 1 April 2036"],
 pub="2036-02-08")
