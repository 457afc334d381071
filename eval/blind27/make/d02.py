from mk import *
doc = "mttc-meet-the-buyers-guimaraes-2033.md"
text(doc, """
# Meet the Buyers 2033 — technical textiles sourcing day

**Guimarães, 8 March 2033 · Centro Cultural Vila Flor**
Organised by the Minho Technical Textiles Cluster (MTTC) with the Enterprise Europe Network Portugal

[Register](#) · [Programme](#) · [Participating buyers](#) · [Practical info](#)

---

Four international buyers come to Guimarães to meet suppliers of technical fabrics, knits and finished
textile products from the North of Portugal. Each buyer hosts its own session: a short presentation of what it
sources and how, followed by pre-booked one-to-one meetings of 20 minutes. Suppliers can book at most two buyer
sessions. Meeting requests can be sent until **27 February 2033**; the final schedules are e-mailed on 2 March.

## Programme

| Time | Session | Room |
|---|---|---|
| 08:45–09:15 | Registration and coffee | Foyer |
| 09:15–09:40 | Welcome — Joana Magalhães Pires, president of MTTC; Rui Antunes Lobo, EEN advisor, AICEP Portugal Global | Auditorium |
| 09:45–11:45 | **Meet the buyers: Nordlys Outdoor AS** (Bergen, Norway) — membranes, recycled polyamide, PFAS-free finishes. Host: Ingrid Solheim, Head of Sourcing | Room A |
| 09:45–11:45 | **Meet the buyers: Hanseatic Workwear GmbH** (Hamburg) — flame-retardant and high-visibility fabrics. Host: Torben Kessler, category buyer | Room B |
| 11:45–12:30 | Panel "Digital product passports: what buyers will ask for" — moderated by Sílvia Carvalho Neto, MTTC | Auditorium |
| 12:30–14:00 | Lunch with Minho producers | Terrace |
| 14:00–16:00 | **Meet the buyers: Maison Verlaine SAS** (Lyon) — jacquard and upholstery for boutique hotels. Host: Claire Dufresne-Aubry, directrice des achats | Room A |
| 14:00–16:00 | **Meet the buyers: Kestrel Medical Ltd** (Galway, Ireland) — nonwovens and compression knits. Host: Ciarán Mac Aodha, supply chain manager | Room B |
| 16:15–17:00 | Factory visit (optional): Fiação do Ave, Lda., Vizela | Bus from venue |

## Who should take part

Manufacturers, finishers and converters with capacity for export orders. Buyers expect a one-page company
profile in English and, where possible, samples. The sessions are held in English; Portuguese–French
interpretation is available for the afternoon session in Room A.

## Practical information

Participation is free for MTTC members and 90 EUR for other companies. The venue is a ten-minute walk from
Guimarães railway station. For questions, contact Beatriz Fontes, events officer (events@mttc.example).

*Last year's edition brought 61 suppliers and 148 meetings; two buyers placed first orders within three months.*

Co-funded by the Single Market Programme. © MTTC 2033
""")
gold(doc, None,
 [P("Joana Magalhães Pires", "president", "MTTC"), P("Rui Antunes Lobo", "EEN advisor", "AICEP Portugal Global"),
  P("Ingrid Solheim", "Head of Sourcing", "Nordlys Outdoor AS"), P("Torben Kessler", "category buyer", "Hanseatic Workwear GmbH"),
  P("Sílvia Carvalho Neto", None, "MTTC"), P("Claire Dufresne-Aubry", "directrice des achats", "Maison Verlaine SAS"),
  P("Ciarán Mac Aodha", "supply chain manager", "Kestrel Medical Ltd"), P("Beatriz Fontes", "events officer", "MTTC")],
 [O("Minho Technical Textiles Cluster", "MTTC"), O("Enterprise Europe Network Portugal", None),
  O("AICEP Portugal Global"), O("Nordlys Outdoor AS"), O("Hanseatic Workwear GmbH"), O("Maison Verlaine SAS"),
  O("Kestrel Medical Ltd"), O("Fiação do Ave, Lda.")],
 [E("Meet the Buyers 2033", "2033-03-08", "2033-03-08", "Guimarães", "Portugal")],
 ["2033-03-08", "2033-02-27", "2033-03-02"])
