from h import *
F = 'north_macedonia_ministry_decision_cluster_funding_2033.txt'
T = f"""REPUBLIC OF NORTH MACEDONIA
MINISTRY OF ECONOMY AND LABOUR
Sector for Industrial Policy and Competitiveness

No. 11-4471/6
Skopje, {wd(2033,6,20)} 20 June 2033

(Unofficial English translation prepared by the Cluster Unit for the information of applicants. In case of discrepancy the Macedonian text prevails.)

Pursuant to Article 12 of the Programme for Competitiveness, Innovation and Entrepreneurship for 2033 and to the proposal of the Evaluation Committee of 13 June 2033, the Minister of Economy and Labour adopts the following

DECISION
on the allocation of funds for the support of clusters under Measure 4 "Cluster development" for 2033

Article 1
Funds in the total amount of MKD 36,900,000 (thirty-six million nine hundred thousand denars) are allocated to cluster organisations for the co-financing of activities carried out between 1 January 2033 and 31 December 2033, in accordance with the Public Call No. 04/2033 published on 14 March 2033.

Article 2
The funds are allocated to the following beneficiaries (amounts in MKD):

  No. | Cluster organisation                                   | Seat        | Score | Amount
  1   | Macedonian ICT Cluster (MASIT Cluster)                 | Skopje      | 91    | 4,800,000
  2   | Automotive Cluster of North Macedonia (ACM)            | Skopje      | 88    | 4,800,000
  3   | Textile and Fashion Cluster "Štip Moda"                | Štip        | 86    | 4,500,000
  4   | Wine Cluster Tikveš                                    | Kavadarci   | 84    | 4,200,000
  5   | Pelagonija Agribusiness Cluster                        | Bitola      | 80    | 3,900,000
  6   | Ohrid Tourism Cluster                                  | Ohrid       | 77    | 3,600,000
  7   | Construction Materials Cluster Kumanovo                | Kumanovo    | 73    | 3,200,000
  8   | Cluster of Renewable Energy Sources "SONCE"            | Strumica    | 70    | 2,900,000
  9   | Furniture Cluster of the Southwest Region              | Kičevo      | 66    | 2,600,000
  10  | Organic Food Cluster "Eko Polog"                       | Tetovo      | 61    | 2,400,000
                                                                          Total: 36,900,000

Article 3
The following applicants did not reach the minimum score of 60 points and are not awarded funds: Stone Processing Cluster Prilep (54 points), Honey Producers' Cluster "Medena" Veles (51 points). Incomplete applications were received from two further applicants and rejected on formal grounds.

Article 4
The funds shall be paid in two instalments: 60% within 30 days of the signature of the agreement, and 40% after approval of the final report, to be submitted by 31 January 2034. Eligible activities are: cluster management and staff costs (up to 30%), joint marketing and fair participation, training, joint studies and certification, and membership fees in international networks.

Article 5
The beneficiaries shall sign the agreements with the Ministry of Economy and Labour by 15 July 2033. The Cluster Unit will hold a meeting for all beneficiaries on {wd(2033,7,4)} 4 July 2033 at 11:00 in the premises of the Ministry, Jurij Gagarin 15, Skopje, on reporting obligations and visibility rules.

Article 6
The beneficiaries shall mark all materials, publications and events co-financed under this Decision with the logo of the Ministry and the text "Co-financed by the Ministry of Economy and Labour under the Programme for Competitiveness, Innovation and Entrepreneurship". Costs incurred before the date of this Decision are eligible only if they relate to activities carried out in 2033 and are supported by invoices and proof of payment. Funds that are not used in accordance with the agreement shall be returned to the Budget of the Republic of North Macedonia within 30 days of a request by the Ministry. The Cluster Unit may carry out on-the-spot checks at the premises of the beneficiaries.

Article 7
An appeal against this Decision may be lodged with the State Commission for Decision-Making in Administrative Procedures and Employment Procedures in Second Instance within 15 days of its receipt.

Article 8
This Decision enters into force on the day of its adoption and shall be published on the website of the Ministry.

Explanation
The Public Call No. 04/2033 was open from 14 March to 28 April 2033. Fourteen applications were received. The Evaluation Committee, appointed by Decision No. 11-2210/1 of 3 May 2033, consisted of:
- Biljana Stojanovska-Trajkovska, Head of the Sector for Industrial Policy and Competitiveness (chair)
- Arben Rexhepi, Adviser, Cluster Unit
- Dr. Vesna Nikolovska, Faculty of Economics – Skopje, Ss. Cyril and Methodius University in Skopje
- Goran Petreski, Economic Chamber of North Macedonia
- Mirjana Janevska, Fund for Innovation and Technology Development (FITD) (observer)

Applications were scored on the quality of the annual programme (30 points), the number and involvement of member companies (25), the track record of the cluster management (20), international cooperation (15) and co-financing by members (10). The Committee met on 23 May, 6 June and 13 June 2033.

Compared with 2032, when eight clusters received MKD 24,000,000, the budget of the measure was increased by more than 50% following the adoption of the Industrial Strategy 2030–2040 update.

MINISTER
Mr. Ilir Demiri, PhD (signed and sealed)

Delivered to: the beneficiaries; the applicants under Article 3; the Sector for Financial Affairs; the archive.
Contact: Cluster Unit, klasteri@economy.example, tel. +389 2 000 0000
"""
write(F, T)
gold(F,
 [P('Biljana Stojanovska-Trajkovska', 'Head of the Sector for Industrial Policy and Competitiveness', 'Ministry of Economy and Labour'),
  P('Arben Rexhepi', 'Adviser', 'Cluster Unit'),
  P('Vesna Nikolovska', None, 'Ss. Cyril and Methodius University in Skopje'),
  P('Goran Petreski', None, 'Economic Chamber of North Macedonia'),
  P('Mirjana Janevska', 'observer', 'Fund for Innovation and Technology Development'),
  P('Ilir Demiri', 'MINISTER', 'Ministry of Economy and Labour')],
 [O('Ministry of Economy and Labour'), O('Sector for Industrial Policy and Competitiveness'), O('Cluster Unit'),
  O('Macedonian ICT Cluster', 'MASIT Cluster'), O('Automotive Cluster of North Macedonia', 'ACM'), O('Textile and Fashion Cluster "Štip Moda"'),
  O('Wine Cluster Tikveš'), O('Pelagonija Agribusiness Cluster'), O('Ohrid Tourism Cluster'), O('Construction Materials Cluster Kumanovo'),
  O('Cluster of Renewable Energy Sources "SONCE"'), O('Furniture Cluster of the Southwest Region'), O('Organic Food Cluster "Eko Polog"'),
  O('Stone Processing Cluster Prilep'), O('Honey Producers\' Cluster "Medena" Veles'),
  O('State Commission for Decision-Making in Administrative Procedures and Employment Procedures in Second Instance'),
  O('Faculty of Economics – Skopje'), O('Ss. Cyril and Methodius University in Skopje'), O('Economic Chamber of North Macedonia'),
  O('Fund for Innovation and Technology Development', 'FITD'), O('Sector for Financial Affairs')],
 [E('meeting for all beneficiaries', '2033-07-04', '2033-07-04', 'Skopje', 'North Macedonia')],
 ['2033-06-20', '2033-06-13', '2033', '2033-01-01/2033-12-31', '2033-03-14', '2034-01-31', '2033-07-15', '2033-07-04', '2033-03-14/2033-04-28',
  '2033-05-03', '2033-05-23', '2033-06-06', '2032', '2030/2040'], [], pub='2033-06-20')
