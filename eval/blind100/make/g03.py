from h import *
F = 'g03_kaunas_mechatronics_appointment.md'
assert wd(2039,9,1)=='Thursday' and wd(2039,10,6)=='Thursday' and wd(2039,9,30)=='Friday'
T = """[Home](/) / [News](/news) / People

# New managing director for Kaunas Mechatronics Cluster as founder Rimantas Jurkus retires

*Posted 14 September 2039 by the communications team · 4 min read*

![Rimantas Jurkus and Aistė Vaitkevičiūtė in front of the cluster's test hall](/img/handover.jpg)
*Photo: Mantas Grigas / KMC*

**Kaunas, 14 September 2039** – The board of the Kaunas Mechatronics Cluster (KMC) has appointed **Aistė Vaitkevičiūtė** as managing director. She takes over from **Rimantas Jurkus**, who founded the cluster in 2027 and has led it since then. Jurkus will retire at the end of September; Vaitkevičiūtė started on Thursday, 1 September 2039, so that the two could spend a month working side by side.

Vaitkevičiūtė, 41, has been head of the cluster's international projects since 2034. Before joining KMC she worked for seven years at the Lithuanian Innovation Agency (Inovacijų agentūra), where she managed the national cluster support scheme, and for three years as a research engineer at Kaunas University of Technology (KTU). She holds a doctorate in control engineering.

"Aistė knows our members, knows Brussels and knows the funding rules better than any of us," said board chair **Giedrė Baltrušaitienė**, chief executive of the automation company Robotika LT UAB. "The board chose continuity, but also a new pace for internationalisation."

## Career at a glance

- 2022–2025: research engineer, Kaunas University of Technology
- 2025–2032: programme manager, Lithuanian Innovation Agency
- 2032–2034: senior consultant, Baltic Industrial Advisory UAB
- 2034–2039: head of international projects, KMC
- from September 2039: managing director, KMC

## Twelve years of building a cluster

Rimantas Jurkus started the cluster with eleven companies from the Kaunas Free Economic Zone and two university laboratories. Today KMC has 87 members, runs a shared robot test hall in Aleksotas and has taken part in nine EU projects. In 2036 the cluster received the Gold Label of the European Cluster Excellence Initiative.

Before founding the cluster, Jurkus spent almost twenty years in industry, most recently as technical director of Kauno Staklių Gamykla AB. He was also one of the founders of the Lithuanian Cluster Association (LKA) and served as its president from 2030 to 2033.

"I leave a cluster that no longer needs its founder, and that is the best thing a founder can say," Jurkus told the members. He will remain an honorary member and will chair the jury of the cluster's student robotics prize.

## Other changes in the team

- **Dovilė Kazlauskaitė**, until now project officer, succeeds Vaitkevičiūtė as head of international projects.
- **Tomas Petrauskas** joins KMC from Baltic Automation Systems UAB as technology transfer manager.
- **Justina Mockutė** returns from parental leave as membership coordinator.

## Farewell event

Members and partners are invited to a farewell reception for Rimantas Jurkus on **Friday, 30 September 2039, at 17:00** in the KMC test hall, Aleksoto g. 8, Kaunas. Short speeches are planned by the Mayor of Kaunas, **Paulius Stankevičius**, and by **Marius Žemaitis**, Vice-Minister of Economy and Innovation. Please register by 26 September.

The new managing director will present her first work plan at the members' meeting on **Thursday, 6 October 2039** in Kaunas.

---

**Press contact**
Rūta Lukošiūtė, communication manager
ruta.lukosiute@kmc.example.lt · +370 37 000 451

*Related news:*
- [KMC members sign robot safety charter](/news/charter) – 2 August 2039
- [Call for the student robotics prize opens](/news/prize) – 18 July 2039

Share: [LinkedIn](#) · [Facebook](#) · [E-mail](#)

© 2039 Kaunas Mechatronics Cluster · [Privacy](/privacy) · [Cookies](/cookies)
"""
write(F, T)
C = "Kaunas Mechatronics Cluster"
gold(F,
 [P("Aistė Vaitkevičiūtė","managing director",C), P("Rimantas Jurkus","founder",C),
  P("Mantas Grigas",None,None), P("Giedrė Baltrušaitienė","board chair",C),
  P("Dovilė Kazlauskaitė","head of international projects",C), P("Tomas Petrauskas","technology transfer manager",C),
  P("Justina Mockutė","membership coordinator",C), P("Paulius Stankevičius","Mayor of Kaunas",None),
  P("Marius Žemaitis","Vice-Minister of Economy and Innovation",None), P("Rūta Lukošiūtė","communication manager",C)],
 [O(C,"KMC"), O("Lithuanian Innovation Agency"), O("Kaunas University of Technology","KTU"), O("Robotika LT UAB"),
  O("Baltic Industrial Advisory UAB"), O("Kaunas Free Economic Zone"), O("European Cluster Excellence Initiative"),
  O("Kauno Staklių Gamykla AB"), O("Lithuanian Cluster Association","LKA"), O("Baltic Automation Systems UAB")],
 [E("farewell reception","2039-09-30",None,"Kaunas","Lithuania"), E("members' meeting","2039-10-06",None,"Kaunas","Lithuania")],
 ["2039-09-14","2027","2039-09-01","2034","2022/2025","2025/2032","2032/2034","2034/2039","2039-09","2036","2030/2033",
  "2039-09-30","2039-09-26","2039-10-06","2039-08-02","2039-07-18"], [], "2039-09-14")
