from common import *
t = """CIRCOBUILD – Circular Construction in the Meuse-Rhine Region
Interreg Meuse-Rhine project · Work Package 1: Management

External Advisory Board – composition and terms of reference
Deliverable D1.3 · Version 1.1 · Maastricht, 3 July 2031

1. Purpose

The External Advisory Board (EAB) gives independent advice to the CIRCOBUILD consortium on the relevance of its pilots, the quality of its deliverables and the transfer of results to regional policy. It has no decision power; its recommendations are recorded in the minutes of the Steering Group and answered in writing by the coordinator.

The project is coordinated by Bouwcluster Limburg (BCL), Maastricht, with partners in Liège, Aachen and Hasselt. It runs from 1 March 2031 to 28 February 2034.

2. Members

The EAB has six members, appointed by the Steering Group on 24 June 2031 for the duration of the project. Members serve in a personal capacity.

Chair
Prof. dr. ir. Wouter van den Akker – professor of Circular Building Technology, Eindhoven University of Technology (TU/e)

Members
• Dr. Mathilde Schoonbrood-Kessels – senior policy advisor circular economy, Province of Limburg
• Dipl.-Ing. Heike Brand-Vossen – former head of sustainability, Rheinbau Aachen GmbH; independent consultant
• Jean-François Mathot – managing director, Réemploi Mosan SCRL (reuse of building components)
• Dr. Ayşe Demirtaş – researcher, Flemish Institute for Technological Research (VITO)
• Sjaak Heijnen – chair, Limburgse Aannemers Vereniging (regional contractors' association)

Observer: Katalin Szabó-Wetzels, programme officer, Joint Secretariat of Interreg Meuse-Rhine.

3. Working arrangements

The EAB meets twice a year, once in person at a pilot site and once online. Meetings planned:
– EAB 1 (in person): 30 September 2031, demolition pilot site, Heerlen
– EAB 2 (online): March 2032
– EAB 3 (in person): 12 October 2032, material passport pilot, Liège
– EAB 4 and 5: 2033 (dates to be agreed)
The final meeting is linked to the CIRCOBUILD final conference in Aachen in January 2034.

Members receive a daily fee and travel costs according to the programme rules. The secretariat of the EAB is held by Roel Janssen-Custers, project manager at BCL (r.janssen@bcl.example).

4. First recommendations (from the kick-off exchange, 24 June 2031)

The members agreed the following initial recommendations for the consortium:
- Involve at least two contractors outside the consortium in each pilot so that results do not stay with the partners.
- Align the material passport format with the EU digital product passport work rather than creating a regional standard.
- Measure reuse in tonnes and in euros from the first pilot onwards.
- Invite the building permit departments of the four cities to the pilots.

How the consortium will use the advice

After each meeting the secretariat circulates a short note with the recommendations within ten working days. The coordinator answers each recommendation in writing at the next Steering Group meeting, stating whether it is accepted, partly accepted or not accepted, and why. The answers are annexed to the periodic reports to the programme.

5. Conflicts of interest

Each member has signed a declaration. Jean-François Mathot will not advise on the reuse marketplace task, in which his company is a subcontractor.

Annex: short CVs of the members (available on request).

Page 1 of 1 — CIRCOBUILD D1.3
"""
save("CIRCOBUILD_D1.3_External-Advisory-Board.txt", t, "2031-07-03",
 people=[P("Wouter van den Akker","professor of Circular Building Technology","Eindhoven University of Technology"),
  P("Mathilde Schoonbrood-Kessels","senior policy advisor circular economy","Province of Limburg"),
  P("Heike Brand-Vossen","independent consultant",None),
  P("Jean-François Mathot","managing director","Réemploi Mosan SCRL"),
  P("Ayşe Demirtaş","researcher","Flemish Institute for Technological Research"),
  P("Sjaak Heijnen","chair","Limburgse Aannemers Vereniging"),
  P("Katalin Szabó-Wetzels","programme officer","Joint Secretariat of Interreg Meuse-Rhine"),
  P("Roel Janssen-Custers","project manager","Bouwcluster Limburg")],
 orgs=[O("Bouwcluster Limburg","BCL"),O("Eindhoven University of Technology","TU/e"),O("Province of Limburg"),
  O("Rheinbau Aachen GmbH"),O("Réemploi Mosan SCRL"),O("Flemish Institute for Technological Research","VITO"),
  O("Limburgse Aannemers Vereniging"),O("Joint Secretariat of Interreg Meuse-Rhine")],
 events=[E("EAB 1","2031-09-30",None,"Heerlen","Netherlands"),E("EAB 2","2032-03"),
  E("EAB 3","2032-10-12",None,"Liège","Belgium"),
  E("CIRCOBUILD final conference","2034-01",None,"Aachen","Germany"),
  E("kick-off exchange","2031-06-24"),E("EAB 4","2033"),E("EAB 5","2033")],
 dates=["2031-07-03","2031-03-01/2034-02-28","2031-06-24","2031-09-30","2032-03","2032-10-12","2033","2034-01"],
 km=["Involve at least two contractors outside the consortium in each pilot so that results do not stay with the partners",
  "Align the material passport format with the EU digital product passport work rather than creating a regional standard",
  "Measure reuse in tonnes and in euros from the first pilot onwards",
  "Invite the building permit departments of the four cities to the pilots"])
