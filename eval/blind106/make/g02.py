from h import *
F = 'g02_joint_position_paper_hydrogen_valleys.txt'
assert wd(2039,2,14)=='Monday' and wd(2039,3,23)=='Wednesday'
KC = ["Keep a dedicated cluster strand in the next Single Market Programme, with at least the budget of the current period",
 "Open the Clean Hydrogen Partnership calls to consortia led by cluster organisations",
 "Publish a single list of hydrogen purity and safety standards before the end of 2039",
 "Count cluster-led training academies as eligible costs under the European Social Fund+"]
KM_ = ["Name regional cluster organisations as intermediaries in national hydrogen strategies",
 "Simplify permits for electrolysers below 20 MW to a single procedure of no more than six months",
 "Co-finance shared testing infrastructure for SMEs in each hydrogen valley",
 "Involve clusters in the monitoring committees of the regional programmes 2035–2041"]
T = f"""JOINT POSITION PAPER
Hydrogen valleys need their clusters: demands for the next programming period

Brussels / Rotterdam / Esbjerg / Ostrava, 14 February 2039

Signed by:
HyNorth Cluster (Groningen, NL)
Energy Cluster Denmark (Odense, DK)
Moravian-Silesian Hydrogen Cluster, z.s. (Ostrava, CZ)
Cluster Hidrógeno Aragón (Zaragoza, ES)
Wasserstoff-Netzwerk Lausitz e.V. (Cottbus, DE)
Pomorski Klaster Wodorowy (Gdańsk, PL)

Supported by the European Clusters Alliance (ECA)

-------------------------------------------------------------------

1. Who we are

We are six cluster organisations that together represent 1,140 member companies, 62 research organisations and 34
public bodies working on the production, transport and use of renewable hydrogen. Our regions host four of the hydrogen
valleys recognised by the European Commission since 2035. We meet twice a year in the Hydrogen Valleys Cluster Forum,
whose last meeting took place in Ostrava on 8-9 December 2038 and where this paper was drafted.

2. Why we write

Between 2035 and 2038 our clusters helped 310 SMEs enter hydrogen supply chains, ran 44 training courses for
technicians and brokered 27 joint R&D projects. Yet we see the same problems in every region: permit procedures that
take up to three years, standards that differ between neighbouring member states, and public programmes that talk to
large energy companies but rarely to the small suppliers who build compressors, valves and sensors.

The Commission's evaluation of the Clean Industry Deal, published in November 2038, confirms that SMEs received less
than 9% of hydrogen-related funding. We believe clusters are the fastest way to change this.

3. Our demands to the European Commission

{bl(KC, '   a) ')}

4. Our demands to the member states

{bl(KM_, '   b) ')}

5. Next steps

We will present this paper to Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW)
and to the Directorate-General for Energy (DG ENER) at a meeting requested for March 2039, and we invite members of
the European Parliament to the launch event "Hydrogen Valleys: the SME view" on Wednesday 23 March 2039 in the
European Committee of the Regions, Brussels.

Quotes

"Our members are ready to build the equipment; what they lack is a predictable market," said Marieke Hoogendoorn,
Managing Director of HyNorth Cluster.

"A technician trained in Ostrava should be able to work in Zaragoza tomorrow," added Pavel Dvořáček, chair of the
Moravian-Silesian Hydrogen Cluster.

Signatories

Marieke Hoogendoorn, Managing Director, HyNorth Cluster
Jens Kjærgaard Holm, CEO, Energy Cluster Denmark
Pavel Dvořáček, Chair of the Board, Moravian-Silesian Hydrogen Cluster, z.s.
Lucía Sanz Lacasa, Manager, Cluster Hidrógeno Aragón
Dr. Katrin Wendt-Pohl, Geschäftsführerin, Wasserstoff-Netzwerk Lausitz e.V.
Tomasz Wierzbicki, President, Pomorski Klaster Wodorowy

Contact for this paper: Ilse van der Meulen, policy officer, HyNorth Cluster, policy@hynorth.example.nl

This paper is published under CC BY 4.0. Version 1.0 of 14 February 2039; comments before 31 March 2039 are welcome.
"""
write(F, T)
gold(F,
 [P("Marieke Hoogendoorn","Managing Director","HyNorth Cluster"),
  P("Pavel Dvořáček","Chair of the Board","Moravian-Silesian Hydrogen Cluster, z.s."),
  P("Jens Kjærgaard Holm","CEO","Energy Cluster Denmark"),
  P("Lucía Sanz Lacasa","Manager","Cluster Hidrógeno Aragón"),
  P("Katrin Wendt-Pohl","Geschäftsführerin","Wasserstoff-Netzwerk Lausitz e.V."),
  P("Tomasz Wierzbicki","President","Pomorski Klaster Wodorowy"),
  P("Ilse van der Meulen","policy officer","HyNorth Cluster")],
 [O("HyNorth Cluster"), O("Energy Cluster Denmark"), O("Moravian-Silesian Hydrogen Cluster, z.s."),
  O("Cluster Hidrógeno Aragón"), O("Wasserstoff-Netzwerk Lausitz e.V."), O("Pomorski Klaster Wodorowy"),
  O("European Clusters Alliance","ECA"), O("European Commission"),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"),
  O("Directorate-General for Energy","DG ENER"), O("European Parliament"), O("European Committee of the Regions")],
 [E("Hydrogen Valleys Cluster Forum","2038-12-08","2038-12-09","Ostrava","Czechia"),
  E("Hydrogen Valleys: the SME view","2039-03-23",None,"Brussels","Belgium")],
 ["2039-02-14","2035","2038-12-08/2038-12-09","2035/2038","2038-11","2039","2035/2041","2039-03","2039-03-23","2039-03-31"],
 KC+KM_, "2039-02-14")
