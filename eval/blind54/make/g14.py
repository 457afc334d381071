from h import *
F = 'SZEC_Annual-Report-2033_ch4-governance-pdf.txt'
T = '''Stara Zagora Energy Transition Cluster – Annual Report 2033                                                     21

4. GOVERNANCE AND MANAGEMENT

4.1 Legal form and bodies

The Stara Zagora Energy Transition Cluster (SZETC) is registered as a non-profit association
under the Bulgarian Non-Profit Legal Entities Act since 14 February 2028. Its bodies are the
General Assembly of members, the Management Board, the Control Council and the cluster
management team. An Advisory Council of external experts was added by decision of the Gen-
eral Assembly of 25 April 2031. In 2033 the cluster had 58 members: 34 companies, 9 municipali-
ties, 6 research and education bodies and 9 other organisations.

The General Assembly met twice in 2033: in its regular session on 27 April 2033 in Stara Zago-
ra (Trakia Business Centre) and in an extraordinary session, held online, on 6 December 2033,
which approved the cluster's application to the national cluster certification scheme.

Table 4.1 Composition of the governing bodies (as of 31 December 2033)

Body                    Function            Name                     Organisation
Management Board        Chair               Dimitar Kolev            Maritsa Power Services EAD
                        Deputy Chair        Radostina Petkova        Trakia University, Faculty of
                                                                     Technics and Technologies (Yambol)
                        Member              Georgi Stanchev          Kazanlak Solar AD
                        Member              Milena Dobreva-Ivanova   Municipality of Stara Zagora
                        Member              Ivaylo Nedelchev         ThermoMont OOD
Control Council         Chair               Vesela Atanasova         registered auditor
                        Member              Hristo Bonev             Chirpan Agro Energy EOOD
                        Member              Petya Zhelyazkova        Regional Chamber of Commerce
                                                                     Stara Zagora
Advisory Council        Chair               Prof. Nikolay Tsankov    Bulgarian Academy of Sciences,
                                                                     Institute of Electrochemistry
                        Member              Dr. Ana Lucía Morales    European Energy Regions Network
                                                                     (EERN), Brussels
                        Member              Krasimir ILIEV           Ministry of Energy, Directorate
                                                                     "Energy Transition"
Cluster management      Cluster Manager     Svetla Marinova-Dzhambazova
                        Project Manager     Boyan Todorov
                        Finance Officer     Daniela Ruseva (part-time)

Changes in 2033. Dimitar Kolev was elected chair of the Management Board on 27 April 2033,
succeeding Petar Vasilev (Maritsa Coal Mines? no longer a member) who had chaired the board since
the foundation in 2028. Mr Vasilev remains a member of the General Assembly as representa-
tive of Zagore Green Heat AD. Boyan Todorov joined the management team as project manager in
June 2033 from the Stara Zagora Regional Development Agency.

________________
Stara Zagora Energy Transition Cluster – Annual Report 2033                                                     22

4.2 Management team and functions

The cluster manager, Svetla Marinova-Dzhambazova, has led the team since 2029. She represents
the cluster in the Cluster Network Bulgaria (CNB) and is the contact for the European Cluster
Collaboration Platform. In 2033 the team managed a budget of BGN 1.1 million, of which 62% came
from projects, 27% from member fees and 11% from services. Part-time support for communication
was provided by the consultancy Zora Media EOOD (Nadya Koleva).

Decision-making followed the rules of procedure adopted in 2031: the Management Board met ten
times (six times in Stara Zagora, twice in Kazanlak and twice online); attendance was 91%. The
Control Council examined the 2032 accounts on 3 April 2033 and reported no irregularities.

4.3 Assessment

An external review of governance, carried out in autumn 2033 by the consultancy Balkan Cluster
Advisory (lead reviewer: Elitsa Georgieva), found that the structure is "clear, but dependent on a
small number of very active people". The review compared SZETC with two peer clusters abroad,
the Lusatia Energy Cluster in Cottbus and the Western Macedonia Transition Hub in Kozani.

4.4 Recommendations

The review made the following recommendations, which the Management Board accepted at its
meeting on 12 January 2034:
- Introduce term limits of two consecutive terms for the chair of the Management Board.
- Give the municipalities a second seat on the Management Board from the 2035 elections.
- Publish the minutes of the Management Board in summary form on the cluster website.
- Create a deputy cluster manager position to reduce dependence on one person.
- Hold at least one General Assembly per year outside Stara Zagora, in rotation among member
  municipalities.

The next regular General Assembly, with elections of all bodies for 2035–2038, is scheduled for
April 2035.

                                                                                                      22
'''
T = T.replace("succeeding Petar Vasilev (Maritsa Coal Mines? no longer a member) who had chaired the board since", "succeeding Petar Vasilev, who had chaired the board since")
write(F, T)
SZ='Stara Zagora Energy Transition Cluster'
gold(F, [
 P('Dimitar Kolev','Chair',SZ),
 P('Radostina Petkova','Deputy Chair',SZ),
 P('Georgi Stanchev',None,'Kazanlak Solar AD'),
 P('Milena Dobreva-Ivanova',None,'Municipality of Stara Zagora'),
 P('Ivaylo Nedelchev',None,'ThermoMont OOD'),
 P('Vesela Atanasova','Chair',SZ),
 P('Hristo Bonev',None,'Chirpan Agro Energy EOOD'),
 P('Petya Zhelyazkova',None,'Regional Chamber of Commerce Stara Zagora'),
 P('Nikolay Tsankov','Chair',SZ),
 P('Ana Lucía Morales',None,'European Energy Regions Network'),
 P('Krasimir ILIEV',None,'Ministry of Energy'),
 P('Svetla Marinova-Dzhambazova','Cluster Manager',SZ),
 P('Boyan Todorov','Project Manager',SZ),
 P('Daniela Ruseva','Finance Officer',SZ),
 P('Petar Vasilev',None,'Zagore Green Heat AD'),
 P('Nadya Koleva',None,'Zora Media EOOD'),
 P('Elitsa Georgieva','lead reviewer','Balkan Cluster Advisory'),
],[
 O(SZ,'SZETC'), O('Maritsa Power Services EAD'), O('Trakia University'), O('Faculty of Technics and Technologies'),
 O('Kazanlak Solar AD'), O('Municipality of Stara Zagora'), O('ThermoMont OOD'), O('Chirpan Agro Energy EOOD'),
 O('Regional Chamber of Commerce Stara Zagora'), O('Bulgarian Academy of Sciences'), O('Institute of Electrochemistry'),
 O('European Energy Regions Network','EERN'), O('Ministry of Energy'), O('Directorate "Energy Transition"'), O('Zagore Green Heat AD'),
 O('Stara Zagora Regional Development Agency'), O('Cluster Network Bulgaria','CNB'), O('European Cluster Collaboration Platform'),
 O('Zora Media EOOD'), O('Balkan Cluster Advisory'), O('Lusatia Energy Cluster'), O('Western Macedonia Transition Hub'),
],[
 E('General Assembly','2033-04-27','2033-04-27','Stara Zagora','Bulgaria'),
 E('extraordinary session','2033-12-06','2033-12-06',None,None),
 E('regular General Assembly','2035-04','2035-04',None,None),
],['2033','2028-02-14','2031-04-25','2033-04-27','2033-12-06','2033-12-31','2028','2033-06','2029','2031','2032','2033-04-03','2034-01-12','2035','2035/2038','2035-04'],
 km=['Introduce term limits of two consecutive terms for the chair of the Management Board',
     'Give the municipalities a second seat on the Management Board from the 2035 elections',
     'Publish the minutes of the Management Board in summary form on the cluster website',
     'Create a deputy cluster manager position to reduce dependence on one person',
     'Hold at least one General Assembly per year outside Stara Zagora, in rotation among member municipalities'])
