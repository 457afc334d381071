from common import save
T = """# Call for hosts: NordFood Clusters Annual Meeting 2033

*NordFood Clusters Network · Secretariat: Varsinais-Suomen Ruokaklusteri ry, Turku · Published 3 February 2032*

The NordFood Clusters Network invites its member clusters to apply to host the **11th NordFood Clusters Annual Meeting**, to be held in **May or June 2033**. The Annual Meeting is the network's main gathering: two days of peer exchange between cluster managers, company visits and a matchmaking session for food SMEs.

## Past editions

| Edition | Year | Host | City |
|---|---|---|---|
| 10th | 2032 | Pajūrio maisto klasteris (planned: 10–11 June 2032) | Klaipėda |
| 9th | 2031 | Skånsk Livsmedelsklynga | Malmö |
| 8th | 2030 | Fødevarenetværket Fyn | Odense |
| 7th | 2029 | Vidzeme Pārtikas klasteris | Valmiera |

The 2031 meeting in Malmö gathered 140 participants from 23 clusters and led to three joint Single Market Programme applications.

## What the host provides

- A venue for up to 150 participants, with one plenary room and three breakout rooms
- Two company visits within one hour of the venue
- A networking dinner (the network covers up to EUR 6,000 of its cost)
- A local organising team and a contact person available from September 2032

## What the network provides

- Programme design with the Steering Group, speakers' travel, the registration platform and communication
- A matchmaking tool and support from the Enterprise Europe Network

## Why host?

Hosting the Annual Meeting brings cluster managers from around the Baltic Sea to your region and puts your member companies in front of potential partners. Previous hosts report new members, joint projects and visibility with their regional authorities. The network's communication team promotes the host region on its channels for several months before the meeting.

## How to apply

Send a short application (max. four pages) to the secretariat by **31 March 2032**. Please include proposed dates, the venue, the planned company visits and a draft budget. Questions can be raised at an online clarification call on **28 February 2032 at 13:00 CET**.

The Steering Group will select the host at its meeting on 22 April 2032 in Helsinki, and the result will be announced at the 10th Annual Meeting in Klaipėda.

## Selection criteria

1. Thematic relevance of the proposed focus (e.g. protein shift, food waste, packaging)
2. Quality of the company visits
3. Accessibility by public transport
4. Co-financing by the host region

## Contact

Minna Lehtonen, Network Coordinator, NordFood Clusters Network, Varsinais-Suomen Ruokaklusteri ry
Steering Group chair: Åsa Lindqvist-Berg, cluster manager, Skånsk Livsmedelsklynga

*NordFood Clusters Network was founded in 2022 and has 31 member clusters in eight countries around the Baltic Sea.*
"""
save('call-for-hosts_NordFood-Annual-Meeting-2033.md', T,
 [("Minna Lehtonen","Network Coordinator","NordFood Clusters Network"),
  ("Åsa Lindqvist-Berg","cluster manager","Skånsk Livsmedelsklynga")],
 [("NordFood Clusters Network",None),("Varsinais-Suomen Ruokaklusteri ry",None),("Pajūrio maisto klasteris",None),
  ("Skånsk Livsmedelsklynga",None),("Fødevarenetværket Fyn",None),("Vidzeme Pārtikas klasteris",None),("Enterprise Europe Network",None)],
 [("11th NordFood Clusters Annual Meeting","2033-05","2033-06",None,None),
  ("10th NordFood Clusters Annual Meeting","2032-06-10","2032-06-11","Klaipėda","Lithuania"),
  ("9th NordFood Clusters Annual Meeting","2031","2031","Malmö","Sweden"),
  ("8th NordFood Clusters Annual Meeting","2030","2030","Odense","Denmark"),
  ("7th NordFood Clusters Annual Meeting","2029","2029","Valmiera","Latvia"),
  ("online clarification call","2032-02-28","2032-02-28",None,None),
  ("Steering Group meeting","2032-04-22","2032-04-22","Helsinki","Finland")],
 ["2032-02-03","2033-05/2033-06","2032","2031","2030","2029","2032-06-10/2032-06-11","2032-09","2032-03-31","2032-02-28","2032-04-22","2022"],
 pub="2032-02-03")
