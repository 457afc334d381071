from h import *
F = 'mission-report_pool-net-leiria-to-oyonnax-lyon.txt'
T = f'''POOL-NET – Portuguese Tooling and Moulds Cluster / Pólo de Engenharia e Ferramentas
Rua de Portugal 18, 2430-028 Marinha Grande, Portugal

MISSION REPORT
Business mission of Leiria region mould makers to Oyonnax and Lyon (Auvergne-Rhône-Alpes, France)
Dates of the mission: {wd('2035-10-16')} 16 – {wd('2035-10-18')} 18 October 2035
Report prepared by: Tiago Marques Vieira, internationalisation manager, POOL-NET
Date of report: 30 October 2035
Distribution: participating companies; POOL-NET board; CEFAMOL; AICEP Portugal Global

1. Background and objectives
The mould-making industry of Marinha Grande and Leiria exports more than 85% of its production, mainly to
automotive customers in Germany, Spain and France. The French plastics valley around Oyonnax is both a
customer and a competitor. After the first contacts at the K trade fair in Düsseldorf in 2034, POOL-NET
and the French cluster Polyvia Formation / Plastipolis agreed to organise a reciprocal visit programme.

The objectives of the mission were:
- to meet French plastics processers looking for new mould suppliers, in particular for large
  multi-component moulds for the automotive and household appliance sectors;
- to explore joint R&D with the Pôle Européen de Plasturgie (PEP) on mould cooling and sensors;
- to prepare a joint proposal for the European cluster partnership call expected in 2036.

2. Participants
Delegation (11 persons, 8 companies):
- Tiago Marques Vieira, POOL-NET (head of delegation)
- Ana Rita Figueiredo Salgueiro, CEO, Moldes Lis, Lda.
- João Pedro Gaspar, commercial director, Ferramentaria Atlântico, S.A.
- Eng. Helena Carvalho da Silva, R&D manager, TecnoMolde Marinha, Lda.
- Rui Bernardes and Sofia Pinhal, Bernardes & Filhos Moldes, Lda.
- Miguel Duarte Santos, sales manager, Injeplás Leiria, S.A.
- Paulo Faria, managing partner, Moldegal – Moldes de Precisão, Lda.
- Carla Nunes Ventura, CENTIMFE – Centro Tecnológico da Indústria de Moldes, Ferramentas Especiais e Plásticos
- Luís Abrantes, AICEP Portugal Global, Paris office
- Inês Lopes, POOL-NET (logistics)

3. Programme
16 October – Arrival in Lyon; welcome dinner with the Portuguese Chamber of Commerce and Industry in France.
17 October – Oyonnax: presentation of Plastipolis by its director, Mr Olivier Tissot-Favre; visit of the
  PEP technology centre hosted by Dr. Camille Berthet-Lagrange, head of mould technologies; B2B meetings
  with French processors at the Plastipolis premises; company visits to Groupe Bourbon Injection and
  Moulinier Plast SAS.
18 October – Lyon: round table "Moulds for the circular economy" at the Auvergne-Rhône-Alpes Entreprises
  agency, with Mme Nathalie Guichard-Martin, head of the industry department; lunch with Mr Antoine
  Delorme, Portuguese honorary consul in Lyon; return flight.

4. Results
Meetings held and contacts made:
- 37 bilateral B2B meetings between the 8 Portuguese companies and 14 French processors, organised with
  the support of the Enterprise Europe Network Auvergne-Rhône-Alpes;
- 6 requests for quotation received on site (4 for automotive interior parts, 2 for small appliances),
  with an estimated value of EUR 2.3 million;
- 2 non-disclosure agreements signed (Moldes Lis, Lda. and TecnoMolde Marinha, Lda. with French
  processors);
- a meeting of the two cluster managements, which agreed to exchange member lists and a calendar of events;
- a technical meeting between CENTIMFE and PEP on conformal cooling and in-mould sensors, with a plan for
  a joint test campaign;
- contact established with Auvergne-Rhône-Alpes Entreprises on the regional internationalisation programme.

The French side was particularly interested in the Portuguese capacity for large moulds above 20
tonnes and in short delivery times. Several processors mentioned that their current suppliers in
Asia have become less attractive because of transport costs and the new European rules on the
carbon footprint of products. The meetings also showed that French customers expect suppliers to
offer maintenance and repair services close to their plants, which could be organised jointly by
two or three Portuguese companies with a local partner in the Ain department.

Participants rated the mission 4.4 out of 5 in the feedback survey. Two companies regretted that some
French processors sent buyers rather than engineers to the B2B meetings.

5. Next steps
- Send the offers for the six requests for quotation by 15 November 2035 (companies concerned).
- Organise the return visit of a Plastipolis delegation to Marinha Grande, planned during the
  Semana dos Moldes (Mould Week) from 20 to 24 April 2036.
- CENTIMFE and PEP to draft a work plan for the joint test campaign by 31 January 2036.
- POOL-NET and Plastipolis to prepare a joint expression of interest for the European cluster
  partnership call, to be discussed at a videoconference on {wd('2035-12-03')} 3 December 2035.
- Present the mission results at the POOL-NET members' meeting on 12 December 2035.

6. Budget
The mission was co-financed by the Compete 2030 programme through POOL-NET's internationalisation
project (70%) and by the participating companies (30%). Total cost: EUR 21,450.

Annexes (available on request): list of French companies met; presentations; photographs.

Tiago Marques Vieira
Internationalisation manager | POOL-NET
tiago.vieira@poolnet.example | +351 244 000 190
'''
write(F, T)
gold(F, [
 P("Tiago Marques Vieira", "internationalisation manager", "POOL-NET"),
 P("Ana Rita Figueiredo Salgueiro", "CEO", "Moldes Lis, Lda."),
 P("João Pedro Gaspar", "commercial director", "Ferramentaria Atlântico, S.A."),
 P("Helena Carvalho da Silva", "R&D manager", "TecnoMolde Marinha, Lda."),
 P("Rui Bernardes", None, "Bernardes & Filhos Moldes, Lda."),
 P("Sofia Pinhal", None, "Bernardes & Filhos Moldes, Lda."),
 P("Miguel Duarte Santos", "sales manager", "Injeplás Leiria, S.A."),
 P("Paulo Faria", "managing partner", "Moldegal – Moldes de Precisão, Lda."),
 P("Carla Nunes Ventura", None, "CENTIMFE – Centro Tecnológico da Indústria de Moldes, Ferramentas Especiais e Plásticos"),
 P("Luís Abrantes", None, "AICEP Portugal Global"),
 P("Inês Lopes", "logistics", "POOL-NET"),
 P("Olivier Tissot-Favre", "director", "Plastipolis"),
 P("Camille Berthet-Lagrange", "head of mould technologies", "Pôle Européen de Plasturgie"),
 P("Nathalie Guichard-Martin", "head of the industry department", "Auvergne-Rhône-Alpes Entreprises"),
 P("Antoine Delorme", "Portuguese honorary consul in Lyon", None),
], [
 O("POOL-NET – Portuguese Tooling and Moulds Cluster", "POOL-NET"), O("CEFAMOL"), O("AICEP Portugal Global"),
 O("Polyvia Formation"), O("Plastipolis"), O("Pôle Européen de Plasturgie", "PEP"),
 O("Moldes Lis, Lda."), O("Ferramentaria Atlântico, S.A."), O("TecnoMolde Marinha, Lda."), O("Bernardes & Filhos Moldes, Lda."),
 O("Injeplás Leiria, S.A."), O("Moldegal – Moldes de Precisão, Lda."),
 O("CENTIMFE – Centro Tecnológico da Indústria de Moldes, Ferramentas Especiais e Plásticos", "CENTIMFE"),
 O("Portuguese Chamber of Commerce and Industry in France"), O("Groupe Bourbon Injection"), O("Moulinier Plast SAS"),
 O("Auvergne-Rhône-Alpes Entreprises"), O("Enterprise Europe Network Auvergne-Rhône-Alpes"),
], [
 E("Business mission of Leiria region mould makers to Oyonnax and Lyon", "2035-10-16", "2035-10-18", "Oyonnax, Lyon", "France"),
 E("K trade fair", "2034", "2034", "Düsseldorf", "Germany"),
 E("welcome dinner", "2035-10-16", "2035-10-16", "Lyon", "France"),
 E("B2B meetings", "2035-10-17", "2035-10-17", "Oyonnax", "France"),
 E("Moulds for the circular economy", "2035-10-18", "2035-10-18", "Lyon", "France"),
 E("return visit", "2036-04-20", "2036-04-24", "Marinha Grande", "Portugal"),
 E("Semana dos Moldes", "2036-04-20", "2036-04-24", "Marinha Grande", "Portugal"),
 E("videoconference", "2035-12-03", "2035-12-03", None, None),
 E("POOL-NET members' meeting", "2035-12-12", "2035-12-12", None, None),
], ["2035-10-16/2035-10-18", "2035-10-30", "2034", "2036", "2035-10-16", "2035-10-17", "2035-10-18", "2035-11-15",
    "2036-04-20/2036-04-24", "2036-01-31", "2035-12-03", "2035-12-12"], [], pub="2035-10-30")
