from common import *
fn = "Study_Automotive-Suppliers-West-Romania_2034-pdf.txt"
t = """FROM TIER-2 TO TECHNOLOGY PARTNER
Automotive suppliers in the West Development Region of Romania after the combustion engine

A study commissioned by the West Regional Development Agency (ADR Vest)
and the Banat Automotive Cluster (BAC)

Timișoara, October 2034

                                                                                                         ii
Study – Automotive suppliers in West Romania                                                 Imprint / Authors

Imprint

Commissioned by:  West Regional Development Agency (ADR Vest), Timișoara
                  Banat Automotive Cluster (BAC), Arad
Carried out by:   Institutul de Studii Regionale Timiș (ISRT) in cooperation with the
                  Faculty of Economics and Business Administration, West University of Timișoara
Financed by:      Regional Programme West 2021–2027, priority 1 (smart specialisation)
Period of work:   February – September 2034

Authors

Dr. Cristina-Ioana Popescu (lead author), senior researcher, ISRT
Prof. univ. dr. Mihai Drăgulescu, Faculty of Economics and Business Administration, West University of Timișoara
Alexandru Vlad Neagu, research assistant, ISRT
Dr. Réka Szilágyi-Bodnár, independent consultant, Oradea
With contributions from: Ioana Stanciu (data analysis) and Florin Ghiță (company case stu-
dies), both ISRT.

Advisory board

The study was accompanied by an advisory board that met three times: on 12 March 2034 (kick-off, Arad), 18 June 2034
(interim results, online) and 16 September 2034 (final workshop, Timișoara). Its members were:

- Cosmin Iancu-Roman, Director General, ADR Vest (chair of the advisory board)
- Adriana Lupu-Kessler, President of the Board, Banat Automotive Cluster; Plant Manager, Kessler Autoteile Arad SRL
- Ing. Horia Dumitrescu, Executive Director, Banat Automotive Cluster
- Gabriela Moț, Head of Unit for Industrial Transition, Ministry of Investments and European Projects
- Prof. dr. ing. Dan Crăciunescu, Vice-Rector for Research, Politehnica University of Timișoara
- Laszlo Fehér, HR Director, Reșița Drivetrain Systems SA
- Mirela Oprea-Sandu, Secretary General, Arad Chamber of Commerce, Industry and Agriculture
- Tobias Reinhold, Senior Expert, German-Romanian Chamber of Industry and Commerce (AHK Rumänien)
- Dr. Aurelia Pană, policy analyst, European Commission, Joint Research Centre (JRC), Seville
The views expressed in this study are those of the authors and do not necessarily reflect those of the advisory board
members or their organisations.

                                                                                                         iii
Study – Automotive suppliers in West Romania                                                 Executive summary

Acknowledgements

The authors thank the 87 companies that answered the survey and the 24 managers who gave in-depth interviews, in par-
ticular the teams of Kessler Autoteile Arad SRL, Reșița Drivetrain Systems SA, Lugoj Cable Harness SRL and Hunedoara
Precision Castings SA. Special thanks go to Ramona Iliescu (ADR Vest), who coordinated the work on behalf of the
commissioning bodies, and to the Timiș County Council for hosting the final workshop.

Executive summary

The West Region hosts around 160 automotive suppliers with 58,000 employees (2033). About 40% of these jobs depend
on parts for combustion engines and exhaust systems. Our main findings:

Key findings
1. Two thirds of the suppliers surveyed have no product for battery-electric vehicles yet, and half of them have no
   plan to develop one before the end of the decade.
2. The region's strongest asset is its engineering workforce, but 61% of companies report unfilled technician posts
   and wage competition from Western Europe.
3. Companies that cooperate with a university or the cluster are three times more likely to have launched a new
   product since 2030.
4. The Banat Automotive Cluster is the only body that reaches small tier-2 suppliers systematically and should be given
   a stronger role in the regional transition plan.

The full recommendations are presented in chapter 7. The study will be presented publicly at the West Automotive
Transition Conference in Timișoara on 20 November 2034.

                                                                                                         1
"""
write_doc(fn, t)
write_gold(fn, "2034-10", [
 P("Cristina-Ioana Popescu", "lead author", "ISRT"),
 P("Mihai Drăgulescu", None, "Faculty of Economics and Business Administration, West University of Timișoara"),
 P("Alexandru Vlad Neagu", "research assistant", "ISRT"),
 P("Réka Szilágyi-Bodnár", "independent consultant", None),
 P("Ioana Stanciu", None, "ISRT"),
 P("Florin Ghiță", None, "ISRT"),
 P("Cosmin Iancu-Roman", "Director General", "ADR Vest"),
 P("Adriana Lupu-Kessler", "President of the Board", "Banat Automotive Cluster"),
 P("Horia Dumitrescu", "Executive Director", "Banat Automotive Cluster"),
 P("Gabriela Moț", "Head of Unit for Industrial Transition", "Ministry of Investments and European Projects"),
 P("Dan Crăciunescu", "Vice-Rector for Research", "Politehnica University of Timișoara"),
 P("Laszlo Fehér", "HR Director", "Reșița Drivetrain Systems SA"),
 P("Mirela Oprea-Sandu", "Secretary General", "Arad Chamber of Commerce, Industry and Agriculture"),
 P("Tobias Reinhold", "Senior Expert", "German-Romanian Chamber of Industry and Commerce"),
 P("Aurelia Pană", "policy analyst", "Joint Research Centre"),
 P("Ramona Iliescu", None, "ADR Vest"),
],[
 O("West Regional Development Agency", "ADR Vest"), O("Banat Automotive Cluster", "BAC"),
 O("Institutul de Studii Regionale Timiș", "ISRT"), O("Faculty of Economics and Business Administration"),
 O("West University of Timișoara"), O("Kessler Autoteile Arad SRL"), O("Ministry of Investments and European Projects"),
 O("Politehnica University of Timișoara"), O("Reșița Drivetrain Systems SA"),
 O("Arad Chamber of Commerce, Industry and Agriculture"),
 O("German-Romanian Chamber of Industry and Commerce", "AHK Rumänien"), O("European Commission"),
 O("Joint Research Centre", "JRC"), O("Lugoj Cable Harness SRL"), O("Hunedoara Precision Castings SA"),
 O("Timiș County Council"),
],[
 E("advisory board kick-off", "2034-03-12", "2034-03-12", "Arad", "Romania"),
 E("advisory board meeting (interim results)", "2034-06-18", "2034-06-18", None, None),
 E("final workshop", "2034-09-16", "2034-09-16", "Timișoara", "Romania"),
 E("West Automotive Transition Conference", "2034-11-20", "2034-11-20", "Timișoara", "Romania"),
],["2034-10","2034-02/2034-09","2034-03-12","2034-06-18","2034-09-16","2033","2030","2034-11-20"],[
 "Two thirds of the suppliers surveyed have no product for battery-electric vehicles yet, and half of them have no plan to develop one before the end of the decade",
 "The region's strongest asset is its engineering workforce, but 61% of companies report unfilled technician posts and wage competition from Western Europe",
 "Companies that cooperate with a university or the cluster are three times more likely to have launched a new product since 2030",
 "The Banat Automotive Cluster is the only body that reaches small tier-2 suppliers systematically and should be given a stronger role in the regional transition plan",
])
