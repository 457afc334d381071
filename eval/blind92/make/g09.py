from h import *
F = 'g09_azores_seaweed_consortium-pdf.txt'
assert wd(2039,1,20)=='Thursday' and wd(2039,9,13)=='Tuesday'
T = """ALGAE-ISLES – Consortium and governance                                    D1.2 | v1.0
Horizon Europe Cluster 6 | Grant Agreement No 000000000

Deliverable D1.2
PROJECT HANDBOOK: CONSORTIUM, GOVERNANCE BODIES
AND CONTACT POINTS

Work package: WP1 – Project management
Lead beneficiary: Fundo Regional para a Ciência e Tecnologia (FRCT)
Author: Dr Rita Medeiros Furtado (FRCT), with input from all part-
ners
Dissemination level: Public
Submission date: 28 February 2039

1. Introduction

ALGAE-ISLES builds seaweed value chains on four outermost and is-
land regions: the Azores, the Canary Islands, Crete and the Faroe
Islands. The project started on 1 January 2039 and runs for 48
months until 31 December 2042. The kick-off meeting took place in
Ponta Delgada (São Miguel) on Thursday 20 January 2039, hosted by
the Azores Biotechnology Cluster and the University of the Azores.
This handbook names the beneficiaries, the people who represent them
in the governance bodies and the contact points for each work package.

2. Consortium

No. Beneficiary                                        Country    Role
1   Fundo Regional para a Ciência e Tecnologia (FRCT) Portugal   Coordinator
2   Universidade dos Açores (UAc)                      Portugal   Beneficiary
3   Associação Cluster Biotecnologia Açores (ACBA)     Portugal   Beneficiary
4   AlgaPico, Lda.                                     Portugal   Beneficiary (SME)
5   Instituto Tecnológico de Canarias, S.A. (ITC)      Spain      Beneficiary
6   Banco Español de Algas (BEA), Universidad de Las
    Palmas de Gran Canaria                             Spain      Beneficiary
7   Hellenic Centre for Marine Research (HCMR)         Greece     Beneficiary

ALGAE-ISLES | D1.2 Project handbook                                        Page 1 of 4
________________________________________________________________________________

ALGAE-ISLES – Consortium and governance                                    D1.2 | v1.0

8   Cretan Blue Growth Cluster (CBGC)                  Greece     Beneficiary
9   Fiskaaling P/F                                     Faroe Is.  Beneficiary
10  Ocean Rainforest Sp/F                              Faroe Is.  Beneficiary (SME)
11  Seaweed for Europe Foundation                      Belgium    Beneficiary
12  Wageningen University & Research (WUR)             Netherl.   Associated partner

3. Governance bodies

3.1 General Assembly. One representative per beneficiary. Chaired by
the coordinator. Meets once a year; the first ordinary meeting will
be held in Heraklion, Crete, on Tuesday 13 September 2039, hosted by
HCMR.

3.2 Steering Committee (work package leaders)

WP1 Management – Dr Rita Medeiros Furtado, Project Coordinator, FRCT
WP2 Cultivation – Prof. Ana Isabel Neto, Professor of Marine Biology,
    Universidade dos Açores
WP3 Biorefining – Dr Juan Luis Gómez Pinchetti, Head of the Banco
    Español de Algas
WP4 Markets and business models – Nuno Cabral Tavares, Cluster Manager,
    ACBA
WP5 Policy and regulation – Dr Eleni Kalogeraki, Senior Researcher,
    HCMR
WP6 Communication and exploitation – Marta Valero Ruiz, Communication
    Manager, ITC

3.3 External Advisory Board

- Prof. Olavur Gregersen, Chief Executive Officer, Ocean Rainforest
  Sp/F (also beneficiary representative, attends as observer)
- Dr Sofia Kostopoulou, former head of unit, Hellenic Ministry of
  Rural Development and Food
- Adrien Vincent, Policy Director, Seaweed for Europe Foundation
- Dr Maria Bergvik, Innovation Norway, Bergen office

3.4 Project Officer
Ms Karin Oosterhuis, European Research Executive Agency (REA),
Unit B.3

4. Contact points for outreach

Azores: Beatriz Pacheco, ACBA, Ponta Delgada
Canary Islands: Daniel Hernández Suárez, ITC, Telde
Crete: Giorgos Tsirintanis, CBGC, Heraklion
Faroe Islands: Rannvá Poulsen, Fiskaaling P/F, Hvalvík

ALGAE-ISLES | D1.2 Project handbook                                        Page 2 of 4
________________________________________________________________________________

ALGAE-ISLES – Consortium and governance                                    D1.2 | v1.0

4.1 Roles and responsibilities

The coordinator is the single point of contact with REA and
manages the EU contribution. Each work package leader prepares a
short progress note every six months and reports risks to the
Steering Committee without delay. Beneficiaries keep timesheets
for all staff who charge time to the project and store the sig-
ned sheets for five years after the final payment. The SMEs in
the consortium (AlgaPico and Ocean Rainforest) may ask the coor-
dinator for an advance of up to 30 % of their budget share. Re-
quests for changes of staff in the governance bodies are sent
to the coordinator in writing; the coordinator informs all part-
ners within ten working days and updates this handbook. Confli-
cts that cannot be solved in the Steering Committee go to the
General Assembly, which decides by a two-thirds majority.

5. Meetings and reporting calendar

M1   20 January 2039        Kick-off meeting, Ponta Delgada
M9   13 September 2039      1st General Assembly, Heraklion
M12  31 December 2039       End of reporting period 1
M18  June 2040              Mid-term review with REA, Brussels
M30  June 2041              Island seaweed forum, Las Palmas de
                            Gran Canaria
M48  December 2042          Final conference, Tórshavn

6. Decisions of the kick-off meeting

- The consortium agreement signed on 12 December 2038 is in force
  for all twelve partners.
- The Steering Committee meets online every second month, on the
  first Tuesday.
- Data from the cultivation trials will be published on an open
  repository within six months of collection.
- The coordinator will ask REA for an amendment to add the Cretan
  Blue Growth Cluster's new legal representative, Dr Manolis
  Daskalakis, President of CBGC.

Acknowledgement: This project has received funding from the Euro-
pean Union's Horizon Europe research and innovation programme. Views
and opinions expressed are those of the authors only.

ALGAE-ISLES | D1.2 Project handbook                                        Page 3 of 4
________________________________________________________________________________

Annex 1 – Version history
v0.1  02/02/2039  First draft (R. Medeiros Furtado)
v0.2  16/02/2039  Comments by WP leaders
v1.0  28/02/2039  Submitted

Annex 2 – Abbreviations
ACBA  Associação Cluster Biotecnologia Açores
BEA   Banco Español de Algas
CBGC  Cretan Blue Growth Cluster
REA   European Research Executive Agency

ALGAE-ISLES | D1.2 Project handbook                                        Page 4 of 4
"""
write(F, T)
gold(F,
 [P('Rita Medeiros Furtado','Project Coordinator','FRCT'),
  P('Ana Isabel Neto','Professor of Marine Biology','Universidade dos Açores'),
  P('Juan Luis Gómez Pinchetti','Head of the Banco Español de Algas','Banco Español de Algas'),
  P('Nuno Cabral Tavares','Cluster Manager','ACBA'),
  P('Eleni Kalogeraki','Senior Researcher','HCMR'),
  P('Marta Valero Ruiz','Communication Manager','ITC'),
  P('Olavur Gregersen','Chief Executive Officer','Ocean Rainforest Sp/F'),
  P('Sofia Kostopoulou','former head of unit','Hellenic Ministry of Rural Development and Food'),
  P('Adrien Vincent','Policy Director','Seaweed for Europe Foundation'),
  P('Maria Bergvik',None,'Innovation Norway'),
  P('Karin Oosterhuis','Project Officer','European Research Executive Agency'),
  P('Beatriz Pacheco',None,'ACBA'), P('Daniel Hernández Suárez',None,'ITC'),
  P('Giorgos Tsirintanis',None,'CBGC'), P('Rannvá Poulsen',None,'Fiskaaling P/F'),
  P('Manolis Daskalakis','President','CBGC')],
 [O('Fundo Regional para a Ciência e Tecnologia','FRCT'), O('Universidade dos Açores','UAc'),
  O('Associação Cluster Biotecnologia Açores','ACBA'), O('AlgaPico, Lda.'),
  O('Instituto Tecnológico de Canarias, S.A.','ITC'), O('Banco Español de Algas','BEA'),
  O('Universidad de Las Palmas de Gran Canaria'), O('Hellenic Centre for Marine Research','HCMR'),
  O('Cretan Blue Growth Cluster','CBGC'), O('Fiskaaling P/F'), O('Ocean Rainforest Sp/F'),
  O('Seaweed for Europe Foundation'), O('Wageningen University & Research','WUR'),
  O('Hellenic Ministry of Rural Development and Food'), O('Innovation Norway'),
  O('European Research Executive Agency','REA'), O('Unit B.3')],
 [E('kick-off meeting','2039-01-20',None,'Ponta Delgada','Portugal'),
  E('1st General Assembly','2039-09-13',None,'Heraklion','Greece'),
  E('Mid-term review','2040-06',None,'Brussels','Belgium'),
  E('Island seaweed forum','2041-06',None,'Las Palmas de Gran Canaria','Spain'),
  E('Final conference','2042-12',None,'Tórshavn','Faroe Islands')],
 ['2039-02-28','2039-01-01','2042-12-31','2039-01-20','2039-09-13','2039-12-31','2040-06','2041-06','2042-12',
  '2038-12-12','2039-02-02','2039-02-16'],
 ['The consortium agreement signed on 12 December 2038 is in force for all twelve partners',
  'The Steering Committee meets online every second month, on the first Tuesday',
  'Data from the cultivation trials will be published on an open repository within six months of collection',
  "The coordinator will ask REA for an amendment to add the Cretan Blue Growth Cluster's new legal representative, Dr Manolis Daskalakis, President of CBGC"],
 pub='2039-02-28')
