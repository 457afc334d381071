from mk import save
T = '''GRAND DUCHY LOGISTICS ALLIANCE a.s.b.l.
Minutes of the Ordinary General Assembly
held on Tuesday 24 April 2035, 16:00–18:30, at the Logistics Centre, Bettembourg

Present: 38 member organisations in person, 9 represented by proxy (47 of 71 members;
quorum reached). Guests: Noémie KIEFFER (Ministry of the Economy), Paulo REIS
(Luxinnovation).
Chair of the meeting: Jean-Marie WAGENER, President. Minutes: Sandrine Hoffmann-Pereira, secretary general.

1. Opening
The President opened the meeting at 16:05 and welcomed the members and guests of the Grand Duchy
Logistics Alliance (GDLA). The
agenda sent on 3 April 2035 was adopted without changes.

2. Activity report 2034
The secretary general presented the activity report. Highlights: 14 events with 1,120
participants, the launch of the cross-border working group on rail freight with the
Saarland and Lorraine, and the first Luxembourg Cold Chain Day on 9 October 2034 in
Contern. Membership grew from 63 to 71.

3. Accounts 2034 and budget 2035
The treasurer, Carole Schmit-Beffort, presented the accounts closed on 31 December 2034
(income EUR 612,400; result EUR +18,900). The auditors, Fiduciaire Wolz & Associés S.à r.l.,
recommended approval. The accounts were approved unanimously and discharge was given to the
board. The budget 2035 (EUR 655,000) was approved with one abstention.

4. Elections
The mandates of the whole board expired. The election committee (chair: Romain Thill) had
received eleven candidacies for eleven seats by the deadline of 10 April 2035. The
assembly elected the board by secret ballot for the period 2035–2038. The new board then
met briefly and distributed the offices as follows:

- President: Anouk Majerus-Lentz (Aerofret-Nord S.A.)
- Vice-president: Tom Weyland (Railport Bissen S.A.)
- Vice-president: Giulia Ferrante (Veloxa Logistics S.à r.l.)
- Treasurer: Carole Schmit-Beffort (re-elected)
- Members: Marc Hilger (Moselle Port Services S.A.), Steve Kremer (Lenzo), Isabel da Costa Martins
  (Luxembourg Institute of Science and Technology, LIST), Patrick Reding (Chamber of Commerce
  Luxembourg), Lynn Bausch (Frostamo S.à r.l.), Yves Schanck (Routenberg SA), Claudine Welter (University of Luxembourg).

The assembly thanked the outgoing President Jean-Marie WAGENER, who chaired the alliance
for nine years and did not stand again, and the outgoing board members Fernand Duprel and
Mireille Colbach for their commitment. Jean-Marie WAGENER was named honorary president.

5. Work programme 2035
Main items: a study on zero-emission urban deliveries with the City of Luxembourg, a
delegation to transport logistic in Munich (2–5 June 2035), and the second Luxembourg Cold
Chain Day in autumn 2035.

6. Any other business
None. The next General Assembly is planned for April 2036.

The meeting closed at 18:25.

Sandrine Hoffmann-Pereira                     Anouk Majerus-Lentz
Secretary general                             President
'''
save('gdla-general-assembly-minutes-24-04-2035.txt', T, None,
 [("Noémie KIEFFER",None,"Ministry of the Economy"),
  ("Paulo REIS",None,"Luxinnovation"),
  ("Jean-Marie WAGENER","President","GDLA"),
  ("Sandrine Hoffmann-Pereira","secretary general","GDLA"),
  ("Carole Schmit-Beffort","treasurer","GDLA"),
  ("Romain Thill","chair","GDLA"),
  ("Anouk Majerus-Lentz","President","GDLA"),
  ("Tom Weyland","Vice-president","GDLA"),
  ("Giulia Ferrante","Vice-president","GDLA"),
  ("Marc Hilger","member","GDLA"),
  ("Steve Kremer","member","GDLA"),
  ("Isabel da Costa Martins","member","GDLA"),
  ("Patrick Reding","member","GDLA"),
  ("Lynn Bausch","member","GDLA"),
  ("Yves Schanck","member","GDLA"),
  ("Claudine Welter","member","GDLA"),
  ("Fernand Duprel","board member","GDLA"),
  ("Mireille Colbach","board member","GDLA")],
 [("Grand Duchy Logistics Alliance","GDLA"),("Ministry of the Economy",None),("Luxinnovation",None),
  ("Fiduciaire Wolz & Associés S.à r.l.",None),("Aerofret-Nord S.A.",None),("Railport Bissen S.A.",None),
  ("Veloxa Logistics S.à r.l.",None),("Moselle Port Services S.A.",None),("Lenzo",None),
  ("Luxembourg Institute of Science and Technology","LIST"),("Chamber of Commerce Luxembourg",None),("Frostamo S.à r.l.",None),
  ("Routenberg SA",None),("University of Luxembourg",None),("City of Luxembourg",None)],
 [("Ordinary General Assembly","2035-04-24","2035-04-24","Bettembourg","Luxembourg"),
  ("Luxembourg Cold Chain Day","2034-10-09","2034-10-09","Contern","Luxembourg"),
  ("delegation to transport logistic","2035-06-02","2035-06-05","Munich","Germany"),
  ("second Luxembourg Cold Chain Day","2035","2035",None,None),
  ("next General Assembly","2036-04","2036-04",None,None)],
 ["2035-04-24","2035-04-03","2034","2035","2034-10-09","2034-12-31","2035-04-10","2035/2038","2035-06-02/2035-06-05","2036-04"],
 [])
