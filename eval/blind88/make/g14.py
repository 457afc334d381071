import sys; sys.path.insert(0, __import__('os').path.dirname(__file__)); from h import *
F = 'g14.txt'
t = f"""Oberfranken Kunststoff-Netzwerk e.V. | Plastics Network Upper Franconia
Home  About us  Members  Services  Events  News  Contact   [DE] [EN]
Cookie settings: Necessary only | Accept all

ABOUT US

Who we are
The Oberfranken Kunststoff-Netzwerk e.V. (OKN) is the association of the plastics processing industry in Upper Franconia, in the north of Bavaria. Our 128 members – processors, mould makers, machine builders, recyclers, research institutes and vocational schools – employ about 21,000 people between Coburg, Kronach, Hof and Bayreuth. We help them to find skilled workers, to work together on research projects and to move towards a circular economy.

Our history
1998  Eleven companies from the Kronach and Coburg districts found the "Arbeitskreis Kunststoff Oberfranken" as an informal working group of the Chamber of Industry and Commerce for Upper Franconia Bayreuth (IHK für Oberfranken Bayreuth).
2006  The working group becomes a registered association, Oberfranken Kunststoff-Netzwerk e.V.; first chairman is Wolfgang Dietel (Dietel Spritzguss GmbH).
2012  Opening of the joint training centre in Kronach with the Staatliche Berufsschule Kronach.
2019  The network joins the Bavarian cluster initiative "Cluster Neue Werkstoffe" as a regional partner.
2027–2031  Lead of the Interreg Bavaria–Czech Republic project PLASTCYCLE with partners in Karlovy Vary and Plzeň.
2034  OKN receives the Silver Label of the European Cluster Excellence Initiative.
2036  Opening of the Recycling Technikum at the University of Bayreuth, run together with the Chair of Polymer Engineering.
2038  Celebration of 40 years of the working group and the association on 17 October 2038 in Kronach (see News)

Mission
We believe that plastics have a future in Upper Franconia if the region becomes the place where they are recycled best. Every service of the network is measured against three aims: more skilled people, more cooperation, less waste.

Our team
Dr. Franziska Lautenschläger – Managing Director – +49 921 555 310 – lautenschlaeger@okn-ev.de
Benedikt Hahn – Project Manager Circular Economy – +49 921 555 312
Mehmet Arslan – Project Manager Skills and Training – +49 921 555 313
Christina Pöhlmann – Events and Member Services – +49 921 555 311
Julian Wunder – Trainee (dual study programme, Hochschule Hof)

Board of directors
Chairman: Andreas Schaller, Managing Director, Frankenplast GmbH & Co. KG, Kronach
Deputy chairwoman: Prof. Dr.-Ing. Sabine Weiglein, University of Bayreuth, Chair of Polymer Engineering
Treasurer: Rainer Fischer, VR-Bank Oberfranken Mitte eG
Board member: Katja Raab, Raab Formenbau GmbH
Board member: Dr. Jürgen Häfner, IHK für Oberfranken Bayreuth
Board member: Luca Moretti, Rehau Industries SE & Co. KG
Honorary chairman: Wolfgang Dietel

Contact
Oberfranken Kunststoff-Netzwerk e.V.
Wittelsbacherring 8, 95444 Bayreuth, Germany
Phone +49 921 555 300 · info@okn-ev.de
Office hours: Monday to Thursday 8:00–16:30, Friday 8:00–13:00
Branch office Kronach (training centre): Industriestraße 14, 96317 Kronach, +49 9261 555 40

How to find us
By train: Bayreuth Hbf, then bus 302 to "Wittelsbacherring" (5 min).
By car: A9, exit Bayreuth-Nord; visitor parking in the courtyard.

Register of associations: Amtsgericht Bayreuth, VR 1187 · VAT ID DE 255 555 118

Next dates for members
- {day(2039,3,19)} 19 March 2039, 14:00–17:00: Working group "Recyclate quality", Recycling Technikum, Bayreuth
- {day(2039,4,30)} 30 April 2039: General Assembly of OKN e.V., Kronach, followed by a visit to Frankenplast
- 24–26 June 2039: Joint stand of Upper Franconian companies at the Plastics Recycling Show Europe, Amsterdam

Newsletter: subscribe to "OKN aktuell" (monthly, in German)
Follow us on LinkedIn

Imprint | Data protection | Accessibility statement
Last updated: 2 March 2039
"""
write(F, t)
OK = 'Oberfranken Kunststoff-Netzwerk e.V.'
people = [P('Wolfgang Dietel', 'Honorary chairman', OK), P('Franziska Lautenschläger', 'Managing Director', OK),
 P('Benedikt Hahn', 'Project Manager Circular Economy', OK), P('Mehmet Arslan', 'Project Manager Skills and Training', OK),
 P('Christina Pöhlmann', 'Events and Member Services', OK), P('Julian Wunder', 'Trainee', OK),
 P('Andreas Schaller', 'Chairman', 'Oberfranken Kunststoff-Netzwerk e.V.'), P('Sabine Weiglein', 'Deputy chairwoman', 'Oberfranken Kunststoff-Netzwerk e.V.'),
 P('Rainer Fischer', 'Treasurer', 'Oberfranken Kunststoff-Netzwerk e.V.'), P('Katja Raab', 'Board member', 'Oberfranken Kunststoff-Netzwerk e.V.'),
 P('Jürgen Häfner', 'Board member', 'Oberfranken Kunststoff-Netzwerk e.V.'), P('Luca Moretti', 'Board member', 'Oberfranken Kunststoff-Netzwerk e.V.')]
orgs = [O(OK, 'OKN'), O('Arbeitskreis Kunststoff Oberfranken'), O('Chamber of Industry and Commerce for Upper Franconia Bayreuth', 'IHK für Oberfranken Bayreuth'),
 O('Dietel Spritzguss GmbH'), O('Staatliche Berufsschule Kronach'), O('Cluster Neue Werkstoffe'),
 O('European Cluster Excellence Initiative'), O('University of Bayreuth'), O('Chair of Polymer Engineering'), O('Hochschule Hof'),
 O('Frankenplast GmbH & Co. KG'), O('VR-Bank Oberfranken Mitte eG'), O('Raab Formenbau GmbH'), O('Rehau Industries SE & Co. KG'),
 O('Amtsgericht Bayreuth'), O('Recycling Technikum')]
events = [E('Working group "Recyclate quality"', '2039-03-19', None, 'Bayreuth', 'Germany'),
 E('General Assembly of OKN e.V.', '2039-04-30', None, 'Kronach', 'Germany'),
 E('visit to Frankenplast', '2039-04-30', None, 'Kronach', 'Germany'),
 E('Plastics Recycling Show Europe', '2039-06-24', '2039-06-26', 'Amsterdam', 'Netherlands'),
 E('Celebration of 40 years of the working group and the association', '2038-10-17', None, 'Kronach', 'Germany')]
dates = ['1998', '2006', '2012', '2019', '2027/2031', '2034', '2036', '2038', '2038-10-17', '2039-03-19', '2039-04-30',
 '2039-06-24/2039-06-26', '2039-03-02']
gold(F, people, orgs, events, dates, [], pub='2039-03-02')
