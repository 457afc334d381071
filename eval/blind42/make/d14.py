from common import *
t = """Rába Regional Innovation Agency Nonprofit Kft. (RRIA)
Organisation chart – text version for accessibility
Valid from 1 February 2036 (replaces the chart of 01.09.2034)

GENERAL ASSEMBLY (owners: Győr-Moson-Sopron County Council 51%, City of Győr 34%, Széchenyi István University 15%)
 |
SUPERVISORY BOARD
   Chair: Dr. Katalin Horváth-Szalai (County Council)
   Members: Gábor Lengyel (City of Győr), Prof. Dr. Zoltán Fekete (Széchenyi István University)
 |
MANAGING DIRECTOR – Bence Takács-Illés
   Executive assistant: Réka Molnár
   Quality and data protection officer: Attila Kun (part-time)
 |
 +-- DIRECTORATE FOR BUSINESS INNOVATION – Director: Dr. Eszter Varga-Pintér
 |     +-- Unit E-Mobility and Automotive Cluster Office – Head of Unit: Norbert Simon
 |     |       Cluster manager, Rába E-Mobility Cluster: Dóra Király
 |     |       Project officers: Máté Bakos, Lilla Szentgyörgyi
 |     +-- Unit Start-up and Incubation – Head of Unit: Péter Gulyás
 |     +-- Unit Enterprise Europe Network Desk – EEN Advisor: Judit Farkas-Rozsnyói
 |
 +-- DIRECTORATE FOR EU PROGRAMMES AND PARTNERSHIPS – Director: Krisztián Oláh
 |     +-- Unit Interreg and International Projects – Head of Unit: Andrea Dobos
 |     +-- Unit Smart Specialisation Monitoring – Head of Unit: vacant (acting: Krisztián Oláh)
 |
 +-- DIRECTORATE FOR FINANCE AND OPERATIONS – Director: Ildikó Pap
       +-- Accounting – Chief Accountant: Márta Veres
       +-- HR and Administration – HR Officer: Tímea Szűcs
       +-- IT and Facilities – Sysadmin: Dániel Horváth

ADVISORY BODIES
 Regional Innovation Council (chaired by the Managing Director; members from Pannon Járműipari Kft., Kisalföld Elektronika Zrt., Győri Akkumulátor Kft. and the Győr-Moson-Sopron County Chamber of Commerce and Industry)
 Youth Innovation Panel (coordinator: Lilla Szentgyörgyi)

CHANGES SINCE THE PREVIOUS CHART
 - New Unit E-Mobility and Automotive Cluster Office (merger of the former Automotive Cluster Desk and the E-Mobility Project Team, 15 January 2036).
 - Dr. Eszter Varga-Pintér, previously Head of Unit Start-up and Incubation, became Director for Business Innovation on 1 November 2035, succeeding Ferenc Balogh, who retired.
 - Péter Gulyás joined from Kisalföld Elektronika Zrt. on 4 January 2036.
 - The Smart Specialisation Monitoring unit head, Orsolya Németh, left for the Ministry for National Economy in December 2035.

NOTES ON REPORTING LINES
 - Unit heads report to their director; directors report to the Managing Director.
 - The cluster manager of the Rába E-Mobility Cluster reports to the Head of Unit for operational matters and, for the
   cluster's work programme, to the cluster's own members' meeting, which the agency hosts.
 - The Enterprise Europe Network desk is co-financed under the network's grant and follows its service standards.
 - Staff of the Unit Interreg and International Projects may be assigned to projects of other directorates; such
   assignments are agreed by the two directors concerned.
 - The quality and data protection officer has direct access to the Supervisory Board.

STAFF NUMBERS (full-time equivalents, 1 February 2036)
 Management and staff units 3.5 · Business Innovation 9 · EU Programmes and Partnerships 6 · Finance and Operations 5
 Total 23.5 (of which 4 positions financed by projects)

Next review of the chart: with the 2037 work programme.

RRIA · Győr, Szent István út 00 · www.rria.example · Page 1/1
"""
save("RRIA_organisation-chart_text-version_2036.txt", t, None,
 people=[P("Katalin Horváth-Szalai","Chair","Rába Regional Innovation Agency Nonprofit Kft."),
  P("Gábor Lengyel",None,"City of Győr"),
  P("Zoltán Fekete",None,"Széchenyi István University"),
  P("Bence Takács-Illés","MANAGING DIRECTOR","Rába Regional Innovation Agency Nonprofit Kft."),
  P("Réka Molnár","Executive assistant","Rába Regional Innovation Agency Nonprofit Kft."),
  P("Attila Kun","Quality and data protection officer","Rába Regional Innovation Agency Nonprofit Kft."),
  P("Eszter Varga-Pintér","Director","DIRECTORATE FOR BUSINESS INNOVATION"),
  P("Norbert Simon","Head of Unit","Unit E-Mobility and Automotive Cluster Office"),
  P("Dóra Király","Cluster manager","Rába E-Mobility Cluster"),
  P("Máté Bakos","Project officers","Unit E-Mobility and Automotive Cluster Office"),
  P("Lilla Szentgyörgyi","Project officers","Unit E-Mobility and Automotive Cluster Office"),
  P("Péter Gulyás","Head of Unit","Unit Start-up and Incubation"),
  P("Judit Farkas-Rozsnyói","EEN Advisor","Unit Enterprise Europe Network Desk"),
  P("Krisztián Oláh","Director","DIRECTORATE FOR EU PROGRAMMES AND PARTNERSHIPS"),
  P("Andrea Dobos","Head of Unit","Unit Interreg and International Projects"),
  P("Ildikó Pap","Director","DIRECTORATE FOR FINANCE AND OPERATIONS"),
  P("Márta Veres","Chief Accountant","DIRECTORATE FOR FINANCE AND OPERATIONS"),
  P("Tímea Szűcs","HR Officer","DIRECTORATE FOR FINANCE AND OPERATIONS"),
  P("Dániel Horváth","Sysadmin","DIRECTORATE FOR FINANCE AND OPERATIONS"),
  P("Ferenc Balogh",None,None),
  P("Orsolya Németh",None,"Ministry for National Economy")],
 orgs=[O("Rába Regional Innovation Agency Nonprofit Kft.","RRIA"),O("Győr-Moson-Sopron County Council"),
  O("City of Győr"),O("Széchenyi István University"),O("DIRECTORATE FOR BUSINESS INNOVATION"),
  O("Unit E-Mobility and Automotive Cluster Office"),O("Rába E-Mobility Cluster"),O("Unit Start-up and Incubation"),
  O("Unit Enterprise Europe Network Desk"),O("DIRECTORATE FOR EU PROGRAMMES AND PARTNERSHIPS"),
  O("Unit Interreg and International Projects"),O("Unit Smart Specialisation Monitoring"),
  O("DIRECTORATE FOR FINANCE AND OPERATIONS"),O("Regional Innovation Council"),O("Youth Innovation Panel"),O("Automotive Cluster Desk"),O("E-Mobility Project Team"),O("Pannon Járműipari Kft."),
  O("Kisalföld Elektronika Zrt."),O("Győri Akkumulátor Kft."),
  O("Győr-Moson-Sopron County Chamber of Commerce and Industry"),O("Ministry for National Economy"),
  O("Enterprise Europe Network","EEN")],
 dates=["2036-02-01","2034-09-01","2036-01-15","2035-11-01","2036-01-04","2035-12"])
