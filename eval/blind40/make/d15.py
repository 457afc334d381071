from common import *
fn = "working-groups_AIGUACAT-water-cluster.md"
t = """[AIGUACAT](/) · [Who we are](/about) · **Working groups** · [Projects](/projects) · [Agenda](/agenda) · [Join](/join) · CA | ES | EN

# Working groups

Our working groups are where members share knowledge, prepare projects and build joint positions. Each group is led by
a **chair** from a member company and a **co-chair**, usually from a research centre or a utility, and is supported by
a project officer of the cluster team. Groups meet four to six times a year, alternately at a member's premises and
online. Participation is open to all members of the Catalan Water Technology Cluster (AIGUACAT) free of charge.

*Last updated: 05/05/2035 – chairs and co-chairs elected by the Assembly of 24 April 2035 for 2035–2037.*

---

## WG1 – Water reuse and circular water

Chair: **Jordi Vilaseca i Pons**, Technical Director, Regenera Aigües S.L. (Terrassa)
Co-chair: **Dra. Laia Ferrer-Oms**, researcher, Catalan Institute for Water Research (ICRA), Girona
Cluster contact: Pau Bosch, project officer

Focus for 2035: regulatory sandbox for reclaimed water in agriculture, joint position paper on the revision of the EU
water reuse rules. Next meeting: 12 June 2035, Girona.

## WG2 – Digital water and smart networks

Chair: **Montserrat Casals Riera**, CEO, Hidrodata Analytics S.L.
Co-chair: **Prof. Xavier Puig-Cabré**, Universitat Politècnica de Catalunya (UPC), Department of Civil and
Environmental Engineering
Cluster contact: Anna Soler, project officer

Focus for 2035: open data standards for leak detection, pilot with three municipal utilities in the Vallès. The group
organises the **Digital Water Hackathon** on 9–10 October 2035 in Barcelona together with the Barcelona Supercomputing
Center.

## WG3 – Industrial water and zero liquid discharge

Chair: **Enric Oliveras**, plant engineering manager, Química del Llobregat S.A.
Co-chair: **Dr. Sofía Martínez de la Vega**, head of the water unit, Eurecat Technology Centre
Cluster contact: Pau Bosch, project officer

Focus: treatment of brines from the chemical and food industries; company visits to the Tarragona chemical park
(autumn 2035).

## WG4 – Water and energy (new in 2035)

Chair: **Marc Abelló-Duran**, Head of Innovation, Aigües del Montseny S.A.
Co-chair: **Judith Roca**, energy manager, Consorci d'Aigües de la Costa Brava Nord
Cluster contact: Guillem Pérez, innovation manager

Focus: energy self-sufficiency of wastewater plants, biogas and green hydrogen from sludge. Kick-off meeting held on
20 May 2035 in Sabadell.

## WG5 – Talent and skills

Chair: **Núria Puigdomènech i Serra**, Director, AIGUACAT (interim, until a member chair is found)
Co-chair: **Oriol Vidal-Mas**, head of training, Fundació Formació Aigua
Cluster contact: Marta Giménez, communication and training officer

Focus: dual vocational training for water treatment operators; careers day for secondary schools on 18 November 2035.

---

### Former chairs

We thank the chairs of the period 2032–2035: **Ricard Bonet-Sala** (WG1, Regenera Aigües), **Elena Castellví** (WG2,
Hidrodata Analytics, now co-chair of the European water-smart working group of Water Europe) and **Ramon Fontdevila**
(WG3, retired).

### How to join a working group

Log in to the members' area and tick the groups you want to join, or write to grups@aiguacat.example. Working group
documents are shared in the members' area only.

*AIGUACAT – Clúster Català de Tecnologies de l'Aigua · Carrer de la Tecnologia 99, 08222 Terrassa · © 2035*
*With the support of ACCIÓ – Generalitat de Catalunya*
"""
write_doc(fn, t)
write_gold(fn, None, [
 P("Jordi Vilaseca i Pons", "Technical Director", "Regenera Aigües S.L."),
 P("Laia Ferrer-Oms", "researcher", "Catalan Institute for Water Research"),
 P("Pau Bosch", "project officer", None),
 P("Montserrat Casals Riera", "CEO", "Hidrodata Analytics S.L."),
 P("Xavier Puig-Cabré", None, "Universitat Politècnica de Catalunya"),
 P("Anna Soler", "project officer", None),
 P("Enric Oliveras", "plant engineering manager", "Química del Llobregat S.A."),
 P("Sofía Martínez de la Vega", "head of the water unit", "Eurecat Technology Centre"),
 P("Marc Abelló-Duran", "Head of Innovation", "Aigües del Montseny S.A."),
 P("Judith Roca", "energy manager", "Consorci d'Aigües de la Costa Brava Nord"),
 P("Guillem Pérez", "innovation manager", None),
 P("Núria Puigdomènech i Serra", "Director", "AIGUACAT"),
 P("Oriol Vidal-Mas", "head of training", "Fundació Formació Aigua"),
 P("Marta Giménez", "communication and training officer", None),
 P("Ricard Bonet-Sala", None, "Regenera Aigües"),
 P("Elena Castellví", "co-chair", "Water Europe"),
 P("Ramon Fontdevila", None, None),
],[
 O("Catalan Water Technology Cluster", "AIGUACAT"), O("Regenera Aigües S.L."),
 O("Catalan Institute for Water Research", "ICRA"), O("Hidrodata Analytics S.L."),
 O("Universitat Politècnica de Catalunya", "UPC"), O("Department of Civil and Environmental Engineering"),
 O("Barcelona Supercomputing Center"), O("Química del Llobregat S.A."), O("Eurecat Technology Centre"),
 O("Aigües del Montseny S.A."), O("Consorci d'Aigües de la Costa Brava Nord"), O("Fundació Formació Aigua"),
 O("Water Europe"), O("ACCIÓ"), O("Generalitat de Catalunya"),
],[
 E("Assembly", "2035-04-24", "2035-04-24", None, None),
 E("WG1 meeting", "2035-06-12", "2035-06-12", "Girona", "Spain"),
 E("Digital Water Hackathon", "2035-10-09", "2035-10-10", "Barcelona", "Spain"),
 E("company visits to the Tarragona chemical park", "2035", "2035", "Tarragona", "Spain"),
 E("WG4 kick-off meeting", "2035-05-20", "2035-05-20", "Sabadell", "Spain"),
 E("careers day", "2035-11-18", "2035-11-18", None, None),
],["2035-05-05","2035-04-24","2035/2037","2035","2035-06-12","2035-10-09/2035-10-10","2035-05-20","2035-11-18","2032/2035"])
