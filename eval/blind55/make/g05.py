from h import *
F = 'report_kielce-construction-materials-summit-2033.md'
T = '''# Report: Świętokrzyskie Construction Materials Summit 2033

**Kielce, 7–8 June 2033 · Targi Kielce Congress Centre**
*Published 21 June 2033 by the Świętokrzyskie Building Materials Cluster · Report prepared by Natalia Wrona, Communication Officer*

[Home](#) › [News](#) › [Event reports](#)

---

The third **Świętokrzyskie Construction Materials Summit** brought 318 participants from nine countries to Kielce – producers of cement, lime, aggregates and ceramic products, building contractors, researchers and regional policy makers. The summit is organised by the **Świętokrzyskie Building Materials Cluster** (Świętokrzyski Klaster Materiałów Budowlanych, ŚKMB) together with **Kielce University of Technology** and the **Marshal's Office of the Świętokrzyskie Voivodeship**. This year's theme was *"Decarbonising heavy materials without losing the region's industry"*.

## Day 1 – Policy and markets

The summit was opened by **Dr hab. inż. Grzegorz Pęczek**, President of the Board of ŚKMB, and **Andrzej Bętkowski-Nowak**, Marshal of the Świętokrzyskie Voivodeship, who announced that the region's new smart-specialisation strategy 2033–2040 will keep "resource-efficient construction" as one of its four priorities.

In the opening keynote, **Dr. Ilse Vandermeulen**, Policy Officer at the European Commission's Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW), presented the state of the transition pathway for construction and the revised Construction Products Regulation. She stressed that digital product passports will apply to cement and aggregates "sooner than most SMEs expect".

The market panel, moderated by **Karolina Gałązka**, journalist at *Echo Dnia*, brought together **Marek Szczepański** (CEO, Lafarge Cement Małogoszcz S.A.), **Dr. Francesca Dell'Orto** (Director, Assobeton, Italy), **Jan van der Linde** (Head of Sustainability, Cementbouw B.V.) and **Beata Kordecka-Lis** (Director, Polish Association of Lime Producers). The panellists disagreed on timing but agreed that without affordable low-carbon electricity, kilns in the region cannot be electrified.

The afternoon offered three parallel workshops:
- *Carbon capture at small lime plants* – led by **Prof. Tomasz Kozłowski**, Kielce University of Technology
- *Recycled aggregates in public tenders* – led by **Agata Wieczorek-Domańska**, Public Procurement Office
- *Skills for the green quarry* – led by **Pavel Novotný**, Cluster Manager, Moravian-Silesian Building Cluster (Ostrava)

The day ended with the **Świętokrzyskie Green Building Award 2033** ceremony at the Kielce Geopark. The award went to **Chęciny Ceramika Sp. z o.o.** for a hollow brick fired with 40% hydrogen.

## Day 2 – Site visits and B2B

On 8 June, participants chose between visits to the **Trzuskawica S.A.** lime plant in Sitkówka-Nowiny and the **Kielce Technology Park** prototyping hall. In parallel, 96 bilateral meetings took place in the B2B area run with **Enterprise Europe Network Poland** (Kielce office). A cooperation letter between ŚKMB and the **Moravian-Silesian Building Cluster** was signed during the closing session.

## Voices from the floor

In the closing discussion, **Ryszard Malec**, owner of a family-run aggregates company in Morawica, asked who would finance the new data systems for small quarries. **Dr. Ilse Vandermeulen** answered that the Commission is preparing templates for product passports that SMEs can fill in with spreadsheet tools, and that the Enterprise Europe Network will run training on them. **Pavel Novotný** described how Czech quarries share one environmental data officer between four companies – an idea several Polish participants wanted to copy. The Marshal's Office promised to look at a regional support scheme for such shared services.

Students from Kielce University of Technology presented eleven posters on low-clinker concrete, lime-hemp blocks and the use of mining waste in road bases. The poster prize, funded by the cluster, went to **Weronika Sobczak** for her study of calcined clays from the Holy Cross Mountains.

## Key takeaways

1. Electricity, not technology, is the bottleneck: regional kilns need long-term contracts for low-carbon power before any capture project makes sense.
2. SMEs should start collecting product data now, because digital product passports will reach aggregates and cement before 2030.
3. Public buyers in the region can create a market for recycled aggregates by setting minimum shares in road tenders.
4. Quarry workers can be retrained for monitoring and maintenance roles, but only with joint programmes of companies and vocational schools.
5. Cross-border cooperation with Czech and Slovak building clusters should move from study visits to joint projects.

## Numbers

- 318 participants, 41% from companies
- 9 countries: Poland, Czechia, Slovakia, Germany, Italy, the Netherlands, Belgium, Lithuania, Ukraine
- 27 speakers, 11 of them women
- 96 B2B meetings

## What's next

The cluster will turn the takeaways into a position paper for the Marshal's Office by **30 September 2033**. A follow-up webinar on digital product passports is planned for **Wednesday 19 October 2033**. The fourth summit will take place in **June 2035** (the summit is held every two years); earlier editions were held in Kielce in 2029 and 2031.

Presentations are available to registered participants. Photos: Łukasz Bąk.

**Contact:** Natalia Wrona, Communication Officer, Świętokrzyskie Building Materials Cluster, kontakt@skmb.example

*The summit was co-financed by the European Funds for Świętokrzyskie 2021–2027 programme.*

Share: [LinkedIn](#) · [Facebook](#) · [X](#)
'''
write_text(F, T)
S_ = 'Świętokrzyskie Building Materials Cluster'; KUT = 'Kielce University of Technology'
gold(F, '2033-06-21',
 [P('Natalia Wrona','Communication Officer',S_),
  P('Grzegorz Pęczek','President of the Board',S_),
  P('Andrzej Bętkowski-Nowak','Marshal of the Świętokrzyskie Voivodeship',None),
  P('Ilse Vandermeulen','Policy Officer',"Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"),
  P('Karolina Gałązka','journalist','Echo Dnia'),
  P('Marek Szczepański','CEO','Lafarge Cement Małogoszcz S.A.'),
  P("Francesca Dell'Orto",'Director','Assobeton'),
  P('Jan van der Linde','Head of Sustainability','Cementbouw B.V.'),
  P('Beata Kordecka-Lis','Director','Polish Association of Lime Producers'),
  P('Tomasz Kozłowski',None,KUT),
  P('Agata Wieczorek-Domańska',None,'Public Procurement Office'),
  P('Pavel Novotný','Cluster Manager','Moravian-Silesian Building Cluster'),
  P('Łukasz Bąk',None,None),
  P('Ryszard Malec','owner',None),
  P('Weronika Sobczak',None,None)],
 [O(S_,'ŚKMB'),O(KUT),O("Marshal's Office of the Świętokrzyskie Voivodeship"),O('European Commission'),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs",'DG GROW'),O('Echo Dnia'),O('Lafarge Cement Małogoszcz S.A.'),O('Assobeton'),
  O('Cementbouw B.V.'),O('Polish Association of Lime Producers'),O('Public Procurement Office'),O('Moravian-Silesian Building Cluster'),
  O('Chęciny Ceramika Sp. z o.o.'),O('Trzuskawica S.A.'),O('Kielce Technology Park'),O('Enterprise Europe Network Poland'),O('Enterprise Europe Network')],
 [E('Świętokrzyskie Construction Materials Summit 2033','2033-06-07','2033-06-08','Kielce','Poland'),
  E('webinar on digital product passports','2033-10-19'),
  E('Świętokrzyskie Construction Materials Summit (fourth)','2035-06'),
  E('Świętokrzyskie Construction Materials Summit (2029)','2029',None,'Kielce','Poland'),
  E('Świętokrzyskie Construction Materials Summit (2031)','2031',None,'Kielce','Poland')],
 ['2033-06-07/2033-06-08','2033-06-21','2033/2040','2033-06-08','2030','2033-09-30','2033-10-19','2035-06','2029','2031','2021/2027'],
 ['Electricity, not technology, is the bottleneck: regional kilns need long-term contracts for low-carbon power before any capture project makes sense',
  'SMEs should start collecting product data now, because digital product passports will reach aggregates and cement before 2030',
  'Public buyers in the region can create a market for recycled aggregates by setting minimum shares in road tenders',
  'Quarry workers can be retrained for monitoring and maintenance roles, but only with joint programmes of companies and vocational schools',
  'Cross-border cooperation with Czech and Slovak building clusters should move from study visits to joint projects'])
