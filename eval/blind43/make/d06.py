from common import *
T = """ROMANIA AT ELECTRONICA 2034 – JOINT NATIONAL PAVILION
Hall B5, Stand 410 · Messe München · 15–18 November 2034

Press information · Timișoara / Munich, 28 October 2034

Twenty-two Romanian companies and research organisations will present their products and services on the national pavilion at electronica 2034, the world's leading trade fair for electronic components, systems and applications, held at Messe München from 15 to 18 November. The pavilion is organised by the Banat Electronics Cluster (BEC) from Timișoara on behalf of the Ministry of Economy, Entrepreneurship and Tourism, with co-financing from the national export promotion programme, and in partnership with the Romanian Association for Electronic and Software Industry (ARIES).

"Romania is no longer only a place where electronics are assembled. Half of the exhibitors on our pavilion design their own chips, boards or firmware," said Cristian Jurcă, executive director of BEC. "Munich is where our customers from the automotive and industrial sectors come to look for new suppliers, so we want them to find us in one place."

The pavilion covers 260 m² and includes a shared meeting area, a demonstration bench for automotive radar modules and a "Start-up Corner" with four young companies.

EXHIBITORS ON THE ROMANIAN PAVILION

Power electronics and automotive
- Begatronic S.R.L. (Timișoara) – inverters and on-board chargers for light electric vehicles
- Lugoj Power Modules S.A. (Lugoj) – IGBT and SiC power modules
- Carpatic Drive Systems S.R.L. (Brașov) – motor control boards for e-bikes and scooters
- Radar Vest S.R.L. (Arad) – 77 GHz radar sensor modules

Embedded systems and software
- Fortuna Embedded S.R.L. (Cluj-Napoca) – safety-critical firmware
- Iosefin Labs S.R.L. (Timișoara) – test automation for ECUs
- Someș Microcontrol S.R.L. (Bistrița) – low-power IoT gateways

EMS and PCB assembly
- Electromureș Contract Manufacturing S.A. (Târgu Mureș)
- Circuitul Banat S.R.L. (Reșița)
- Alba PCB Solutions S.R.L. (Alba Iulia)

Research and education
- Politehnica University Timișoara, Faculty of Electronics, Telecommunications and Information Technologies
- National Institute for Research and Development in Microtechnologies (IMT Bucharest)
- Transilvania University of Brașov

Start-up Corner
- Senzorio S.R.L., Nivolta S.R.L., Quarzia Tech S.R.L., BlueFerro S.R.L.

(The full list of 22 exhibitors with contact details is available on request.)

SIDE EVENTS ON AND AROUND THE PAVILION

Wednesday, 15 November 2034, 11:00 – Official opening of the pavilion with Ambassador Radu Popescu-Lazăr and State Secretary Mihaela Tudorache, Ministry of Economy, Entrepreneurship and Tourism. Welcome by Ioana Vlaicu, President of BEC and CEO of Begatronic S.R.L.

Thursday, 16 November 2034, 14:00–15:30 – "Romanian Electronics Supply Chain Briefing" (English), hall B5 forum stage. Speakers: Dr. Adrian Miclea, dean of the faculty at Politehnica University Timișoara; Georg Hinterberger, purchasing director, Traunreuter Fahrzeugelektronik GmbH; Cristian Jurcă, BEC.

Thursday, 16 November 2034, 18:30 – Romanian networking evening at the pavilion with the German-Romanian Chamber of Industry and Commerce (AHK Rumänien). By invitation.

Friday, 17 November 2034, 09:00–12:00 – B2B matchmaking "Meet the Romanian suppliers", organised with Enterprise Europe Network Bavaria (Bayern Innovativ) and EEN Romania West. Pre-booked meetings of 20 minutes; profiles can be submitted until 8 November.

Saturday, 18 November 2034 – Visit of a Romanian delegation of 12 cluster members to the research fab of a Fraunhofer institute in Munich (closed group).

BACKGROUND

The Banat Electronics Cluster was founded in 2019 and today brings together 74 members from western Romania. It has coordinated national pavilions at electronica since the 2028 edition and at productronica since 2031. In 2033 it received the ESCA Gold Label for cluster management excellence.

Media contact: Diana Moldovan, communication officer, Banat Electronics Cluster, press@bec-cluster.example, +40 256 000 000
"""
gold("BEC_press_Romania-pavilion-electronica-2034.txt", "2034-10-28",
 [P("Cristian Jurcă","executive director","BEC"),
  P("Radu Popescu-Lazăr","Ambassador",None),
  P("Mihaela Tudorache","State Secretary","Ministry of Economy, Entrepreneurship and Tourism"),
  P("Ioana Vlaicu","President","BEC"),
  P("Adrian Miclea","dean of the faculty","Politehnica University Timișoara"),
  P("Georg Hinterberger","purchasing director","Traunreuter Fahrzeugelektronik GmbH"),
  P("Diana Moldovan","communication officer","Banat Electronics Cluster")],
 [O("Banat Electronics Cluster","BEC"), O("Ministry of Economy, Entrepreneurship and Tourism"),
  O("Romanian Association for Electronic and Software Industry","ARIES"),
  O("Begatronic S.R.L."), O("Lugoj Power Modules S.A."), O("Carpatic Drive Systems S.R.L."), O("Radar Vest S.R.L."),
  O("Fortuna Embedded S.R.L."), O("Iosefin Labs S.R.L."), O("Someș Microcontrol S.R.L."),
  O("Electromureș Contract Manufacturing S.A."), O("Circuitul Banat S.R.L."), O("Alba PCB Solutions S.R.L."),
  O("Politehnica University Timișoara"), O("Faculty of Electronics, Telecommunications and Information Technologies"),
  O("National Institute for Research and Development in Microtechnologies","IMT Bucharest"),
  O("Transilvania University of Brașov"),
  O("Senzorio S.R.L."), O("Nivolta S.R.L."), O("Quarzia Tech S.R.L."), O("BlueFerro S.R.L."),
  O("Traunreuter Fahrzeugelektronik GmbH"),
  O("German-Romanian Chamber of Industry and Commerce","AHK Rumänien"),
  O("Enterprise Europe Network Bavaria"), O("Bayern Innovativ"), O("EEN Romania West")],
 [E("electronica 2034","2034-11-15","2034-11-18","Munich","Germany"),
  E("Official opening of the pavilion","2034-11-15",None,"Munich","Germany"),
  E("Romanian Electronics Supply Chain Briefing","2034-11-16",None,"Munich","Germany"),
  E("Romanian networking evening","2034-11-16",None,"Munich","Germany"),
  E("Meet the Romanian suppliers","2034-11-17",None,"Munich","Germany")],
 ["2034-11-15/2034-11-18","2034-10-28","2034-11-15","2034-11-16","2034-11-17","2034-11-08","2034-11-18","2019","2031","2033"],
 [], T)
