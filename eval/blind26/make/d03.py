from mk import save
T = '''SETC | Annual Report 2034                                                        11

4  GOVERNANCE

4.1 General Assembly
The General Assembly of the Silesian Energy Transition Cluster, z.s. (SETC) met
twice in 2034: on 23 April 2034 in Ostrava (ordinary session, 61 of 94 mem-
bers present) and on 19 November 2034 online (extraordinary session on the
change of the membership fee scale). The ordinary session approved the ac-
counts for 2033 and elected two new board members.

4.2 Board of Directors
The Board met eight times in 2034. Its composition on 31 December 2034 was
as follows:

Name                        Organisation                              Position
Ing. Tomáš Kolařík          Vítkovická teplárna a.s.                  Chairman of the Board
Mgr. Lenka Hrubá            VŠB – Technical University of Ostrava     Vice-Chair
Ing. Petr Machálek, MBA     Hydrion s.r.o.                            Member
Ing. Jana Siwek             Moravian-Silesian Region                  Member
Bc. Radim Dvořáček          Karvex a.s.                               Member
doc. Ing. Ondřej Bialek,    Centrum energetického výzkumu             Member
Ph.D.
Ing. Kateřina Pospíšilová   Solaris Frýdek s.r.o.                     Member (since 23/04/2034)

Ing. Martin Šebesta (Karvex a.s.) and Ing. Hana Novotná (Ostravské
vodárny a kanalizace a.s.) left the Board at the General Assembly on 23 April
2034 after two terms. The Board thanks them for their work.

4.3 Supervisory Board
Ing. Vladimír Kročil (chair), Ing. Eva Janíčková, JUDr. Pavel Tomeček.

4.4 Management team

Ing. Barbora Lichnovská, Ph.D. – executive director
Ing. Štěpán Dostál – cluster manager, hydrogen and storage
Mgr. Denisa Kubalová – project manager, EU projects
Lukáš Ferenc – communication and events
Ing. Irena Mrázková – finance and administration

In June 2034 Barbora Lichnovská took over as executive director from Ing.
Aleš Hanák, who had led the secretariat since the founding of the cluster in
2016 and moved to CzechInvest as regional director for the Moravian-Silesian
Region.

________________________________________________________________________________
SETC | Annual Report 2034                                                        12

5  KEY FIGURES

                                         2033          2034
Members (31 Dec)                           88            94
  of which SMEs                            59            64
Events organised                           21            27
Participants at events                  1,940         2,310
Joint projects started                      6             9

Income in 2034 reached CZK 18.4 million, of which 41 % came from member-
ship fees and services and 46 % from projects (Interreg Czechia–Poland, Single
Market Programme, OP Technologies and Applications for Competitiveness).
The result for the year was a small surplus of CZK 0.3 million.

6  OUTLOOK 2035

In 2035 the cluster will open a hydrogen test hall in the Karviná brown-
field, prepare the third edition of the Coal to Hydrogen Forum (planned for
8–9 October 2035 in Ostrava) and renew its Silver Label of the European
Cluster Excellence Initiative. The next General Assembly will be held on
22 April 2035.

________________________________________________________________________________
SETC | Annual Report 2034                                                        13
'''
save('setc-annual-report-2034-excerpt-pdf.txt', T, None,
 [("Tomáš Kolařík","Chairman of the Board","SETC"),
  ("Lenka Hrubá","Vice-Chair","SETC"),
  ("Petr Machálek","Member","SETC"),
  ("Jana Siwek","Member","SETC"),
  ("Radim Dvořáček","Member","SETC"),
  ("Ondřej Bialek","Member","SETC"),
  ("Kateřina Pospíšilová","Member","SETC"),
  ("Martin Šebesta",None,"Karvex a.s."),
  ("Hana Novotná",None,"Ostravské vodárny a kanalizace a.s."),
  ("Vladimír Kročil","chair","SETC"),
  ("Eva Janíčková",None,"SETC"),
  ("Pavel Tomeček",None,"SETC"),
  ("Barbora Lichnovská","executive director","SETC"),
  ("Štěpán Dostál","cluster manager, hydrogen and storage","SETC"),
  ("Denisa Kubalová","project manager, EU projects","SETC"),
  ("Lukáš Ferenc","communication and events","SETC"),
  ("Irena Mrázková","finance and administration","SETC"),
  ("Aleš Hanák","regional director","CzechInvest")],
 [("Silesian Energy Transition Cluster, z.s.","SETC"),("Vítkovická teplárna a.s.",None),("VŠB – Technical University of Ostrava","VŠB"),
  ("Hydrion s.r.o.",None),("Moravian-Silesian Region",None),("Karvex a.s.",None),("Centrum energetického výzkumu",None),
  ("Solaris Frýdek s.r.o.",None),("Ostravské vodárny a kanalizace a.s.",None),("CzechInvest",None)],
 [("General Assembly (ordinary session)","2034-04-23","2034-04-23","Ostrava","Czechia"),
  ("General Assembly (extraordinary session)","2034-11-19","2034-11-19",None,None),
  ("Coal to Hydrogen Forum","2035-10-08","2035-10-09","Ostrava","Czechia"),
  ("next General Assembly","2035-04-22","2035-04-22",None,None)],
 ["2034","2034-04-23","2034-11-19","2033","2034-12-31","2034-06","2016","2035","2035-10-08/2035-10-09","2035-04-22"],
 [])
