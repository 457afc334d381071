from h import *
F = 'g10_prato_textile_newsletter.md'
assert wd(2036,4,3)=='Thursday' and wd(2036,4,16)=='Wednesday' and wd(2036,4,23)=='Wednesday' and wd(2036,5,7)=='Wednesday'
assert wd(2036,5,21)=='Wednesday' and wd(2036,6,11)=='Wednesday' and wd(2036,6,12)=='Thursday' and wd(2036,3,27)=='Thursday'
T = """**TEXTILE TOSCANA NEWS** · Issue 37 · April 2036
*The newsletter of the Tuscan Textile Innovation Cluster (TTIC) · [Read online](#) · [Italiano](#)*

---

## Editorial

Dear members and friends,

the first quarter of 2036 has been a busy one. Our regenerated wool project passed its mid-term review, four new members joined us, and the Region of Tuscany confirmed the renewal of our accreditation as a regional innovation cluster until 2039. In this issue you will find the dates of our General Assembly, the programme of the spring events and a look back at the Première Vision trip.

*Lorenzo Bardazzi, President, Tuscan Textile Innovation Cluster*

---

## News in brief

**Regenerated wool: mid-term review passed.** On 27 March 2036 the evaluators of the Tuscany Region's research call approved the second phase of the project led by Lanificio Bisenzio S.p.A. with the University of Florence (Department of Industrial Engineering) and the PIN – Polo Universitario Città di Prato. The pilot carding line will be running in the autumn.

**Four new members.** Welcome to Tintoria Santa Lucia srl, Filatura Montemurlo srl, the design studio Atelier Fili and the Prato branch of Confartigianato Imprese.

**Back from Paris.** Eleven member companies travelled to Première Vision Paris in February with the support of the Italian Trade Agency (ICE). "For the first time buyers asked us about traceability before they asked about price," said Chiara Lastrucci, export manager of Lanificio Bisenzio.

---

## 📌 Save the date

### General Assembly of members – Thursday, 3 April 2036
17:00, Camera di Commercio di Pistoia-Prato, Sala Convegni, Via del Romito 71, Prato.
Agenda: activity report 2035, financial statements, election of the Board for 2036–2039. The formal notice was sent by e-mail on 14 March. A networking aperitivo follows at 19:00.

### Prato Textile Innovation Day – Thursday, 12 June 2036
Our annual conference, this year on *"Circular by law: the EU textile strategy in practice"*. With a keynote by Valérie Dumont-Ferrand, Policy Officer at the European Commission's DG GROW, and a panel of member companies. A visit to the textile sorting plant of Astri srl is planned for the afternoon. Full programme in the May issue.

---

## Upcoming events

| Date | Event | Where | |
|---|---|---|---|
| Wed 16 April 2036 | **Webinar:** Digital product passport for fabrics – with Marco Nesti (Next Technology Tecnotessile) | Online, 11:00–12:30 | [Register](#) |
| Wed 23 April 2036 | **Workshop:** Water reuse in dyeing – with GIDA S.p.A. | Prato, Museo del Tessuto | [Register](#) |
| Wed 7 May 2036 | **Cluster breakfast:** meet the new Board | Prato, TTIC office | Members only |
| Wed 21 May 2036 | **Info day:** Interreg Euro-MED call for textile projects, with the Regione Toscana | Florence, Palazzo Strozzi Sacrati | [Register](#) |
| 10–11 June 2036 | **Study visit:** Textile Valley, Biella – with Città Studi Biella | Biella | Fully booked |
| Thu 12 June 2036 | **Prato Textile Innovation Day** (see above) | Prato | [Save the date](#) |
| 15–17 September 2036 | **Joint stand at Milano Unica** | Milan, Fiera Milano Rho | Applications open |

*Events of our partners:* The Euratex Annual Convention takes place in Brussels on 28–29 May 2036; members can register at a reduced fee through the cluster.

---

## Member in the spotlight: Filatura Montemurlo

Founded in 1962 by the grandfather of today's managing director, Elisa Gori, Filatura Montemurlo spins carded yarns from post-consumer wool for knitwear brands in Italy, Japan and Scandinavia. "We take jumpers that nobody wears any more and give them a second and a third life," says Gori. The company now employs 38 people and recently installed a photovoltaic roof covering 60% of its electricity needs. Read the full interview on our website.

---

## Contacts

Cluster office: Francesca Pecchioli, Cluster Manager · Giacomo Risaliti, Events and Communication
Tuscan Textile Innovation Cluster · Via Pistoiese 00, 59100 Prato · info@ttic.example.it

*You are receiving this newsletter because you are a member or subscribed on our website. [Unsubscribe](#) · [Privacy](#)*

*Photo credits: Lanificio Bisenzio (header), Simone Gualtieri (Première Vision). The next issue will be published at the begin
"""
write(F, T)
TT="Tuscan Textile Innovation Cluster"
gold(F,
 [P("Lorenzo Bardazzi","President",TT), P("Chiara Lastrucci","export manager","Lanificio Bisenzio"),
  P("Valérie Dumont-Ferrand","Policy Officer","DG GROW"), P("Marco Nesti",None,"Next Technology Tecnotessile"),
  P("Elisa Gori","managing director","Filatura Montemurlo srl"),
  P("Francesca Pecchioli","Cluster Manager",TT), P("Giacomo Risaliti","Events and Communication",TT),
  P("Simone Gualtieri",None,None)],
 [O(TT,"TTIC"), O("Region of Tuscany"), O("Lanificio Bisenzio S.p.A."), O("University of Florence"),
  O("Department of Industrial Engineering"), O("PIN – Polo Universitario Città di Prato"), O("Tintoria Santa Lucia srl"),
  O("Filatura Montemurlo srl"), O("Atelier Fili"), O("Confartigianato Imprese"), O("Italian Trade Agency","ICE"),
  O("Camera di Commercio di Pistoia-Prato"), O("European Commission"), O("DG GROW"), O("Astri srl"),
  O("Next Technology Tecnotessile"), O("GIDA S.p.A."), O("Città Studi Biella"), O("Euratex")],
 [E("General Assembly of members","2036-04-03",None,"Prato","Italy"),
  E("networking aperitivo","2036-04-03",None,"Prato","Italy"),
  E("Prato Textile Innovation Day","2036-06-12",None,"Prato","Italy"),
  E("visit to the textile sorting plant of Astri srl","2036-06-12",None,None,None),
  E("Première Vision Paris","2036-02",None,"Paris","France"),
  E("Webinar: Digital product passport for fabrics","2036-04-16"),
  E("Workshop: Water reuse in dyeing","2036-04-23",None,"Prato","Italy"),
  E("Cluster breakfast: meet the new Board","2036-05-07",None,"Prato","Italy"),
  E("Info day: Interreg Euro-MED call for textile projects","2036-05-21",None,"Florence","Italy"),
  E("Study visit: Textile Valley, Biella","2036-06-10","2036-06-11","Biella","Italy"),
  E("Joint stand at Milano Unica","2036-09-15","2036-09-17","Milan","Italy"),
  E("Euratex Annual Convention","2036-05-28","2036-05-29","Brussels","Belgium")],
 ["2036-04","2036","2039","2036-03-27","2036-02","2036-04-03","2035","2036/2039","2036-03-14","2036-06-12","2036-04-16",
  "2036-04-23","2036-05-07","2036-05-21","2036-06-10/2036-06-11","2036-09-15/2036-09-17","2036-05-28/2036-05-29","1962"],
 [], None)
