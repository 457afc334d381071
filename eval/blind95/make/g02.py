from h import *
F = 'g02_chemnitz_mobility_cluster_board.md'
assert wd(2036,6,18)=='Wednesday' and wd(2036,9,24)=='Wednesday' and wd(2036,11,26)=='Wednesday'
T = """[Home](/) > [About us](/about) > Board

# Board of Directors

*Mobility Cluster Saxony e.V. (MCS) · Chemnitz · last update 2 July 2036*

The Board of Directors steers the cluster between general assemblies. It has nine members elected by the General Assembly for three years; the managing director attends without a vote. The current board was elected at the General Assembly in Chemnitz on Wednesday, 18 June 2036, for the term 2036–2039.

## Members of the Board

| Office | Name | Company / institution | Member since |
|---|---|---|---|
| Chair | Dr.-Ing. Katrin Wolfsteller | Erzgebirge Antriebstechnik GmbH, Annaberg-Buchholz | 2030 |
| Vice-Chair | Prof. Dr. Henrik Lautenschläger | Chemnitz University of Technology | 2033 |
| Vice-Chair | Mirela Dobrescu-Hahn | Sachsenring Batteriesysteme GmbH & Co. KG | 2036 |
| Treasurer | Uwe Pöhland | Sparkasse Chemnitz | 2027 |
| Member | Jana Kretzschmar | Zwickauer Karosseriewerk AG | 2036 |
| Member | Thomas Ebersbach | IHK Chemnitz | 2033 |
| Member | Dr. Olaf Wendisch | Fraunhofer Institute for Machine Tools and Forming Technology (IWU) | 2030 |
| Member | Sabine Rülke-Nguyen | Vogtland Kunststofftechnik GmbH | 2036 |
| Member | Lars Heidenreich | Heidenreich Logistik e.K. | 2033 |
| Managing Director (advisory) | Frank Lehmann-Ostrowski | Mobility Cluster Saxony e.V. | – |

Photos: © MCS / Annett Schrötter

## Who left the board in 2036

We thank **Bernd Kuhnert** (Westsächsische Gießerei GmbH), Vice-Chair from 2027 to 2036, and **Dr. Ilona Streubel** (Saxon Agency for Automotive Supply), board member 2030–2036, for their years of service. Bernd Kuhnert did not stand again after retiring from his company; Ilona Streubel moved to the Federal Ministry for Economic Affairs in Berlin.

Each board member also sponsors one of the cluster's four working groups (powertrain, lightweight design, digital production, logistics) and reports on it at every meeting. Board members serve without pay; travel costs are refunded under the cluster's expense rules.

## Tasks of the board

- approves the annual work programme and budget before they go to the General Assembly
- decides on new members and on the exclusion of members
- appoints the managing director and the heads of the working groups
- represents the cluster towards the Free State of Saxony, the Saxon State Ministry for Economic Affairs, Labour and Transport (SMWA) and the European Commission
- sets up committees and advisory groups when needed

## Committees

**Audit Committee:** Uwe Pöhland (chair), Thomas Ebersbach. The auditors elected by the General Assembly are Gerlinde Fiedler (Kanzlei Fiedler & Partner) and Rainer Tischendorf.

**Membership Committee:** Jana Kretzschmar (chair), Lars Heidenreich, Frank Lehmann-Ostrowski.

## Board meetings 2036

| Date | Place | Main topics |
|---|---|---|
| Wednesday, 24 September 2036 | Chemnitz, Smart Systems Campus | work programme 2037, battery recycling alliance |
| Wednesday, 26 November 2036 | Zwickau, Zwickauer Karosseriewerk AG | budget 2037, new members |

Minutes are available to members in the [member area](/members/login).

## Contact to the board

Board office: Katja Mehnert, Assistant to the Board, katja.mehnert@mcs.example.de, +49 371 000 4420

---

Mobility Cluster Saxony e.V. · Annaberger Straße 240 · 09125 Chemnitz · Register of Associations Chemnitz VR 0000
Funded by the Free State of Saxony on the basis of the budget adopted by the Saxon State Parliament.
[Imprint](/imprint) · [Data protection](/privacy) · [Cookie settings](#) · Share: [LinkedIn](#) [Mastodon](#)
"""
write(F, T)
gold(F,
 [P("Katrin Wolfsteller","Chair","Mobility Cluster Saxony e.V."),
  P("Henrik Lautenschläger","Vice-Chair","Mobility Cluster Saxony e.V."),
  P("Mirela Dobrescu-Hahn","Vice-Chair","Mobility Cluster Saxony e.V."),
  P("Uwe Pöhland","Treasurer","Mobility Cluster Saxony e.V."),
  P("Jana Kretzschmar","Member","Mobility Cluster Saxony e.V."),
  P("Thomas Ebersbach","Member","Mobility Cluster Saxony e.V."),
  P("Olaf Wendisch","Member","Mobility Cluster Saxony e.V."),
  P("Sabine Rülke-Nguyen","Member","Mobility Cluster Saxony e.V."),
  P("Lars Heidenreich","Member","Mobility Cluster Saxony e.V."),
  P("Frank Lehmann-Ostrowski","Managing Director","Mobility Cluster Saxony e.V."),
  P("Annett Schrötter",None,None),
  P("Bernd Kuhnert","Vice-Chair","Mobility Cluster Saxony e.V."),
  P("Ilona Streubel","board member","Mobility Cluster Saxony e.V."),
  P("Gerlinde Fiedler","auditor","Mobility Cluster Saxony e.V."),
  P("Rainer Tischendorf","auditor",None),
  P("Katja Mehnert","Assistant to the Board","Mobility Cluster Saxony e.V.")],
 [O("Mobility Cluster Saxony e.V.","MCS"), O("Erzgebirge Antriebstechnik GmbH"), O("Chemnitz University of Technology"),
  O("Sachsenring Batteriesysteme GmbH & Co. KG"), O("Sparkasse Chemnitz"), O("Zwickauer Karosseriewerk AG"),
  O("IHK Chemnitz"), O("Fraunhofer Institute for Machine Tools and Forming Technology","IWU"),
  O("Vogtland Kunststofftechnik GmbH"), O("Heidenreich Logistik e.K."), O("Westsächsische Gießerei GmbH"),
  O("Saxon Agency for Automotive Supply"), O("Federal Ministry for Economic Affairs"),
  O("Saxon State Ministry for Economic Affairs, Labour and Transport","SMWA"), O("European Commission"),
  O("Kanzlei Fiedler & Partner"), O("Saxon State Parliament"), O("Free State of Saxony")],
 [E("General Assembly","2036-06-18",None,"Chemnitz","Germany"),
  E("Board meeting","2036-09-24",None,"Chemnitz","Germany"),
  E("Board meeting","2036-11-26",None,"Zwickau","Germany")],
 ["2036-07-02","2036-06-18","2036/2039","2030","2033","2036","2027","2027/2036","2030/2036","2036-09-24","2036-11-26","2037"],
 [], "2036-07-02")
