from h import *
doc = "SOSTEC_AGM-2036_minutes.txt"
T = """STORSJÖ OUTDOOR & SPORTS TECHNOLOGY CLUSTER (SOSTEC) ek. för.
MINUTES OF THE ANNUAL GENERAL MEETING 2036

Date: Thursday 27 March 2036, 13:00–15:40
Place: Mid Sweden University, campus Östersund, room Q221, and online (Teams)
Minutes no.: AGM 1/2036

ATTENDANCE

Present (members with voting rights):
- Anna-Karin Jonsson (Fjällvind Sport AB), chair of the board
- Erik Olofsson (Mid Sweden University), vice-chair
- Maja Persson, Skidkraft AB
- Daniel Hägglund (Nordic Trail Systems AB)
- Sigrid Eriksson-Wallin, Åre Bike Lab AB
- Johannes Mattsson (Storsjökraft Innovation AB)
- Lina Bäckström, Frösö Textil AB
- Mohammed Al-Hassan (SnowSense AB), online
- Per Nordlund, Östersunds kommun
- Karolina Sundqvist (Oviksfjällen Testing Center AB), online
- Henrik Lidén, Storsjö Sportanalys AB

Also present: Elin Strömberg, cluster manager (SOSTEC), and Jonas Kvist, project officer (SOSTEC), secretary of the meeting.

Excused:
- Rebecka Lind (Fjällvind Sport AB)
- Oskar Westerlund, Åre Turistutveckling AB
- Gunilla Ek (Region Jämtland Härjedalen)

Guests:
- Torbjörn Falk, business developer, Almi Mitt
- Sara Nilsson-Oja, Region Jämtland Härjedalen, Department of Regional Development
- Lukas Reiter, cluster manager, Outdoor Cluster Tirol-Süd (via video link)

1. OPENING
The chair of the board, Anna-Karin Jonsson, opened the meeting and welcomed the members and guests.

2. FORMALITIES
Erik Olofsson was elected chair of the meeting and Jonas Kvist secretary. Maja Persson and Henrik Lidén were elected to check the minutes. The meeting was declared duly convened (notice sent on 27 February 2036). 11 of 34 members were represented.

3. ANNUAL REPORT AND ACCOUNTS 2035
Elin Strömberg presented the annual report 2035: 18 activities, 2 new Vinnova-funded projects, membership up from 29 to 34. The accounts for 2035 show a surplus of SEK 84,000. The auditor's report by Ulrika Hedman (authorised public accountant, Revisionsbyrån Jämt AB) recommended discharge.

4. ELECTIONS
The nomination committee (Per Nordlund, convener; Lina Bäckström) presented its proposal. The meeting elected:
- Chair of the board for one year (2036–2037): Daniel Hägglund (Nordic Trail Systems AB). Anna-Karin Jonsson stood down after four years as chair and remains an ordinary member of the board.
- Board members for two years: Sigrid Eriksson-Wallin (Åre Bike Lab AB), Mohammed Al-Hassan (SnowSense AB, new) and Karolina Sundqvist (Oviksfjällen Testing Center AB, new).
- Remaining on the board until 2037: Anna-Karin Jonsson, Erik Olofsson, Johannes Mattsson.
- Deputy board members: Lina Bäckström (Frösö Textil AB) and Henrik Lidén (Storsjö Sportanalys AB).
- Auditor: Ulrika Hedman, Revisionsbyrån Jämt AB; deputy auditor: Fredrik Modig, Revisionsbyrån Jämt AB.
- Nomination committee for 2037: Per Nordlund (convener) and Gunilla Ek.
At its constituent meeting directly after the AGM, the board elected Erik Olofsson vice-chair and Johannes Mattsson treasurer.

5. MEMBERSHIP FEES AND BUDGET 2036
The meeting kept the fees unchanged (SEK 2,500 for companies with fewer than ten employees, SEK 8,000 for others) and approved the budget 2036.

6. GUEST CONTRIBUTIONS
Lukas Reiter presented the Alpine–Nordic outdoor cluster partnership and invited SOSTEC to the partnership meeting in Innsbruck on 18–19 June 2036. Torbjörn Falk presented Almi's new loan for sports-technology start-ups.

7. DECISIONS
- The annual report and the accounts 2035 are approved and the board is granted discharge for 2035.
- The board elected under item 4 takes office today.
- Membership fees remain unchanged for 2036.
- SOSTEC applies to join the Alpine–Nordic outdoor cluster partnership.
- The cluster manager prepares an application for the Bronze Label of the European Cluster Excellence Initiative by 30 September 2036.

8. NEXT MEETINGS
Board meetings: 24 April 2036 (Åre), 11 June 2036 (online), 10 September 2036 (Östersund). SOSTEC Innovation Day: 15 October 2036 at Jämtkraft Arena, Östersund. The AGM 2037 will be held in March 2037.

9. CLOSING
The chair of the meeting thanked Anna-Karin Jonsson for her four years as chair of the board and closed the meeting at 15:40.

Minutes taken by: Jonas Kvist
Checked by: Maja Persson / Henrik Lidén
Chair of the meeting: Erik Olofsson
"""
S = "STORSJÖ OUTDOOR & SPORTS TECHNOLOGY CLUSTER"
people = [
 P("Anna-Karin Jonsson", None, "Fjällvind Sport AB"),
 P("Erik Olofsson", "vice-chair", S),
 P("Maja Persson", None, "Skidkraft AB"),
 P("Daniel Hägglund", "Chair of the board", S),
 P("Sigrid Eriksson-Wallin", None, "Åre Bike Lab AB"),
 P("Johannes Mattsson", "treasurer", S),
 P("Lina Bäckström", None, "Frösö Textil AB"),
 P("Mohammed Al-Hassan", None, "SnowSense AB"),
 P("Per Nordlund", "convener", S),
 P("Karolina Sundqvist", None, "Oviksfjällen Testing Center AB"),
 P("Henrik Lidén", None, "Storsjö Sportanalys AB"),
 P("Elin Strömberg", "cluster manager", S),
 P("Jonas Kvist", "project officer", S),
 P("Rebecka Lind", None, "Fjällvind Sport AB"),
 P("Oskar Westerlund", None, "Åre Turistutveckling AB"),
 P("Gunilla Ek", None, "Region Jämtland Härjedalen"),
 P("Torbjörn Falk", "business developer", "Almi Mitt"),
 P("Sara Nilsson-Oja", None, "Region Jämtland Härjedalen"),
 P("Lukas Reiter", "cluster manager", "Outdoor Cluster Tirol-Süd"),
 P("Ulrika Hedman", "authorised public accountant", "Revisionsbyrån Jämt AB"),
 P("Fredrik Modig", "deputy auditor", "Revisionsbyrån Jämt AB"),
]
orgs = [O(S, "SOSTEC"), O("Mid Sweden University"), O("Fjällvind Sport AB"), O("Skidkraft AB"), O("Nordic Trail Systems AB"),
 O("Åre Bike Lab AB"), O("Storsjökraft Innovation AB"), O("Frösö Textil AB"), O("SnowSense AB"), O("Östersunds kommun"),
 O("Oviksfjällen Testing Center AB"), O("Storsjö Sportanalys AB"), O("Åre Turistutveckling AB"), O("Region Jämtland Härjedalen"),
 O("Almi Mitt"), O("Department of Regional Development"), O("Outdoor Cluster Tirol-Süd"), O("Revisionsbyrån Jämt AB"), O("Vinnova")]
