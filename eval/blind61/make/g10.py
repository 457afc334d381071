from common import *
F = 'b61_10_evaluation_asturias-pdf.txt'
KM = ["The programme reached its targets for participating firms (212 against 180 planned) but not for joint R&D projects (31 against 45).",
 "Clusters with a full-time manager generated three times more joint projects than those relying on part-time staff.",
 "The metal-mechanical and agri-food clusters showed the clearest effects on exports; the effects in tourism were not measurable.",
 "Administrative burden was the main complaint of beneficiaries; a simplified cost option should be introduced.",
 "The programme should continue, with fewer and larger grants focused on clusters that present a multi-annual plan."]
H = "Evaluation of the Asturias Cluster Support Programme 2030–2034 · Executive summary"
pages = []
pages.append(f"""{H}                                  1

INSTITUTO DE DESARROLLO ECONÓMICO DEL PRINCIPADO DE ASTURIAS (IDEPA)

Evaluation of the Asturias Cluster Support
Programme 2030–2034
Executive summary — English version

Final report submitted on 19 December 2034
Evaluator: Consultora Cantábrica de Políticas Públicas S.L., Oviedo
Team leader: Dr. Begoña Fernández-Llana Suárez
Evaluation experts: Íñigo Arrieta Zubizarreta, Dr. Helena Kowalska-Ruiz, Xuan Menéndez Prieto
Steering committee: Dña. Covadonga Álvarez Rubiera (IDEPA, chair), D. Manuel
Ángel García-Tuñón (Consejería de Ciencia, Empresas, Formación y Empleo),
Prof. Dr. Rafael Ordóñez Villa (Universidad de Oviedo)

1. Purpose and scope

This summary presents the main results of the final evaluation of the Asturias Clus-
ter Support Programme (Programa de Apoyo a Clústeres de Asturias), which IDEPA ran
from January 2030 to June 2034 with a total budget of EUR 14.6 million, of which
EUR 9.1 million was co-financed by the European Regional Development Fund. The pro-
gramme supported eleven cluster organisations, among them the Metal-Mechanical
Cluster of Asturias (METAINDUSTRY4), the Asturias Agri-Food Cluster (Clúster
Agroalimentario de Asturias), the Asturias Maritime Cluster and the Asturias Tourism
Cluster. The evaluation was commissioned on 3 March 2034 and covered relevance, effec-
tiveness, efficiency and added value.
""")
pages.append(f"""{H}                                  2

2. Method

The evaluation combined monitoring data for 2030–2033, a survey of 212 participating
firms (response rate 58%) and a comparison group of 400 similar firms drawn from the
regional business register, interviews with 42 stakeholders, and four case studies.
Interviewees included Alberto Cienfuegos Rivas, managing director of METAINDUSTRY4,
Marta Llaneza Fano, manager of the Asturias Agri-Food Cluster, and Dr. Ewan MacLeod of
the Scottish Enterprise cluster team, who provided an external view. A validation work-
shop with the eleven cluster managers was held in Gijón on 14 November 2034 at the
Parque Científico Tecnológico de Gijón.

3. Main conclusions

""" + "\n".join(f"({chr(96+i)}) {k}" for i, k in enumerate(KM, 1)).replace("participating firms (212 against 180 planned) but not for joint R&D projects", "participating\nfirms (212 against 180 planned) but not for joint R&D projects") + """

4. Effectiveness in more detail

Firms that took part in cluster projects increased their R&D spending by 18% on
average between 2030 and 2033, against 7% in the comparison group. The difference is
statistically significant for manufacturing firms only. Export intensity increased
by 4.2 percentage points among participating metal-mechanical firms. In the maritime
cluster, results were held back by the delayed start of the offshore wind projects
off Avilés, which were postponed until 2035.
""")
pages.append(f"""{H}                                  3

The case studies show that the decisive factor is the cluster manager. Where a clus-
ter could afford a full-time professional, as in METAINDUSTRY4 and the agri-food clus-
ter, firms met regularly and projects followed. Where staff were shared with a business
association, activity dropped whenever the association had other priorities. Three
cluster organisations ended the period with fewer members than they started with.

Relevance was judged high by all stakeholder groups. The programme's priorities matched
the regional smart specialisation strategy, and the cluster organisations were seen
as the main intermediaries between firms and the research centres of the region.
However, the evaluators found that the selection criteria rewarded the number of
members more than the quality of the projects, which led some clusters to recruit
members who never took part in any activity. Several interviewees also regretted
that the programme had no component for international cooperation, and that the
participation of Asturian clusters in European partnerships depended entirely on
the initiative of individual managers.

5. Efficiency

Administrative costs represented 11% of the budget. Beneficiaries reported an aver-
age of 26 working days per year spent on applications and reporting. The evaluators
recommend a simplified cost option for staff costs and a single annual report instead
of two. Payment delays averaged 7 months in 2031 but fell to 3 months in 2033 after
IDEPA introduced an advance payment. The cost per participating firm, at
about EUR 69,000 over the whole period, is in line with comparable programmes in
Galicia and the Basque Country.

6. Next steps

The report was presented to the IDEPA Board of Directors on 22 January 2035 and
will be discussed with the cluster managers at the Asturias Cluster Day in Avilés in
spring 2035. A new call under the 2035–2039 programme is expected to open in Septem-
ber 2035. The full report (in Spanish, 148 pages) and its annexes can be requested from
the IDEPA evaluation unit.

IDEPA · Parque Tecnológico de Asturias · 33428 Llanera · www.idepa.es
""")
t = "\n\f".join(pages)
write_text(F, t)
KMg = [k for k in KM]
gold(F, [
 P("Begoña Fernández-Llana Suárez", "Team leader", "Consultora Cantábrica de Políticas Públicas S.L."),
 P("Íñigo Arrieta Zubizarreta", "Evaluation expert", "Consultora Cantábrica de Políticas Públicas S.L."),
 P("Helena Kowalska-Ruiz", "Evaluation expert", "Consultora Cantábrica de Políticas Públicas S.L."),
 P("Xuan Menéndez Prieto", "Evaluation expert", "Consultora Cantábrica de Políticas Públicas S.L."),
 P("Covadonga Álvarez Rubiera", "chair", "IDEPA"),
 P("Manuel Ángel García-Tuñón", None, "Consejería de Ciencia, Empresas, Formación y Empleo"),
 P("Rafael Ordóñez Villa", None, "Universidad de Oviedo"),
 P("Alberto Cienfuegos Rivas", "managing director", "METAINDUSTRY4"),
 P("Marta Llaneza Fano", "manager", "Asturias Agri-Food Cluster"),
 P("Ewan MacLeod", None, "Scottish Enterprise"),
],[
 O("INSTITUTO DE DESARROLLO ECONÓMICO DEL PRINCIPADO DE ASTURIAS", "IDEPA"),
 O("Consultora Cantábrica de Políticas Públicas S.L."), O("Consejería de Ciencia, Empresas, Formación y Empleo"),
 O("Universidad de Oviedo"), O("Metal-Mechanical Cluster of Asturias", "METAINDUSTRY4"),
 O("Asturias Agri-Food Cluster"), O("Asturias Maritime Cluster"), O("Asturias Tourism Cluster"),
 O("Scottish Enterprise"), O("Parque Científico Tecnológico de Gijón"),
],[
 E("validation workshop", "2034-11-14", None, "Gijón", "Spain"),
 E("Asturias Cluster Day", "2035", None, "Avilés", "Spain"),
],["2030/2034","2034-12-19","2030-01/2034-06","2034-03-03","2030/2033","2034-11-14","2035","2031","2033","2035-01-22","2035/2039","2035-09"],
 KMg, pub="2034-12-19")
