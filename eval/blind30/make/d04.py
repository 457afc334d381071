from g import *
N = "news-honorary-president-new-managing-director-bremen.md"
doc(N, """# Aviaport Bremen: Hinrich Oltmanns becomes honorary president, Dr Katja Wendelken takes over as managing director

*News · 02.07.2032 · 3 min read*

[Home](/) › [News](/news) › People

At its general assembly on 1 July 2032 in the Bremen Airport Business Centre, the aerospace cluster **Aviaport Bremen e.V.** named its long-serving president **Hinrich Oltmanns** honorary president. Oltmanns, who founded the association in 2009 together with a dozen suppliers, led it for 23 years. Before that he was head of the cabin-systems plant of Nordwerft Aerostructures GmbH in Varel (1994–2008) and, earlier, a structural engineer at the German Aerospace Center (DLR) in Braunschweig.

The members elected **Jörn Brunkhorst**, managing director of Weserflug Composites GmbH, as new president.

From 1 September 2032 the office will be run by **Dr Katja Wendelken** as managing director. She comes from the Hanse Innovation Agency, where she was head of the space and satellite-data unit since 2027. Previously she coordinated the ESA Business Incubation Centre at the University of Bremen (2021–2026). She succeeds **Frank Dierks**, who retires at the end of August after eleven years in the role.

> "Bremen has a unique mix of aircraft, space and maritime know-how. I want our SMEs to be in the European supply chains of the next decade," said Wendelken.

Dierks will stay available to the cluster as an adviser for the Aerospace Supplier Day on 22 October 2032 in Bremen.

*Photo: Aviaport Bremen / Merle Harms*

Share: [LinkedIn](#) [X](#) [E-mail](#)
""")
gold(N, "2032-07-02",
 [P("Hinrich Oltmanns","honorary president","Aviaport Bremen e.V."), P("Katja Wendelken","managing director","Aviaport Bremen e.V."),
  P("Jörn Brunkhorst","president","Aviaport Bremen e.V."), P("Frank Dierks","adviser","Aviaport Bremen e.V."),
  P("Merle Harms",None,"Aviaport Bremen")],
 [O("Aviaport Bremen e.V."), O("Nordwerft Aerostructures GmbH"), O("German Aerospace Center","DLR"),
  O("Weserflug Composites GmbH"), O("Hanse Innovation Agency"), O("ESA Business Incubation Centre"), O("University of Bremen")],
 [E("general assembly","2032-07-01","2032-07-01","Bremen","Germany"),
  E("Aerospace Supplier Day","2032-10-22","2032-10-22","Bremen","Germany")],
 ["2032-07-02","2032-07-01","2009","1994/2008","2032-09-01","2027","2021/2026","2032-08","2032-10-22"], [])
