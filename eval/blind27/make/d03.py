from mk import *
doc = "KPLC_Photonics_Management_Academy_2033_brochure-pdf.txt"
text(doc, """
PHOTONICS MANAGEMENT ACADEMY 2033
Six modules for managers of laser and optics SMEs

Kaunas Photonics and Lasers Cluster (KPLC)
in cooperation with Kaunas University of Technology (KTU) and Vilnius Tech


Why an academy?
Lithuania's laser companies grew out of research labs. Many are now run by phys-
icists who became managers on the job. The Academy, first held in 2031, gives
them a structured programme on strategy, finance, export and people, taught by
practitioners. Each module combines one or two days in class with a company visit.
Participants who complete at least five of the six modules receive the KPLC cer-
tificate.

Programme at a glance

Module 1 – Strategy for deep-tech SMEs
22–23 February 2033, Kaunas, Santaka Valley
Trainers: Dr. Aistė Juodvalkė (Kaunas University of Technology), Mindaugas
Baranauskas, founder of Spektrila UAB

Module 2 – Financing growth: grants, venture debt, equity
21 March 2033, Vilnius, Sunrise Valley Science and Technology Park
Trainer: Laura Vaitkevičiūtė-Stone, partner, Nemunas Ventures

Module 3 – Export to the US and Asia
18–19 April 2033, online (two half days)
With the export advisors of Innovation Agency Lithuania

KPLC | Photonics Management Academy 2033                                  2

Module 4 – Leading research teams
16 May 2033, Kaunas, KTU Santaka campus
Trainer: Prof. Henrik Ahlgren, Lund University

Module 5 – Quality, certification and defence markets
12–13 June 2033, Klaipėda
Company visit: Baltoptika UAB. Trainer: Rolandas Šimkus, quality director,
Baltoptika UAB

Module 6 – Final project presentations
15 September 2033, Vilnius, Lithuanian Academy of Sciences
Jury: Eglė Petrauskienė, managing director of KPLC, and an investor panel.
Certificates are handed over at the closing reception the same evening.

Practical details
Fee: 1,200 EUR for the full academy (KPLC members 800 EUR); single modules
250 EUR. Up to 50 % of the fee can be covered by the cluster's Baltic Skills
Voucher. Applications: by 31 January 2033 via the KPLC website. Selection
results: 7 February 2033.

Contact
Justina Mockutė, training coordinator, KPLC
academy@kplc.example | +370 600 00000

KPLC | Photonics Management Academy 2033                                  3
""")
gold(doc, None,
 [P("Aistė Juodvalkė", None, "Kaunas University of Technology"), P("Mindaugas Baranauskas", "founder", "Spektrila UAB"),
  P("Laura Vaitkevičiūtė-Stone", "partner", "Nemunas Ventures"), P("Henrik Ahlgren", None, "Lund University"),
  P("Rolandas Šimkus", "quality director", "Baltoptika UAB"), P("Eglė Petrauskienė", "managing director", "KPLC"),
  P("Justina Mockutė", "training coordinator", "KPLC")],
 [O("Kaunas Photonics and Lasers Cluster", "KPLC"), O("Kaunas University of Technology", "KTU"), O("Vilnius Tech"),
  O("Spektrila UAB"), O("Sunrise Valley Science and Technology Park"), O("Nemunas Ventures"),
  O("Innovation Agency Lithuania"), O("Lund University"), O("Baltoptika UAB"), O("Lithuanian Academy of Sciences")],
 [E("Module 1 – Strategy for deep-tech SMEs", "2033-02-22", "2033-02-23", "Kaunas", "Lithuania"),
  E("Module 2 – Financing growth: grants, venture debt, equity", "2033-03-21", "2033-03-21", "Vilnius", "Lithuania"),
  E("Module 3 – Export to the US and Asia", "2033-04-18", "2033-04-19", None, None),
  E("Module 4 – Leading research teams", "2033-05-16", "2033-05-16", "Kaunas", "Lithuania"),
  E("Module 5 – Quality, certification and defence markets", "2033-06-12", "2033-06-13", "Klaipėda", "Lithuania"),
  E("Module 6 – Final project presentations", "2033-09-15", "2033-09-15", "Vilnius", "Lithuania")],
 ["2031", "2033-02-22/2033-02-23", "2033-03-21", "2033-04-18/2033-04-19", "2033-05-16", "2033-06-12/2033-06-13",
  "2033-09-15", "2033-01-31", "2033-02-07"])
