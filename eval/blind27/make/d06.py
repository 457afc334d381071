from mk import *
doc = "harbourwind-past-events.txt"
text(doc, """
HARBOURWIND | Interreg North Sea
Home | About | Partners | Results | Events | News | Contact

Events > Past events

Past events

HARBOURWIND brings together seven ports, two clusters and three research partners around the North Sea to
prepare port infrastructure and supply chains for the next generation of floating offshore wind. Below is a
record of what we have done so far. Presentations are available on request.

Partner meeting and port tour, Esbjerg
26–27 January 2033
Hosted by the West Denmark Offshore Cluster (WDOC). Partners agreed the layout of the joint
quay-capacity model and visited the new heavy-lift quay. Lars Bach Thomsen, port development manager at
Esbjerg Quay Operations A/S, explained how the port plans to handle 20-MW turbines from 2035.

Webinar "Skills for floating wind logistics"
8 December 2032, online
Around 140 participants. Speakers from Ostend Maritime Academy and from the Norwegian cluster FloatCoast
Stavanger compared training for crane operators and marine coordinators. Moderated by Dr. Femke Hoogendijk
(Hanze University of Applied Sciences).

Supplier day "Moorings and anchors"
3 November 2032, Eemshaven (Netherlands)
Organised with Eemsdelta Offshore Base B.V.; 22 SMEs presented mooring, chain and anchor solutions to two developers;
36 bilateral meetings were held in the afternoon.

Policy round table with the Lower Saxony ports
14.09.2032, Cuxhaven
A closed-door exchange with the Ministry of Economic Affairs of Lower Saxony on how state port funding can
support assembly areas for floating foundations. Chaired by Henrike Vosskamp, project coordinator,
Maritime Cluster Weser-Elbe e.V.

Kick-off meeting
15–16 June 2032, Oostende
The project started with all 12 partners at the Oostende outer harbour. The lead partner, Oostende Harbour Development NV,
presented the work plan for 2032–2035; the Joint Secretariat of the Interreg North Sea programme explained
reporting rules.

Coming next: the mid-term conference in Stavanger, autumn 2033 (date to be confirmed). Subscribe to our
newsletter for updates.

Cookie settings | Privacy | This project is co-funded by the European Union
""")
gold(doc, None,
 [P("Lars Bach Thomsen", "port development manager", "Esbjerg Quay Operations A/S"), P("Femke Hoogendijk", None, "Hanze University of Applied Sciences"),
  P("Henrike Vosskamp", "project coordinator", "Maritime Cluster Weser-Elbe e.V.")],
 [O("West Denmark Offshore Cluster", "WDOC"), O("Esbjerg Quay Operations A/S"), O("Ostend Maritime Academy"), O("FloatCoast Stavanger"),
  O("Hanze University of Applied Sciences"), O("Eemsdelta Offshore Base B.V."), O("Ministry of Economic Affairs of Lower Saxony"),
  O("Maritime Cluster Weser-Elbe e.V."), O("Oostende Harbour Development NV"), O("Joint Secretariat")],
 [E("Partner meeting and port tour, Esbjerg", "2033-01-26", "2033-01-27", "Esbjerg", "Denmark"),
  E("Webinar \"Skills for floating wind logistics\"", "2032-12-08", "2032-12-08", None, None),
  E("Supplier day \"Moorings and anchors\"", "2032-11-03", "2032-11-03", "Eemshaven", "Netherlands"),
  E("Policy round table with the Lower Saxony ports", "2032-09-14", "2032-09-14", "Cuxhaven", "Germany"),
  E("Kick-off meeting", "2032-06-15", "2032-06-16", "Oostende", "Belgium"),
  E("mid-term conference", "2033", "2033", "Stavanger", "Norway")],
 ["2033-01-26/2033-01-27", "2035", "2032-12-08", "2032-11-03", "2032-09-14", "2032-06-15/2032-06-16", "2032/2035", "2033"])
