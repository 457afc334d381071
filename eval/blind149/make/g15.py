from h import *
F = 'g15_szekesfehervar_contact_page.txt'
assert wd(2038,12,22)=='Wednesday' and wd(2039,1,5)=='Wednesday' and wd(2039,2,11)=='Friday'
T = """Central Transdanubian Automotive Cluster – Contact

Home > About us > Contact

Skip to content | Magyar | English | Deutsch

CONTACT US

Central Transdanubian Automotive Cluster (Közép-Dunántúli Járműipari Klaszter Egyesület, KDJK)
Seregélyesi út 00, H-8000 Székesfehérvár, Hungary
Phone: +36 22 000 000 | E-mail: info@kdjk.example.hu
Tax no. 00000000-0-07 | Registered by the Székesfehérvár Regional Court in 2029

Office hours: Monday to Thursday 8:00–16:30, Friday 8:00–13:00.
Holiday closure: the office is closed from Wednesday 22 December 2038 to Wednesday 5 January 2039. Urgent membership matters: call +36 30 000 0000.

WHO TO CONTACT

Management
Dr. Gábor Kertész-Halmi – Managing Director
gabor.kertesz-halmi@kdjk.example.hu
General questions about the cluster, strategy, relations with the Fejér County Government Office and the Ministry for National Economy.

Zsuzsanna Vörös – Deputy Managing Director and Head of Member Services
zsuzsanna.voros@kdjk.example.hu
Membership applications, fees, the members' directory.

Projects and innovation
Bence Szalai – Innovation Manager
bence.szalai@kdjk.example.hu
Joint R&D projects with Óbuda University Alba Regia Faculty and the Széchenyi István University in Győr; the supplier development programme.

Dr. Ágnes Lakatos-Pintér – EU Project Manager
agnes.lakatos@kdjk.example.hu
Interreg and Horizon Europe projects, international partner search.

Training and skills
Tamás Fehérvári – Training Coordinator
tamas.fehervari@kdjk.example.hu
Dual training with the Székesfehérvár Vocational Training Centre, apprenticeship fairs.

Communication and events
Lilla Somogyi – Communications and Events Officer
lilla.somogyi@kdjk.example.hu
Newsletter, press, the annual Automotive Supplier Day, photo requests.

Finance and administration
Erzsébet Nagy – Office Manager (finance, invoices, certificates of membership)
erzsebet.nagy@kdjk.example.hu

PRESIDENCY

The cluster's presidency is elected by the general assembly for three years. Current presidency (2037–2040):
- President: János Bakonyi, plant director, Alcoa-Köfém Kft.
- Vice-President: Anikó Fodor-Weiss, head of purchasing, Denso Gyártó Magyarország Kft.
- Vice-President: Prof. Dr. László Horváth, Óbuda University
For matters concerning the presidency please write to elnokseg@kdjk.example.hu; the presidency's assistant is Krisztina Varga.

Supervisory board: Péter Kiss (chair), Judit Szabó, Roland Eckhardt.

REGIONAL CONTACT POINTS
Veszprém: Márton Bíró, at the Veszprém County Chamber of Commerce and Industry, Tuesdays 9:00–12:00
Tatabánya: Eszter Kovács-Lindner, at the Komárom-Esztergom County Enterprise Development Foundation, Thursdays 9:00–12:00

GETTING HERE
By train: Székesfehérvár station, then bus 26 to "Ipari Park". By car: M7 motorway, exit 62, follow signs to the Northern Industrial Park. Free parking for visitors behind the building.

UPCOMING
Members' New Year Meeting: Thursday 6 January 2039, 16:00, at the cluster office.
Automotive Supplier Day 2039: Friday 11 February 2039, Székesfehérvár, Videoton Conference Centre. Previous editions: 26 November 2038 (Győr), 2037 (Veszprém).
Deadline for membership applications to be decided at the next presidency meeting: 31 January 2039.

FREQUENTLY ASKED QUESTIONS
Who can become a member? Any company, research organisation, school or public body with a site in Fejér, Veszprém or Komárom-Esztergom county that works for the vehicle industry. Suppliers from other Hungarian counties may join as associate members without voting rights.
How long does admission take? Applications are decided by the presidency, which meets every six to eight weeks. You will receive an answer by e-mail within two weeks of the meeting.
Can I get a certificate of membership for a tender? Yes, write to the office manager; certificates are issued within three working days.
Do you offer meeting rooms? Members can book our meeting room for up to twelve people free of charge.

Send us a message
Name* | Organisation | E-mail* | Subject* | Message*
[ ] I have read the privacy notice.  [Send]

Follow us: LinkedIn | Facebook | YouTube
© 2038 KDJK · Imprint · Privacy notice · Cookie settings
Supported by the Economic Development and Innovation Operational Programme Plus.
"""
write(F, T)
assert wd(2039,1,6)=='Thursday'
C="Central Transdanubian Automotive Cluster"
gold(F,
 [P("Gábor Kertész-Halmi","Managing Director",C),
  P("Zsuzsanna Vörös","Deputy Managing Director and Head of Member Services",C),
  P("Bence Szalai","Innovation Manager",C),
  P("Ágnes Lakatos-Pintér","EU Project Manager",C),
  P("Tamás Fehérvári","Training Coordinator",C),
  P("Lilla Somogyi","Communications and Events Officer",C),
  P("Erzsébet Nagy","Office Manager",C),
  P("János Bakonyi","President",C),
  P("Anikó Fodor-Weiss","Vice-President",C),
  P("László Horváth","Vice-President",C),
  P("Krisztina Varga","presidency's assistant",C),
  P("Péter Kiss","chair",C),
  P("Judit Szabó",None,C),
  P("Roland Eckhardt",None,C),
  P("Márton Bíró",None,"Veszprém County Chamber of Commerce and Industry"),
  P("Eszter Kovács-Lindner",None,"Komárom-Esztergom County Enterprise Development Foundation")],
 [O(C,"KDJK"), O("Székesfehérvár Regional Court"), O("Fejér County Government Office"), O("Ministry for National Economy"),
  O("Óbuda University Alba Regia Faculty"), O("Óbuda University"), O("Széchenyi István University"),
  O("Székesfehérvár Vocational Training Centre"), O("Alcoa-Köfém Kft."), O("Denso Gyártó Magyarország Kft."),
  O("Veszprém County Chamber of Commerce and Industry"), O("Komárom-Esztergom County Enterprise Development Foundation")],
 [E("Members' New Year Meeting","2039-01-06",None,None,None),
  E("Automotive Supplier Day 2039","2039-02-11",None,"Székesfehérvár","Hungary"),
  E("Automotive Supplier Day (2038)","2038-11-26",None,"Győr","Hungary"),
  E("Automotive Supplier Day (2037)","2037",None,"Veszprém","Hungary")],
 ["2029","2038-12-22/2039-01-05","2037/2040","2039-01-06","2039-02-11","2038-11-26","2037","2039-01-31"],
 [], pub=None)
