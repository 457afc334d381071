from common import *
FN = "TEXFUTURE2036_programme.md"
T = """
# TEXFUTURE 2036 — Conference programme

**Smart and circular textiles for European industry**
Guimarães, Portugal · 15–16 October 2036 · Centro Cultural Vila Flor

Organised by **TexNorte – Associação do Cluster Têxtil do Norte** with the University of Minho and CITEVE as
scientific partners. Programme version 3 (final), 30 September 2036. Rooms and times may still change slightly.

---

## Day 1 — Wednesday 15 October 2036

| Time | Session |
|---|---|
| 08:30 | Registration and welcome coffee |
| 09:15 | **Opening** — Rui Magalhães Teixeira, President, TexNorte; Ana Cristina Lobo, Vice-President, CCDR Norte; Joaquim Peixoto Antunes, Mayor of Guimarães |
| 09:45 | **Keynote** — "Digital product passports: the end of anonymous garments" — Dr. Henrike Vogelsang, Head of Sustainability, Texalia GmbH |
| 10:30 | Coffee and poster session |

### 11:00–12:45 Parallel sessions I

**Track A — Circular materials** (Auditorium)
Chair: Prof. Marta Sousa e Silva, University of Minho · Co-chair: Tiago Barbosa, Reciclafio S.A.
- Chemical recycling of polyester–cotton blends at pilot scale — *Inês Carvalhal, CITEVE*
- From cutting waste to yarn: a regional take-back loop — *Duarte Meireles, Fiação do Ave, Lda.*
- Bio-based finishes without PFAS — *Laura Castellví, LEITAT (Terrassa, Spain)*

**Track B — Smart textiles and wearables** (Small auditorium)
Chair: Dr. Filipa Lacerda, CeNTI · Co-chair: Nuno Ribeiro, Sensetex Lda.
- Printed electronics on knitted substrates — *Hugo Pimenta, CeNTI*
- Heating garments for outdoor workers: results of a field test — *Kristina Novak Horvat, Pletenina Bednja d.d.*
- Washability standards: where are we? — *Pieter van den Broek, Saxion University of Applied Sciences*

**Track C — Skills and industrial transition** (Room 3)
Chair: Sofia Guedes, Director, MODATEX · Co-chair: Carla Moreira, ATP – Associação Têxtil e Vestuário de Portugal
- Upskilling 2,000 sewing operators: what worked — *Sofia Guedes, MODATEX*
- The Pact for Skills textile partnership: two years on — *Bertrand Mathieu, EURATEX*

12:45 Lunch

### 14:00–15:30 Parallel sessions II

**Track A — Circular materials (continued)**
Chair: Tiago Barbosa · Presentations of the six finalists of the "Circular Start-up Prize"

**Track B — Smart textiles: medical applications**
Chair: Dr. Filipa Lacerda · With contributions from Hospital de Braga and the start-up Ortovest Lda.

**Track D — EU projects corner** (Room 4)
Chair: Mariana Teles, EU projects officer, TexNorte
Short pitches of Horizon Europe and Interreg projects looking for partners, followed by 1:1 meetings.

16:00 **Plenary panel** — "Nearshoring to Europe: opportunity or illusion?"
Moderator: Paulo Sampaio Rebelo, journalist, Diário Empresarial do Norte. Panellists: Henrike Vogelsang (Texalia GmbH),
Rui Magalhães Teixeira (TexNorte), Ayşe Demirci (Istanbul Textile Exporters' Association), Jorge Lemos (Lemos & Filhos
Confeções, Lda.)

19:30 Conference dinner at Paço dos Duques de Bragança (ticketed)

---

## Day 2 — Thursday 16 October 2036

| Time | Session |
|---|---|
| 09:00 | **Keynote** — "Textile ecosystems in the EU's transition pathway" — Gabriela Stan, Policy Officer, DG GROW, European Commission |
| 09:45 | Award ceremony — Circular Start-up Prize 2036 (jury chair: Prof. Marta Sousa e Silva) |
| 10:15 | Coffee |
| 10:45 | Parallel workshops: (1) Digital product passport hands-on, led by CITEVE; (2) Export to the Nordics, with the Enterprise Europe Network; (3) Grant writing clinic, TexNorte |
| 12:30 | Closing remarks — Rui Magalhães Teixeira and presentation of TEXFUTURE 2037 |
| 13:00 | Lunch and departure of company visits |
| 14:00–18:00 | Company visits (three routes: Vale do Ave spinning mills; technical textiles in Famalicão; a denim laundry in Barcelos) |

---

**Registration**: until 8 October 2036 at texfuture.example. Early-bird rate until 31 July 2036 (passed).
**Scientific committee** contact: Prof. Marta Sousa e Silva. **Practical questions**: Mariana Teles.

*TEXFUTURE is co-financed by the NORTE 2030 programme. Earlier editions: 2030 in Porto, 2032 in Braga, 2034 in
Guimarães.*
"""
save_text(FN, T)
save_gold(FN, None,
 [P("Rui Magalhães Teixeira","President","TexNorte"),
  P("Ana Cristina Lobo","Vice-President","CCDR Norte"),
  P("Joaquim Peixoto Antunes","Mayor of Guimarães",None),
  P("Henrike Vogelsang","Head of Sustainability","Texalia GmbH"),
  P("Marta Sousa e Silva",None,"University of Minho"),
  P("Tiago Barbosa",None,"Reciclafio S.A."),
  P("Inês Carvalhal",None,"CITEVE"),
  P("Duarte Meireles",None,"Fiação do Ave, Lda."),
  P("Laura Castellví",None,"LEITAT"),
  P("Filipa Lacerda",None,"CeNTI"),
  P("Nuno Ribeiro",None,"Sensetex Lda."),
  P("Hugo Pimenta",None,"CeNTI"),
  P("Kristina Novak Horvat",None,"Pletenina Bednja d.d."),
  P("Pieter van den Broek",None,"Saxion University of Applied Sciences"),
  P("Sofia Guedes","Director","MODATEX"),
  P("Carla Moreira",None,"ATP – Associação Têxtil e Vestuário de Portugal"),
  P("Bertrand Mathieu",None,"EURATEX"),
  P("Mariana Teles","EU projects officer","TexNorte"),
  P("Paulo Sampaio Rebelo","journalist","Diário Empresarial do Norte"),
  P("Ayşe Demirci",None,"Istanbul Textile Exporters' Association"),
  P("Jorge Lemos",None,"Lemos & Filhos Confeções, Lda."),
  P("Gabriela Stan","Policy Officer","DG GROW")],
 [O("TexNorte – Associação do Cluster Têxtil do Norte","TexNorte"), O("University of Minho"), O("CITEVE"),
  O("CCDR Norte"), O("Texalia GmbH"), O("Reciclafio S.A."), O("Fiação do Ave, Lda."), O("LEITAT"), O("CeNTI"),
  O("Sensetex Lda."), O("Pletenina Bednja d.d."), O("Saxion University of Applied Sciences"),
  O("MODATEX"), O("ATP – Associação Têxtil e Vestuário de Portugal","ATP"), O("EURATEX"), O("Hospital de Braga"),
  O("Ortovest Lda."), O("Diário Empresarial do Norte"), O("Istanbul Textile Exporters' Association"),
  O("Lemos & Filhos Confeções, Lda."), O("DG GROW"), O("European Commission"), O("Enterprise Europe Network")],
 [E("TEXFUTURE 2036","2036-10-15","2036-10-16","Guimarães","Portugal"),
  E("Award ceremony — Circular Start-up Prize 2036","2036-10-16",None,"Guimarães","Portugal"),
  E("TEXFUTURE 2037","2037","2037",None,None),
  E("TEXFUTURE 2030","2030","2030","Porto","Portugal"),
  E("TEXFUTURE 2032","2032","2032","Braga","Portugal"),
  E("TEXFUTURE 2034","2034","2034","Guimarães","Portugal")],
 ["2036-10-15/2036-10-16","2036-09-30","2036-10-15","2036-10-16","2036-10-08","2036-07-31","2030","2032","2034"],
 [])
