from h import *
F = 'g14_rijeka_blue_mission.txt'
assert wd(2042,5,12)=='Monday' and wd(2042,5,13)=='Tuesday' and wd(2042,5,14)=='Wednesday' and wd(2042,5,15)=='Thursday' and wd(2042,5,26)=='Monday'
T = """FROM: Marine Enterprise Cluster Cornwall & Isles of Scilly – Members' bulletin, issue 47 (May 2042)
--------------------------------------------------------------------------
IN THIS ISSUE: Rijeka mission report | New members | Funding round-up | Diary
--------------------------------------------------------------------------

MISSION REPORT: NINE CORNISH COMPANIES IN RIJEKA AND THE KVARNER BAY
Posted 26/05/2042 by the cluster team

From 12 to 15 May 2042 a group of nine member companies and two cluster staff travelled to Rijeka, Croatia, on a business mission focused on port technology, small-craft building and marine robotics. The mission was organised with the Regional Development Agency of Primorje-Gorski Kotar County (PRiGOda) and the Croatian Chamber of Economy, and was part-funded by the Department for Business and Trade's regional export programme.

Why Rijeka? The port is being rebuilt around a new container terminal, the city hosts a strong university and a growing cluster of marine technology start-ups, and Kvarner has the same mix of fishing, tourism and small shipyards that we know from home.

Day by day

Monday 12 May – arrival and briefing at the Rijeka Science and Technology Park (STEP RI), hosted by its director, Dr Tea Mavrinac-Žic. In the evening, a welcome reception offered by the County Prefect, Zlatko Komadina-Vlah, at the Governor's Palace.

Tuesday 13 May – visit to the Port of Rijeka Authority and the Rijeka Gateway terminal, with a presentation by Sanja Prpić Lučić, head of business development. Afternoon: company visits to Adria Boats d.o.o. in Kraljevica and to the Uljanik-Kvarner repair yard.

Wednesday 14 May – Kvarner Blue Economy Forum at the Faculty of Maritime Studies, University of Rijeka. The forum opened with a keynote from Prof. Dubravka Gavranić-Horvat; it included a panel debate on offshore wind in the Adriatic and ended with 54 pre-booked B2B meetings between Cornish and Croatian companies.

Thursday 15 May – morning at the Marine Robotics Lab in Opatija with the start-up Subsea Kvarner j.d.o.o.; return flight from Rijeka Airport (Krk) at 16:40.

Results
- 54 B2B meetings and 17 follow-up requests
- a memorandum of understanding between our cluster and the Kvarner Marine Cluster (Klaster pomorske industrije Kvarnera), signed on 14 May
- two Cornish companies invited to quote for work in Kraljevica

Lessons learnt
Our mission leader, Tamsin Penhaligon-Ward, summarised what we would keep and change next time:
- Pair every company with a local host before the mission, not on arrival
- Keep the forum day, but move the B2B meetings to the morning when people are fresh
- One day of site visits is not enough for the shipbuilders; plan two
- Book interpreters for company visits outside Rijeka, where English is less common

"It was the first time I sat across the table from a shipyard that has the same problems we have in Falmouth," said Jory Trewhella, managing director of Penryn Marine Composites Ltd. "We are already talking about a joint bid."

Return visit
PRiGOda will bring a Croatian delegation to Cornwall for Cornwall Marine Week in Falmouth on 22–24 September 2042. Members who want to host a company visit should contact the cluster by 30 June 2042.

--------------------------------------------------------------------------
NEW MEMBERS
We welcome Kernow Drone Services Ltd (Camborne) and the Falmouth Harbour Commissioners to the cluster.

FUNDING ROUND-UP
The next round of the Cornwall and Isles of Scilly innovation grants opens on 2 June 2042.

DIARY
- 10 June 2042 – Members' breakfast, Pendennis Point, Falmouth
- 1 July 2042 – Board meeting (directors only)
- 22–24 September 2042 – Cornwall Marine Week, Falmouth
--------------------------------------------------------------------------
Marine Enterprise Cluster Cornwall & Isles of Scilly CIC · Falmouth Business Park · unsubscribe | update preferences
"""
write(F, T)
M="Marine Enterprise Cluster Cornwall & Isles of Scilly"
gold(F,
 [P("Tea Mavrinac-Žic","director","Rijeka Science and Technology Park"),
  P("Zlatko Komadina-Vlah","County Prefect",None),
  P("Sanja Prpić Lučić","head of business development","Port of Rijeka Authority"),
  P("Dubravka Gavranić-Horvat",None,None),
  P("Tamsin Penhaligon-Ward","mission leader",M),
  P("Jory Trewhella","managing director","Penryn Marine Composites Ltd")],
 [O(M+" CIC"), O("Regional Development Agency of Primorje-Gorski Kotar County","PRiGOda"), O("Croatian Chamber of Economy"),
  O("Department for Business and Trade"), O("Rijeka Science and Technology Park","STEP RI"), O("Port of Rijeka Authority"),
  O("Adria Boats d.o.o."), O("Uljanik-Kvarner repair yard"), O("Faculty of Maritime Studies"), O("University of Rijeka"),
  O("Marine Robotics Lab"), O("Subsea Kvarner j.d.o.o."), O("Kvarner Marine Cluster"),
  O("Penryn Marine Composites Ltd"), O("Kernow Drone Services Ltd"), O("Falmouth Harbour Commissioners")],
 [E("business mission","2042-05-12","2042-05-15","Rijeka","Croatia"),
  E("briefing at the Rijeka Science and Technology Park","2042-05-12",None,"Rijeka","Croatia"),
  E("welcome reception","2042-05-12",None,"Rijeka","Croatia"),
  E("visit to the Port of Rijeka Authority and the Rijeka Gateway terminal","2042-05-13",None,"Rijeka","Croatia"),
  E("company visits","2042-05-13",None,"Kraljevica","Croatia"),
  E("Kvarner Blue Economy Forum","2042-05-14",None,"Rijeka","Croatia"),
  E("morning at the Marine Robotics Lab","2042-05-15",None,"Opatija","Croatia"),
  E("Cornwall Marine Week","2042-09-22","2042-09-24","Falmouth","United Kingdom"),
  E("Members' breakfast","2042-06-10",None,"Falmouth","United Kingdom"),
  E("Board meeting","2042-07-01")],
 ["2042-05","2042-05-26","2042-05-12/2042-05-15","2042-05-12","2042-05-13","2042-05-14","2042-05-15","2042-09-22/2042-09-24","2042-06-30","2042-06-02","2042-06-10","2042-07-01"],
 ["Pair every company with a local host before the mission, not on arrival",
  "Keep the forum day, but move the B2B meetings to the morning when people are fresh",
  "One day of site visits is not enough for the shipbuilders; plan two",
  "Book interpreters for company visits outside Rijeka, where English is less common"],
 pub="2042-05-26")
