from h import *
F = 'g16_ourense_chaves_call_for_smes.txt'
assert wd(2042,1,22)=='Wednesday' and wd(2042,2,4)=='Tuesday' and wd(2042,2,6)=='Thursday'
T = """Home | The project | Partners | Calls | News | Contact            ES | PT | EN
You are here: Home > Calls > Open call for SMEs 2042

TERMAL-TECH | Interreg VI-A Spain-Portugal (POCTEP)
OPEN CALL FOR SMEs: CROSS-BORDER INNOVATION VOUCHERS FOR THERMAL TOURISM AND WATER TECHNOLOGIES

Published: 22/01/2042 · Call reference TT-SME-2042-01

TERMAL-TECH, a cross-border cooperation project between Galicia and the North of Portugal, invites small and medium-sized enterprises from the thermal spa, wellness and water technology sectors to apply for innovation vouchers. The call is open from Wednesday 22 January 2042 until Friday 28 March 2042 at 14:00 (Madrid time).

WHO IS BEHIND THE CALL
The project is led by the Deputación Provincial de Ourense and brings together five partners on both sides of the Miño and Tâmega rivers:
- Deputación Provincial de Ourense (lead partner), Ourense
- Clúster do Turismo de Galicia, Santiago de Compostela
- Universidade de Vigo – Campus de Ourense, Agroecology and Food Research Group
- Câmara Municipal de Chaves
- Associação das Termas de Portugal (ATP)
and one associated partner, the Eixo Atlântico do Noroeste Peninsular.

WHAT CAN BE FUNDED
Each voucher covers up to 80 % of eligible costs, with a maximum of EUR 20 000 per company. The total budget of the call is EUR 600 000. Eligible activities are:
- water quality monitoring and treatment technologies for thermal facilities
- digital booking and health-record systems for spa guests
- design of joint cross-border tourism products
- energy efficiency of thermal pools using geothermal heat
Applicants must work with a service provider from the other side of the border: Galician companies with a Portuguese provider and the other way round.

WHO CAN APPLY
SMEs registered in the provinces of Ourense and Pontevedra (Spain) or in the intermunicipal communities of Alto Tâmega e Barroso and Terras de Trás-os-Montes (Portugal). Companies that received a voucher in the first call (2040) may apply again only for a different activity.

INFORMATION SESSIONS
- Information session 1: Tuesday 4 February 2042, 10:30 – Ourense, Expourense exhibition centre, in Spanish, opened by the President of the Deputación Provincial de Ourense, Manuel Baltar-Novoa
- Information session 2: Thursday 6 February 2042, 15:00 – Chaves, Centro Cultural de Chaves, in Portuguese, with Nuno Vaz de Sousa-Pires, Mayor of Chaves
- Information session 3: Wednesday 12 February 2042, 11:00 – online, in English and Spanish
At the sessions, Dr. María José Iglesias Conde (Universidade de Vigo) will present examples from the first call, and the project coordinator, Xoán Carlos Rivas Outeiral, will answer questions about the application form.

RESULTS OF THE FIRST CALL
The first call, which ran from 1 October to 15 December 2040, funded 27 SMEs. Among them, the Balneario de Laias in Cenlle installed a real-time water monitoring system developed in Braga, and the Termas de Vidago hotel launched a joint "two-country spa route" with three Galician partners. "The voucher was small, but it made us speak to our neighbours for the first time," said Inês Carvalho Lopes, manager of the Vidago thermal hotel.

SELECTION AND TIMETABLE
Applications are assessed by a cross-border evaluation committee. Results will be published in May 2042, and projects must be completed by 31 December 2042. A matchmaking day for SMEs and service providers will be held in Verín on 20 February 2042 to help companies find a partner across the border.

DOCUMENTS
Call text (PDF, 820 KB) | Application form (DOCX) | Frequently asked questions | Declaration on de minimis aid

CONTACT
TERMAL-TECH project office, Deputación Provincial de Ourense, Rúa do Progreso 32, 32003 Ourense
Tel. +34 988 000 000 · termaltech@depourense.example.es
Contact person: Uxía Fernández Bouzas, project technician

The project is co-financed by the European Regional Development Fund (ERDF) through the Interreg VI-A Spain-Portugal Programme (POCTEP).

Share: Facebook | X | LinkedIn | WhatsApp
Cookie settings | Legal notice | Accessibility
"""
assert wd(2042,2,12)=='Wednesday' and wd(2042,3,28)=='Friday'
write(F, T)
D = "Deputación Provincial de Ourense"
gold(F,
 [P("Manuel Baltar-Novoa","President",D),
  P("Nuno Vaz de Sousa-Pires","Mayor of Chaves",None),
  P("María José Iglesias Conde",None,"Universidade de Vigo"),
  P("Xoán Carlos Rivas Outeiral","project coordinator",None),
  P("Inês Carvalho Lopes","manager","Termas de Vidago"),
  P("Uxía Fernández Bouzas","project technician",D)],
 [O(D), O("Clúster do Turismo de Galicia"), O("Universidade de Vigo"), O("Agroecology and Food Research Group"),
  O("Câmara Municipal de Chaves"), O("Associação das Termas de Portugal","ATP"), O("Eixo Atlântico do Noroeste Peninsular"),
  O("Balneario de Laias"), O("Termas de Vidago")],
 [E("Information session 1","2042-02-04",None,"Ourense","Spain"),
  E("Information session 2","2042-02-06",None,"Chaves","Portugal"),
  E("Information session 3","2042-02-12",None,None,None),
  E("matchmaking day","2042-02-20",None,"Verín","Spain")],
 ["2042-01-22","2042-01-22/2042-03-28","2040","2042-02-04","2042-02-06","2042-02-12","2040-10-01/2040-12-15",
  "2042-05","2042-12-31","2042-02-20"],
 [], pub="2042-01-22")
