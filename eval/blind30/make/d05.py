from g import *
N = "REBATT-consortium.md"
doc(N, """REBATT | Home | About | **Consortium** | Results | News | Contact

# Consortium

REBATT – *Regional Ecosystems for Battery Reuse and Recycling* – is a Horizon Europe innovation action running from 1 January 2034 to 31 December 2037. Eleven partners from seven countries work together under the coordination of the Piedmont cluster Mobilità Elettrica Torino.

| # | Organisation | Country | Role in the project | Contact person |
|---|---|---|---|---|
| 1 | Mobilità Elettrica Torino (MET) | Italy | Coordinator; WP1 Management | Chiara Bonaventura |
| 2 | Politecnico di Torino | Italy | WP3 lead – second-life testing | Prof. Davide Ferrero |
| 3 | Voltaris SpA | Italy | Industrial pilot (e-bus packs) | Luca Pavan |
| 4 | Akkutech Sachsen GmbH | Germany | WP4 lead – recycling pilot | Dr. Susanne Albrecht |
| 5 | Fraunhofer Institute for Ceramic Technologies and Systems (IKTS) | Germany | Materials analysis | Dr. Jonas Reimann |
| 6 | Kiertovoima Oy | Finland | Black-mass refining | Aino Lehtonen |
| 7 | BatCircle Sp. z o.o. | Poland | Collection logistics | Krzysztof Wróblewski |
| 8 | Clúster de Movilidad de Aragón (CMA) | Spain | WP6 lead – dissemination and cluster uptake | Elena Lasheras |
| 9 | Univerzita Pardubice | Czechia | Life-cycle assessment | doc. Ing. Petr Dvořák |
| 10 | Re:Cell B.V. | Netherlands | Digital battery passport | Maarten de Graaf |
| 11 | ENERLINK | Slovenia | Exploitation and business models | Tina Kranjc |

**Associated partner:** European Battery Alliance (EBA250) secretariat at EIT InnoEnergy.

The kick-off meeting took place in Turin on 22–23 January 2034; the next General Assembly is planned for June 2034 in Dresden.

*This project has received funding from the European Union's Horizon Europe research and innovation programme under grant agreement No 101234567.*
""")
gold(N, None,
 [P("Chiara Bonaventura",None,"Mobilità Elettrica Torino"), P("Davide Ferrero",None,"Politecnico di Torino"),
  P("Luca Pavan",None,"Voltaris SpA"), P("Susanne Albrecht",None,"Akkutech Sachsen GmbH"),
  P("Jonas Reimann",None,"Fraunhofer Institute for Ceramic Technologies and Systems"),
  P("Aino Lehtonen",None,"Kiertovoima Oy"), P("Krzysztof Wróblewski",None,"BatCircle Sp. z o.o."),
  P("Elena Lasheras",None,"Clúster de Movilidad de Aragón"),
  P("Petr Dvořák",None,"Univerzita Pardubice"), P("Maarten de Graaf",None,"Re:Cell B.V."), P("Tina Kranjc",None,"ENERLINK")],
 [O("Mobilità Elettrica Torino","MET"), O("Politecnico di Torino"), O("Voltaris SpA"), O("Akkutech Sachsen GmbH"),
  O("Fraunhofer Institute for Ceramic Technologies and Systems","IKTS"), O("Kiertovoima Oy"), O("BatCircle Sp. z o.o."),
  O("Clúster de Movilidad de Aragón","CMA"), O("Univerzita Pardubice"), O("Re:Cell B.V."), O("ENERLINK"),
  O("European Battery Alliance","EBA250"), O("EIT InnoEnergy"), O("European Union")],
 [E("kick-off meeting","2034-01-22","2034-01-23","Turin","Italy"), E("General Assembly","2034-06","2034-06","Dresden","Germany")],
 ["2034-01-01/2037-12-31","2034-01-22/2034-01-23","2034-06"], [])
