from h import *
F = 'g15_skillsforge_wiltz_conference_outcomes.txt'
assert wd(2042,3,4)=='Tuesday' and wd(2042,3,5)=='Wednesday' and wd(2042,10,16)=='Thursday'
T = """SKILLS-FORGE Final Conference – Outcome Report
"Upskilling for the twin transition in Europe's small industrial towns"
Wiltz and Ettelbruck, Luxembourg, 4–5 March 2042

Prepared by: Dr Claire Weber, Luxinnovation, and Bruno MARQUES, House of Training
Date of this report: 25 March 2042

1. Background

SKILLS-FORGE was an Erasmus+ Alliance for Innovation (2038–2042) that brought together vocational schools, universities, cluster organisations and companies from Luxembourg, Belgium, Germany, Portugal and Lithuania to design short training modules on automation, energy efficiency and data skills for workers in small manufacturing firms. The project worked closely with EIT Manufacturing, whose regional hub in Luxembourg co-organised the final conference.

Partners:
- Luxinnovation (Luxembourg) – coordinator
- House of Training (Luxembourg)
- Lycée Technique d'Ettelbruck (Luxembourg)
- Université du Luxembourg (Luxembourg)
- Luxembourg Materials & Manufacturing Cluster (Luxembourg)
- Agoria Wallonie (Belgium)
- IHK Trier (Germany)
- Centro de Formação Profissional da Indústria Metalúrgica e Metalomecânica, CENFIM (Portugal)
- Kaunas University of Technology (Lithuania)

2. The conference

The conference gathered 184 participants over two days. The first day took place at the Prabbeli cultural centre in Wiltz. It was opened by Lex Reiland, Minister of the Economy, and by Fränk Kieffer, mayor of Wiltz, who recalled that the town lost two thirds of its industrial jobs in the 1990s and rebuilt itself around training and the creative industries.

In the keynote "Skills are the new infrastructure", Prof. Jurgita Šimkienė of Kaunas University of Technology argued that small firms do not lack interest in training but lack time. The afternoon brought four workshops and a session with employers. At 19:00 the partners and guests met for the conference dinner at the Château de Wiltz.

On the second day the group travelled to Ettelbruck, where students of the Lycée Technique d'Ettelbruck demonstrated the robot cell they built during the project. In the afternoon participants could choose between a company visit to Ceratizit in Mamer and a visit to the Goodyear innovation centre in Colmar-Berg.

3. Results of the project in figures
- 27 training modules developed in five languages
- 1,140 workers from 312 companies trained
- 46 trainers certified under the project's common framework
- four modules taken over by national training systems (Luxembourg, Portugal, Lithuania)

4. Conclusions

The partners and participants agreed on the following conclusions:
1. Short modules of four to eight hours, delivered at or near the workplace, reach far more workers than classic courses
2. Clusters are essential to reach small firms that never apply to EU programmes themselves
3. Trainers from industry need pedagogical support and recognition
4. Certificates must be recognised across borders, otherwise cross-border workers do not take them
5. Results must be taken over by national systems before a project ends, not after

5. Recommendations to the European Commission
- Keep a simple funding line for small cross-border training alliances in the next Erasmus+ programme
- Link Erasmus+ alliances more closely with Euroclusters and the EIT's Regional Innovation Scheme

6. What happens next

Luxinnovation and the Luxembourg Materials & Manufacturing Cluster will keep the module library online until at least 2045. The partners will present the results at the EIT Manufacturing Skills Summit in Milan on 16 October 2042. Marie-Louise Schmit, head of the cluster, will speak on behalf of the alliance.

Acknowledgements: we thank Jean-Claude Hoffmann and the team at the Prabbeli, and Ingrida Vaitkutė (KTU) for the photographs.

Co-funded by the European Union. Views and opinions expressed are however those of the authors only.
"""
write(F, T)
LMM="Luxembourg Materials & Manufacturing Cluster"
gold(F,
 [P("Claire Weber",None,"Luxinnovation"),
  P("Bruno MARQUES",None,"House of Training"),
  P("Lex Reiland","Minister of the Economy",None),
  P("Fränk Kieffer","mayor of Wiltz",None),
  P("Jurgita Šimkienė",None,"Kaunas University of Technology"),
  P("Marie-Louise Schmit","head of the cluster",LMM),
  P("Jean-Claude Hoffmann",None,None),
  P("Ingrida Vaitkutė",None,"KTU")],
 [O("Luxinnovation"), O("House of Training"), O("EIT Manufacturing"), O("Lycée Technique d'Ettelbruck"),
  O("Université du Luxembourg"), O(LMM), O("Agoria Wallonie"), O("IHK Trier"),
  O("Centro de Formação Profissional da Indústria Metalúrgica e Metalomecânica","CENFIM"),
  O("Kaunas University of Technology","KTU"), O("Ceratizit"), O("Goodyear"), O("European Commission"), O("European Union")],
 [E("SKILLS-FORGE Final Conference","2042-03-04","2042-03-05","Wiltz, Ettelbruck","Luxembourg"),
  E("conference dinner","2042-03-04",None,"Wiltz","Luxembourg"),
  E("company visit to Ceratizit","2042-03-05",None,"Mamer","Luxembourg"),
  E("visit to the Goodyear innovation centre","2042-03-05",None,"Colmar-Berg","Luxembourg"),
  E("EIT Manufacturing Skills Summit","2042-10-16",None,"Milan","Italy")],
 ["2042-03-04/2042-03-05","2042-03-25","2038/2042","2045","2042-10-16"],
 ["27 training modules developed in five languages",
  "1,140 workers from 312 companies trained",
  "46 trainers certified under the project's common framework",
  "four modules taken over by national training systems (Luxembourg, Portugal, Lithuania)",
  "Short modules of four to eight hours, delivered at or near the workplace, reach far more workers than classic courses",
  "Clusters are essential to reach small firms that never apply to EU programmes themselves",
  "Trainers from industry need pedagogical support and recognition",
  "Certificates must be recognised across borders, otherwise cross-border workers do not take them",
  "Results must be taken over by national systems before a project ends, not after",
  "Keep a simple funding line for small cross-border training alliances in the next Erasmus+ programme",
  "Link Erasmus+ alliances more closely with Euroclusters and the EIT's Regional Innovation Scheme"],
 pub="2042-03-25")
