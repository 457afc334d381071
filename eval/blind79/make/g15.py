from h import *
F = 'g15_piran_summer_school_cluster_management.txt'
d = lambda y,m,dd: f"{w(y,m,dd)} {dd} July {y}"
T = f"""ADRIATIC SUMMER SCHOOL ON CLUSTER MANAGEMENT AND INDUSTRIAL TRANSITION
5th edition · Piran, Slovenia · 6–17 July 2035

Call for participants – applications open until 15 April 2035

Organised by the Coastal Innovation Hub Piran (CIH) and the Faculty of Maritime Studies and Transport of the University of Ljubljana, in cooperation with the Slovenian Automotive Cluster ACS, the Croatian Cluster of Competitiveness of the Maritime Industry and the Istrian Development Agency (IDA). With the support of the European Cluster Collaboration Platform and the Municipality of Piran.

WHAT IS IT?

The Adriatic Summer School is a two-week course for cluster managers, staff of regional development agencies, policy officers and PhD students who work on clusters, smart specialisation and industrial transition. It combines lectures, case studies, group work on a real regional challenge and company visits on both sides of the Slovenian–Croatian border. Since the first edition in 2031, 142 participants from 21 countries have completed the course.

The working language is English. Participants who complete all modules and the group assignment receive 6 ECTS credits from the University of Ljubljana and a certificate recognised under the European Foundation for Cluster Excellence training framework.

PROGRAMME BY MODULE

Module 1 – Clusters and regional economies ({d(2035,7,6)} – {d(2035,7,8)})
Lead lecturer: Prof. Dr. Maja Bučar-Kovačič, University of Ljubljana. Guest lecture on {d(2035,7,7)}: "Why some clusters last and others fade" by Prof. Christoph Ketelsen-Brandt, Harvard Business School.
Opening on {d(2035,7,6)} at 16:00 in the Tartini Theatre, with a welcome by the Mayor of Piran, Andrej Kocjančič, and by Dr. Lucija Orel Jakomin, Director of CIH. Welcome reception at 19:00 on the terrace of the Tartini Theatre.

Module 2 – Managing a cluster organisation ({d(2035,7,9)} – {d(2035,7,10)})
Lecturers: Dr. Tanja Mohorič, director, Slovenian Automotive Cluster ACS; Gerd Meyer zu Hörste, senior expert, VDI/VDE Innovation + Technik GmbH. Topics: governance, financing models, member services, the cluster excellence labels.

Company visits ({d(2035,7,11)})
Full-day visit to the Port of Koper, with head of strategy Bojan Zlatić, and to Cimos d.d. in Koper, followed by a visit to the Uljanik shipyard museum in Pula (Croatia). Departure by bus at 08:00.

Free day and optional excursion to the Sečovlje salt pans ({d(2035,7,12)})

Module 3 – Clusters in industrial transition ({d(2035,7,13)} – {d(2035,7,15)})
Lecturers: Dr. Iva Horvat Šimunović, head of the Croatian Cluster of Competitiveness of the Maritime Industry; Nicolas Duprat-Lemoine of the European Commission, Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs – Clusters, Social Economy and Entrepreneurship Unit; Paula García de Arriba, Basque Energy Cluster. Round table on {d(2035,7,14)} at 17:00: "Ports as industrial ecosystems", moderated by Dr. Lucija Orel Jakomin.
Summer school dinner on {d(2035,7,14)} at 20:00 at the restaurant Pavel in Piran.

Module 4 – Group assignment and final presentations ({d(2035,7,16)} – {d(2035,7,17)})
Groups of five work on a challenge set by the Istrian Development Agency: a cluster strategy for the blue economy of Istria. Final presentations to a jury on {d(2035,7,17)} from 09:00. Closing ceremony and certificates at 13:00.

WHO SHOULD APPLY

The summer school is designed for people with at least two years of professional experience in cluster management, economic development or innovation policy, or for PhD students whose thesis deals with clusters. We aim for a mixed group of about 30 participants with a balance between countries, genders and sectors. Participants from the Western Balkans and Ukraine are particularly encouraged to apply.

FEES AND SCHOLARSHIPS

Participation fee: EUR 1,450 (early registration until 31 March 2035: EUR 1,250). The fee includes tuition, course materials, lunches, the welcome reception, the summer school dinner and the company visits. Accommodation is not included; a limited number of rooms is available at the student residence in Portorož at a reduced rate.

Eight full scholarships are available for participants from cluster organisations in countries of the Danube and Adriatic–Ionian regions. Scholarship applications must be submitted together with the main application by 15 April 2035. Applicants will be informed of the selection by 10 May 2035.

HOW TO APPLY

Send a CV, a one-page motivation letter and a short description of your organisation through the online form. If you apply for a scholarship, add a letter of support from your employer.

SELECTED FEEDBACK FROM 2034

"The group work was hard but it is exactly what I now do at home." – Kateryna Melnyk-Shevchenko, cluster manager, Kharkiv IT Cluster
"Two weeks by the sea with the best people in the field. The visits to Koper were an eye-opener." – Luís Miguel Carvalho, policy officer, Região Centro

CONTACT

Coastal Innovation Hub Piran
Summer school coordinator: Neža Grilc
Tartinijev trg 7, 6330 Piran, Slovenia
summerschool@cih-piran.example.si · +386 5 000 00 00

Follow us on LinkedIn for updates on speakers and the programme. The programme may be subject to minor changes.
"""
write(F, T)
D = lambda dd: f"2035-07-{dd:02d}"
gold(F,
 [P("Maja Bučar-Kovačič", "Lead lecturer", "University of Ljubljana"),
  P("Christoph Ketelsen-Brandt", None, "Harvard Business School"),
  P("Andrej Kocjančič", "Mayor of Piran", None),
  P("Lucija Orel Jakomin", "Director", "CIH"),
  P("Tanja Mohorič", "director", "Slovenian Automotive Cluster ACS"),
  P("Gerd Meyer zu Hörste", "senior expert", "VDI/VDE Innovation + Technik GmbH"),
  P("Bojan Zlatić", "head of strategy", "Port of Koper"),
  P("Iva Horvat Šimunović", "head", "Croatian Cluster of Competitiveness of the Maritime Industry"),
  P("Nicolas Duprat-Lemoine", None, "Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs – Clusters, Social Economy and Entrepreneurship Unit"),
  P("Paula García de Arriba", None, "Basque Energy Cluster"),
  P("Kateryna Melnyk-Shevchenko", "cluster manager", "Kharkiv IT Cluster"),
  P("Luís Miguel Carvalho", "policy officer", "Região Centro"),
  P("Neža Grilc", "Summer school coordinator", "Coastal Innovation Hub Piran")],
 [O("Coastal Innovation Hub Piran", "CIH"), O("Faculty of Maritime Studies and Transport of the University of Ljubljana"),
  O("University of Ljubljana"), O("Slovenian Automotive Cluster ACS"), O("Croatian Cluster of Competitiveness of the Maritime Industry"),
  O("Istrian Development Agency", "IDA"), O("European Cluster Collaboration Platform"), O("Municipality of Piran"),
  O("European Foundation for Cluster Excellence"), O("Harvard Business School"), O("VDI/VDE Innovation + Technik GmbH"), O("Port of Koper"), O("Cimos d.d."), O("European Commission"),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs – Clusters, Social Economy and Entrepreneurship Unit"), O("Basque Energy Cluster"), O("Kharkiv IT Cluster"), O("Região Centro")],
 [E("ADRIATIC SUMMER SCHOOL ON CLUSTER MANAGEMENT AND INDUSTRIAL TRANSITION", D(6), D(17), "Piran", "Slovenia"),
  E("Module 1 – Clusters and regional economies", D(6), D(8), "Piran", "Slovenia"),
  E('"Why some clusters last and others fade"', D(7), None, "Piran", "Slovenia"),
  E("first edition", "2031"),
  E("Opening", D(6), None, "Piran", "Slovenia"),
  E("Welcome reception", D(6), None, "Piran", "Slovenia"),
  E("Module 2 – Managing a cluster organisation", D(9), D(10), "Piran", "Slovenia"),
  E("Company visits", D(11), None, "Koper, Pula", "Slovenia, Croatia"),
  E("optional excursion to the Sečovlje salt pans", D(12), None, None, "Slovenia"),
  E("Module 3 – Clusters in industrial transition", D(13), D(15), "Piran", "Slovenia"),
  E('Round table "Ports as industrial ecosystems"', D(14), None, "Piran", "Slovenia"),
  E("Summer school dinner", D(14), None, "Piran", "Slovenia"),
  E("Module 4 – Group assignment and final presentations", D(16), D(17), "Piran", "Slovenia"),
  E("Closing ceremony", D(17), None, "Piran", "Slovenia")],
 [f"{D(6)}/{D(17)}", "2035-04-15", "2031", f"{D(6)}/{D(8)}", D(6), D(7), D(8), f"{D(9)}/{D(10)}", D(9), D(10), D(11), D(12),
  f"{D(13)}/{D(15)}", D(13), D(14), D(15), f"{D(16)}/{D(17)}", D(16), D(17), "2035-03-31", "2035-05-10", "2034"],
 [])
