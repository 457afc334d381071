from common import *
T = """# Thank you, Birgitta – a tribute to our founder

*Fiber Valley Värmland · News · 12 December 2031 · by Oskar Lindgren*

When Birgitta Hellström-Åkesson called a handful of paper-mill engineers, two packaging designers and a professor
from Karlstad University to a meeting in a Grums canteen in the autumn of 2008, nobody there used the word
"cluster". Twenty-three years later, Fiber Valley Värmland has 112 members, a staff of nine and a place in most
European projects on fibre-based packaging. On 31 December 2031 Birgitta retires as our managing director.

## Twenty-three years in five moments

- **2008** – the first meeting in Grums; the association Fiber Valley Värmland ek. för. is registered in March 2009.
- **2012** – the cluster opens the Kartonghallen test hall in Karlstad together with Karlstad University and
  Region Värmland.
- **2017** – the cluster is one of the first in the Nordics to receive the Gold Label of the European Cluster
  Excellence Initiative.
- **2023** – Birgitta chairs the working group that writes the Swedish national strategy for fibre-based materials
  for the Swedish Agency for Economic and Regional Growth (Tillväxtverket).
- **2030** – the Fiber Valley Forum reaches 800 participants.

## What people say

"Birgitta taught a very traditional industry to share its problems. That was the real innovation," says
Anders Fröding, chairman of the board of Fiber Valley Värmland and CEO of Klarälvens Kartong AB.

"She answered every e-mail from a start-up as if it came from a paper giant," says Lovisa Eng, founder of the
packaging start-up Formfiber AB.

Jyrki Mäkinen, executive director of the Finnish fibre cluster Kuitulaakso ry, worked with her on four
European projects: "In every consortium meeting there was one person who had read all the documents. It was
Birgitta."

## Farewell and what comes next

Members, partners and friends said goodbye to Birgitta at a dinner at Löfbergs Arena in Karlstad on
9 December 2031, the evening after the Fiber Valley Forum of 7–8 December 2031. The board has appointed **Malin Sandqvist**, until now head of
innovation projects, as the new managing director from 1 January 2032. Birgitta will stay on as a senior
advisor to the board for one year and, as she puts it, "will finally have time to pick lingonberries in
September".

The next Fiber Valley Forum will be held in Karlstad on 7–8 December 2032.

*Photo: Birgitta Hellström-Åkesson at the Kartonghallen, 2019. Photo: Per-Erik Dahl.*
"""
C="Fiber Valley Värmland"
write("fiber-valley-tribute-birgitta-hellstrom-akesson.md", T,
 [P("Oskar Lindgren",None,None),
  P("Birgitta Hellström-Åkesson","managing director",C),
  P("Anders Fröding","chairman of the board",C),
  P("Lovisa Eng","founder","Formfiber AB"),
  P("Jyrki Mäkinen","executive director","Kuitulaakso ry"),
  P("Malin Sandqvist","managing director",C),
  P("Per-Erik Dahl",None,None)],
 [O("Fiber Valley Värmland ek. för."),O("Karlstad University"),O("Region Värmland"),
  O("Swedish Agency for Economic and Regional Growth"),O("Klarälvens Kartong AB"),O("Formfiber AB"),O("Kuitulaakso ry")],
 [E("farewell dinner","2031-12-09","2031-12-09","Karlstad","Sweden"),
  E("Fiber Valley Forum","2031-12-07","2031-12-08",None,None),
  E("Fiber Valley Forum","2032-12-07","2032-12-08","Karlstad","Sweden"),
  E("first meeting in Grums","2008","2008","Grums","Sweden")],
 ["2031-12-12","2008","2031-12-31","2009-03","2012","2017","2023","2030","2031-12-09","2031-12-07/2031-12-08","2032-01-01","2032-12-07/2032-12-08","2019"],
 pub="2031-12-12")
