from common import *
fn = "aviso_aplazamiento_Foro-Atlantico-Agua-Energia-2036.txt"
t = """IMPORTANT NOTICE – AVISO IMPORTANTE
Atlantic Water & Energy Islands Forum 2036 postponed to autumn

Las Palmas de Gran Canaria, 3 March 2036

Dear participants, speakers, exhibitors and partners,

The Clúster Canario del Agua y la Energía (CLAE), together with the Instituto Tecnológico de Canarias (ITC) and the Cabildo de Gran Canaria, regrets to announce that the Atlantic Water & Energy Islands Forum 2036, planned for 21–23 April 2036 at the Auditorio Alfredo Kraus in Las Palmas de Gran Canaria, has been postponed.

NEW DATES: Wednesday 28 to Friday 30 October 2036, same venue.

Why we postpone
The renovation of the conference wing of the venue will not be completed in time, and the partner event of the island network AtlantIsles, which was to be held back-to-back with the forum, has itself moved to October. Holding both events together in autumn will allow delegations from Madeira, the Azores, Cabo Verde and the Caribbean to travel once instead of twice.

"We prefer a strong forum in October to a weaker one in April," said Dr. Alejandro Suárez Medina, president of CLAE. "Almost all our keynote speakers have already confirmed the new dates."

What this means for you
- Registrations: all registrations remain valid for the new dates. If you cannot attend in October, you can request a full refund until 31 May 2036 by writing to registro@clae.example.
- Speakers: the programme committee, chaired by Prof. Nayra Hernández Trujillo (Universidad de La Laguna), will contact all speakers before 20 March 2036 to confirm their slots.
- Exhibitors: stand bookings are moved automatically. The exhibition floor plan will be re-published on 15 June 2036.
- Call for posters: the deadline is extended from 15 March to 15 July 2036.
- Hotels: the block reservation at Hotel Santa Catalina has been moved to 27–31 October 2036. Rooms booked individually must be changed by participants.
- Study visits: the visit to the Chira-Soria pumped-storage plant, operated by Red Eléctrica de España, and to the desalination plant of Aguamar Costa Este S.A. move to Saturday 31 October 2036.

Events that are NOT postponed
The online pre-forum webinar "Desalination powered by renewables" will take place as planned on 25 March 2036 (11:00–12:30 WET) with Karin Osório Blom, technical director, Atlântida Water Solutions, Lda. (Funchal), and Marcos Ojeda Rivero, plant manager, Aguamar Costa Este S.A.
The CLAE General Assembly will also be held as scheduled on 22 April 2036 at the ITC headquarters in Pozo Izquierdo.

Keynote speakers confirmed for October
- Ana Beatriz Fonseca, Regional Secretary for Environment and Energy, Government of the Azores
- Dr. Pieter-Jan Verbruggen, Clean Energy for EU Islands Secretariat
- Leonor Valerón Santana, managing director, Sol y Viento Canarias S.L.
- Hamid El Amrani, head of renewables, Office National de l'Électricité et de l'Eau Potable (ONEE), Morocco

Questions and answers
Will the programme change? Only slightly: two sessions on drought management will be merged, and a new session on the results of the summer water campaigns will be added.
Will online participation be possible? Yes, the plenary sessions will be streamed, as planned for April.

Partners and sponsors have been informed individually. We thank the Gobierno de Canarias, the Enterprise Europe Network Canarias and our 12 sponsors for their support and flexibility.

We apologise for any inconvenience and look forward to welcoming you in Gran Canaria in October.

Organising secretariat
Beatriz Alemán Cabrera, forum manager, CLAE
Clúster Canario del Agua y la Energía · Calle León y Castillo 57, 35003 Las Palmas de Gran Canaria
www.clae.example · #AWEIF2036
"""
write_doc(fn, t)
C="Clúster Canario del Agua y la Energía"
gold(fn,
 [P("Alejandro Suárez Medina","president",C),
  P("Nayra Hernández Trujillo",None,"Universidad de La Laguna"),
  P("Karin Osório Blom","technical director","Atlântida Water Solutions, Lda."),
  P("Marcos Ojeda Rivero","plant manager","Aguamar Costa Este S.A."),
  P("Ana Beatriz Fonseca","Regional Secretary for Environment and Energy","Government of the Azores"),
  P("Pieter-Jan Verbruggen",None,"Clean Energy for EU Islands Secretariat"),
  P("Leonor Valerón Santana","managing director","Sol y Viento Canarias S.L."),
  P("Hamid El Amrani","head of renewables","Office National de l'Électricité et de l'Eau Potable"),
  P("Beatriz Alemán Cabrera","forum manager",C)],
 [O(C,"CLAE"), O("Instituto Tecnológico de Canarias","ITC"), O("Cabildo de Gran Canaria"), O("AtlantIsles"),
  O("Universidad de La Laguna"), O("Red Eléctrica de España"), O("Aguamar Costa Este S.A."), O("Atlântida Water Solutions, Lda."),
  O("Government of the Azores"), O("Clean Energy for EU Islands Secretariat"), O("Sol y Viento Canarias S.L."),
  O("Office National de l'Électricité et de l'Eau Potable","ONEE"), O("Gobierno de Canarias"), O("Enterprise Europe Network Canarias")],
 [E("Atlantic Water & Energy Islands Forum 2036","2036-10-28","2036-10-30","Las Palmas de Gran Canaria","Spain"),
  E("webinar \"Desalination powered by renewables\"","2036-03-25"),
  E("CLAE General Assembly","2036-04-22",None,"Pozo Izquierdo","Spain"),
  E("partner event of the island network AtlantIsles","2036-10")],
 ["2036-03-03","2036-04-21/2036-04-23","2036-10-28/2036-10-30","2036-10","2036-05-31","2036-03-20","2036-06-15","2036-03-15",
  "2036-07-15","2036-10-27/2036-10-31","2036-10-31","2036-03-25","2036-04-22","2036-04"],
 pub="2036-03-03")
