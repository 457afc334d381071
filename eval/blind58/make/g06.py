from h import *
F = 'abruzzo_pharma_valley_day_2032_partner_site.txt'
T = f"""Chamber of Commerce Chieti Pescara – Events
Home > Events > Innovation and clusters

Share on Facebook | Share on LinkedIn | Share on X | Send by e-mail | Print

PHARMA VALLEY DAY 2032 – "From molecule to market: the Abruzzo life sciences supply chain"
{wd(2032,6,10)} 10 June 2032, 9:00–17:30 | Aurum, Largo Gardone Riviera, Pescara
Organised by: Abruzzo Life Sciences Cluster (ALSC) | In cooperation with: Chamber of Commerce Chieti Pescara, University "G. d'Annunzio" of Chieti-Pescara
Posted on {wd(2032,5,12)} 12 May 2032 | Category: Partner events

The Chamber of Commerce Chieti Pescara is pleased to share the announcement of our partner, the Abruzzo Life Sciences Cluster, for the third edition of Pharma Valley Day. The event brings together pharmaceutical companies, suppliers of packaging and equipment, contract research organisations, hospitals and universities of the region, which hosts one of the largest pharmaceutical production areas in southern Italy between Pescara, Chieti and L'Aquila.

The 2032 edition focuses on three topics: the shortage of qualified technicians, the digitalisation of quality control, and the new EU pharmaceutical legislation. In the afternoon, a matchmaking session organised with the Enterprise Europe Network (EEN) partner of the Chamber will allow participants to book meetings with buyers and research partners from Italy, Slovenia, Croatia and Albania.

PROGRAMME

09:00 Registration and welcome coffee

09:30 Opening
- Gennaro Di Bartolomeo, President, Chamber of Commerce Chieti Pescara
- Dott.ssa Francesca Mancini-Toro, President, Abruzzo Life Sciences Cluster
- Magnifico Rettore Prof. Liborio Sciarretta, University "G. d'Annunzio" of Chieti-Pescara

10:00 Keynote: "Europe's medicines strategy and what it means for regional suppliers"
- Dr. Kerstin Lindqvist-Haas, Policy Officer, Directorate-General for Health and Food Safety (DG SANTE), European Commission

10:40 Panel 1 – Skills for the pharma valley
- Marco D'Intino, HR Director, Menarini Manufacturing Logistics and Services S.r.l., L'Aquila plant
- Ing. Roberta Di Giacomo, Director, ITS Academy Nuove Tecnologie della Vita
- Aleksandra Novak, Head of Talent, Krka d.d. (Slovenia)
Moderator: Paola Ciccarelli, Cluster Manager, ALSC

11:50 Panel 2 – Digital quality control
- Dr. Emiliano Colasante, Quality Director, Dompé farmaceutici S.p.A.
- Valerio Del Rosario, CEO, VisionLab Pescara S.r.l.
- Prof. Dr. Hans-Jürgen van den Berg, Fraunhofer Institute for Manufacturing Engineering and Automation (IPA)

13:00 Lunch and poster session of young researchers

14:30 B2B matchmaking (pre-booked meetings of 20 minutes)

14:30 Parallel workshop: "EU pharmaceutical package – what changes for SMEs" with Avv. Giulia Tarantini, law firm Tarantini & Associati

16:30 Pharma Valley Award for the best collaboration between a company and a research group, presented by the Abruzzo Region's Councillor for Economic Development, Tiziana Marcantonio

17:30 Networking aperitif

PRACTICAL INFORMATION

Participation is free of charge; registration is compulsory by {wd(2032,6,3)} 3 June 2032 on the cluster's website. Registration for the B2B matchmaking closes on 31 May 2032. The event will be held in Italian and English with simultaneous interpretation in the morning.

The day before, on {wd(2032,6,9)} 9 June 2032, the cluster invites foreign delegations to a site visit at the Tecnopolo d'Abruzzo in L'Aquila (limited places, bus from Pescara at 13:00).

PRESS

Journalists are welcome. Press accreditation is requested by 7 June 2032 from the press office of the Chamber (Silvia Mancinelli, Press Officer, stampa@chpe.example). Interviews with the speakers can be arranged during the lunch break. Photos and the presentations of the speakers will be published on the cluster's website after the event, subject to the speakers' consent.

ABOUT THE CLUSTER

The Abruzzo Life Sciences Cluster was founded in 2019 and has 64 members, including 11 large pharmaceutical and medical-device companies, 38 SMEs, the three universities of the region and the Istituto Zooprofilattico Sperimentale dell'Abruzzo e del Molise "G. Caporale". Since 2030 it has been recognised by the Abruzzo Region as a regional innovation pole. In 2031 the cluster coordinated the Interreg Italy–Croatia project ADRIPHARM together with the Croatian Pharmaceutical Cluster (Zagreb) and the Split-Dalmatia County Development Agency RERA S.D.

The cluster's working groups cover skills, regulatory affairs, digital manufacturing and logistics of temperature-sensitive products. Membership is open to companies and research bodies with an operational site in Abruzzo; associate membership is available for partners from other Italian regions and from abroad.

Previous editions:
- 2030: "Pharma Valley Day" – 280 participants, Chieti
- 2031: "Pharma Valley Day" – 410 participants, L'Aquila

Information: Paola Ciccarelli, Cluster Manager, info@alsc-abruzzo.example, tel. +39 085 000 0000
Chamber contact: Ufficio Promozione e Innovazione, promozione@chpe.example

Related events:
- 17 June 2032 | Export training "Selling to the US market" | Chieti
- 24 June 2032 | Webinar on the Transition 5.0 tax credit | online
- 1 July 2032 | Agri-food Innovation Day | Lanciano

Read also: "The Chamber joins the regional committee for smart specialisation" (28 April 2032)

Cookies: this site uses technical and analytics cookies. By continuing to browse you accept their use. More information | OK

The Abruzzo Life Sciences Cluster would like to thank its sponsors for their support of the 2032 edition: Menarini Manufacturing Logistics and Services S.r.l., Dompé farmaceutici S.p.A., Banca Popolare di
"""
write(F, T)
gold(F,
 [P('Gennaro Di Bartolomeo', 'President', 'Chamber of Commerce Chieti Pescara'),
  P('Francesca Mancini-Toro', 'President', 'Abruzzo Life Sciences Cluster'),
  P('Liborio Sciarretta', 'Magnifico Rettore', 'University "G. d\'Annunzio" of Chieti-Pescara'),
  P('Kerstin Lindqvist-Haas', 'Policy Officer', 'Directorate-General for Health and Food Safety'),
  P("Marco D'Intino", 'HR Director', 'Menarini Manufacturing Logistics and Services S.r.l.'),
  P('Roberta Di Giacomo', 'Director', 'ITS Academy Nuove Tecnologie della Vita'),
  P('Aleksandra Novak', 'Head of Talent', 'Krka d.d.'),
  P('Paola Ciccarelli', 'Cluster Manager', 'ALSC'),
  P('Emiliano Colasante', 'Quality Director', 'Dompé farmaceutici S.p.A.'),
  P('Valerio Del Rosario', 'CEO', 'VisionLab Pescara S.r.l.'),
  P('Hans-Jürgen van den Berg', None, 'Fraunhofer Institute for Manufacturing Engineering and Automation'),
  P('Giulia Tarantini', None, 'Tarantini & Associati'),
  P('Silvia Mancinelli', 'Press Officer', 'Chamber of Commerce Chieti Pescara'),
  P('Tiziana Marcantonio', "Councillor for Economic Development", 'Abruzzo Region')],
 [O('Chamber of Commerce Chieti Pescara'), O('Abruzzo Life Sciences Cluster', 'ALSC'), O('University "G. d\'Annunzio" of Chieti-Pescara'),
  O('Enterprise Europe Network', 'EEN'), O('Directorate-General for Health and Food Safety', 'DG SANTE'), O('European Commission'),
  O('Menarini Manufacturing Logistics and Services S.r.l.'), O('ITS Academy Nuove Tecnologie della Vita'), O('Krka d.d.'),
  O('Dompé farmaceutici S.p.A.'), O('VisionLab Pescara S.r.l.'), O('Fraunhofer Institute for Manufacturing Engineering and Automation', 'IPA'),
  O('Tarantini & Associati'), O('Abruzzo Region'), O("Tecnopolo d'Abruzzo"),
  O('Istituto Zooprofilattico Sperimentale dell\'Abruzzo e del Molise "G. Caporale"'), O('Croatian Pharmaceutical Cluster'),
  O('Split-Dalmatia County Development Agency RERA S.D.'), O('Ufficio Promozione e Innovazione')],
 [E('PHARMA VALLEY DAY 2032', '2032-06-10', '2032-06-10', 'Pescara', 'Italy'),
  E('site visit at the Tecnopolo d\'Abruzzo', '2032-06-09', '2032-06-09', "L'Aquila", 'Italy'),
  E('Pharma Valley Day', '2030', '2030', 'Chieti', 'Italy'),
  E('Pharma Valley Day', '2031', '2031', "L'Aquila", 'Italy'),
  E('Export training "Selling to the US market"', '2032-06-17', '2032-06-17', 'Chieti', 'Italy'),
  E('Webinar on the Transition 5.0 tax credit', '2032-06-24', '2032-06-24', None, None),
  E('Agri-food Innovation Day', '2032-07-01', '2032-07-01', 'Lanciano', 'Italy')],
 ['2032-06-10', '2032-05-12', '2032-06-03', '2032-05-31', '2032-06-07', '2032-06-09', '2019', '2030', '2031', '2032-06-17', '2032-06-24', '2032-07-01', '2032-04-28'],
 [], pub='2032-05-12')
