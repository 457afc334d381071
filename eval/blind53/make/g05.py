from h import *
F = 'report_Podkarpackie-pavilion-IMTEX-2034.md'
T = '''
# Participation report: Subcarpathian joint pavilion at IMTEX 2034, Bengaluru (India)

**Prepared by:** Podkarpacki Klaster Obróbki Precyzyjnej (PKOP) – Subcarpathian Precision Machining Cluster
**Date of report:** 19 February 2034
**Fair dates:** 25–31 January 2034, Bangalore International Exhibition Centre (BIEC), Bengaluru

## 1. Summary

For the first time, eight companies from the Podkarpackie region exhibited together at IMTEX, India's largest metal-cutting and machine-tool fair. The 96 m² pavilion in Hall 3 was organised by PKOP with co-funding from the regional programme Fundusze Europejskie dla Podkarpacia 2021–2027 and logistic support from the Polish Investment and Trade Agency (PAIH), whose Mumbai office prepared the business meetings.

The pavilion generated 214 registered visitor contacts, 63 pre-arranged B2B meetings and 11 follow-up requests for quotations worth an estimated EUR 2.4 million. Two exhibitors signed letters of intent with Indian distributors during the fair.

## 2. Exhibitors

| Company | City | Products shown |
|---|---|---|
| Wisłok Tooling Sp. z o.o. | Krosno | carbide cutting tools |
| Sanok Precision Parts S.A. | Sanok | turned and milled aerospace parts |
| Frezmet Dębica Sp. z o.o. | Dębica | 5-axis milling services |
| Bieszczady CNC Sp. j. | Ustrzyki Dolne | retrofitting of CNC machines |
| Rzeszowskie Zakłady Narzędziowe S.A. | Rzeszów | hydraulic clamping systems |
| Mielec Gear Systems Sp. z o.o. | Mielec | gears for drives |
| Jasło Metrology Sp. z o.o. | Jasło | coordinate measuring software |
| Przemyśl Hartownia s.c. | Przemyśl | heat treatment |

## 3. Programme on and around the stand

**Wednesday 25 January – opening day.** The pavilion was opened by Anna Szczepanik-Rudnicka, Deputy Marshal of the Podkarpackie Voivodeship, together with the Consul General of Poland in Mumbai, Marek Jastrzębowski. About 60 guests attended the opening reception on the stand.

**Thursday 26 January – seminar "Poland as a machining partner for Indian OEMs".** Held in the fair's seminar room B, moderated by Tomasz Kędzior, cluster manager of PKOP. Speakers: Ravi Shankar Iyer, vice-president of the Indian Machine Tool Manufacturers' Association (IMTMA); Joanna Bielak, head of the PAIH foreign trade office in Mumbai; Dr inż. Paweł Fedyk, Rzeszów University of Technology (Politechnika Rzeszowska). Around 85 participants.

**Friday 27 January – B2B day.** 41 of the 63 meetings took place on this day in the IMTMA business lounge.

**Monday 30 January – company visits in Bengaluru and Hosur.** Five exhibitors visited two Indian component makers, Hosur Forge Works Pvt. Ltd. and Kaveri Aerocomponents Pvt. Ltd.

**Tuesday 31 January – networking evening.** Jointly hosted with the Embassy of the Republic of Poland in New Delhi at the Taj West End hotel; 120 guests.

## 4. Results in figures

- 214 visitor contacts registered with the pavilion's badge scanner
- 63 B2B meetings (41 on 27 January, 22 on other days)
- 11 requests for quotation
- 2 letters of intent (Wisłok Tooling, Jasło Metrology)
- 3 Indian companies invited for a return visit to Podkarpackie in June 2034

## 5. Feedback from exhibitors

"We met more serious buyers in three days in Bengaluru than in a year of e-mails," said Katarzyna Wojnar, export manager of Wisłok Tooling Sp. z o.o. Grzegorz Hałas, owner of Bieszczady CNC, was more cautious: "The market is huge but price pressure is brutal; without a local partner we will not get far."

Exhibitors rated the organisation 4.6 out of 5. Suggestions: longer preparation of B2B profiles, a shared interpreter, and a bigger stand near Hall 1.

## 6. Costs

Total cost of the pavilion: PLN 612,000, of which 70 % was covered by the regional programme and 30 % by the exhibitors.

## 7. Next fair

PKOP plans a second joint pavilion at **IMTEX Forming 2035** (Bengaluru, January 2035) and, before that, a smaller stand at **AMB 2034** in Stuttgart, 15–19 September 2034. Expressions of interest to Tomasz Kędzior by 31 March 2034. The return visit of the Indian companies is planned for 16–18 June 2034 in Rzeszów and Mielec.

*PKOP – ul. Hetmańska 120, 35-078 Rzeszów – biuro@pkop.example*
'''
write_text(F, T)
PK='Podkarpacki Klaster Obróbki Precyzyjnej'
gold(F, '2034-02-19',
 [P('Anna Szczepanik-Rudnicka','Deputy Marshal of the Podkarpackie Voivodeship',None),
  P('Marek Jastrzębowski','Consul General of Poland in Mumbai',None),
  P('Tomasz Kędzior','cluster manager',PK),
  P('Ravi Shankar Iyer','vice-president',"Indian Machine Tool Manufacturers' Association"),
  P('Joanna Bielak','head of the PAIH foreign trade office in Mumbai','Polish Investment and Trade Agency'),
  P('Paweł Fedyk',None,'Rzeszów University of Technology'),
  P('Katarzyna Wojnar','export manager','Wisłok Tooling Sp. z o.o.'),
  P('Grzegorz Hałas','owner','Bieszczady CNC Sp. j.')],
 [O(PK,'PKOP'),O('Polish Investment and Trade Agency','PAIH'),O('Wisłok Tooling Sp. z o.o.'),O('Sanok Precision Parts S.A.'),O('Frezmet Dębica Sp. z o.o.'),
  O('Bieszczady CNC Sp. j.'),O('Rzeszowskie Zakłady Narzędziowe S.A.'),O('Mielec Gear Systems Sp. z o.o.'),O('Jasło Metrology Sp. z o.o.'),
  O('Przemyśl Hartownia s.c.'),O("Indian Machine Tool Manufacturers' Association",'IMTMA'),O('Rzeszów University of Technology','Politechnika Rzeszowska'),
  O('Hosur Forge Works Pvt. Ltd.'),O('Kaveri Aerocomponents Pvt. Ltd.'),O('Embassy of the Republic of Poland in New Delhi')],
 [E('IMTEX 2034','2034-01-25','2034-01-31','Bengaluru','India'),
  E('seminar "Poland as a machining partner for Indian OEMs"','2034-01-26',None,'Bengaluru','India'),
  E('IMTEX Forming 2035','2035-01',None,'Bengaluru','India'),
  E('AMB 2034','2034-09-15','2034-09-19','Stuttgart','Germany'),
  E('return visit of the Indian companies','2034-06-16','2034-06-18','Rzeszów, Mielec','Poland')],
 ['2034-02-19','2034-01-25/2034-01-31','2021/2027','2034-01-25','2034-01-26','2034-01-27','2034-01-30','2034-01-31','2034-06','2035-01','2034-09-15/2034-09-19','2034-03-31','2034-06-16/2034-06-18'],
 [])
