from h import *
F = 'g12_limburg_events_roundup-pdf.txt'
assert wd(2034,9,26)=='Tuesday' and wd(2034,10,12)=='Thursday' and wd(2034,11,8)=='Wednesday' and wd(2034,9,14)=='Thursday' and wd(2034,12,5)=='Tuesday'
T = """Limburg Logistics & Mobility Cluster – Events Round-up Q3/Q4 2034                    1
 
EVENTS ROUND-UP
Autumn 2034
What happened, what is coming
Compiled by the cluster office, Hasselt, 2 October 2034
 
Dear members,
The summer was quieter than usual, but September more than made up for it.
Below you find short reports on the four events we organised or co-organised
since June, followed by the calendar until the end of the year. All presen-
tations are in the members' area; photos by Sander Vanhoudt unless stated
otherwise.
 
LOOKING BACK
 
1. Rail Freight Breakfast – Genk, 14 September 2034
Sixty-two participants from shippers, terminals and rail operators met at
the Inland Terminal Genk for our third rail freight breakfast. Pieter
Claessens, CEO of the Inland Terminal Genk, explained the new daily shuttle
to Antwerp, which now runs six days a week and takes 4,000 trucks a year off
the E313 motorway. Katrien Willems of the Port of Antwerp-Bruges presented
the digital booking platform, which small shippers can use free of charge
until the end of the year. A representative of the rail operator showed how
a single wagon can now be booked at 48 hours' notice instead of a week. Main point of the discussion: shippers want one contact for the
whole chain, not five.
 
2. Study visit to the Venlo logistics hub – 19 and 20 September 2034
Fourteen members travelled with us to Venlo, the Netherlands, where we were
hosted by Greenport Venlo and the Dutch Topsector Logistics. On day one we
visited a fully automated e-commerce warehouse; on day two the cluster mana-
gers of both regions signed a letter of intent on cross-border training of
truck drivers. For Limburg it was signed by our cluster manager, Els Ver-
bruggen-Maes, and for Venlo by Ruud Hermans, director of Logistics Cluster
Venlo.
 
3. Hydrogen trucks test day – Houthalen, 26 September 2034
 
Limburg Logistics & Mobility Cluster – Events Round-up Q3/Q4 2034                    2
 
Together with Flux50 and the energy company Hydromove Benelux NV we let
37 drivers try two hydrogen trucks on the test track of the Circuit Zolder
organisation. The test day took place on Tuesday, 26 September 2034. Hydro-
move's sales director Anouk De Smedt said three members had asked for a
longer trial. The
drivers' verdict was mixed: they liked the quiet cabin and the strong pull
at low speed, but worried about the short list of filling stations between
Limburg and the Ruhr area.
 
4. Members' evening at the Limburg Chamber of Commerce – 28 September 2034
Our annual members' evening at Voka – Kamer van Koophandel Limburg in Has-
selt attracted 120 guests. President Marc Geuens handed the "Logistics Talent
of the Year" award to Lotte Jacobs, a planner at Vandersanden Transport. Guest
speaker was Vlaams minister of Mobility and Public Works Hilde Van Rompaey.
 
LOOKING AHEAD
 
Thursday 12 October 2034, 14:00–17:00
Workshop "Electric trucks: total cost of ownership"
Corda Campus, Hasselt · with VIL, the Flemish Institute for Logistics
Speaker: Jeroen Wouters (VIL)
 
Wednesday 8 November 2034, 09:00–16:30
Cross-border Logistics Day Limburg–Limburg
Maastricht, MECC · co-organised with the Province of Limburg (NL) and the
Province of Limburg (BE)
09:00 Registration · 09:30 Opening by the two provincial governors ·
10:30 Panel "Drivers wanted" · 12:30 Lunch · 14:00 B2B meetings ·
16:00 Closing remarks
 
22–24 November 2034
Transport & Logistics Fair, Antwerp Expo, Antwerp
Joint stand of the cluster (stand 4.112): six places left for members.
 
Tuesday 5 December 2034, 16:00
General Assembly and year-end reception
Cluster office, Kempische Steenweg 293, Hasselt
Agenda: activity report 2034, budget 2035, election of two board members.
Invitations and proxy forms follow in November; a member who cannot attend
may give a written proxy to another member. Candidates for the board should
send a short motivation letter to the office.
 
January 2035 (date to be confirmed)
New Year's meeting with the Flemish Agency for Innovation and Entrepre-
neurship (VLAIO)
 
SAVE THE DATE
The Limburg Mobility Summit 2035 will take place on 21 March 2035 in Genk.
 
NEW IN THE TEAM
Since 1 September 2034 Yasmine El Amrani has joined us as event coordina-
tor. You can reach her at events@llmc.example.be. She replaces Tom Peeters,
who moved to the University of Hasselt as project manager at the Transporta-
tion Research Institute (IMOB).
 
PREVIOUS ROUND-UPS
Spring 2034 (published 3 April 2034) · Winter 2033–2034 (published 5 Janu-
ary 2034) · Autumn 2033 (published 2 October 2033)
 
Limburg Logistics & Mobility Cluster – Events Round-up Q3/Q4 2034                    3
 
CONTACT
Limburg Logistics & Mobility Cluster vzw · Kempische Steenweg 293 · 3500
Hasselt · info@llmc.example.be · www.llmc.example.be
Cluster manager: Els Verbruggen-Maes · Event coordinator: Yasmine El Amrani
 
The cluster is recognised as a Flemish innovative business network and is
supported by VLAIO and the Province of Limburg. We process your data in
accordance with our privacy policy. To stop receiving this round-up, send
an e-mail with "unsubscribe" in the subject line.
"""
write(F, T)
C="Limburg Logistics & Mobility Cluster"
gold(F,
 [P("Sander Vanhoudt",None,None),
  P("Pieter Claessens","CEO","Inland Terminal Genk"),
  P("Els Verbruggen-Maes","Cluster manager",C),
  P("Ruud Hermans","director","Logistics Cluster Venlo"),
  P("Anouk De Smedt","sales director","Hydromove Benelux NV"),
  P("Marc Geuens","President",C),
  P("Lotte Jacobs","planner","Vandersanden Transport"),
  P("Hilde Van Rompaey","Vlaams minister of Mobility and Public Works",None),
  P("Katrien Willems",None,"Port of Antwerp-Bruges"),
  P("Jeroen Wouters",None,"VIL"),
  P("Yasmine El Amrani","Event coordinator",C),
  P("Tom Peeters","project manager","IMOB")],
 [O(C), O("Inland Terminal Genk"), O("Port of Antwerp-Bruges"), O("Greenport Venlo"), O("Topsector Logistics"),
  O("Logistics Cluster Venlo"), O("Flux50"), O("Hydromove Benelux NV"), O("Circuit Zolder"),
  O("Voka – Kamer van Koophandel Limburg"), O("Vandersanden Transport"), O("Flemish Institute for Logistics","VIL"),
  O("Province of Limburg (NL)"), O("Province of Limburg (BE)"), O("VLAIO","VLAIO"), O("University of Hasselt"),
  O("IMOB","IMOB")],
 [E("Rail Freight Breakfast","2034-09-14",None,"Genk","Belgium"),
  E("Study visit to the Venlo logistics hub","2034-09-19","2034-09-20","Venlo","Netherlands"),
  E("Hydrogen trucks test day","2034-09-26",None,"Houthalen","Belgium"),
  E("Members' evening","2034-09-28",None,"Hasselt","Belgium"),
  E("Workshop \"Electric trucks: total cost of ownership\"","2034-10-12",None,"Hasselt","Belgium"),
  E("Cross-border Logistics Day Limburg–Limburg","2034-11-08",None,"Maastricht","Netherlands"),
  E("B2B meetings","2034-11-08",None,"Maastricht","Netherlands"),
  E("Transport & Logistics Fair","2034-11-22","2034-11-24","Antwerp","Belgium"),
  E("General Assembly","2034-12-05",None,"Hasselt","Belgium"),
  E("year-end reception","2034-12-05",None,"Hasselt","Belgium"),
  E("New Year's meeting","2035-01",None,None,None),
  E("Limburg Mobility Summit 2035","2035-03-21",None,"Genk","Belgium")],
 ["2034","2034-10-02","2034-09-14","2034-09-19/2034-09-20","2034-09-26","2034-09-28","2034-10-12","2034-11-08",
  "2034-11-22/2034-11-24","2034-12-05","2035-01","2035-03-21","2034-09-01","2034-04-03","2033/2034",
  "2034-01-05","2033","2033-10-02","2034-11"],
 [], pub="2034-10-02")
