from mk import save
T = '''<nav>Home · Who we are · **Members** · Projects · Events · Contacts · IT | EN</nav>

# Our members

<p class="lead">The Tirreno Yacht Cluster (TYC) connects shipyards, suppliers, designers and research centres along the coast of Tuscany, from Marina di Carrara to Piombino. Membership is open to any organisation with an operating site in the region.</p>

<small>Last updated: 02/04/2035 · 38 members · <a href="/join">Become a member</a></small>

Filter: [All](#) · [Shipyards](#) · [Suppliers](#) · [Design](#) · [Services](#) · [Research](#)

---

## Shipyards

<div class="member">

**Cantiere Navale Apuano S.p.A.** — Marina di Carrara
Steel and aluminium superyachts, 40–70 m. Contact: Federico Bertolucci, sales director

</div>
<div class="member">

**Scafomar S.r.l.** — Viareggio
Composite motor yachts, 18–30 m, and refits. Contact: Elena Pardini, CEO

</div>
<div class="member">

**Velarte** (Velarte Yachts S.r.l.) — Livorno
Performance sailing yachts. Contact: Tommaso Gianfaldoni, founder

</div>

## Suppliers

<div class="member">

**Teakora** (Teakora Italia S.r.l.s.) — Pisa
Synthetic teak decking made from recycled polymers.

</div>
<div class="member">

**Carenix S.r.l.** — Viareggio
Antifouling systems and underwater hull cleaning robots. Contact: Lorenzo Dinelli, technical manager

</div>
<div class="member">

**Luminavi** — Massarosa
LED and smart lighting for yacht interiors. A brand of Officine Elettriche Versiliesi S.n.c.

</div>
<div class="member">

**Idrotek Soc. Coop.** — Piombino
Hydraulic systems, stabilisers, gangways.

</div>
<div class="member">

**Marblu GmbH** — Italian branch in Pietrasanta; head office in Hamburg
Marble and stone interiors for yachts.

</div>

## Design & engineering

<div class="member">

**Studio Lenci Navalis S.r.l.** — Viareggio
Naval architecture and interior design. Contact: arch. Beatrice Lenci, partner

</div>
<div class="member">

**Ondaviva** — Livorno
Hybrid and electric propulsion integration. Contact: Marco Del Vigna, co-founder

</div>

## Services

<div class="member">

**Assinautica Toscana S.r.l.** — Livorno
Marine insurance and claims.

</div>
<div class="member">

**Versilia Port Services S.p.A.** — Viareggio
Berths, refit docks and port services.

</div>

## Research & training

<div class="member">

**University of Pisa – Department of Civil and Industrial Engineering** — Pisa
Hydrodynamics, lightweight structures. Contact: Prof. Giovanni Tarabella

</div>
<div class="member">

**Istituto Tecnico Nautico "Darsena Nuova"** — Viareggio
Technical school for yacht crew and technicians.

</div>

<p class="more">Showing 14 of 38 members. <a href="?page=2">Next page ›</a></p>

---

<footer>Tirreno Yacht Cluster – Associazione · Via dei Pescatori 12, Viareggio (LU) · VAT IT00000000000 · Privacy · Cookie policy · © 2035</footer>
'''
save('tyc-members-directory.md', T, None,
 [("Federico Bertolucci","sales director","Cantiere Navale Apuano S.p.A."),
  ("Elena Pardini","CEO","Scafomar S.r.l."),
  ("Tommaso Gianfaldoni","founder","Velarte Yachts S.r.l."),
  ("Lorenzo Dinelli","technical manager","Carenix S.r.l."),
  ("Beatrice Lenci","partner","Studio Lenci Navalis S.r.l."),
  ("Marco Del Vigna","co-founder","Ondaviva"),
  ("Giovanni Tarabella",None,"Department of Civil and Industrial Engineering")],
 [("Tirreno Yacht Cluster","TYC"),("Cantiere Navale Apuano S.p.A.",None),("Scafomar S.r.l.",None),("Velarte Yachts S.r.l.",None),
  ("Teakora Italia S.r.l.s.",None),("Carenix S.r.l.",None),("Officine Elettriche Versiliesi S.n.c.",None),
  ("Idrotek Soc. Coop.",None),("Marblu GmbH",None),("Studio Lenci Navalis S.r.l.",None),("Ondaviva",None),
  ("Assinautica Toscana S.r.l.",None),("Versilia Port Services S.p.A.",None),("University of Pisa",None),
  ("Department of Civil and Industrial Engineering",None),("Istituto Tecnico Nautico \"Darsena Nuova\"",None)],
 [],
 ["2035-04-02"],
 [])
