from h import *
F = 'g15_pyrenees_hydrogen_valley_forum_outcomes.txt'
assert wd(2037,11,4)=='Wednesday' and wd(2037,11,5)=='Thursday' and wd(2038,11,10)=='Wednesday'
T = """PYRENEES HYDROGEN VALLEY FORUM 2037 – OUTCOME REPORT

Tarbes, 4–5 November 2037
Organised by the HYVALLEY-PYR consortium (Horizon Europe, Regional Innovation Valleys) with the Pau-Tarbes Aerospace & Energy Cluster
Report prepared by: Bérénice Lasserre-Pujol, rapporteur, and the cluster's communication team
Released: 19 November 2037

INTRODUCTION
The third Pyrenees Hydrogen Valley Forum took place on Wednesday 4 and Thursday 5 November 2037 at the Parc des Expositions in Tarbes. It brought together 340 participants from companies, universities, cluster organisations and public authorities on both sides of the Pyrenees, and for the first time a strong delegation from the other Regional Innovation Valleys funded under Horizon Europe. The forum is the main annual meeting of the HYVALLEY-PYR project, which links the hydrogen ecosystems of the Hautes-Pyrénées, the Pyrénées-Atlantiques, Navarre and Aragon.

OPENING
The forum was opened by the Mayor of Tarbes, Jean-Luc Cazaux, and by Carole Barrère-Fabre, President of the Pau-Tarbes Aerospace & Energy Cluster. Dr Ignacio Ayerbe, Director of the Fundación para el Desarrollo de las Nuevas Tecnologías del Hidrógeno en Aragón (FHa), presented the project's progress as coordinator of HYVALLEY-PYR. Speaking online, Katarzyna Wróbel, policy officer at the European Commission's Directorate-General for Research and Innovation, underlined that Regional Innovation Valleys should connect less innovative regions with leading ones.

SESSIONS
Day 1 was dedicated to hydrogen for heavy transport and industry. Speakers included Pierre Etchegaray, head of energy projects at the Communauté d'agglomération Pau Béarn Pyrénées, who presented the hydrogen bus line of Pau, and Ainhoa Zabalza Irigoyen (Navarra Industrial Cluster, Spain), who spoke on "Electrolysers made in the Pyrenees: a supply chain still to build". In the afternoon 52 pitches by start-ups were followed by B2B meetings organised with the Enterprise Europe Network Occitanie; 128 meetings were held.
Day 2 opened with a session on skills. Prof. Sylvie Dupouy, vice-president for partnerships at the Université de Pau et des Pays de l'Adour (UPPA), presented the joint master's degree with the Universidad de Zaragoza. At 14:00 participants took part in a site visit to the hydrogen production plant at the Lannemezan industrial zone.

KEY FINDINGS
The rapporteur summarised the discussions as follows:
1. The valley has enough projects but too few engineers; skills are now the main bottleneck
2. Small suppliers from the aerospace sector can move into hydrogen components, but they need testing facilities close by
3. Cross-border permits for hydrogen pipelines and refuelling stations take twice as long as national ones
4. Demand from public fleets (buses, waste trucks) is the most reliable driver of the market in rural areas

NEXT STEPS
The consortium will publish a cross-border skills plan in spring 2038 and open a call for SME testing vouchers in January 2038. The fourth forum will be held in Pamplona on Wednesday 10 November 2038.

PREVIOUS EDITIONS
- Pyrenees Hydrogen Valley Forum 2035 – Pau, 21 November 2035
- Pyrenees Hydrogen Valley Forum 2036 – Huesca, 12 November 2036
- Pyrenees Hydrogen Valley Forum 2037 – Tarbes, 4–5 November 2037

ACKNOWLEDGEMENTS
The organisers thank the Occitanie Region, the Nouvelle-Aquitaine Region, the Government of Navarre and the Government of Aragon for their support, as well as the Tarbes Chamber of Commerce and Industry for logistics. Presentations and photos of both days can be downloaded from the project website, and a short video of the forum will follow in December.

Contact: forum@pta-cluster.example.fr

This project has received funding from the European Union's Horizon Europe research and innovation programme.
"""
write(F, T)
C="Pau-Tarbes Aerospace & Energy Cluster"
gold(F,
 [P("Bérénice Lasserre-Pujol","rapporteur",None),
  P("Jean-Luc Cazaux","Mayor of Tarbes",None),
  P("Carole Barrère-Fabre","President",C),
  P("Ignacio Ayerbe","Director","Fundación para el Desarrollo de las Nuevas Tecnologías del Hidrógeno en Aragón"),
  P("Katarzyna Wróbel","policy officer","Directorate-General for Research and Innovation"),
  P("Pierre Etchegaray","head of energy projects","Communauté d'agglomération Pau Béarn Pyrénées"),
  P("Ainhoa Zabalza Irigoyen",None,"Navarra Industrial Cluster"),
  P("Sylvie Dupouy","vice-president for partnerships","Université de Pau et des Pays de l'Adour")],
 [O(C), O("Fundación para el Desarrollo de las Nuevas Tecnologías del Hidrógeno en Aragón","FHa"),
  O("European Commission"), O("Directorate-General for Research and Innovation"),
  O("Communauté d'agglomération Pau Béarn Pyrénées"), O("Navarra Industrial Cluster"),
  O("Enterprise Europe Network Occitanie"), O("Université de Pau et des Pays de l'Adour","UPPA"),
  O("Universidad de Zaragoza"), O("Occitanie Region"), O("Nouvelle-Aquitaine Region"), O("Government of Navarre"),
  O("Government of Aragon"), O("Tarbes Chamber of Commerce and Industry"), O("European Union")],
 [E("Pyrenees Hydrogen Valley Forum 2037","2037-11-04","2037-11-05","Tarbes","France"),
  E("Electrolysers made in the Pyrenees: a supply chain still to build","2037-11-04",None,"Tarbes","France"),
  E("B2B meetings","2037-11-04",None,"Tarbes","France"),
  E("site visit to the hydrogen production plant at the Lannemezan industrial zone","2037-11-05",None,"Lannemezan","France"),
  E("fourth forum","2038-11-10",None,"Pamplona","Spain"),
  E("Pyrenees Hydrogen Valley Forum 2035","2035-11-21",None,"Pau","France"),
  E("Pyrenees Hydrogen Valley Forum 2036","2036-11-12",None,"Huesca","Spain")],
 ["2037-11-04/2037-11-05","2037-11-19","2038","2038-01","2038-11-10","2035-11-21","2036-11-12","2037-12"],
 ["The valley has enough projects but too few engineers; skills are now the main bottleneck",
  "Small suppliers from the aerospace sector can move into hydrogen components, but they need testing facilities close by",
  "Cross-border permits for hydrogen pipelines and refuelling stations take twice as long as national ones",
  "Demand from public fleets (buses, waste trucks) is the most reliable driver of the market in rural areas"],
 pub="2037-11-19")
