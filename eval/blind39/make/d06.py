from common import *
FN = "joint-stand-SMM-2036_pomorski-klaster.txt"
T = """
Pomorski Klaster Północ — Northern Maritime Cluster
News | Events | Members | Contact                                                        PL | EN

Home > News > Joint stand at SMM 2036

POMERANIAN JOINT STAND AT SMM 2036 — 11 COMPANIES, ONE ADDRESS: HALL B6, STAND 412

Published: 14.07.2036 | Author: Press office

For the fourth time, the Northern Maritime Cluster (Pomorski Klaster Północ, PKP) will present its members on a
shared stand at SMM, the leading international maritime trade fair, which takes place in Hamburg from 9 to 12
September 2036. The 160 m² joint stand is co-financed by the Pomorskie Region under its internationalisation
programme and organised with the Pomeranian Development Agency (ARP Pomorze).

"SMM is where shipowners decide what their next vessels will look like. Our members build hull blocks, cable
systems and ballast-water units for yards all over Europe, but many buyers still do not know that these come from
Gdańsk, Gdynia or Szczecin," says Katarzyna Wróblewska-Lis, managing director of PKP. "A common stand gives the
smaller companies a visibility they could never afford alone."

Co-exhibitors on the stand

- Baltkadłub Sp. z o.o. (Gdańsk) — hull sections and outfitting
- Nordkabel Marine Sp. z o.o. (Gdynia) — cable harnesses and shore-power connectors
- AquaBallast S.A. (Gdynia) — ballast-water treatment systems
- Wiatrostal Sp. z o.o. (Szczecin) — steel structures for offshore wind installation vessels
- Sternik Design — naval architecture office
- Portowe Systemy IT Sp. z o.o. — port community software
- Hydromech Pomorze Sp. z o.o. — deck machinery and winches
- Gdynia Maritime University (Faculty of Marine Engineering)
- Gdańsk University of Technology, Faculty of Mechanical Engineering and Ship Technology
- Maritime Institute (Instytut Morski)
- the cluster itself, with its "Green Shipping Poland" information desk

Side events at the stand

Tuesday, 9 September, 15:00 — Official opening of the stand with the Marshal of the Pomorskie Voivodeship,
Andrzej Kołodziejczak, and the Consul General of the Republic of Poland in Hamburg, Ewa Sztandera-Lange. Pierogi and
Pomeranian craft beer for all visitors.

Wednesday, 10 September, 11:00–12:30 — "Poland's offshore wind supply chain: capacities until 2040". Short
presentations by Wiatrostal and Baltkadłub, moderated by Michał Rydzewski, head of the offshore working group of
PKP. Guests from the Kiel Offshore Network (KON) have confirmed.

Wednesday, 10 September, 16:00 — Signing of a cooperation agreement between PKP and the Norwegian cluster
Havbris Maritime Network, followed by a reception.

Thursday, 11 September, 10:00–13:00 — B2B meetings with buyers from Germany, the Netherlands and Norway,
organised with the Enterprise Europe Network partner at ARP Pomorze. Meetings must be booked in advance (see below).

Thursday, 11 September, 14:00 — Start-up pitch: five young maritime tech companies from the Pomeranian Science
and Technology Park (PPNT Gdynia) present autonomous-vessel and hull-cleaning solutions. Jury: Dr hab. inż.
Tomasz Żółtowski (Gdańsk University of Technology) and Hannah Petersen, partner at Elbe Blue Capital.

Friday, 12 September — Last day; the stand team will collect leads and feedback for the post-fair report.

Practical information

- Companies and institutions that want to meet the co-exhibitors can book meetings through the SMM matchmaking tool
  or by e-mail to the cluster until 31 August 2036.
- Free visitor tickets are available for members' customers while stocks last.
- The post-fair debriefing of co-exhibitors will take place online on 24 September 2036.

Contact at the stand: Paweł Ostrowski, project manager internationalisation, PKP, +48 500 000 000.

Other news
- 02.07.2036 — PKP joins the Baltic Maritime Clusters Alliance
- 19.06.2036 — Report: Baltic Sea Shipbuilding Forum in Szczecin

Pomorski Klaster Północ · ul. Hryniewickiego 6 · 81-340 Gdynia
Privacy policy | Cookies | © 2036 PKP
"""
save_text(FN, T)
save_gold(FN, "2036-07-14",
 [P("Katarzyna Wróblewska-Lis","managing director","PKP"),
  P("Andrzej Kołodziejczak","Marshal of the Pomorskie Voivodeship",None),
  P("Ewa Sztandera-Lange","Consul General of the Republic of Poland in Hamburg",None),
  P("Michał Rydzewski","head of the offshore working group","PKP"),
  P("Tomasz Żółtowski",None,"Gdańsk University of Technology"),
  P("Hannah Petersen","partner","Elbe Blue Capital"),
  P("Paweł Ostrowski","project manager internationalisation","PKP")],
 [O("Northern Maritime Cluster","PKP"), O("Pomorskie Region"),
  O("Pomeranian Development Agency","ARP Pomorze"), O("Baltkadłub Sp. z o.o."), O("Nordkabel Marine Sp. z o.o."),
  O("AquaBallast S.A."), O("Wiatrostal Sp. z o.o."), O("Sternik Design"), O("Portowe Systemy IT Sp. z o.o."),
  O("Hydromech Pomorze Sp. z o.o."), O("Gdynia Maritime University"), O("Faculty of Marine Engineering"),
  O("Gdańsk University of Technology"), O("Faculty of Mechanical Engineering and Ship Technology"),
  O("Maritime Institute"), O("Kiel Offshore Network","KON"), O("Havbris Maritime Network"),
  O("Enterprise Europe Network"), O("Pomeranian Science and Technology Park","PPNT Gdynia"), O("Elbe Blue Capital"),
  O("Baltic Maritime Clusters Alliance")],
 [E("SMM 2036","2036-09-09","2036-09-12","Hamburg","Germany"),
  E("Official opening of the stand","2036-09-09",None,"Hamburg","Germany"),
  E("Poland's offshore wind supply chain: capacities until 2040","2036-09-10",None,"Hamburg","Germany"),
  E("Signing of a cooperation agreement between PKP and the Norwegian cluster Havbris Maritime Network","2036-09-10",None,"Hamburg","Germany"),
  E("B2B meetings","2036-09-11",None,"Hamburg","Germany"),
  E("Start-up pitch","2036-09-11",None,"Hamburg","Germany"),
  E("post-fair debriefing of co-exhibitors","2036-09-24",None,None,None),
  E("Baltic Sea Shipbuilding Forum",None,None,"Szczecin","Poland")],
 ["2036-07-14","2036-09-09/2036-09-12","2036-09-09","2036-09-10","2036-09-11","2036-09-12","2036-08-31","2036-09-24",
  "2036-07-02","2036-06-19"],
 [])
