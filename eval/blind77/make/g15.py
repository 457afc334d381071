from h import *
F = 'alpine-wood-construction-summit-bolzano-2035-announcement.md'
assert wd(2035,2,15)=='Thursday' and wd(2035,2,16)=='Friday', (wd(2035,2,15),wd(2035,2,16))
T = """**EVENT ANNOUNCEMENT** · Save the date · Registration open

# Alpine Timber Construction Summit 2035
## Building with wood in the Alps: circular, digital, safe

**15–16 February 2035 · NOI Techpark, Via Alessandro Volta 13, Bolzano/Bozen (South Tyrol, Italy)**

Organised by the **Wood & Technology Cluster South Tyrol** (Cluster Holz & Technik Südtirol / Cluster Legno & Tecnica Alto Adige), managed by IDM Südtirol – Alto Adige, together with proHolz Tirol and the Bavarian cluster Forst und Holz in Bayern. Languages: English, German and Italian with simultaneous interpretation.

Published: 6 December 2034

---

After three editions in Innsbruck, Rosenheim and Trento, the summit comes to Bolzano for the first time. Two days, 40 speakers and around 350 participants from architecture, engineering, carpentry, forestry and public procurement will discuss how multi-storey timber buildings can be designed for disassembly, how digital tools change prefabrication and what new fire-safety rules mean for builders in the Alpine countries.

### Programme – Day 1, Thursday 15 February 2035

| Time | Session | Speakers |
|---|---|---|
| 08:30 | Registration and welcome coffee | |
| 09:15 | Welcome | Dr. Erwin Gasser-Pichler, President, Wood & Technology Cluster South Tyrol; Arno Kompatscher-Thaler, Provincial Councillor for Economy, Autonomous Province of Bolzano – South Tyrol |
| 09:45 | Keynote: Timber and the European Green Deal in construction | Prof. Dr.-Ing. Annette Hafner-Lindemann, Technical University of Munich (TUM), Chair of Timber Structures |
| 10:30 | Panel 1: Design for disassembly – from pilot to standard | Arch. Matteo Thun Ferrari (Studio Thun Ferrari, Milan); Ing. Caroline von Bülow (Rubner Holzbau AG, Brixen); Georg Obwexer (Holzbau Obwexer GmbH, Lienz) |
| 12:00 | Lunch and exhibition | |
| 13:30 | Parallel workshops: A) BIM for carpenters · B) Fire safety in multi-storey timber buildings · C) Local timber and public procurement | Workshop leads: Dr. Sara Dalla Torre (Fraunhofer Italia), Ing. Luca Pedrini (Vigili del Fuoco di Trento), Mag. Veronika Huber-Seidl (proHolz Tirol) |
| 15:30 | Panel 2: Skills – who will build the timber buildings of 2040? | Heike Brandstätter (Landesberufsschule für Holzbau, Bozen); Jakob Reifer (Forst und Holz in Bayern); Elena Casagrande (Confartigianato Trentino) |
| 17:00 | Alpine Timber Award ceremony | Jury chair: Arch. Hermann Kaufmann-Moser |
| 19:30 | Summit dinner at Castel Mareccio / Schloss Maretsch | |

### Programme – Day 2, Friday 16 February 2035

| Time | Session | Speakers |
|---|---|---|
| 09:00 | Keynote: Forests under climate stress – what wood will we build with? | Dr. Nicola La Porta-Weiss, Fondazione Edmund Mach |
| 09:45 | B2B meetings (pre-booked via the matchmaking platform) | Enterprise Europe Network Alto Adige / Südtirol |
| 09:45 | Site visits: A) Rubner Holzbau plant in Brixen · B) NOI Techpark timber extension · C) new school in Lana | |
| 13:00 | Closing session and presentation of the Bolzano Declaration on Alpine Timber Construction | Dr. Erwin Gasser-Pichler; Dr. Jana Pokorná, European Commission, DG GROW, Unit "Construction and Proximity" |
| 13:45 | End of the summit, light lunch | |

---

### Registration and fees

- Early bird until 10 January 2035: EUR 190
- Regular fee: EUR 260
- Members of the organising clusters and students: EUR 95
- Summit dinner (optional): EUR 70

Registration closes on 8 February 2035 or when 350 places are filled. The B2B platform opens on 8 January 2035.

### Call for the Alpine Timber Award 2035

Architects, engineers and companies can submit timber buildings completed in 2032–2034 in the Alpine regions. Deadline for entries: 20 December 2034.

### Contact

Wood & Technology Cluster South Tyrol – IDM Südtirol – Alto Adige
Valentina Oberrauch Spagnolli, Cluster Manager
valentina.oberrauch@idm-suedtirol.com · +39 0471 555 310

*Partners: Autonomous Province of Bolzano – South Tyrol · Euregio Tyrol–South Tyrol–Trentino · Free University of Bozen-Bolzano · Chamber of Commerce Bolzano*
"""
write(F, T)
C = "Wood & Technology Cluster South Tyrol"
gold(F, [
 P("Erwin Gasser-Pichler", "President", C),
 P("Arno Kompatscher-Thaler", "Provincial Councillor for Economy", "Autonomous Province of Bolzano – South Tyrol"),
 P("Annette Hafner-Lindemann", "Chair of Timber Structures", "Technical University of Munich"),
 P("Matteo Thun Ferrari", None, "Studio Thun Ferrari"),
 P("Caroline von Bülow", None, "Rubner Holzbau AG"),
 P("Georg Obwexer", None, "Holzbau Obwexer GmbH"),
 P("Sara Dalla Torre", "Workshop leads", "Fraunhofer Italia"),
 P("Luca Pedrini", "Workshop leads", "Vigili del Fuoco di Trento"),
 P("Veronika Huber-Seidl", "Workshop leads", "proHolz Tirol"),
 P("Heike Brandstätter", None, "Landesberufsschule für Holzbau"),
 P("Jakob Reifer", None, "Forst und Holz in Bayern"),
 P("Elena Casagrande", None, "Confartigianato Trentino"),
 P("Hermann Kaufmann-Moser", "Jury chair", None),
 P("Nicola La Porta-Weiss", None, "Fondazione Edmund Mach"),
 P("Jana Pokorná", None, "Unit \"Construction and Proximity\""),
 P("Valentina Oberrauch Spagnolli", "Cluster Manager", C),
],[
 O(C),
 O("NOI Techpark"),
 O("IDM Südtirol – Alto Adige"),
 O("proHolz Tirol"), O("Forst und Holz in Bayern"),
 O("Autonomous Province of Bolzano – South Tyrol"),
 O("Technical University of Munich","TUM"),
 O("Studio Thun Ferrari"), O("Rubner Holzbau AG"), O("Holzbau Obwexer GmbH"),
 O("Fraunhofer Italia"), O("Vigili del Fuoco di Trento"),
 O("Landesberufsschule für Holzbau"), O("Confartigianato Trentino"),
 O("Fondazione Edmund Mach"),
 O("Enterprise Europe Network Alto Adige / Südtirol"),
 O("European Commission"), O("DG GROW"), O("Unit \"Construction and Proximity\""),
 O("Euregio Tyrol–South Tyrol–Trentino"),
 O("Free University of Bozen-Bolzano"),
 O("Chamber of Commerce Bolzano"),
],[
 E("Alpine Timber Construction Summit 2035","2035-02-15","2035-02-16","Bolzano","Italy"),
 E("Parallel workshops","2035-02-15","2035-02-15","Bolzano","Italy"),
 E("Alpine Timber Award ceremony","2035-02-15","2035-02-15","Bolzano","Italy"),
 E("Summit dinner","2035-02-15","2035-02-15","Bolzano","Italy"),
 E("B2B meetings","2035-02-16","2035-02-16","Bolzano","Italy"),
 E("Site visits","2035-02-16","2035-02-16",None,None),
],["2035-02-15/2035-02-16","2034-12-06","2035-02-15","2035-02-16","2035-01-10","2035-02-08","2035-01-08","2032/2034","2034-12-20"],[], pub="2034-12-06")
