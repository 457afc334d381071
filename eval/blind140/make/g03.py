from h import *
F = 'g03_prahova_hydrogen_roadmap.txt'
assert wd(2040,2,13)=='Monday' and wd(2040,3,8)=='Thursday' and wd(2040,4,17)=='Tuesday'
T = """PRAHOVA ENERGY VALLEY CLUSTER
Roadmap for low-carbon hydrogen and refinery conversion in Prahova County
Action Plan 2040–2042 · Summary for members and partners
Version 1.2 – approved by the Board of Directors on 17 April 2040

Contents: 1. Why a roadmap · 2. How it was prepared · 3. Where we stand · 4. Actions 2040–2042 · 5. Recommendations to public authorities · 6. Governance and contacts

1. WHY A ROADMAP

Prahova County has been an oil and refining region for more than 150 years. Two of the three refineries around Ploiești are expected to reduce crude processing by at least a third before 2042, and the suppliers, engineering firms and service companies that grew around them need a new market. The Prahova Energy Valley Cluster (PEVC), founded in 2034 as an association of 64 companies, two universities and the county council, decided in 2039 to prepare a roadmap that links the conversion of the refineries to hydrogen, biofuels and carbon capture with concrete projects for its members.

2. HOW IT WAS PREPARED

The roadmap was drafted between October 2039 and March 2040 by a working group chaired by Dr. Ing. Radu-Mihai Enescu, Vice-Rector for Research of the Petroleum-Gas University of Ploiești (UPG). The cluster's secretariat, led by executive director Cristina Vlădescu, coordinated the process with the support of the South Muntenia Regional Development Agency (ADR Sud Muntenia).

Four thematic workshops were held in Ploiești:
- 13 February 2040, 09:30–13:00 – Hydrogen production and storage (UPG, Aula Magna)
- 27 February 2040 – Skills and retraining of refinery workers
- 8 March 2040 (Thursday) – Carbon capture, transport and storage, with experts from the Romanian National Institute for Research and Development in Petroleum Engineering
- 22 March 2040 – Finance and investor day, with the European Investment Bank and two commercial banks

In total 146 people took part. A study visit to the Rotterdam hydrogen hub from 24 to 26 January 2040 gave the working group first-hand lessons from a port region that began its conversion ten years earlier. The delegation was hosted by the Port of Rotterdam Authority and met the SmartPort consortium.

3. WHERE WE STAND

- 23 member companies already supply equipment or services to hydrogen or biofuel projects in other countries.
- Electrolysis capacity planned in the county by 2042: 180 MW, of which 60 MW has a final investment decision.
- Roughly 3,800 refinery jobs are at risk in the coming decade; retraining capacity in the region covers fewer than 400 people a year.
- The cluster has no common test facility; members send components for certification to Austria or Germany.

4. ACTIONS 2040–2042

A1. Hydrogen component test bench at UPG – feasibility study by 30 September 2040, construction 2041.
A2. Skills bridge programme with the County Employment Agency Prahova – first cohort of 60 refinery workers in January 2041.
A3. Supplier readiness audits for 30 SMEs – from June to December 2040.
A4. A joint bid to the Clean Hydrogen Partnership call with at least two other European hydrogen valleys – deadline expected in April 2041.
A5. Yearly Prahova Energy Transition Forum, first edition on 6 November 2040 in Ploiești.

5. RECOMMENDATIONS TO PUBLIC AUTHORITIES

The Board adopted the following recommendations, addressed to the Prahova County Council, the Ministry of Energy and the Ministry of Investments and European Projects:
- Reserve part of the Just Transition Fund allocation for Prahova for retraining, not only for new plants
- Designate the Ploiești industrial platform as a hydrogen valley in the national hydrogen strategy
- Simplify the permitting of electrolysers below 20 MW to a single procedure at county level
- Involve the cluster in the monitoring committee of the regional programme for South Muntenia

6. GOVERNANCE AND CONTACTS

The roadmap will be reviewed every twelve months by the Board of Directors. President of the Board: Adrian Popescu-Târgoviște (General Manager, Valahia Process Engineering SRL). Vice-President: Ioana-Maria Stan (Petrotub Câmpina SA). Working group rapporteur: Bogdan Niculescu, PEVC.

Secretariat: Prahova Energy Valley Cluster, Bd. Independenței 00, Ploiești · office@pevc.example.ro · +40 244 000 000

Prahova Energy Valley Cluster – Action Plan 2040–2042 – page 4 of 4
"""
write(F, T)
C="Prahova Energy Valley Cluster"
gold(F,
 [P("Radu-Mihai Enescu","Vice-Rector for Research","Petroleum-Gas University of Ploiești"),
  P("Cristina Vlădescu","executive director",C),
  P("Adrian Popescu-Târgoviște","President of the Board",C),
  P("Ioana-Maria Stan","Vice-President",C),
  P("Bogdan Niculescu","Working group rapporteur",C)],
 [O(C,"PEVC"), O("Petroleum-Gas University of Ploiești","UPG"), O("South Muntenia Regional Development Agency","ADR Sud Muntenia"),
  O("Romanian National Institute for Research and Development in Petroleum Engineering"), O("European Investment Bank"),
  O("Port of Rotterdam Authority"), O("SmartPort"), O("County Employment Agency Prahova"), O("Prahova County Council"),
  O("Ministry of Energy"), O("Ministry of Investments and European Projects"), O("Valahia Process Engineering SRL"),
  O("Petrotub Câmpina SA")],
 [E("Hydrogen production and storage","2040-02-13",None,"Ploiești","Romania"),
  E("Skills and retraining of refinery workers","2040-02-27",None,"Ploiești","Romania"),
  E("Carbon capture, transport and storage","2040-03-08",None,"Ploiești","Romania"),
  E("Finance and investor day","2040-03-22",None,"Ploiești","Romania"),
  E("study visit to the Rotterdam hydrogen hub","2040-01-24","2040-01-26","Rotterdam","Netherlands"),
  E("Prahova Energy Transition Forum","2040-11-06",None,"Ploiești","Romania")],
 ["2040/2042","2040-04-17","2034","2039","2039-10/2040-03","2040-02-13","2040-02-27","2040-03-08","2040-03-22",
  "2040-01-24/2040-01-26","2042","2040-09-30","2041","2041-01","2040-06/2040-12","2041-04","2040-11-06"],
 ["Reserve part of the Just Transition Fund allocation for Prahova for retraining, not only for new plants",
  "Designate the Ploiești industrial platform as a hydrogen valley in the national hydrogen strategy",
  "Simplify the permitting of electrolysers below 20 MW to a single procedure at county level",
  "Involve the cluster in the monitoring committee of the regional programme for South Muntenia"],
 pub=None)
