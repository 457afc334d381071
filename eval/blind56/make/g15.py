from h import *
F = 'UMBRIA-HEMP_consortium-contact-list.txt'
T = '''UMBRIA-HEMP – Consortium contact list
Horizon Europe, Cluster 6, grant agreement No 101299999
"Hemp-based materials for rural construction and packaging in Mediterranean inland areas"
Duration: 1 September 2034 – 31 August 2038
Coordinator: Cluster Umbro per la Bioeconomia (CUB), Perugia, Italy
Version 1.2 – 18 October 2034 (after the kick-off meeting)

Please keep this list up to date. Send changes to the Project Management Office (pmo@umbria-hemp.example). The list is
confidential and for consortium use only; it does not replace the formal contact details in the Grant Agreement.

------------------------------------------------------------------------------------------------------------
Beneficiary 1 (Coordinator)
Cluster Umbro per la Bioeconomia (CUB) – Perugia, Italy
  Project Coordinator ........ Dr. Lucia Bartolini, Director of CUB
  Project Manager ............ Matteo Pellegrini
  Financial Officer .......... Rag. Sonia Fabbri
  Communication .............. Chiara Trequattrini (WP7 leader)

Beneficiary 2
Università degli Studi di Perugia, Department of Agricultural, Food and Environmental Sciences (DSA3) – Italy
  Scientific lead ............ Prof. Marco Guiducci (WP2 leader, hemp cultivation)
  Researcher ................. Dr. Elisa Montanucci

Beneficiary 3
Canapa Valnerina Società Cooperativa Agricola – Norcia, Italy
  Contact .................... Giuseppe Sabatini, President of the cooperative

Beneficiary 4
Technische Universität Graz, Institute of Structural Design – Austria
  Scientific lead ............ Univ.-Prof. Dipl.-Ing. Dr.techn. Andreas Leitgeb (WP3 leader, building materials)
  Postdoc .................... Mag. Katharina Hofer-Wenzl

Beneficiary 5
Hanfbau Steiermark GmbH – Gleisdorf, Austria
  Contact .................... Ing. Florian Kogler, Managing Director

Beneficiary 6
Fundación CARTIF – Boecillo (Valladolid), Spain
  Contact .................... Dra. Beatriz Martínez de la Calle, Head of the Biorefinery Area (WP4 leader, packaging)

Beneficiary 7
Envases Duero S.L. – Aranda de Duero, Spain
  Contact .................... Óscar Gil Redondo, Innovation Manager

Beneficiary 8
Institut Technique du Chanvre (ITC) – Troyes, France
  Contact .................... Amélie Durand-Lefort, Director
  Deputy ..................... Thibault Marchetti

Beneficiary 9
Kmetijski inštitut Slovenije (Agricultural Institute of Slovenia) – Ljubljana, Slovenia
  Contact .................... doc. dr. Barbara Čeh, Head of Department of Hop Research and Brewing (WP5 leader, value chains)

Beneficiary 10
Arkadia Hemp Innovations IKE – Tripoli, Greece
  Contact .................... Konstantinos Stathopoulos, CEO and co-founder

Beneficiary 11
Regione Umbria, Direzione Sviluppo economico – Perugia, Italy
  Contact .................... Dott.ssa Paola Brizi, Dirigente, Servizio Innovazione (WP6 leader, policy)

Associated partner (no funding)
Swiss Hemp Federation – Bern, Switzerland
  Contact .................... Reto Zimmermann-Bühler, Secretary General

Advisory Board
  Chair ...................... Prof. Dr. Hanna Lindholm-Virtanen, University of Helsinki
  Members .................... Dr. Jean-Marc Ndiaye, European Industrial Hemp Association (EIHA), Brussels
                               Arch. Sofia Ventura, Ordine degli Architetti di Perugia
                               Piotr Zawadzki, Polish Hemp Cluster (Polski Klaster Konopny), Poznań
------------------------------------------------------------------------------------------------------------

Governance bodies
- General Assembly: one representative per beneficiary; chaired by the Coordinator. Meets once a year.
- Executive Board: the Coordinator and the seven work package leaders. Meets every month online (first Tuesday).
- Project Management Office: Matteo Pellegrini and Sonia Fabbri (CUB).
- Quality and ethics manager: Prof. Marco Guiducci.
- Data management: Dr. Elisa Montanucci, who also keeps the data management plan (deliverable D1.2, due 28 February 2035).

Work packages
  WP1 Management – CUB
  WP2 Cultivation and primary processing – University of Perugia
  WP3 Hemp-lime and fibre building materials – TU Graz
  WP4 Bio-based packaging – CARTIF
  WP5 Value chains and business models – Agricultural Institute of Slovenia
  WP6 Policy, regional strategies and replication – Regione Umbria
  WP7 Communication, dissemination and exploitation – CUB

Meetings
- Kick-off meeting: Perugia, 11–12 October 2034 (held; minutes circulated on 16 October 2034)
- First General Assembly and demonstration day at the cooperative's fields: Norcia, 10–11 June 2035
- Second General Assembly: Graz, spring 2036
- Mid-term review with the European Research Executive Agency (REA): planned for March 2036
- Final conference: Brussels, June 2038

Notes on changes since version 1.1
- Beneficiary 6: the contact person is now Dra. Beatriz Martínez de la Calle; Dr. Ignacio Robles left CARTIF in
  September 2034.
- Beneficiary 8: the deputy contact Thibault Marchetti was added.
- Project Officer at REA: Ms Henrike van der Poel replaces Mr Ahmed Benali from 1 November 2034.
- The Advisory Board was completed with Piotr Zawadzki.

Responsibilities of contact persons
Each beneficiary names one main contact and, where possible, a deputy. The main contact receives all formal
correspondence from the Coordinator, signs the periodic technical and financial reports of the beneficiary, and makes
sure that the time sheets of all staff working on the project are kept up to date. Work package leaders prepare a short
monthly status note for the Executive Board and report risks and delays as early as possible. Questions about eligible
costs, amendments and payments go to the Financial Officer; questions about publications, the logo and the EU emblem go
to the Communication leader.

Mailing lists
  all@umbria-hemp.example – all consortium members
  eb@umbria-hemp.example – Executive Board
  wp3@umbria-hemp.example – building materials (TU Graz, Hanfbau Steiermark, CUB, Canapa Valnerina)
  wp4@umbria-hemp.example – packaging (CARTIF, Envases Duero, ITC, Arkadia)

Shared folder: the consortium workspace on the coordinator's server. Access is personal; please ask the
Project Management Office for an account and do not share passwords.

Document owner: Matteo Pellegrini, CUB · Last updated 18 October 2034
'''
write(F, T)
CUB = 'Cluster Umbro per la Bioeconomia'
gold(F, [
 P('Lucia Bartolini', 'Director of CUB', CUB),
 P('Matteo Pellegrini', 'Project Manager', CUB),
 P('Sonia Fabbri', 'Financial Officer', CUB),
 P('Chiara Trequattrini', 'WP7 leader', CUB),
 P('Marco Guiducci', 'Scientific lead', 'Università degli Studi di Perugia'),
 P('Elisa Montanucci', 'Researcher', 'Università degli Studi di Perugia'),
 P('Giuseppe Sabatini', 'President of the cooperative', 'Canapa Valnerina Società Cooperativa Agricola'),
 P('Andreas Leitgeb', 'Scientific lead', 'Technische Universität Graz'),
 P('Katharina Hofer-Wenzl', 'Postdoc', 'Technische Universität Graz'),
 P('Florian Kogler', 'Managing Director', 'Hanfbau Steiermark GmbH'),
 P('Beatriz Martínez de la Calle', 'Head of the Biorefinery Area', 'Fundación CARTIF'),
 P('Óscar Gil Redondo', 'Innovation Manager', 'Envases Duero S.L.'),
 P('Amélie Durand-Lefort', 'Director', 'Institut Technique du Chanvre'),
 P('Thibault Marchetti', 'Deputy', 'Institut Technique du Chanvre'),
 P('Barbara Čeh', 'Head of Department of Hop Research and Brewing', 'Kmetijski inštitut Slovenije'),
 P('Konstantinos Stathopoulos', 'CEO and co-founder', 'Arkadia Hemp Innovations IKE'),
 P('Paola Brizi', 'Dirigente, Servizio Innovazione', 'Regione Umbria'),
 P('Reto Zimmermann-Bühler', 'Secretary General', 'Swiss Hemp Federation'),
 P('Hanna Lindholm-Virtanen', 'Chair', 'University of Helsinki'),
 P('Jean-Marc Ndiaye', None, 'European Industrial Hemp Association'),
 P('Sofia Ventura', None, 'Ordine degli Architetti di Perugia'),
 P('Piotr Zawadzki', None, 'Polish Hemp Cluster'),
 P('Ignacio Robles', None, 'Fundación CARTIF'),
 P('Henrike van der Poel', None, 'European Research Executive Agency'),
 P('Ahmed Benali', 'Project Officer', 'European Research Executive Agency'),
],[
 O(CUB, 'CUB'), O('Università degli Studi di Perugia'), O('Department of Agricultural, Food and Environmental Sciences', 'DSA3'),
 O('Canapa Valnerina Società Cooperativa Agricola'), O('Technische Universität Graz'), O('Institute of Structural Design'),
 O('Hanfbau Steiermark GmbH'), O('Fundación CARTIF'), O('Envases Duero S.L.'), O('Institut Technique du Chanvre', 'ITC'),
 O('Kmetijski inštitut Slovenije'), O('Arkadia Hemp Innovations IKE'), O('Regione Umbria'), O('Direzione Sviluppo economico'),
 O('Swiss Hemp Federation'), O('University of Helsinki'), O('European Industrial Hemp Association', 'EIHA'),
 O('Ordine degli Architetti di Perugia'), O('Polish Hemp Cluster'), O('European Research Executive Agency', 'REA'),
],[
 E('Kick-off meeting', '2034-10-11', '2034-10-12', 'Perugia', 'Italy'),
 E('First General Assembly and demonstration day', '2035-06-10', '2035-06-11', 'Norcia', 'Italy'),
 E('Second General Assembly', '2036', '2036', 'Graz', 'Austria'),
 E('Mid-term review', '2036-03', '2036-03', None, None),
 E('Final conference', '2038-06', '2038-06', 'Brussels', 'Belgium'),
],['2034-09-01/2038-08-31','2034-10-18','2035-02-28','2034-10-11/2034-10-12','2034-10-16','2035-06-10/2035-06-11','2036','2036-03','2038-06','2034-09','2034-11-01'], pub=None)
