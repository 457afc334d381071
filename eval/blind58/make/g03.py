from h import *
F = 'molise_call_cluster_projects_2036.txt'
T = f"""REGIONE MOLISE – Department for Economic Development and Innovation
Call for proposals "MOLISE CLUSTER 2036" – support to collaborative projects of regional innovation clusters

Reference: DD no. 1127 of 3 March 2036                                         Version 1.1 – 10 March 2036

1. PURPOSE OF THE CALL

The Molise Region, through its Department for Economic Development and Innovation, opens a call for proposals for collaborative innovation projects carried out by the regional clusters recognised under Regional Law 9/2031 and by their member enterprises. The call implements the Regional Smart Specialisation Strategy 2028–2034 and its update for the period 2035–2040. The total budget is EUR 6,400,000, of which EUR 4,000,000 for strand A (collaborative R&D projects) and EUR 2,400,000 for strand B (services of cluster organisations to SMEs).

The call is managed by the regional in-house agency Sviluppo Italia Molise S.p.A. (SIM), which acts as intermediate body.

2. WHO CAN APPLY

a) Strand A: groups of at least three enterprises, of which at least two SMEs, members of one of the recognised clusters, possibly together with research organisations. The lead applicant must have an operational site in Molise.
b) Strand B: the cluster management organisations recognised by the Region, namely:
   - Molise Agrifood Cluster (MAC), Campobasso
   - Cluster Tecnologico Molisano dell'Automotive e della Meccanica (CTMAM), Termoli
   - Molise Green Building Cluster, Isernia
   - Cluster Turismo e Cultura del Molise (CTCM)

3. FUNDING

Strand A: grant of up to 50% of eligible costs for industrial research and up to 35% for experimental development (plus 10 percentage points for small enterprises); minimum project size EUR 250,000, maximum grant EUR 600,000.
Strand B: grant of up to 70% of eligible costs, maximum EUR 300,000 per cluster organisation over 24 months.

4. DEADLINES

- Opening of the online platform: {wd(2036,3,17)} 17 March 2036, 10:00
- Deadline for questions (FAQ): 30 April 2036
- Deadline for submission of proposals, strand A and strand B: {wd(2036,5,28)} 28 May 2036, 13:00 (CET)
- Publication of the ranking: by 30 September 2036
- Start of projects: no later than 1 December 2036
- End of projects: 30 November 2038 at the latest

Late applications will not be admitted. Applications must be signed with a qualified digital signature.

5. INFO DAY

An info day on the call will be held on {wd(2036,3,24)} 24 March 2036, from 9:30 to 13:00, in the Sala della Costituzione of Palazzo Vitale, Via Genova 11, Campobasso, and streamed online. Programme:

09:30  Welcome – Dott.ssa Rosaria D'ALESSANDRO, Regional Councillor for Productive Activities
09:45  The Smart Specialisation Strategy and the role of clusters – Ing. Vincenzo Di Iorio, Director of the Department for Economic Development and Innovation
10:15  Rules of the call, eligible costs and documents – Dott. Fabrizio Colavita, head of the Incentives Unit, Sviluppo Italia Molise
11:00  Coffee break
11:15  The view of the clusters – Maria Grazia Tartaglia (President, Molise Agrifood Cluster) and Luca De Santis (Cluster manager, CTMAM)
11:45  State aid rules in practice – Avv. Ilaria Pietrangelo, Regional Legal Service
12:15  Questions and answers
13:00  Close

Registration for the info day is requested by 20 March 2036 on the SIM website. A second online session for strand B only will take place on {wd(2036,4,14)} 14 April 2036 at 15:00.

6. EVALUATION

Proposals will be evaluated by a commission appointed by the Director of the Department, with at least one external expert from the Agency for Territorial Cohesion. Criteria: quality of the project (35 points), impact on the regional economy (25), quality of the partnership (20), cluster involvement (10), environmental sustainability (10). Minimum score: 60/100.

7. CONTACTS

Helpdesk Sviluppo Italia Molise: cluster2036@sim-molise.example, tel. +39 0874 000 000 (Monday–Thursday, 9:00–13:00)
Responsible for the procedure: Dott. Fabrizio Colavita

The full call text, application forms and FAQ are published in the Official Bulletin of the Molise Region (BURM) no. 14 of 12 March 2036 and on the website of the Region.

                                                                                            page 1 of 1
"""
write(F, T)
gold(F,
 [P("Rosaria D'ALESSANDRO", 'Regional Councillor for Productive Activities', 'Molise Region'),
  P('Vincenzo Di Iorio', 'Director of the Department for Economic Development and Innovation', 'Department for Economic Development and Innovation'),
  P('Fabrizio Colavita', 'head of the Incentives Unit', 'Sviluppo Italia Molise S.p.A.'),
  P('Maria Grazia Tartaglia', 'President', 'Molise Agrifood Cluster'),
  P('Luca De Santis', 'Cluster manager', 'CTMAM'),
  P('Ilaria Pietrangelo', None, 'Regional Legal Service')],
 [O('Molise Region'), O('Department for Economic Development and Innovation'), O('Sviluppo Italia Molise S.p.A.', 'SIM'),
  O('Molise Agrifood Cluster', 'MAC'), O("Cluster Tecnologico Molisano dell'Automotive e della Meccanica", 'CTMAM'),
  O('Molise Green Building Cluster'), O('Cluster Turismo e Cultura del Molise', 'CTCM'), O('Incentives Unit'),
  O('Regional Legal Service'), O('Agency for Territorial Cohesion')],
 [E('info day', '2036-03-24', '2036-03-24', 'Campobasso', 'Italy'),
  E('second online session', '2036-04-14', '2036-04-14', None, None)],
 ['2036-03-03', '2036-03-10', '2028/2034', '2035/2040', '2036-03-17', '2036-04-30', '2036-05-28', '2036-09-30', '2036-12-01',
  '2038-11-30', '2036-03-24', '2036-03-20', '2036-04-14', '2036-03-12'], [])
