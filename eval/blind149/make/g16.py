from h import *
F = 'g16_braunschweig_newsletter_people.txt'
assert wd(2035,5,8)=='Tuesday' and wd(2035,4,24)=='Tuesday' and wd(2035,6,19)=='Tuesday'
T = """MOBILITY CLUSTER BRAUNSCHWEIG-WOLFSBURG – MEMBER NEWSLETTER
Issue 5/2035 · May 2035
View this e-mail in your browser | Forward to a colleague | Unsubscribe

In this issue: People news · Round table on succession · Dates for your diary

-------------------------------------------------------------
PEOPLE NEWS
-------------------------------------------------------------

New head of the cluster office
Dr. Nadine Oltmanns-Reese took over as Managing Director of Mobility Cluster Braunschweig-Wolfsburg e.V. (MCBW) on 2 May 2035. She comes from the Institute of Transportation Systems of the German Aerospace Center (DLR) in Braunschweig, where she led the department for automated driving for six years. Nadine holds a doctorate in traffic engineering from TU Braunschweig.

Farewell to Klaus-Dieter Brinkmann
Her predecessor Klaus-Dieter Brinkmann retired at the end of April after eleven years at the head of the cluster office (2024–2035). Members, partners and the team said goodbye to him at a farewell reception in the Haus der Wissenschaft Braunschweig on Tuesday 24 April 2035. Lord Mayor Thorsten Behrens of the City of Braunschweig thanked him for "turning a club of engineers into a real regional network". Klaus-Dieter will remain available to the board as an adviser until the end of the year.

Board changes
At its meeting on 8 May the board co-opted Sibel Aydın, head of the Wolfsburg office of the Lower Saxony Ministry of Economics, Transport, Building and Digitalisation, as a member for the rest of the term (2034–2037). She replaces Dr. Wolfgang Rieß, who has moved to the ministry's Berlin liaison office. The board is chaired by Prof. Dr. Ute Hammerschmidt (Ostfalia University of Applied Sciences), with Ole Jespersen (Volkswagen Group Innovation) as vice-chair.

Welcome to the team
Three new colleagues have joined the cluster office:
- Jakub Novák, Project Manager for hydrogen mobility (from the Czech automotive cluster CAC in Mladá Boleslav)
- Lea Marie Sander, trainee in communications
- Mathis Dufour, international relations, on a one-year exchange from the French cluster CARA in Lyon

Congratulations
Our member Ingrid Solheim, Chief Technology Officer of the start-up Rotorwerk GmbH, was named one of the "Women in Mobility 2035" by the German Association of the Automotive Industry (VDA).

-------------------------------------------------------------
ROUND TABLE: HOW DO CLUSTERS HANDLE A CHANGE AT THE TOP?
-------------------------------------------------------------

On Tuesday 24 April 2035, before the farewell reception, the cluster hosted a round table on leadership succession in cluster organisations with managers from five German and Danish clusters, among them Birgitte Kjær (CLEAN, Copenhagen) and Frank Wiedemann (automotive thüringen e.V., Erfurt). The discussion was moderated by Dr. Heike Grote of VDI/VDE Innovation + Technik GmbH.

Key takeaways:
- Plan the handover at least six months ahead and let the old and new manager overlap
- Introduce the new manager to the ten largest members in person within the first three months
- Keep the outgoing manager's knowledge by writing down contacts and unwritten rules
- Use the change to review the cluster strategy with the board

-------------------------------------------------------------
DATES FOR YOUR DIARY
-------------------------------------------------------------
- Tuesday 19 June 2035, 17:00: Summer get-together of the members at the Autostadt in Wolfsburg, with the new managing director
- 4–6 September 2035: joint stand of the cluster at the IAA Transportation in Hanover
- Autumn 2035: partner meeting of the European project on hydrogen buses in Gdańsk (date to be confirmed)
- Deadline for the 2035 innovation voucher call: 31 July 2035

The cluster's general assembly will take place in November 2035; invitations follow in September.

-------------------------------------------------------------
Mobility Cluster Braunschweig-Wolfsburg e.V. · Frankfurter Straße 0, 38122 Braunschweig
newsletter@mcbw.example.de · Editor: Lea Marie Sander
You receive this newsletter as a member or partner of the cluster. Privacy notice | Imprint
"""
write(F, T)
C="Mobility Cluster Braunschweig-Wolfsburg e.V."
gold(F,
 [P("Nadine Oltmanns-Reese","Managing Director",C),
  P("Klaus-Dieter Brinkmann","adviser",C),
  P("Thorsten Behrens","Lord Mayor","City of Braunschweig"),
  P("Sibel Aydın","member",C),
  P("Wolfgang Rieß",None,"Lower Saxony Ministry of Economics, Transport, Building and Digitalisation"),
  P("Ute Hammerschmidt","chair",C),
  P("Ole Jespersen","vice-chair",C),
  P("Jakub Novák","Project Manager for hydrogen mobility",C),
  P("Lea Marie Sander","trainee in communications",C),
  P("Mathis Dufour","international relations",C),
  P("Ingrid Solheim","Chief Technology Officer","Rotorwerk GmbH"),
  P("Birgitte Kjær",None,"CLEAN"),
  P("Frank Wiedemann",None,"automotive thüringen e.V."),
  P("Heike Grote",None,"VDI/VDE Innovation + Technik GmbH")],
 [O(C,"MCBW"), O("Institute of Transportation Systems"), O("German Aerospace Center","DLR"), O("TU Braunschweig"),
  O("City of Braunschweig"), O("Lower Saxony Ministry of Economics, Transport, Building and Digitalisation"),
  O("Ostfalia University of Applied Sciences"), O("Volkswagen Group Innovation"), O("CAC"), O("CARA"),
  O("Rotorwerk GmbH"), O("German Association of the Automotive Industry","VDA"), O("CLEAN"),
  O("automotive thüringen e.V."), O("VDI/VDE Innovation + Technik GmbH")],
 [E("farewell reception","2035-04-24",None,"Braunschweig","Germany"),
  E("meeting","2035-05-08",None,None,None),
  E("round table on leadership succession in cluster organisations","2035-04-24",None,None,None),
  E("Summer get-together of the members","2035-06-19",None,"Wolfsburg","Germany"),
  E("IAA Transportation","2035-09-04","2035-09-06","Hanover","Germany"),
  E("partner meeting of the European project on hydrogen buses","2035",None,"Gdańsk","Poland"),
  E("general assembly","2035-11",None,None,None)],
 ["2035-05","2035-05-02","2035-04","2024/2035","2035-04-24","2035-05-08","2034/2037","2035-06-19","2035-09-04/2035-09-06",
  "2035","2035-07-31","2035-11","2035-09"],
 ["Plan the handover at least six months ahead and let the old and new manager overlap",
  "Introduce the new manager to the ten largest members in person within the first three months",
  "Keep the outgoing manager's knowledge by writing down contacts and unwritten rules",
  "Use the change to review the cluster strategy with the board"],
 pub="2035-05")
