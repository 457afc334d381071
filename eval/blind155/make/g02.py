from h import *
F = 'g02_elk_cluster_programme_evaluation_summary.txt'
assert wd(2037,2,26)=='Thursday' and wd(2037,3,17)=='Tuesday'
T = """EXECUTIVE SUMMARY
Evaluation of the Masurian Cluster Support Scheme 2031–2036
Final report – summary for the Board of the Warmia-Masuria Region

Commissioned by: Marshal's Office of the Warmińsko-Mazurskie Voivodeship, Department of Entrepreneurship, Olsztyn
Prepared by: Northeast Policy Research Sp. z o.o., Białystok, in cooperation with the Faculty of Economics of the University of Warmia and Mazury in Olsztyn (UWM)
Evaluation team: Dr hab. Krzysztof ŁAPIŃSKI (team leader), Marta Ożarowska-Kwiatek (senior evaluator), Paweł Szulc and Ewelina Borkowska (field researchers)
Date of submission: 26 February 2037
Version: 1.2 (after comments of the steering group)

1. Purpose and scope

The Masurian Cluster Support Scheme was launched in 2031 to help cluster organisations in the eastern part of the region – around Ełk, Giżycko, Olecko and Gołdap – to grow from informal networks into professionally managed bodies. Over six years the scheme financed management costs, joint marketing, training and pilot projects of seven cluster organisations, with a total of PLN 38.6 million from the regional programme.

The evaluation was asked to answer three questions: did the scheme strengthen the cluster organisations themselves; did member companies become more innovative or more active abroad; and is the scheme worth continuing in the period 2037–2043.

2. Method

Between September and December 2036 the team carried out 52 interviews (cluster managers, member companies, municipal officers and the managing authority), a survey of 431 member companies (response rate 34 per cent), two focus groups in Ełk and Giżycko and a comparison with a group of similar firms that were not members of any cluster. The draft findings were discussed with the cluster managers at a validation workshop in Ełk on 14 January 2037.

3. Clusters covered

- Ełk Wood and Furniture Cluster (Ełk)
- Masurian Lakes Tourism Cluster (Giżycko)
- Eastern Dairy Valley Cluster (Olecko)
- Green Energy Cluster of the Ełk Lake District (Ełk)
- Gołdap Health Resort Cluster (Gołdap)
- Masurian Boatbuilding Cluster (Węgorzewo)
- ICT Cluster Ełk (Ełk)

4. Key findings

- Six of the seven cluster organisations now employ at least two full-time staff; in 2031 only two did
- Member companies filed 41 per cent more joint project applications than the comparison group, but their success rate was not higher
- Export activity grew mainly in the furniture and boatbuilding clusters; in tourism and dairy the effect could not be measured
- Companies valued training and trade fairs most, and the cluster strategy documents least
- The scheme's indicators counted events and participants, not results, which made it hard to judge value for money
- Two cluster organisations depend on the scheme for more than 80 per cent of their income and would probably close without it

5. Recommendations

- Continue the scheme in 2037–2043, but link at least 30 per cent of the grant to results agreed with each cluster
- Require every cluster organisation to raise a growing share of its income from member fees and services
- Merge or federate the smaller tourism and health resort clusters so that they reach a viable size
- Open the scheme to cooperation with clusters in Lithuania and Podlaskie, for example through Interreg projects
- Replace the activity indicators with a short annual survey of member companies

5a. Response of the managing authority (excerpt)

The Department of Entrepreneurship accepts recommendations one, two and five and will discuss recommendation three with the clusters concerned. Tomasz Wilczewski, director of the department, said the findings "confirm what we suspected: the clusters are alive, but some of them live on our money rather than on their members' needs".

6. Next steps

The report will be presented to the Monitoring Committee of the regional programme at its meeting on Tuesday 17 March 2037 in Olsztyn. A public presentation for cluster members is planned in Ełk in April 2037, hosted by the Ełk Special Economic Subzone. The full report (118 pages) and its annexes will be published on the regional programme's website.

Contact: Marta Ożarowska-Kwiatek, m.ozarowska@npr.example.pl
Northeast Policy Research Sp. z o.o. | ul. Lipowa 12, 15-424 Białystok

Disclaimer: the opinions expressed are those of the evaluators and do not necessarily reflect the position of the Marshal's Office.
"""
write(F, T)
NP = "Northeast Policy Research Sp. z o.o."
gold(F,
 [P("Krzysztof ŁAPIŃSKI","team leader",NP), P("Marta Ożarowska-Kwiatek","senior evaluator",NP),
  P("Paweł Szulc","field researcher",NP), P("Ewelina Borkowska","field researcher",NP),
  P("Tomasz Wilczewski","director","Department of Entrepreneurship")],
 [O("Board of the Warmia-Masuria Region"), O("Marshal's Office of the Warmińsko-Mazurskie Voivodeship"), O("Department of Entrepreneurship"), O(NP),
  O("Faculty of Economics of the University of Warmia and Mazury in Olsztyn"), O("University of Warmia and Mazury in Olsztyn","UWM"),
  O("Ełk Wood and Furniture Cluster"), O("Masurian Lakes Tourism Cluster"), O("Eastern Dairy Valley Cluster"),
  O("Green Energy Cluster of the Ełk Lake District"), O("Gołdap Health Resort Cluster"), O("Masurian Boatbuilding Cluster"),
  O("ICT Cluster Ełk"), O("Monitoring Committee of the regional programme"), O("Ełk Special Economic Subzone")],
 [E("validation workshop","2037-01-14",None,"Ełk","Poland"),
  E("meeting of the Monitoring Committee","2037-03-17",None,"Olsztyn","Poland"),
  E("public presentation for cluster members","2037-04",None,"Ełk","Poland")],
 ["2031/2036","2037-02-26","2031","2037/2043","2036-09/2036-12","2037-01-14","2037-03-17","2037-04"],
 ["Six of the seven cluster organisations now employ at least two full-time staff; in 2031 only two did",
  "Member companies filed 41 per cent more joint project applications than the comparison group, but their success rate was not higher",
  "Export activity grew mainly in the furniture and boatbuilding clusters; in tourism and dairy the effect could not be measured",
  "Companies valued training and trade fairs most, and the cluster strategy documents least",
  "The scheme's indicators counted events and participants, not results, which made it hard to judge value for money",
  "Two cluster organisations depend on the scheme for more than 80 per cent of their income and would probably close without it",
  "Continue the scheme in 2037–2043, but link at least 30 per cent of the grant to results agreed with each cluster",
  "Require every cluster organisation to raise a growing share of its income from member fees and services",
  "Merge or federate the smaller tourism and health resort clusters so that they reach a viable size",
  "Open the scheme to cooperation with clusters in Lithuania and Podlaskie, for example through Interreg projects",
  "Replace the activity indicators with a short annual survey of member companies"],
 pub="2037-02-26")
