from g import *
N='news-hannover-messe-2036-stand-side-events.md'
W(N, '''News · Trade fairs · 2 April 2036

# Hall 16, Stand C21: AutoSax at HANNOVER MESSE 2036

**Chemnitz.** From 21 to 25 April 2036 the Saxon automation cluster AutoSax – Automatisierungsnetzwerk Sachsen e.V. will again be at HANNOVER MESSE with a joint stand of 14 members. The stand (Hall 16, C21, 180 m²) is co-financed by the Free State of Saxony through the Sächsische Aufbaubank (SAB) and the trade-fair programme of Wirtschaftsförderung Sachsen GmbH (WFS).

## Who is on the stand

Robotics, machine vision and drive technology from Saxony, among others:

- **Kettwerk Robotics GmbH** (Zwickau) – mobile manipulators for machine tending
- **Optisax GmbH** (Dresden) – 3D inspection cells
- **Elbmotion Antriebstechnik GmbH & Co. KG** (Riesa) – servo drives
- **Fraunhofer IWU** (Chemnitz) – the "digital twin press line" demonstrator
- **TU Chemnitz**, Professorship of Assembly Technology

## Side events

**Monday 21 April, 15:00 – Saxony Evening on the stand.** Welcome by cluster chair Dr. Konstanze Weidlich (managing director, Optisax GmbH) and a short address by Saxony's State Secretary for Economic Affairs, Jörg Brandt-Pätzold.

**Tuesday 22 April, 10:30 – Panel "Robots for the Mittelstand" (Forum Industrie 4.0, Hall 8).** With Lukas Hänel (CEO, Kettwerk Robotics GmbH), Tereza Procházková (CzechInvest, Dresden office) and Matthias Oelze, head of the AutoSax office. Moderation: Sophie Tran, editor at the trade magazine Automation Praxis.

**Wednesday 23 April, 13:00–16:00 – EEN international matchmaking.** AutoSax members can book meetings with the Enterprise Europe Network's "Industry Days" matchmaking; bookings close on 15 April 2036.

**Thursday 24 April, 09:30 – Cluster breakfast with the Upper Silesian automation cluster SilesiaBots**, in preparation of a joint Interreg project. Invitation only.

## Looking back

At HANNOVER MESSE 2035 the AutoSax stand counted about 3,200 visitors and 146 documented leads; two members signed distribution agreements with Polish partners there.

Free day tickets for customers can be requested until 10 April from Paula Zimmermann, project manager trade fairs (messe@autosax.example).

*Tags: Hannover Messe, robotics, Saxony* · Share: LinkedIn · X · E-mail
''')
G(N, "2036-04-02",
 people=[("Konstanze Weidlich","cluster chair","AutoSax"),
  ("Jörg Brandt-Pätzold","State Secretary for Economic Affairs",None),
  ("Lukas Hänel","CEO","Kettwerk Robotics GmbH"),
  ("Tereza Procházková",None,"CzechInvest"),
  ("Matthias Oelze","head of the AutoSax office","AutoSax"),
  ("Sophie Tran","editor","Automation Praxis"),
  ("Paula Zimmermann","project manager trade fairs","AutoSax")],
 orgs=[("AutoSax – Automatisierungsnetzwerk Sachsen e.V.","AutoSax"),("Free State of Saxony",None),("Sächsische Aufbaubank","SAB"),
  ("Wirtschaftsförderung Sachsen GmbH","WFS"),("Kettwerk Robotics GmbH",None),("Optisax GmbH",None),
  ("Elbmotion Antriebstechnik GmbH & Co. KG",None),("Fraunhofer IWU",None),("TU Chemnitz",None),
  ("Professorship of Assembly Technology",None),("CzechInvest",None),("Automation Praxis",None),
  ("Enterprise Europe Network","EEN"),("SilesiaBots",None)],
 events=[("HANNOVER MESSE 2036","2036-04-21","2036-04-25","Hannover","Germany"),
  ("Saxony Evening","2036-04-21","2036-04-21","Hannover","Germany"),
  ("Robots for the Mittelstand","2036-04-22","2036-04-22","Hannover","Germany"),
  ("EEN international matchmaking","2036-04-23","2036-04-23","Hannover","Germany"),
  ("Cluster breakfast with the Upper Silesian automation cluster SilesiaBots","2036-04-24","2036-04-24","Hannover","Germany"),
  ("HANNOVER MESSE 2035","2035","2035","Hannover","Germany")],
 dates=["2036-04-02","2036-04-21/2036-04-25","2036-04-21","2036-04-22","2036-04-23","2036-04-15","2036-04-24","2036-04-10"])
