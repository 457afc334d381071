from h import *
F = 'circ-wood-interreg-partner-meeting-brno-minutes-pdf.txt'
assert wd(2034,11,14)=='Tuesday' and wd(2034,11,15)=='Wednesday' and wd(2035,3,20)=='Tuesday', wd(2035,3,20)
T = """CIRC-WOOD – Circular Timber Value Chains in Central Europe                    Interreg Central Europe
Minutes of the 3rd Partner Meeting, Brno, 14–15 November 2034                            Page 1 of 4

MINUTES OF THE THIRD PARTNER MEETING

Project:      CIRC-WOOD (CE0400321)
Venue:        Czech Timber Cluster (Český dřevařský klastr, CTC), Brno Technology
              Park, Technická 21, Brno, Czechia
Dates:        Tuesday 14 and Wednesday 15 November 2034
Chair:        Dr. Radka Nováková-Šťastná, Lead Partner project manager
Minutes:      Tobias Reinthaler (Holzcluster Steiermark GmbH)
Approved:     by written procedure on 29 November 2034

1. PARTICIPANTS

LP   Czech Timber Cluster, z.s. (CZ) – Dr. Radka Nováková-Šťastná, Ing. Vojtěch
     Kratochvíl (financial manager)
PP2  Holzcluster Steiermark GmbH (AT) – Tobias Reinthaler, Mag. Birgit Pölzl-Hafner
PP3  Mendel University in Brno, Faculty of Forestry and Wood Technology (CZ) –
     doc. Ing. Pavel Hrubý, Ph.D.
PP4  Fa-Wood Klaszter Egyesület (HU) – Dr. Horváth-Szűcs Andrea
PP5  Slovenský drevársky klaster (SK) – Ing. Michal Kuruc
PP6  Wood Industry Cluster of Slovenia (SI) – mag. Tanja Zupančič Leban
PP7  Bundesverband Holz-Recycling e.V. (DE) – Dr.-Ing. Friedrich zu Lynar (online)
Guests: Martina Gašparíková, Joint Secretariat Interreg Central Europe (online, item 5);
        Ing. Ondřej Stehlík, South Moravian Innovation Centre (JIC), item 6

Apologies: Polish partner PP8 Poznań Wood Cluster (no representative; comments sent in
writing by Dr. Katarzyna Wiśniewska-Gołąb).

2. OPENING

Dr. Nováková-Šťastná welcomed the partners and thanked the host team. She recalled
that the project started on 1 April 2033 and runs until 31 March 2036; the meeting
marks the end of the third reporting period (1 April – 30 September 2034). The
agenda was adopted without changes. The minutes of the second partner meeting (Graz,
16–17 May 2034) were approved.

3. WORK PACKAGE 1 – CIRCULAR TIMBER STRATEGY

Doc. Hrubý presented the draft transnational strategy for cascading use of timber.
The survey of 412 companies in six countries is complete; the highest recovery rates
were found in Austria and Slovenia, the lowest in Hungary and Slovakia. Partners
discussed whether demolition timber should be in scope. It was agreed to include it
in a separate chapter, with input from PP7.

CIRC-WOOD – 3rd Partner Meeting – Minutes                                                    Page 2 of 4

4. WORK PACKAGE 2 – PILOT ACTIONS

Each partner reported on its pilot:
– AT: the take-back scheme for pallets with four Styrian sawmills is operational since
  June 2034; 1,800 tonnes collected.
– CZ: the pilot with the furniture manufacturer TON a.s. on reusing off-cuts in chair
  production is delayed by two months because of a machine delivery; new completion
  date 31 January 2035.
– HU: the digital material-passport tool is in the test phase with three members of
  Fa-Wood Klaszter; Dr. Horváth-Szűcs will present it at the Sopron workshop.
– SK: the pilot is on track. Ing. Kuruc reported that Slovenský drevársky klaster
  signed an agreement with the Technical University in Zvolen on the testing of
  recycled particle boards.
– SI: the pilot on timber-frame modules for re-assembly will start in January 2035.
– DE: no pilot; PP7 supports the others with the legal analysis of waste-wood
  classification.

5. FINANCIAL MANAGEMENT AND REPORTING

Ing. Kratochvíl presented the spending status: 48 % of the total budget has been
spent, against 55 % planned. Underspending is concentrated in PP4 and PP6 (staff
costs). Ms Gašparíková from the Joint Secretariat reminded partners that the progress
report for period 3 must be submitted in Jems by 31 December 2034 and that the
project may lose funds if the spending target for 2035 is not met. She advised
against a budget shift before the mid-term review.

6. COMMUNICATION AND STAKEHOLDERS

Ing. Stehlík (JIC) presented the South Moravian regional innovation strategy and
offered to host the Czech national stakeholder round table at JIC in spring 2035.
Mag. Pölzl-Hafner presented the communication statistics: 2,300 newsletter subscri-
bers, 14 press articles and one video with 9,400 views. The project website will be
translated into all partner languages by February 2035.

CIRC-WOOD – 3rd Partner Meeting – Minutes                                                    Page 3 of 4

7. DECISIONS

The partners decided:
a) to include demolition timber in the transnational strategy as a separate chapter
   (responsible: PP3 with PP7, draft by 28 February 2035);
b) to extend the Czech pilot until 31 January 2035 without budget change;
c) that PP4 and PP6 submit a recovery plan for their staff costs to the Lead
   Partner by 15 December 2034;
d) to hold the transnational workshop "Design for Disassembly in Timber Construc-
   tion" in Sopron on 20–21 March 2035, hosted by PP4;
e) to hold the fourth partner meeting in Ljubljana in May 2035 (dates to be con-
   firmed by PP6).

8. ANY OTHER BUSINESS

PP2 informed partners that Holzcluster Steiermark will celebrate its 30th anniversary
at the Holzbau-Forum in Graz on 7 December 2034; all partners are invited.
Dr. zu Lynar announced that he will retire in mid-2035; his successor at the
Bundesverband Holz-Recycling will be Dipl.-Ing. Carolin Brückner-Asante.

9. SOCIAL PROGRAMME

On 14 November 2034 at 19:00 the host invited partners to a dinner at the Stará
pošta restaurant. On 15 November in the afternoon, partners took part in a study visit
to the Mendel University wood research centre in Útěchov, guided by doc. Hrubý.

The meeting closed on 15 November 2034 at 13:00.

CIRC-WOOD – 3rd Partner Meeting – Minutes                                                    Page 4 of 4

Annex 1: Attendance list (signed)
Annex 2: Presentations (WP1, WP2, JS, JIC)
Annex 3: Written comments by PP8

The project CIRC-WOOD is co-funded by the European Union through the Interreg Central
Europe Programme.
"""
write(F, T)
import re as _re
_g = gold
def gold(F, p, o, e, d, k, **kw): _g(F, p, o, e, d, [_re.sub(r"\s+", " ", x) for x in k], **kw)
gold(F, [
 P("Radka Nováková-Šťastná", "Lead Partner project manager", "Czech Timber Cluster, z.s."),
 P("Tobias Reinthaler", None, "Holzcluster Steiermark GmbH"),
 P("Vojtěch Kratochvíl", "financial manager", "Czech Timber Cluster, z.s."),
 P("Birgit Pölzl-Hafner", None, "Holzcluster Steiermark GmbH"),
 P("Pavel Hrubý", None, "Mendel University in Brno, Faculty of Forestry and Wood Technology"),
 P("Horváth-Szűcs Andrea", None, "Fa-Wood Klaszter Egyesület"),
 P("Michal Kuruc", None, "Slovenský drevársky klaster"),
 P("Tanja Zupančič Leban", None, "Wood Industry Cluster of Slovenia"),
 P("Friedrich zu Lynar", None, "Bundesverband Holz-Recycling e.V."),
 P("Martina Gašparíková", None, "Joint Secretariat Interreg Central Europe"),
 P("Ondřej Stehlík", None, "South Moravian Innovation Centre"),
 P("Katarzyna Wiśniewska-Gołąb", None, "Poznań Wood Cluster"),
 P("Carolin Brückner-Asante", "successor", "Bundesverband Holz-Recycling"),
],[
 O("Czech Timber Cluster, z.s.","CTC"),
 O("Brno Technology Park"),
 O("Holzcluster Steiermark GmbH"),
 O("Mendel University in Brno, Faculty of Forestry and Wood Technology"),
 O("Fa-Wood Klaszter Egyesület"),
 O("Slovenský drevársky klaster"),
 O("Wood Industry Cluster of Slovenia"),
 O("Bundesverband Holz-Recycling e.V."),
 O("Joint Secretariat Interreg Central Europe"),
 O("South Moravian Innovation Centre","JIC"),
 O("Poznań Wood Cluster"),
 O("TON a.s."),
 O("Technical University in Zvolen"),
 O("European Union"),
],[
 E("3rd Partner Meeting","2034-11-14","2034-11-15","Brno","Czechia"),
 E("second partner meeting","2034-05-16","2034-05-17","Graz","Austria"),
 E("Czech national stakeholder round table","2035","2035",None,"Czechia"),
 E("Design for Disassembly in Timber Construction","2035-03-20","2035-03-21","Sopron","Hungary"),
 E("fourth partner meeting","2035-05","2035-05","Ljubljana","Slovenia"),
 E("Holzbau-Forum","2034-12-07","2034-12-07","Graz","Austria"),
 E("dinner","2034-11-14","2034-11-14","Brno","Czechia"),
 E("study visit","2034-11-15","2034-11-15","Útěchov","Czechia"),
],["2034-11-14/2034-11-15","2034-11-29","2033-04-01","2036-03-31","2034-04-01/2034-09-30","2034-05-16/2034-05-17","2034-06","2035-01-31","2035-01","2034-12-31","2035","2035-02","2035-02-28","2034-12-15","2035-03-20/2035-03-21","2035-05","2034-12-07","2034-11-14","2034-11-15"],[
 "to include demolition timber in the transnational strategy as a separate chapter\n   (responsible: PP3 with PP7, draft by 28 February 2035)",
 "to extend the Czech pilot until 31 January 2035 without budget change",
 "that PP4 and PP6 submit a recovery plan for their staff costs to the Lead\n   Partner by 15 December 2034",
 "to hold the transnational workshop \"Design for Disassembly in Timber Construc-\n   tion\" in Sopron on 20–21 March 2035, hosted by PP4",
 "to hold the fourth partner meeting in Ljubljana in May 2035 (dates to be con-\n   firmed by PP6)",
])
