from h import *
F = 'annual-report-2034_chapter3_governance_CLAM.txt'
T = '''CLAM – Cluster Lucano Automotive e Mobilità · Annual Report 2034                                    page 14

3. GOVERNANCE

3.1 Legal form and bodies

The Cluster Lucano Automotive e Mobilità (CLAM) is a recognised association (associazione riconosciuta) under
Italian law, with its registered office in the San Nicola di Melfi industrial area (Potenza). It was founded on
11 July 2017 and was recognised by the Basilicata Region as the regional technology cluster for automotive and
sustainable mobility in 2018. Its statutes were last amended by the extraordinary General Assembly of 29 November 2033,
which created the Sustainability Committee and reduced the Board from eleven to nine members.

The bodies of the association are the General Assembly (Assemblea dei Soci), the Board of Directors (Consiglio
Direttivo), the President, the Scientific and Technical Committee, the Board of Auditors (Collegio dei Revisori) and,
since 2034, the Sustainability Committee. The operational structure is led by the Director.

3.2 General Assembly

The General Assembly brings together all 86 members (as of 31 December 2034): 61 companies, 9 universities and research
organisations, 11 public bodies and 5 associations. It met twice in 2034:

- ordinary session of 26 April 2034 in Potenza, at the University of Basilicata (approval of the 2033 accounts,
  election of the Board for 2034–2037);
- ordinary session of 13 December 2034 in Melfi (approval of the 2035 budget and work plan).

Main decisions of the General Assembly in 2034
- The 2033 accounts were approved with a surplus of EUR 41,200, carried forward to the skills fund
- A Board of nine members was elected for the term 2034–2037
- Membership fees remain unchanged for 2035; start-ups under three years pay no fee in their first year
- The 2035 work plan gives priority to the conversion of the supply chain to electric powertrains and to skills

3.3 Board of Directors

The Board of Directors elected on 26 April 2034 is composed of:

- Ing. Rocco Lo Vecchio – President (Lucania Stampaggi S.p.A.)
- Dr.ssa Teresa Santarsiero – Vice-President (University of Basilicata, Department of Engineering)
- Ing. Pierluigi De Bonis – Vice-President (Vulture Components S.r.l.)
- Dott. Carmine Laurenzana – Treasurer (Banca Popolare del Materano)
- Ing. Anna Maria Colangelo (Stellantis, Melfi plant)
- Dott. Vito Grieco (Confindustria Basilicata)
- Ing. Sabrina D'Andrea (Elettromeccanica Bradanica S.r.l.)
- Prof. Michele Pace (CNR – Institute of Methodologies for Environmental Analysis, Tito Scalo)
- Dott. Giuseppe Summa (Basilicata Region, Department for Productive Activities, observer without voting right)

The Board met nine times in 2034, with an average attendance of 89%. The outgoing Board, chaired by Ing. Franco
Vaccaro from 2028 to 2034, was thanked by the Assembly for its work; Ing. Vaccaro was appointed honorary president.

3.4 President

The President represents the association and chairs the Board and the Assembly. Rocco Lo Vecchio, 57, is managing
director of Lucania Stampaggi S.p.A., a metal stamping company with 310 employees in Melfi and Lavello. He has been a
member of the Board since 2021.

3.5 Scientific and Technical Committee

The Committee advises the Board on the research agenda and evaluates project ideas submitted by members. It is chaired by
Prof. Aurelia Sole (University of Basilicata) and includes:
- Prof. Nicola Cardinale, Polytechnic University of Bari
- Dr. Fabio Lorusso, ENEA, Trisaia Research Centre
- Dr.-Ing. Matthias Weidenbach, Fraunhofer Institute for Machine Tools and Forming Technology (IWU), Chemnitz
- Dr. Elena Marrese, Stellantis, Melfi plant

3.6 Sustainability Committee

The new Sustainability Committee met for the first time on 5 June 2034. It prepares the cluster's annual sustainability
report and advises members on the EU reporting obligations. Chair: Dott.ssa Giulia Carlucci (Vulture Components S.r.l.).
Members: Ing. Pasquale Mecca (Acquedotto Lucano S.p.A.) and Dr. Ilaria Ferrara (ALSIA – Lucanian Agency for Development
and Innovation in Agriculture).

3.7 Board of Auditors

Chair: Dott. Antonio Restaino. Members: Dott.ssa Maria Rosaria Pisani and Dott. Leonardo Cappiello. The Board of Auditors
reviewed the 2033 accounts and issued an unqualified opinion on 3 April 2034.

3.8 Operational structure

The Director, Dott.ssa Francesca Iacovino, has led the cluster's team since 2022. The team had seven staff at the end of
2034: two project managers, a skills coordinator, an internationalisation officer, a communication officer and an
administrative assistant. In September 2034 the team moved to new offices in the Melfi innovation hub, shared with the
Basilicata Region's business incubator.

3.9 Memberships and networks

CLAM is a member of the National Technology Cluster for Intelligent Factories (CFI) and of the Italian cluster association
Cluster Tecnologico Nazionale Trasporti Italia 2030, and takes part in the European Automotive Cluster Network. In 2034 it
signed cooperation agreements with the Automotive Cluster of Slovakia and with Pôle Véhicule du Futur in France.

3.10 Integrity and transparency

The association applies a code of ethics adopted in 2019 and an organisational model under Legislative Decree 231/2001.
Board members sign an annual declaration of interests. No conflicts were reported in 2034. The minutes of the General
Assembly are available to members in the members' area of the website.

CLAM – Cluster Lucano Automotive e Mobilità · Annual Report 2034                                    page 15
'''
write(F, T)
C = 'Cluster Lucano Automotive e Mobilità'
UB = 'University of Basilicata'
gold(F, [
 P('Rocco Lo Vecchio', 'President', C),
 P('Teresa Santarsiero', 'Vice-President', C),
 P('Pierluigi De Bonis', 'Vice-President', C),
 P('Carmine Laurenzana', 'Treasurer', C),
 P('Anna Maria Colangelo', None, 'Stellantis'),
 P('Vito Grieco', None, 'Confindustria Basilicata'),
 P("Sabrina D'Andrea", None, 'Elettromeccanica Bradanica S.r.l.'),
 P('Michele Pace', None, 'CNR'),
 P('Giuseppe Summa', 'observer without voting right', 'Basilicata Region'),
 P('Franco Vaccaro', 'honorary president', C),
 P('Aurelia Sole', None, UB),
 P('Nicola Cardinale', None, 'Polytechnic University of Bari'),
 P('Fabio Lorusso', None, 'ENEA'),
 P('Matthias Weidenbach', None, 'Fraunhofer Institute for Machine Tools and Forming Technology'),
 P('Elena Marrese', None, 'Stellantis'),
 P('Giulia Carlucci', 'Chair', 'Cluster Lucano Automotive e Mobilità'),
 P('Pasquale Mecca', None, 'Acquedotto Lucano S.p.A.'),
 P('Ilaria Ferrara', None, 'Lucanian Agency for Development and Innovation in Agriculture'),
 P('Antonio Restaino', 'Chair', None),
 P('Maria Rosaria Pisani', None, None),
 P('Leonardo Cappiello', None, None),
 P('Francesca Iacovino', 'Director', C),
],[
 O(C, 'CLAM'), O('Basilicata Region'), O(UB), O('Lucania Stampaggi S.p.A.'), O('Vulture Components S.r.l.'),
 O('Banca Popolare del Materano'), O('Stellantis'), O('Confindustria Basilicata'), O('Elettromeccanica Bradanica S.r.l.'),
 O('CNR'), O('Institute of Methodologies for Environmental Analysis'), O('Department of Engineering'), O('Department for Productive Activities'), O('Trisaia Research Centre'), O('Polytechnic University of Bari'), O('ENEA'),
 O('Fraunhofer Institute for Machine Tools and Forming Technology', 'IWU'), O('Acquedotto Lucano S.p.A.'),
 O('Lucanian Agency for Development and Innovation in Agriculture', 'ALSIA'),
 O('National Technology Cluster for Intelligent Factories', 'CFI'), O('Cluster Tecnologico Nazionale Trasporti Italia 2030'),
 O('European Automotive Cluster Network'), O('Automotive Cluster of Slovakia'), O('Pôle Véhicule du Futur'),
],[
 E('extraordinary General Assembly', '2033-11-29', '2033-11-29', None, None),
 E('ordinary session of 26 April 2034', '2034-04-26', '2034-04-26', 'Potenza', 'Italy'),
 E('ordinary session of 13 December 2034', '2034-12-13', '2034-12-13', 'Melfi', 'Italy'),
],['2034','2017-07-11','2018','2033-11-29','2034-12-31','2034-04-26','2033','2034/2037','2035','2034-12-13','2028/2034','2021','2034-06-05','2034-04-03','2022','2034-09','2019'],
km=['The 2033 accounts were approved with a surplus of EUR 41,200, carried forward to the skills fund',
 'A Board of nine members was elected for the term 2034–2037',
 'Membership fees remain unchanged for 2035; start-ups under three years pay no fee in their first year',
 'The 2035 work plan gives priority to the conversion of the supply chain to electric powertrains and to skills'])
