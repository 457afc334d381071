from common import *
T = """[Home](/) / [News](/news) / Member news

# Change at the helm of Stocznia Orłowo: Katarzyna Wiśniewska-Baran takes over as CEO

*Posted on 3 September 2032 by the Pomorski Klaster Morski team · 4 min read*

Share: LinkedIn · X · E-mail

One of the founding members of the **Pomeranian Maritime Cluster (PKM)** has a new chief executive. On 1 September 2032
**Katarzyna Wiśniewska-Baran** became President of the Management Board (CEO) of Stocznia Orłowo Sp. z o.o., the
Gdynia yard that builds and refits offshore service vessels and research ships. She succeeds **Zbigniew Kołodziej**,
who has led the company since 2011 and now moves to the company's supervisory board as its chairman.

Wiśniewska-Baran, a naval architect by training, joined Stocznia Orłowo in 2019 as head of design and has been its
chief operating officer since 2027. Before that she spent nine years at the Gdańsk University of Technology (Politechnika
Gdańska), where she worked on hull optimisation for electric ferries.

"The order book for hybrid and fully electric vessels is the fullest it has ever been. Our job now is to deliver on
time and to find the welders and electricians to do it," she said on her first day.

## Thank you, Zbigniew

Zbigniew Kołodziej was one of the six people who signed the cluster's founding agreement in Gdańsk in May 2013, and
he sat on our Council for two terms (2014–2020). He chaired the working group on skills that set up the Maritime
Skills Academy with the Gdynia Maritime University and the Pomeranian Voivodeship, and he hosted more study visits
at the yard than any other member – among them the Baltic shipbuilding clusters' delegation during the European
Maritime Day in Gdańsk on 20–21 May 2021.

"On behalf of the whole cluster I want to thank Zbigniew for twenty years of open doors, blunt advice and
practical help. He never missed a General Assembly, and he always brought an apprentice with him," said
**Tomasz Leszczyński**, President of the Council of Pomorski Klaster Morski. Cluster director **Agnieszka
Zielonka** added that the cluster looks forward to working with the new CEO on the joint training centre for
ship electricians that is due to open in Gdynia in the first half of 2033.

Kołodziej will be honoured at the cluster's autumn meeting, the **Maritime Members' Evening** on 16 October
2032 at the Gdynia Science and Technology Park.

## Other changes at member companies

- **Nautika Systems S.A.** (Szczecin) appointed **Paweł Grabowski** as chief technology officer from 1 August 2032.
- **BalticHydro Sp. z o.o.** has a new commercial director, **Marta Nowicka-Lis**, formerly at Port of Gdańsk
  Authority.
- **Remontowa-Elbląg** – no, wait: **Elbląskie Zakłady Okrętowe Sp. z o.o.** confirmed **Jan Ostrowski** as managing
  director for a further four years.

*Member news is compiled from information sent by members. Send yours to news@pkm.example.*

---
Related news
- 12.07.2032 – PKM at the Baltexpo fair: 14 members on the joint stand
- 28.06.2032 – New working group on offshore wind logistics

© 2032 Pomorski Klaster Morski · Aleja Zwycięstwa 96, Gdynia · Privacy · Cookies
"""
T = T.replace("- **Remontowa-Elbląg** – no, wait: **Elbląskie","- **Elbląskie")
C="Pomorski Klaster Morski"
write("pkm-news-ceo-change-stocznia-orlowo.md", T,
 [P("Katarzyna Wiśniewska-Baran","President of the Management Board","Stocznia Orłowo Sp. z o.o."),
  P("Zbigniew Kołodziej","chairman","Stocznia Orłowo Sp. z o.o."),
  P("Tomasz Leszczyński","President of the Council",C),
  P("Agnieszka Zielonka","Cluster director",C),
  P("Paweł Grabowski","chief technology officer","Nautika Systems S.A."),
  P("Marta Nowicka-Lis","commercial director","BalticHydro Sp. z o.o."),
  P("Jan Ostrowski","managing director","Elbląskie Zakłady Okrętowe Sp. z o.o.")],
 [O("Pomeranian Maritime Cluster","PKM"),O("Stocznia Orłowo Sp. z o.o."),O("Gdańsk University of Technology"),
  O("Gdynia Maritime University"),O("Pomeranian Voivodeship"),O("Maritime Skills Academy"),
  O("Nautika Systems S.A."),O("BalticHydro Sp. z o.o."),
  O("Port of Gdańsk Authority"),O("Elbląskie Zakłady Okrętowe Sp. z o.o.")],
 [E("European Maritime Day","2021-05-20","2021-05-21","Gdańsk","Poland"),
  E("Maritime Members' Evening","2032-10-16","2032-10-16","Gdynia","Poland"),
  E("Baltexpo",None,None,None,None)],
 ["2032-09-03","2032-09-01","2011","2019","2027","2013-05","2014/2020","2021-05-20/2021-05-21","2033","2032-10-16",
  "2032-08-01","2032-07-12","2032-06-28"], pub="2032-09-03")