events = [
 E("SOSTEC Annual General Meeting 2036", "2036-03-27", "2036-03-27", "Östersund", "Sweden"),
 E("Alpine–Nordic outdoor cluster partnership meeting", "2036-06-18", "2036-06-19", "Innsbruck", "Austria"),
 E("SOSTEC board meeting", "2036-04-24", "2036-04-24", "Åre", "Sweden"),
 E("SOSTEC board meeting", "2036-06-11", "2036-06-11", None, None),
 E("SOSTEC board meeting", "2036-09-10", "2036-09-10", "Östersund", "Sweden"),
 E("SOSTEC Innovation Day", "2036-10-15", "2036-10-15", "Östersund", "Sweden"),
 E("AGM 2037", "2037-03", "2037-03", None, None),
]
km = ["The annual report and the accounts 2035 are approved and the board is granted discharge for 2035",
 "The board elected under item 4 takes office today",
 "Membership fees remain unchanged for 2036",
 "SOSTEC applies to join the Alpine–Nordic outdoor cluster partnership",
 "The cluster manager prepares an application for the Bronze Label of the European Cluster Excellence Initiative by 30 September 2036"]
dates = ["2036-03-27", "2036-02-27", "2035", "2036/2037", "2037", "2036", "2036-06-18/2036-06-19", "2036-09-30",
 "2036-04-24", "2036-06-11", "2036-09-10", "2036-10-15", "2037-03"]
save(doc, T, None, people, orgs, events, dates, km)
