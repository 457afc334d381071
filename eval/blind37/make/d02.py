from common import *
doc = "KRRA_Spravodaj_newsletter_2-2034-pdf.txt"
write(doc, """
KRRA NEWSLETTER · Issue 2/2034 · June 2034                                               1
Košice Regional Development Agency – news for companies, municipalities and clusters

REGION IN MOTION: EAST SLOVAK                  UPCOMING
MOBILITY SUPPLIERS MEET THEIR                   ┌──────────────────────────────────┐
FUTURE CUSTOMERS                                │ 18.06.2034 Supplier Day "Battery │
                                                │ Modules", Technical University   │
On 22 May more than 140 repre-                  │ of Košice, Aula Maxima           │
sentatives of automotive and                    │ 26 June 2034 Webinar: State aid  │
electronics suppliers came to                   │ for SMEs after 2034 (online)     │
the Steel Park in Košice for the                │ 9–10 July 2034 Summer school     │
second Mobility Suppliers' Fo-                  │ "Smart Factory", Prešov          │
rum organised by the Košice Re-                 │ 15.09.2034 Call deadline,        │
gional Development Agency (KRRA)                │ Regional Innovation Vouchers     │
together with the                               │ 2–3 October 2034 KRRA at         │
East Slovak Automotive Cluster (EAC).           │ Autosalón Nitra – joint stand    │
                                                └──────────────────────────────────┘
The programme combined a morning
of talks with 212 pre-arranged                  Call for vouchers opens
B2B meetings in the afternoon.                  The Košice Self-Governing Re-
"Our suppliers were strong in                   gion has approved the second
stamping and wiring harnesses.                  round of Regional Innovation
Now the customers ask for soft-                 Vouchers. Small companies can
ware, batteries and recycled                    receive up to €15,000 for tests,
materials, and we must follow                   prototypes or certification at
them," said Ing. Marek HUDÁK,                   a university or research insti-
director of KRRA.                               tute in Slovakia. The call opens
                                                on 1 July 2034 and closes on
Among the speakers were                         15 September 2034. Information
Zuzana Fedorová, purchasing manager             sessions will be held in Košice,
of Volterra Drive Systems s.r.o.,               Michalovce and Spišská Nová
and Dr. Pavol Kminiak of the                    Ves in July.
Faculty of Mechanical Engineering
of the Technical University of Košice           NEW MEMBERS OF THE CLUSTER
(TUKE). The cluster's manager,                  The EAC welcomed three compa-
Lenka Šoltésová, presented the                  nies at its board meeting of
results of a supply-chain sur-                  28 April 2034: Karpat Kabel a.s.
vey among 63 member and non-                    (Trebišov), FormaTech s.r.o.
member companies.                               (Prešov) and the start-up
                                                Voltik Labs s.r.o. (Košice). The
Survey: what suppliers told us                  cluster now has 58 members.
• 41 % plan to hire engineers
  with software skills in 2035                  STAFF NEWS
• only 12 % have a certified                    Ing. Veronika Baloghová joined
  carbon footprint for their main               KRRA on 1 April 2034 as
  products                                      project manager for the Interreg
• two thirds would join a shared                Slovakia–Hungary project Cross-
  testing laboratory if it were                 Volt. She previously worked for
  located in the region                         the Slovak Investment and Trade
                                                Development Agency (SARIO).
The forum ended with the signing
of a letter of intent between
EAC and the Hungarian cluster
North Hungarian Mobility Network
(NHMN) on joint training of

KRRA Newsletter 2/2034                                                               2

technicians. The third forum will                EVENTS LOOK-BACK
take place in spring 2035 in Pre-                In March the agency led a
šov.                                            delegation of nine companies to
                                                the "Future of Mobility" fair in
Contact: Košice Regional Development            Győr (12–14 March 2034). Five
Agency, Hlavná 68, 040 01 Košice ·              follow-up visits have been ar-
newsletter@krra.example                          ranged.

Published by the Košice Regional Development Agency with the support of the Košice Self-Governing Region.
""")
gold(doc, "2034-06",
 [P("Marek HUDÁK","director","KRRA"), P("Zuzana Fedorová","purchasing manager","Volterra Drive Systems s.r.o."),
  P("Pavol Kminiak",None,"Faculty of Mechanical Engineering"), P("Lenka Šoltésová","manager","East Slovak Automotive Cluster"),
  P("Veronika Baloghová","project manager","KRRA")],
 [O("Košice Regional Development Agency","KRRA"), O("East Slovak Automotive Cluster","EAC"),
  O("Volterra Drive Systems s.r.o."), O("Faculty of Mechanical Engineering"), O("Technical University of Košice","TUKE"),
  O("Košice Self-Governing Region"), O("Karpat Kabel a.s."), O("FormaTech s.r.o."), O("Voltik Labs s.r.o."),
  O("Slovak Investment and Trade Development Agency","SARIO"), O("North Hungarian Mobility Network","NHMN")],
 [E("Mobility Suppliers' Forum","2034-05-22",None,"Košice","Slovakia"),
  E("Supplier Day \"Battery Modules\"","2034-06-18",None,"Košice","Slovakia"),
  E("Webinar: State aid for SMEs after 2034","2034-06-26",None,None,None),
  E("Summer school \"Smart Factory\"","2034-07-09","2034-07-10","Prešov","Slovakia"),
  E("Autosalón Nitra","2034-10-02","2034-10-03","Nitra","Slovakia"),
  E("Information sessions","2034-07",None,None,"Slovakia"),
  E("board meeting","2034-04-28",None,None,None),
  E("third forum","2035",None,"Prešov","Slovakia"),
  E("Future of Mobility","2034-03-12","2034-03-14","Győr","Hungary")],
 ["2034-06","2034-05-22","2034-06-18","2034-06-26","2034-07-09/2034-07-10","2034-09-15","2034-10-02/2034-10-03",
  "2034-07-01","2035","2034-07","2034-04-28","2034-04-01","2034-03","2034-03-12/2034-03-14"])
