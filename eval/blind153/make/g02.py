from h import *
F = 'g02_agueda_mobility_cluster_days.txt'
assert wd(2039,11,17)=='Thursday' and wd(2039,11,18)=='Friday' and wd(2039,11,16)=='Wednesday'
T = """MOBINOV CENTRO – Cluster of Soft Mobility and Bicycle Industry
Águeda, Portugal | www.mobinov-centro.example.pt
News > Events > Cluster Days

Águeda Cluster Days 2039: seventh edition closes with a record number of buyers
Published 24 November 2039 | by Inês Valente Sarmento, Communication

The seventh Águeda Cluster Days, the yearly meeting point of the Portuguese bicycle and light-mobility industry, took place on Thursday 17 and Friday 18 November 2039 at the Centro de Artes de Águeda. Over the two days 386 participants from 19 countries came to the town that calls itself the bicycle capital of Portugal, and 41 international buyers held 433 pre-arranged meetings with component makers, frame builders and e-bike assemblers from the Região de Aveiro.

The event was organised by MOBINOV Centro together with the Câmara Municipal de Águeda and the Universidade de Aveiro, with support from AICEP Portugal Global and the Comissão de Coordenação e Desenvolvimento Regional do Centro (CCDR Centro).

Opening the conference, the cluster's president, Rui Pedro Almeida Tavares (CEO of Rodaval Componentes, Lda.), recalled that the region's companies exported more than 900 000 bicycles and frames in 2038, "but most of the value still lies in the batteries and motors that we import". The mayor of Águeda, Catarina Bastos Lobo, announced that the municipality will open a shared testing track for light electric vehicles in the industrial zone of Casaínho in 2041.

PROGRAMME IN BRIEF

Wednesday 16 November 2039
18:30  Welcome reception for international buyers, Museu da Bicicleta, Águeda

Thursday 17 November 2039
09:00  Registration and coffee
09:45  Opening – Rui Pedro Almeida Tavares, President, MOBINOV Centro; Catarina Bastos Lobo, Mayor of Águeda
10:15  Keynote "Europe's bicycle supply chain after the anti-dumping era" – Dr. Hendrik van der Wal, Secretary General, European Light Mobility Industry Association (ELMIA)
11:30  Panel: batteries made in Europe – who will build them?
14:00–18:00  B2B meetings with international buyers (matchmaking area, ground floor)
20:00  Cluster dinner, Quinta do Vale do Vouga

Friday 18 November 2039
09:30  Company visits in three groups: Rodaval Componentes, Lda.; Velotech Águeda S.A.; the e-bike line of Ciclo Ibérica
13:00  Closing lunch and presentation of the Cluster Days 2040

EARLIER EDITIONS
2033 – Águeda, 20–21 October 2033 (first edition, 140 participants)
2034 – Águeda, 16–17 November 2034
2035 – Aveiro, 12–13 November 2035
2036 – Águeda, 6–7 November 2036
2037 – Águeda and Ílhavo, 18–19 November 2037
2038 – Águeda, 10–11 November 2038

Prof. Teresa Moura Quintas, vice-rector for cooperation at the Universidade de Aveiro, chaired the afternoon session on skills. She reported that the university's new short course in light-vehicle electronics had 62 applicants for 25 places. Joana Freitas (Velotech Águeda S.A.) and Michał Zieliński of the Polish cluster Rowerowa Dolina presented a joint project on reusable battery housings that started after the 2037 edition.

KEY TAKEAWAYS
At the closing session the cluster manager, Nuno Carvalhais, summed up what participants agreed on:
- European assembly of e-bikes will only stay competitive if battery cells and motors are sourced closer to home
- Small component makers need shared testing and certification facilities rather than their own
- The region should train technicians for light electric vehicles at secondary-school level, not only at the university
- Buyers value fewer, better-prepared meetings over a long list of short ones

WHAT COMES NEXT
The eighth edition will be held in Águeda in November 2040. Before that, MOBINOV Centro will lead a delegation of twelve companies to the Eurobike fair in Frankfurt in June 2040. Members can register interest until 31 January 2040.

Contact: Nuno Carvalhais, Cluster Manager – nuno.carvalhais@mobinov-centro.example.pt | +351 234 000 000

Share: LinkedIn | Facebook | X | E-mail
Tags: Cluster Days, matchmaking, e-bikes, Aveiro region
(c) 2039 MOBINOV Centro – Associação para a Mobilidade Suave. All rights reserved.
"""
write(F, T)
M = "MOBINOV Centro"
gold(F,
 [P("Inês Valente Sarmento","Communication",M),
  P("Rui Pedro Almeida Tavares","President",M),
  P("Catarina Bastos Lobo","Mayor of Águeda","Câmara Municipal de Águeda"),
  P("Hendrik van der Wal","Secretary General","European Light Mobility Industry Association"),
  P("Teresa Moura Quintas","vice-rector for cooperation","Universidade de Aveiro"),
  P("Joana Freitas",None,"Velotech Águeda S.A."),
  P("Michał Zieliński",None,"Rowerowa Dolina"),
  P("Nuno Carvalhais","Cluster Manager",M)],
 [O("MOBINOV Centro – Associação para a Mobilidade Suave","MOBINOV Centro"), O("Câmara Municipal de Águeda"), O("Universidade de Aveiro"),
  O("AICEP Portugal Global"), O("Comissão de Coordenação e Desenvolvimento Regional do Centro","CCDR Centro"),
  O("Rodaval Componentes, Lda."), O("European Light Mobility Industry Association","ELMIA"),
  O("Velotech Águeda S.A."), O("Ciclo Ibérica"), O("Rowerowa Dolina")],
 [E("Águeda Cluster Days 2039","2039-11-17","2039-11-18","Águeda","Portugal"),
  E("Welcome reception for international buyers","2039-11-16",None,"Águeda","Portugal"),
  E("Europe's bicycle supply chain after the anti-dumping era","2039-11-17",None,"Águeda","Portugal"),
  E("B2B meetings with international buyers","2039-11-17",None,"Águeda","Portugal"),
  E("Cluster dinner","2039-11-17",None,None,"Portugal"),
  E("Company visits","2039-11-18",None,"Águeda","Portugal"),
  E("Águeda Cluster Days","2033-10-20","2033-10-21","Águeda","Portugal"),
  E("Águeda Cluster Days","2034-11-16","2034-11-17","Águeda","Portugal"),
  E("Águeda Cluster Days","2035-11-12","2035-11-13","Aveiro","Portugal"),
  E("Águeda Cluster Days","2036-11-06","2036-11-07","Águeda","Portugal"),
  E("Águeda Cluster Days","2037-11-18","2037-11-19","Águeda, Ílhavo","Portugal"),
  E("Águeda Cluster Days","2038-11-10","2038-11-11","Águeda","Portugal"),
  E("Águeda Cluster Days","2040-11",None,"Águeda","Portugal"),
  E("Eurobike","2040-06",None,"Frankfurt","Germany")],
 ["2039-11-24","2039-11-17/2039-11-18","2038","2041","2039-11-16","2039-11-17","2039-11-18",
  "2033","2033-10-20/2033-10-21","2034","2034-11-16/2034-11-17","2035","2035-11-12/2035-11-13","2036","2036-11-06/2036-11-07",
  "2037","2037-11-18/2037-11-19","2038-11-10/2038-11-11","2040-11","2040-06","2040-01-31"],
 ["European assembly of e-bikes will only stay competitive if battery cells and motors are sourced closer to home",
  "Small component makers need shared testing and certification facilities rather than their own",
  "The region should train technicians for light electric vehicles at secondary-school level, not only at the university",
  "Buyers value fewer, better-prepared meetings over a long list of short ones"],
 pub="2039-11-24")
