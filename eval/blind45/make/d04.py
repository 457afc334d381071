from common import *
fn = "summary_Tuscany-Fashion-Tech-Forum-2032.md"
t = """# Tuscany Fashion-Tech Forum 2032 – Conference summary

**Prato, Museo del Tessuto and Officina Giovani, 9–10 September 2032**
Rapporteur: Giulia Baldacci Ferri | Summary published 24 September 2032 by the Polo Moda Toscana (PMT)

The third Tuscany Fashion-Tech Forum gathered 340 participants from textile mills, leather tanneries, fashion brands, machine builders and universities. The forum was opened by **Alessandro Pacini**, president of PMT, and by **Chiara Innocenti Landi**, councillor for economic development of the Regione Toscana. **Ulrike Brandstätter**, policy officer at DG GROW of the European Commission, presented the EU textiles strategy and the new rules on extended producer responsibility for textiles that apply from 2035.

On the afternoon of 9 September the forum split into five parallel workshops. Each was led by a moderator and produced two or three takeaways, which were reported back in the closing plenary on 10 September.

## Workshop A – Traceability and digital product passports
Moderator: **Duccio Mazzoni Bellandi**, CTO, Lanificio Ciliani S.p.A.
Speakers from the tanning district of Santa Croce sull'Arno and from the certification body TexCert Italia S.r.l. compared three passport pilots. Participants agreed that data formats must be agreed at European level before SMEs invest.

## Workshop B – Recycled wool and the Prato model
Moderator: **Serena Lapucci**, researcher, Università di Firenze (Department of Industrial Engineering)
The workshop looked back at 150 years of carded wool recycling in Prato and at new sorting lines using near-infrared scanners.

## Workshop C – Skills for the fashion-tech factory
Moderator: **Dr Fionnuala Mac Giolla Rí**, head of learning, Fashion Skills Alliance Europe (FSAE)
ITS Tessile Prato presented a two-year technician course; two companies reported on apprenticeships for laser cutting and 3D knitting.

## Workshop D – Finance for the green transition
Moderator: **Lorenzo de' Medici Vanni**, senior banker, Banca Lanifici Pratesi
With the regional financial agency Fidi Toscana and two investment funds, the workshop discussed green loans for dye houses.

## Workshop E – Leather beyond leather
Moderator: **Annalisa Grossi**, director, Consorzio Conciatori Valdarno
Bio-based alternatives and chrome-free tanning were presented by the start-ups Fungotex S.r.l. and Pelleverde S.r.l.

## Closing plenary
In the closing plenary the five moderators summarised their workshops in three minutes each. Several participants pointed out that the same obstacles came up in every room: small firms lack the data skills to join digital pilots, banks do not yet understand circular business models, and public procurement still buys on price alone. Participants also asked the organisers to keep the forum's format of short inputs and long discussions, and to invite more buyers from fashion brands next year. A quick poll showed that 78 % of participants would return.

## Key takeaways
1. Digital product passports will only work for SMEs if data formats are agreed at EU level and tools are shared within districts.
2. Recycled wool from Prato is a ready-made example of circular textiles and should be used as a European reference case.
3. Training must move closer to the factory floor: short modular courses co-designed by companies and ITS schools.
4. Dye houses need blended finance – grants plus green loans – because single companies cannot carry the full investment.
5. Alternative leather materials need common testing standards before brands can scale them.

## Next steps
PMT will present the takeaways at the European Cluster Conference and organise a follow-up workshop on passports in Florence on 21 January 2033. The fourth forum will take place in Arezzo on 8–9 September 2033.

*Photos: © PMT / Niccolò Frediani. Tags: textiles, leather, circularity, skills.*
"""
write_doc(fn, t)
gold(fn,
 [P("Giulia Baldacci Ferri","Rapporteur",None),
  P("Alessandro Pacini","president","Polo Moda Toscana"),
  P("Chiara Innocenti Landi","councillor for economic development","Regione Toscana"),
  P("Ulrike Brandstätter","policy officer","DG GROW"),
  P("Duccio Mazzoni Bellandi","CTO","Lanificio Ciliani S.p.A."),
  P("Serena Lapucci","researcher","Università di Firenze"),
  P("Fionnuala Mac Giolla Rí","head of learning","Fashion Skills Alliance Europe"),
  P("Lorenzo de' Medici Vanni","senior banker","Banca Lanifici Pratesi"),
  P("Annalisa Grossi","director","Consorzio Conciatori Valdarno"),
  P("Niccolò Frediani",None,None)],
 [O("Polo Moda Toscana","PMT"), O("Regione Toscana"), O("DG GROW"), O("European Commission"),
  O("Lanificio Ciliani S.p.A."), O("TexCert Italia S.r.l."), O("Università di Firenze"),
  O("Department of Industrial Engineering"), O("Fashion Skills Alliance Europe","FSAE"), O("ITS Tessile Prato"),
  O("Banca Lanifici Pratesi"), O("Fidi Toscana"), O("Consorzio Conciatori Valdarno"), O("Fungotex S.r.l."), O("Pelleverde S.r.l.")],
 [E("Tuscany Fashion-Tech Forum 2032","2032-09-09","2032-09-10","Prato","Italy"),
  E("European Cluster Conference"),
  E("follow-up workshop on passports","2033-01-21",None,"Florence","Italy"),
  E("fourth forum","2033-09-08","2033-09-09","Arezzo","Italy")],
 ["2032-09-09/2032-09-10","2032-09-24","2035","2032-09-09","2032-09-10","2033-01-21","2033-09-08/2033-09-09"],
 km=["Digital product passports will only work for SMEs if data formats are agreed at EU level and tools are shared within districts",
  "Recycled wool from Prato is a ready-made example of circular textiles and should be used as a European reference case",
  "Training must move closer to the factory floor: short modular courses co-designed by companies and ITS schools",
  "Dye houses need blended finance – grants plus green loans – because single companies cannot carry the full investment",
  "Alternative leather materials need common testing standards before brands can scale them"],
 pub="2032-09-24")
