from common import *
doc = "call-for-applications-AeroBetica-Awards-2031.txt"
write(doc, """
AeroBética – Clúster Aeroespacial del Guadalquivir
News > Calls > AeroBética Awards 2031

CALL FOR APPLICATIONS: AEROBÉTICA AWARDS 2031
Published 3 March 2031 · Seville

For the fifth year, AeroBética, the aerospace cluster of the Guadalquivir valley, invites companies, research groups
and young professionals to apply for the AeroBética Awards. The awards recognise projects that have brought new
products, processes or skills to the Andalusian aerospace supply chain. The winners will be announced at the awards
ceremony on Thursday 2 October 2031 at the Real Alcázar of Seville, as part of the cluster's Annual Meeting.

CATEGORIES

1. Innovation of the Year (companies with fewer than 250 employees) – prize: €10,000 and a feature in the cluster's
   catalogue for the Farnborough International Airshow.
2. Sustainable Aviation – for a product or process that cuts emissions, noise or waste. Prize: €10,000, sponsored
   by Sevilla Composites S.A.
3. Digital Factory – for the use of data, robotics or AI on the shop floor. Prize: €7,500.
4. Young Talent – for an engineer or technician under 30 working in a member company. Prize: a three-week stay at a
   European partner cluster, offered with the support of the Agencia de Innovación y Desarrollo de Andalucía (IDEA).
5. Cooperation Award – for a project carried out by at least one SME and one university or technology centre in
   Andalusia.

WHO CAN APPLY

Member companies and their partners. Universities and technology centres may apply in categories 2, 3 and 5. A
company may submit up to two applications.

TIMELINE

Call opens ..................................... 3 March 2031
Online clinic for applicants ................... 8 April 2031, 11:00–12:00
Deadline for applications ...................... 31 May 2031, 14:00 (CEST)
Shortlist announced ............................ mid-July 2031
Jury hearings (shortlisted only) ............... 9–10 September 2031, Seville
Awards ceremony ................................ 2 October 2031

JURY

The jury is chaired by Prof. Dra. Inmaculada Ruiz-Calderón, Universidad de Sevilla, School of Engineering, and
includes:
- Álvaro Domínguez Vidal, director of operations, Sevilla Composites S.A.
- Ana Belén Morales, programme manager, Centro Tecnológico Avanzado de Andalucía (CETAA)
- Thomas Leclercq, head of supplier development, Avionor Industries (Toulouse)
- María José Carmona, cluster manager, AeroBética (non-voting secretary)

The decisions of the jury are final. Applicants may receive written feedback on request until 31 December 2031.

LAST YEAR'S WINNERS (2030)

Innovation of the Year went to Alas del Sur S.L. for its drone-based inspection of fuselage panels; the Young Talent
award to Lucía Pérez Ortega (Mecanizados Híspalis S.L.). The 2030 ceremony on 24 October 2030 gathered 350 guests.

"The awards show that Andalusian aerospace is more than subcontracting. Our members design, test and certify," said
Joaquín Barrionuevo, President of AeroBética.

How to apply: fill in the form on the members' portal and attach a description of max. five pages, a budget summary
and two letters of support. Questions: premios@aerobetica.example

AeroBética · Parque Tecnológico Aeroespacial, La Rinconada (Seville) · Privacy · Legal notice · Cookies
""")
gold(doc, "2031-03-03",
 [P("Inmaculada Ruiz-Calderón",None,"Universidad de Sevilla"),
  P("Álvaro Domínguez Vidal","director of operations","Sevilla Composites S.A."),
  P("Ana Belén Morales","programme manager","Centro Tecnológico Avanzado de Andalucía"),
  P("Thomas Leclercq","head of supplier development","Avionor Industries"),
  P("María José Carmona","cluster manager","AeroBética"),
  P("Lucía Pérez Ortega",None,"Mecanizados Híspalis S.L."),
  P("Joaquín Barrionuevo","President","AeroBética")],
 [O("AeroBética – Clúster Aeroespacial del Guadalquivir","AeroBética"), O("Sevilla Composites S.A."),
  O("Agencia de Innovación y Desarrollo de Andalucía","IDEA"), O("Universidad de Sevilla"), O("School of Engineering"),
  O("Centro Tecnológico Avanzado de Andalucía","CETAA"), O("Avionor Industries"), O("Alas del Sur S.L."),
  O("Mecanizados Híspalis S.L.")],
 [E("AeroBética Awards 2031 ceremony","2031-10-02",None,"Seville","Spain"),
  E("Annual Meeting","2031-10-02",None,"Seville","Spain"),
  E("Online clinic for applicants","2031-04-08",None,None,None),
  E("Jury hearings","2031-09-09","2031-09-10","Seville","Spain"),
  E("2030 ceremony","2030-10-24",None,None,None)],
 ["2031-03-03","2031-10-02","2031-04-08","2031-05-31","2031-07","2031-09-09/2031-09-10","2031-12-31","2030","2030-10-24"])
