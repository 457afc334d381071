from h import *
F = 'g03_lot_aero_cluster_team.md'
assert wd(2040,2,14)=='Tuesday' and wd(2040,3,8)=='Thursday' and wd(2040,5,25)=='Friday' and wd(2039,5,24)=='Tuesday'
T = """[Home](/) · [The cluster](/cluster) · [Members](/members) · [**Team**](/team) · [Projects](/projects) · [Agenda](/agenda) · [Join us](/join) · FR | **EN**

# Our team

*Cluster Mécanique & Aéro Vallée du Lot (CMAVL) — offices in Figeac and Cahors*

Behind the 84 member companies of the cluster there is a small permanent team of five people, a board of six elected business leaders and a lot of goodwill from our partners. This page tells you who does what and whom to call.

## The permanent team

**Claire VIGUIÉ** — Managing Director
Claire has run the cluster since September 2034. An engineer from the Institut Clément Ader in Toulouse, she spent twelve years in the aerostructures industry, the last five as plant manager at Figeac Précision SAS. She represents the cluster in regional committees and in the national network France Clusters.
claire.viguie@cmavl.example.fr

**Julien DELPECH** — Head of Innovation Projects
Julien builds collaborative R&D projects between member companies and the laboratories of the Université de Toulouse. He looks after our additive manufacturing platform in Capdenac-Gare.

**Anaïs de LA BORIE** — Skills and Training Manager *(new)*
Anaïs joined us on 3 January 2040. She was previously in charge of industry relations at the IUT de Figeac and knows most of our members' workshops from the inside. Her first task: the shared apprentice pool for machinists and composite technicians.

**Mathieu ROQUES** — communications and events officer
Newsletter, website, trade fairs and the famous Thursday breakfasts are all Mathieu.

**Inès BOUSQUET-FABRE** — office manager (part-time, Cahors office)
Memberships, invoices and room bookings.

## The board

The board (*bureau*) was elected by the General Assembly on Tuesday 24 May 2039 in Capdenac-Gare for the term 2039–2042:

| Office | Name | Company |
|---|---|---|
| President | Bernard CALMEJANE | Calmejane Usinage SAS, Bagnac-sur-Célé |
| Vice-presidents | Hélène TEULIÈRE | Lot Composites SARL, Cahors |
| | Patrick d'ALBOUY | IUT de Figeac |
| Treasurer | Sylvie MAURY | Crédit Agricole Nord Midi-Pyrénées |
| Secretary | Olivier LACAZE | Lot Ingénierie, Gramat |
| Member | Karima HADJ-SAÏD | Causses Aéro Maintenance, Gourdon |

## Moving on

After nine years with us, project manager **Thomas GINESTET** left the cluster at the end of December 2039 to join AD'OCC, the economic development agency of the Occitanie Region, in Toulouse. Thomas created the "Lean in the Valley" programme in 2031 and coached more than forty workshops through it. We will miss his patience and his maps of every workshop on the Célé. Good luck, Thomas – and come back to see us.

## Meet us

New in the cluster? The easiest way to get to know the team is to come to one of these:

- **Tuesday 14 February 2040, 8:30** — welcome breakfast for new members, cluster office, Figeac
- **Thursday 8 March 2040** — Aero Valley Jobs Day, Espace Mitterrand, Figeac (with Pôle emploi and the Lycée Champollion)
- **Friday 25 May 2040** — General Assembly 2040, Cahors, followed by a visit to Lot Composites

## Our partners

The team works closely with Région Occitanie, the Grand-Figeac community of municipalities, the Département du Lot, the CCI du Lot and the Aerospace Valley competitiveness cluster.

---

Cluster Mécanique & Aéro Vallée du Lot · 2 rue des Carmes, 46100 Figeac · +33 5 65 00 00 00 · [LinkedIn](#) · [Legal notice](#) · Page updated on 6 February 2040
"""
write(F, T)
C = "Cluster Mécanique & Aéro Vallée du Lot"
gold(F,
 [P("Claire VIGUIÉ","Managing Director",C),
  P("Julien DELPECH","Head of Innovation Projects",C),
  P("Anaïs de LA BORIE","Skills and Training Manager",C),
  P("Mathieu ROQUES","communications and events officer",C),
  P("Inès BOUSQUET-FABRE","office manager",C),
  P("Bernard CALMEJANE","President",C),
  P("Hélène TEULIÈRE","Vice-president",C),
  P("Patrick d'ALBOUY","Vice-president",C),
  P("Sylvie MAURY","Treasurer",C),
  P("Olivier LACAZE","Secretary",C),
  P("Karima HADJ-SAÏD","Member",C),
  P("Thomas GINESTET","project manager",C)],
 [O(C,"CMAVL"), O("Institut Clément Ader"), O("Figeac Précision SAS"), O("France Clusters"),
  O("Université de Toulouse"), O("IUT de Figeac"), O("Calmejane Usinage SAS"), O("Lot Composites SARL"),
  O("Crédit Agricole Nord Midi-Pyrénées"), O("Lot Ingénierie"), O("Causses Aéro Maintenance"),
  O("AD'OCC"), O("Occitanie Region"), O("Pôle emploi"), O("Lycée Champollion"),
  O("Grand-Figeac community of municipalities"), O("Département du Lot"), O("CCI du Lot"),
  O("Aerospace Valley")],
 [E("General Assembly","2039-05-24",None,"Capdenac-Gare","France"),
  E("welcome breakfast for new members","2040-02-14",None,"Figeac","France"),
  E("Aero Valley Jobs Day","2040-03-08",None,"Figeac","France"),
  E("General Assembly 2040","2040-05-25",None,"Cahors","France"),
  E("visit to Lot Composites","2040-05-25",None,"Cahors","France")],
 ["2034-09","2040-01-03","2039-05-24","2039/2042","2039-12","2031","2040-02-14","2040-03-08","2040-05-25","2040-02-06"],
 [], pub=None)
