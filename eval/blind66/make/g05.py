from h import *
F='umbria-innovation-agency-annual-report-2035-pdf.txt'
H='AUI – Agenzia Umbria Innovazione · Annual Report 2035'
T=f'''{H}                                                   17

4   GOVERNANCE AND ORGANISATION

4.1 Legal status and shareholders

Agenzia Umbria Innovazione S.p.A. (AUI) is an in-house company of the Re-
gion of Umbria, which holds 86.4 % of the shares. The other shareholders are the
Chamber of Commerce of Umbria (7.1 %), the Province of Perugia (3.5 %) and the
Province of Terni (3.0 %). The agency manages the regional cluster programme,
the innovation vouchers and the two technology parks in Perugia (Sant'Andrea delle
Fratte) and Terni (Maratta). Its tasks for 2034–2038 are set out in the service agree-
ment approved by the Regional Council on 18 December 2033.

4.2 Shareholders' meeting

The ordinary shareholders' meeting approved the financial statements for 2034 on
{wd(2035,4,29)} 29 April 2035 and appointed the new Board of Directors for the
three-year term 2035–2037. An extraordinary meeting on 12 September 2035 amend-
ed the articles of association to allow the agency to take part in European part-
nerships as coordinator.

4.3 Board of Directors

Until 29 April 2035 the Board of Directors was chaired by Avv. Lorenzo Baglioni
Ferretti, who had held the office since 2029. The new board consists of three
members:

  • Prof.ssa Francesca Orsini Pecetta – Chair (professor of industrial eco-
    nomics, University of Perugia)
  • Dott. Michele Santucci – Managing Director (amministratore delegato)
  • Ing. Valentina Rossi Cardarelli – Director

The board met eleven times in 2035. Attendance was 100 % except for the meet-
ing of 22 July 2035, when one director was absent.

4.4 Board of Statutory Auditors and external auditor

The Board of Statutory Auditors (Collegio sindacale) was appointed for 2033–2035:

  • Dott. Giovanni Marinelli – Chair
  • Dott.ssa Paola Fiorucci – Statutory auditor
  • Rag. Stefano Bartolini – Statutory auditor

The statutory audit of the accounts is carried out by Revisori Associati Centro
Italia S.r.l., Perugia, engagement partner Dott. Andrea Caporali, for the finan-
cial years 2033–2035.

4.5 Supervisory body (Law 231/2001)

The supervisory body (Organismo di vigilanza) is chaired by Avv. Silvia
Mencaroni, an external lawyer; its other member is the head of internal audit,
Dott. Roberto Pazzaglia.

{H}                                                   18

4.6 Advisory Committee for Clusters

The Advisory Committee for Clusters advises the board on the regional cluster
programme and on the smart specialisation strategy (S3 Umbria 2035–2041). Its
members in 2035 were:

  • Dr. Ulrike Haselsteiner-Costa, European Cluster Collaboration Platform
    (ECCP) expert – chair
  • Marco Tabarrini, President, Umbria Aerospace Cluster (UAC)
  • Elisabetta Nardi Bonucci, Manager, Cluster Agrifood Umbria
  • Ing. Fabio Ciampelli, Confindustria Umbria
  • Prof. Jan-Willem van Houten, Eindhoven University of Technology

The committee met on 6 March and on 14 October 2035. At its October meeting it
discussed the evaluation of the cluster programme 2029–2035 carried out by
the consultancy Technopolis Italia S.r.l.

4.7 Organisation and staff

On 31 December 2035 the agency employed 63 people (59.4 full-time equiva-
lents), of whom 36 women. The organisation chart was revised on 1 July 2035,
when the former Unit for Enterprise Support was split into two units.

  Unit                                   Head                          Staff
  Managing Director's Office             Dott. Michele Santucci           4
  Administration, Finance and HR         Dott.ssa Lucia Ranieri          11
  Clusters and Smart Specialisation      Dr. Tommaso Bellucci-Ward        9
  Innovation Vouchers and Incentives     Dott.ssa Claudia Spigarelli     13
  Technology Park Perugia                Ing. Gianluca Mariotti          10
  Technology Park Terni                  Ing. Sara De Angelis Pace        8
  European Projects                      Dr. Katarzyna Wiśniewska-Rossi   6
  Communication                          Dott. Federico Passeri           2

Staff by unit (headcount, 31.12.2035). Internal audit (1 person) reports direct-
ly to the board.

The Clusters and Smart Specialisation unit follows the six labelled regional
clusters and acts as the contact point of the Enterprise Europe Network Italy
(SIMPLER consortium) for Umbria. In 2035 it organised the Umbria Cluster Day
(Perugia, {wd(2035,5,21)} 21 May 2035), attended by 240 participants, and two
matchmaking days with clusters from Styria and Upper Austria.

4.8 Changes in management

Dott.ssa Anna Maria Proietti, head of the Innovation Vouchers unit since 2027,
retired on 30 June 2035 and was succeeded by Dott.ssa Claudia Spigarelli. Dr.
Katarzyna Wiśniewska-Rossi joined the agency on 1 February 2035 from the Mazovian
Regional Development Agency to lead the new European Pro-
jects unit.

{H}                                                   19

5   FINANCIAL STATEMENTS – SUMMARY

5.1 Revenue

Total revenue in 2035 was EUR 8.7 million (2034: EUR 8.1 million), of which
61 % came from the service agreement with the Region of Umbria, 24 % from
European projects and 15 % from rents and services in the technology parks...
'''
write(F,T)
A='Agenzia Umbria Innovazione S.p.A.'
gold(F,[P('Lorenzo Baglioni Ferretti','Chair',A),P('Francesca Orsini Pecetta','Chair',A),P('Michele Santucci','Managing Director',A),
 P('Valentina Rossi Cardarelli','Director',A),P('Giovanni Marinelli','Chair',A),P('Paola Fiorucci','Statutory auditor',A),
 P('Stefano Bartolini','Statutory auditor',A),P('Andrea Caporali','engagement partner','Revisori Associati Centro Italia S.r.l.'),
 P('Silvia Mencaroni','Chair',None),P('Roberto Pazzaglia','head of internal audit',A),
 P('Ulrike Haselsteiner-Costa','chair','European Cluster Collaboration Platform'),P('Marco Tabarrini','President','Umbria Aerospace Cluster'),
 P('Elisabetta Nardi Bonucci','Manager','Cluster Agrifood Umbria'),P('Fabio Ciampelli',None,'Confindustria Umbria'),P('Jan-Willem van Houten',None,'Eindhoven University of Technology'),
 P('Lucia Ranieri','Head',A),P('Tommaso Bellucci-Ward','Head',A),P('Claudia Spigarelli','Head',A),P('Gianluca Mariotti','Head',A),P('Sara De Angelis Pace','Head',A),
 P('Katarzyna Wiśniewska-Rossi','Head',A),P('Federico Passeri','Head',A),P('Anna Maria Proietti','head of the Innovation Vouchers unit',A)],
 [O(A,'AUI'),O('Region of Umbria'),O('Chamber of Commerce of Umbria'),O('Province of Perugia'),O('Province of Terni'),O('Regional Council'),
  O('Revisori Associati Centro Italia S.r.l.'),O('University of Perugia'),O('European Cluster Collaboration Platform','ECCP'),
  O('Umbria Aerospace Cluster','UAC'),O('Cluster Agrifood Umbria'),O('Confindustria Umbria'),O('Eindhoven University of Technology'),O('Technopolis Italia S.r.l.'),
  O('Enterprise Europe Network Italy'),O('SIMPLER consortium'),O('Mazovian Regional Development Agency')],
 [E("ordinary shareholders' meeting",'2035-04-29','2035-04-29',None,None),E('extraordinary meeting','2035-09-12','2035-09-12',None,None),
  E('meeting of 22 July 2035','2035-07-22','2035-07-22',None,None),E('committee meeting','2035-03-06','2035-03-06',None,None),
  E('October meeting of the committee','2035-10-14','2035-10-14',None,None),E('Umbria Cluster Day','2035-05-21','2035-05-21','Perugia','Italy'),E('matchmaking days',None,None,None,None)],
 ['2034/2038','2033-12-18','2034','2035-04-29','2035/2037','2035-09-12','2029','2035-07-22','2033/2035','2035/2041','2035','2035-03-06','2035-10-14','2029/2035',
  '2035-12-31','2035-07-01','2035-05-21','2027','2035-06-30','2035-02-01'])
