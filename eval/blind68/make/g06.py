from h import *
F='pgbc-members-news-spring-2035.md'
T=f'''# Members' news – spring 2035

*Pannonia Green Building Cluster · Newsletter no. 2/2035 · published {wd(2035,4,24)}, 24 April 2035*

[Newsletter archive](#) · [Become a member](#) · [Imprint](#)

---

## Welcome to our new members

Since our last newsletter, six companies and one institution have joined the cluster, which now counts 142 members in Burgenland, Lower Austria, Vienna and western Hungary.

- **Lehmbau Seewinkel e.U.** (Illmitz) – a sole-trader business building clay plasters and rammed-earth walls; owner Bernadette Gmeiner trained in Vorarlberg and in Burgundy.
- **Holzrahmenbau Stadlmann GmbH & Co KG** (Oberwart) – timber-frame houses and school extensions, 48 employees; managing partner Ing. Florian Stadlmann.
- **Re:Fassade Bauteilbörse GmbH** (Wiener Neustadt) – an online marketplace for reclaimed facade panels, windows and steel profiles. Co-founders Dr. Mira Sadeghi and Jakob Lindner-Esterházy.
- **Energie-Check Pannonia OG** (Neusiedl am See) – energy consultants for farms and wineries.
- **Soproni Faipari Kft.** (Sopron, Hungary) – a sawmill and glulam producer; the first Hungarian company to join since the cluster opened membership to the Győr-Moson-Sopron county in 2034. Managing director: Gábor Németh.
- **Stuckatur Dragović GmbH** (Eisenstadt) – interior plastering and acoustic ceilings.
- **HTL Pinkafeld** – the higher technical college for building technology joins as an education partner. Head of department DI Dr. Renate Koller-Marx will sit on our skills working group.

A warm welcome to all of them! New members are introduced in person at the members' breakfast on {wd(2035,5,20)}, 20 May 2035, 08:00–09:30, at the Technologiezentrum Eisenstadt.

## 100 years of Baumeister Wetschka

On 2 April 2035 the construction company **Wetschka Bau GmbH** in Mattersburg celebrated its hundredth anniversary. Founded in 1935 by master builder Johann Wetschka as a one-man business, the company is now run in the fourth generation by **Elisabeth Wetschka-Halbritter** and employs 160 people. Wetschka Bau was one of the eleven founding members of the cluster in 2021 and has taken part in six joint projects, most recently the renovation of the Forchtenstein primary school to passive-house standard.

At the anniversary celebration in the company's new workshop hall, Provincial Councillor **Mag. Leonhard Schneeberger** (economy) presented the company with the provincial coat of arms, an honour that Burgenland grants to firms of outstanding merit. Cluster manager **Katharina Unger-Szabó** congratulated the family and the staff on behalf of the cluster: "A hundred years of building in one region means a hundred years of knowing what lasts."

## Award: Clay-and-straw panel wins the Austrian State Prize

The joint project **StrohLehm-Panel**, developed by Lehmbau Seewinkel e.U., Holzrahmenbau Stadlmann GmbH & Co KG and FH Burgenland with funding from our 2033 call, has won the *Staatspreis Architektur und Nachhaltigkeit 2035* in the category "Building components". The prize was awarded by the Federal Ministry for Climate Action on 10 April 2035 at a ceremony in the Museumsquartier in Vienna.

The prefabricated wall panel combines a timber frame with straw from the Seewinkel and clay plaster from local pits; it stores three times as much carbon as it emits in production. The jury praised "a regional material chain that could be copied in every rural area of Europe". Project lead **Dr. Zsófia Horváth-Pichler** (FH Burgenland) accepted the prize together with Bernadette Gmeiner and Florian Stadlmann.

Congratulations! The team will present the panel at our **Pannonian Building Day** on {wd(2035,9,18)}, 18 September 2035, in Oberwart.

## In brief

- **Personal news:** Mag. Lukas Pratscher, who has advised many of you on funding rules, becomes head of the funding department of Wirtschaftsagentur Burgenland GmbH on 1 May 2035. His successor as funding adviser for the cluster is **Daniela Kuzmits, BA**.
- **Call 2035:** 19 full proposals were submitted by the deadline of 10 April 2035. The jury meets in May; results follow in June.
- **Study trip:** ten members visited timber construction sites in the Bregenzerwald from 13 to 15 March 2035, hosted by the Vorarlberg timber network Vorarlberger Holzbau_Kunst.
- **Members' survey:** please take ten minutes for our annual survey, open until 15 May 2035.

- **Cluster office:** from June the cluster office moves to the second floor of the Technologiezentrum Eisenstadt. Telephone numbers and e-mail addresses stay the same. The library of material samples, with more than 300 pieces of clay, straw, timber and recycled products, can be visited there on Tuesdays and Thursdays; please book a time with the office.
- **Working group skills:** the group meets for the first time under its new chair, Renate Koller-Marx, on 27 May 2035 in Pinkafeld.

## Dates

| Date | What | Where |
|---|---|---|
| 20 May 2035 | Members' breakfast | Eisenstadt |
| 11 June 2035 | Workshop "Material passports in practice" | Pinkafeld |
| 18 September 2035 | Pannonian Building Day | Oberwart |

---

Pannonia Green Building Cluster · c/o Wirtschaftsagentur Burgenland GmbH · Marktstraße 3 · 7000 Eisenstadt · cluster@pgbc.at
You receive this newsletter as a member or partner of the cluster. [Unsubscribe](#)
'''
write(F,T)
PG='Pannonia Green Building Cluster'
gold(F,[P('Bernadette Gmeiner','owner','Lehmbau Seewinkel e.U.'),P('Florian Stadlmann','managing partner','Holzrahmenbau Stadlmann GmbH & Co KG'),
 P('Mira Sadeghi','Co-founder','Re:Fassade Bauteilbörse GmbH'),P('Jakob Lindner-Esterházy','Co-founder','Re:Fassade Bauteilbörse GmbH'),P('Gábor Németh','Managing director','Soproni Faipari Kft.'),
 P('Renate Koller-Marx','Head of department','HTL Pinkafeld'),P('Johann Wetschka','master builder','Wetschka Bau GmbH'),P('Elisabeth Wetschka-Halbritter',None,'Wetschka Bau GmbH'),
 P('Leonhard Schneeberger','Provincial Councillor',None),P('Katharina Unger-Szabó','Cluster manager',PG),P('Zsófia Horváth-Pichler','Project lead','FH Burgenland'),
 P('Lukas Pratscher','head of the funding department','Wirtschaftsagentur Burgenland GmbH'),P('Daniela Kuzmits','funding adviser',PG)],
 [O(PG),O('Lehmbau Seewinkel e.U.'),O('Holzrahmenbau Stadlmann GmbH & Co KG'),O('Re:Fassade Bauteilbörse GmbH'),O('Energie-Check Pannonia OG'),O('Soproni Faipari Kft.'),
  O('Stuckatur Dragović GmbH'),O('HTL Pinkafeld'),O('Technologiezentrum Eisenstadt'),O('Wetschka Bau GmbH'),O('FH Burgenland'),O('Federal Ministry for Climate Action'),
  O('Wirtschaftsagentur Burgenland GmbH'),O('Vorarlberger Holzbau_Kunst')],
 [E("members' breakfast",'2035-05-20','2035-05-20','Eisenstadt','Austria'),E('anniversary celebration','2035-04-02','2035-04-02','Mattersburg','Austria'),
  E('Staatspreis Architektur und Nachhaltigkeit 2035 ceremony','2035-04-10','2035-04-10','Vienna','Austria'),E('Pannonian Building Day','2035-09-18','2035-09-18','Oberwart','Austria'),
  E('Study trip','2035-03-13','2035-03-15',None,None),E('Working group skills meeting','2035-05-27','2035-05-27','Pinkafeld','Austria'),E('Workshop "Material passports in practice"','2035-06-11','2035-06-11','Pinkafeld','Austria')],
 ['2035-04-24','2034','2035-05-20','2035-04-02','1935','2021','2033','2035-04-10','2035-09-18','2035-05-01','2035-05','2035-06','2035-03-13/2035-03-15','2035-05-15','2035-06-11','2035-05-27'],pub='2035-04-24')
