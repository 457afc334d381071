from g import *
fname = "Fashion-Tech-Match-Porto-2033_summary-report.md"
t = """# Fashion Tech Match Porto 2033 – Summary report

**Norte Fashion & Footwear Cluster (NFFC)** · Published 5 December 2033
Prepared by: Rita Monteiro Pacheco, project manager, NFFC

## 1. The event in brief

The fourth Fashion Tech Match took place on 9 and 10 November 2033 at the Alfândega do Porto congress centre. It was
organised by NFFC together with AEP – Associação Empresarial de Portugal as partner of the Enterprise Europe Network,
and brought together footwear and apparel manufacturers, material suppliers, technology providers and buyers. Meetings
were booked in advance on the b2match platform; the second afternoon offered company visits to three factories in
Felgueiras.

## 2. Results in numbers

| Indicator | 2033 | 2032 (Braga) |
|---|---|---|
| Registered participants | 186 | 141 |
| Countries | 17 | 12 |
| Bilateral meetings held | 612 | 455 |
| Meetings per participant (average) | 6.6 | 6.4 |
| Workshops | 4 | 3 |
| Cooperation agreements announced (survey, 30 days after) | 23 | 15 |

Most meetings were requested by companies from Portugal, Spain, Italy, Türkiye and Sweden. 71% of participants rated the
event "very useful" in the feedback survey closed on 24 November.

## 3. Workshops held

1. **Digital product passport for footwear** – Inês Carvalho de Sá, sustainability manager, Calçado Douro Lda.
2. **Sourcing recycled leather at scale** – Kemal Öztürk, founder of Deri Döngü A.Ş. (İzmir)
3. **Selling to Nordic retailers** – Johanna Lindberg, senior buyer, Nordkläder AB
4. **EU funding for textile circularity** – Pedro Mendes Figueiredo, EEN advisor, AEP

The workshops were opened by Joaquim Teixeira Lobo, President of NFFC, who recalled that the cluster's members export
more than 80% of their production.

## 4. Recommendations for the next edition

- Open meeting booking at least four weeks before the event, not two
- Add a dedicated slot for buyers from outside the EU, with online meetings for those who cannot travel
- Keep the company visits, but limit groups to 15 people per factory
- Publish the participant catalogue in English and Spanish

## 5. Next edition

Fashion Tech Match 2034 will be held in Braga on 14–15 November 2034, hosted by the University of Minho. A preparatory
online session for exhibitors is planned for June 2034.

Contact: Rita Monteiro Pacheco · rita.pacheco@nffc.example
"""
write_doc(fname, t)
N = "Norte Fashion & Footwear Cluster"
gold(fname,
 [P("Rita Monteiro Pacheco","project manager","NFFC"),
  P("Inês Carvalho de Sá","sustainability manager","Calçado Douro Lda."),
  P("Kemal Öztürk","founder","Deri Döngü A.Ş."),
  P("Johanna Lindberg","senior buyer","Nordkläder AB"),
  P("Pedro Mendes Figueiredo","EEN advisor","AEP"),
  P("Joaquim Teixeira Lobo","President","NFFC")],
 [O(N,"NFFC"), O("AEP – Associação Empresarial de Portugal","AEP"), O("Enterprise Europe Network","EEN"),
  O("Calçado Douro Lda."), O("Deri Döngü A.Ş."), O("Nordkläder AB"), O("University of Minho")],
 [E("Fashion Tech Match Porto 2033","2033-11-09","2033-11-10","Porto","Portugal"),
  E("Fashion Tech Match 2032","2032",None,"Braga","Portugal"),
  E("Fashion Tech Match 2034","2034-11-14","2034-11-15","Braga","Portugal"),
  E("preparatory online session for exhibitors","2034-06")],
 ["2033-12-05","2033-11-09/2033-11-10","2033","2032","2033-11-24","2034-11-14/2034-11-15","2034-06"],
 km=["Open meeting booking at least four weeks before the event, not two",
     "Add a dedicated slot for buyers from outside the EU, with online meetings for those who cannot travel",
     "Keep the company visits, but limit groups to 15 people per factory",
     "Publish the participant catalogue in English and Spanish"],
 pub="2033-12-05")
