from h import *
F = 'g13_plovdiv_agritech_hackathon.md'
for y,m,d,w in [(2038,11,12,'Friday'),(2038,11,14,'Sunday'),(2038,10,25,'Monday'),(2038,11,4,'Thursday'),(2038,12,2,'Thursday')]:
    assert wd(y,m,d)==w,(y,m,d)
T = """[Thracian AgriTech Cluster](/) / [Events](/events) / HackTheField 2038

# HackTheField 2038 – 48 hours for smarter farming in the Upper Thracian Plain

**Friday 12 – Sunday 14 November 2038 · Plovdiv, Trakia Economic Zone Innovation Hub**
*Posted 6 October 2038 by the cluster secretariat · 5 min read*

> Applications close on **Monday 25 October 2038, 23:59 EET**. Teams are informed by 29 October.

## What is it?

HackTheField is the annual hackathon of the **Thracian AgriTech Cluster (TAC)**, now in its fourth year. Over one weekend, teams of three to five people – developers, agronomists, designers, students and farmers – build working prototypes for challenges set by the cluster's member companies. This year's edition is co-organised with the **Agricultural University – Plovdiv (AUP)** and the **Plovdiv Chamber of Commerce and Industry**, and supported by the EU project AGRIDIGIT (Interreg NEXT Black Sea Basin).

## Challenges 2038

1. **Water** – predict irrigation needs of vegetable greenhouses from cheap soil sensors (challenge owner: Maritsa Greenhouses JSC)
2. **Rose oil** – trace a batch of Rosa damascena from the field in Kazanlak to the distillery (challenge owner: Kazanlak Rose Cooperative)
3. **Labour** – match seasonal workers with farms in the region without middlemen (challenge owner: Plovdiv Regional Labour Office)
4. **Open challenge** – your own idea for the agri-food sector

## Schedule

| When | What |
|---|---|
| Thursday 4 November, 18:00 | Online info session and team-building call |
| Friday 12 November, 16:00 | Check-in, welcome by cluster chair **Stoyan Mitev** |
| Friday 12 November, 17:00 | Challenge pitches by the owners, team formation |
| Friday 12 November, 19:00 | Hacking starts, pizza dinner |
| Saturday 13 November, 10:00 & 15:00 | Mentor rounds |
| Saturday 13 November, 20:00 | Farmers' dinner with products of member farms |
| Sunday 14 November, 12:00 | Code freeze |
| Sunday 14 November, 13:00 | Final pitches (5 minutes + 3 minutes Q&A) |
| Sunday 14 November, 16:00 | Award ceremony and closing |

## Prizes

- 1st prize: EUR 5,000 and a place in the **AgriStart Plovdiv** incubation programme
- 2nd prize: EUR 3,000
- 3rd prize: EUR 1,500
- Special prize of the **Bulgarian Association of Agricultural Producers**: a paid pilot on a member farm

## Jury

- **Prof. Dr. Radka Vasileva**, Vice-Rector for Research, Agricultural University – Plovdiv
- **Georgi Panayotov**, CEO, FieldSense Ltd.
- **Maria Ilieva-Kostova**, Head of the Regional Directorate of Agriculture, Plovdiv
- **Theo Vandenberghe**, investment manager, Flanders AgriTech Fund

## Mentors

Nikolay Stoev (data science, Musala Soft), Elitsa Dimova (agronomy, AUP), Ivan Kirov (business models, cluster member services), Anelia Petkova (UX design, freelance).

## Last year

HackTheField 2037 brought together 62 participants in 14 teams. The winning team *Drip&Drop* built a sensor-based irrigation scheduler that is now tested by two greenhouse companies in Kostinbrod and Parvomay. The third edition also introduced the farmers' dinner, which will return this year.

## Next on the calendar

- **Thracian AgriTech Forum 2038** – 2 December 2038, Plovdiv, International Fair Plovdiv, Hall 7
- **AgriDigit study visit to Thessaloniki** – February 2039 (dates to follow)

## Practical information

Participation is free. Meals, drinks and a place to sleep (bring your sleeping bag) are provided on site. Participants must be at least 18 years old. Teams keep the intellectual property of their prototypes; challenge owners have a first right to negotiate a licence.

**Contact:** Desislava Hristova, Events and Community Manager, Thracian AgriTech Cluster – hackathon@tac.example.bg – +359 32 000 000

---
*Share:* [LinkedIn](#) · [Facebook](#) · [Copy link](#)  
© 2038 Thracian AgriTech Cluster · [Privacy](#) · [Cookies](#)
"""
assert wd(2038,11,13)=='Saturday' and wd(2038,10,29)=='Friday' and wd(2038,10,6)=='Wednesday'
write(F, T)
C="Thracian AgriTech Cluster"; A="Agricultural University – Plovdiv"
gold(F,
 [P("Stoyan Mitev","cluster chair",C),
  P("Radka Vasileva","Vice-Rector for Research",A),
  P("Georgi Panayotov","CEO","FieldSense Ltd."),
  P("Maria Ilieva-Kostova","Head","Regional Directorate of Agriculture, Plovdiv"),
  P("Theo Vandenberghe","investment manager","Flanders AgriTech Fund"),
  P("Nikolay Stoev",None,"Musala Soft"),
  P("Elitsa Dimova",None,"AUP"),
  P("Ivan Kirov",None,None),
  P("Anelia Petkova",None,None),
  P("Desislava Hristova","Events and Community Manager",C)],
 [O(C,"TAC"), O(A,"AUP"), O("Plovdiv Chamber of Commerce and Industry"),
  O("Maritsa Greenhouses JSC"), O("Kazanlak Rose Cooperative"), O("Plovdiv Regional Labour Office"),
  O("Bulgarian Association of Agricultural Producers"), O("FieldSense Ltd."), O("Regional Directorate of Agriculture, Plovdiv"),
  O("Flanders AgriTech Fund"), O("Musala Soft")],
 [E("HackTheField 2038","2038-11-12","2038-11-14","Plovdiv","Bulgaria"),
  E("Online info session and team-building call","2038-11-04"),
  E("pizza dinner","2038-11-12",None,"Plovdiv","Bulgaria"),
  E("Farmers' dinner","2038-11-13",None,"Plovdiv","Bulgaria"),
  E("Award ceremony and closing","2038-11-14",None,"Plovdiv","Bulgaria"),
  E("HackTheField 2037","2037",None,None,None),
  E("Thracian AgriTech Forum 2038","2038-12-02",None,"Plovdiv","Bulgaria"),
  E("AgriDigit study visit to Thessaloniki","2039-02",None,"Thessaloniki","Greece")],
 ["2038-11-12/2038-11-14","2038-10-06","2038-10-25","2038-10-29","2038-11-04","2038-11-12","2038-11-13","2038-11-14",
  "2038-12-02","2039-02"],
 [], "2038-10-06")
