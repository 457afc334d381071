from h import *
F = 'outermost-regions-clusters-position-paper-2037.md'
D = [
 "Keep a dedicated budget line for outermost regions in the next cohesion policy. The specific allocation must be maintained at least at its current level in real terms and must remain accessible to cluster organisations, not only to public bodies.",
 "Compensate the extra cost of transport for SMEs. The POSEI-type compensation that exists for agriculture should be extended to manufacturing and digital SMEs shipping goods to and from the continent.",
 "Open the Single Market Programme's cluster calls to single-region consortia from outermost regions. The rule that requires partners from three Member States makes participation almost impossible for an island cluster with no neighbour within 1,000 kilometres.",
 "Raise the State aid ceilings for investment in outermost regions under the General Block Exemption Regulation by ten percentage points for energy storage and desalination projects.",
 "Recognise outermost regions as testbeds. The Commission should reserve at least 5 % of the budget of the European innovation partnerships for pilot projects located in outermost regions.",
 "Involve cluster organisations in the design of the post-2035 Strategy for the Outermost Regions, through a permanent consultation group meeting at least twice a year.",
]
T = f"""# Position paper: Clusters at the edge of Europe – what the outermost regions need from the next EU budget

**Atlantic Outermost Regions Cluster Network (AORCN)** · Adopted by the Steering Committee in Ponta Delgada on 9 March 2037 · Version 1.2 (public)

---

## Who we are

The Atlantic Outermost Regions Cluster Network brings together eleven cluster organisations from the Azores, Madeira and the Canary Islands, with around 1,400 member companies in marine biotechnology, renewable energy, tourism technology, agri-food and the space sector. The network was founded in 2032 on the initiative of the Azores Sea Cluster (Cluster do Mar dos Açores), the Madeira Innovation Cluster (Associação Cluster Inovação da Madeira) and the Canary Islands Renewable Energy Cluster (Clúster de Energías Renovables de Canarias, CERCA). Its secretariat is provided by the Regional Development Agency of the Azores (ARDA) in Ponta Delgada.

The network is chaired in 2036–2037 by Dr. Leonor Medeiros da Câmara, President of the Azores Sea Cluster. The vice-chairs are Yeray González Trujillo (CERCA) and Duarte Freitas Gouveia (Madeira Innovation Cluster). The network coordinator is Ana Sofia Bettencourt.

## Why this paper

The European Commission will present its proposal for the multiannual financial framework after 2034 in the coming months. Article 349 of the Treaty on the Functioning of the European Union recognises the permanent handicaps of the outermost regions: remoteness, insularity, small size, difficult topography and climate, and economic dependence on a few products. These handicaps weigh most on small companies, which have to pay for transport, energy and skills that their competitors on the continent take for granted.

Cluster organisations in our regions have shown that they can help: between 2030 and 2036 the members of the network ran 63 collaborative projects, helped 210 companies to export for the first time and trained 1,900 workers. Most of this work was financed through cohesion funds and through the specific allocation for outermost regions. The new budget must not weaken these tools.

## Our demands

The Atlantic Outermost Regions Cluster Network calls on the European Commission, the European Parliament and the Council to:

{chr(10).join(f'{i}. ' + x for i, x in enumerate(D, 1))}

## What we commit to

In return, the members of the network commit to publish common indicators on the results of their work from 2038, to open their services to companies from all islands of their region and not only the main ones, and to share good practice with clusters in the outermost regions of the Caribbean and the Indian Ocean, with which contacts were established at the Outermost Regions Forum in Brussels on 16–17 November 2036.

## Next steps

The paper will be presented to Commissioner Elisa Ferreira-Lobo and to the members of the European Parliament's Committee on Regional Development (REGI) at a breakfast meeting in Brussels on 21 April 2037, hosted by MEP Pablo Hernández Alemán. It will also be discussed at the Conference of Presidents of the Outermost Regions in Las Palmas de Gran Canaria in September 2037.

We invite other cluster organisations, chambers of commerce and regional governments to support this paper. Signatures can be sent to the secretariat until 30 April 2037.

## Signatories (first list)

- Azores Sea Cluster – Dr. Leonor Medeiros da Câmara, President
- Madeira Innovation Cluster – Duarte Freitas Gouveia, Chair
- Canary Islands Renewable Energy Cluster (CERCA) – Yeray González Trujillo, President
- Tenerife Space and Astrophysics Cluster – Dr. Carmen Ruiz de Armas, Managing Director
- Açores Agri-Food Cluster (Cluster Agroalimentar dos Açores) – Paulo Sousa Melo, President
- Madeira Tourism Technology Cluster – Marta Nóbrega Ferreira, Director
- Azores Chamber of Commerce and Industry (CCIA) – Rui Ávila Pacheco, President

*Contact: Ana Sofia Bettencourt, network coordinator, secretariat@aorcn.eu, Rua Ernesto do Canto 12, 9500-059 Ponta Delgada, Portugal*
"""
write(F, T)
A='Atlantic Outermost Regions Cluster Network'
gold(F, [P('Leonor Medeiros da Câmara','President','Azores Sea Cluster'), P('Yeray González Trujillo','President','CERCA'),
 P('Duarte Freitas Gouveia','Chair','Madeira Innovation Cluster'), P('Ana Sofia Bettencourt','network coordinator',A),
 P('Elisa Ferreira-Lobo','Commissioner',None), P('Pablo Hernández Alemán','MEP',None),
 P('Carmen Ruiz de Armas','Managing Director','Tenerife Space and Astrophysics Cluster'),
 P('Paulo Sousa Melo','President','Açores Agri-Food Cluster'), P('Marta Nóbrega Ferreira','Director','Madeira Tourism Technology Cluster'),
 P('Rui Ávila Pacheco','President','Azores Chamber of Commerce and Industry')],
 [O(A,'AORCN'), O('Steering Committee'), O('Azores Sea Cluster','Cluster do Mar dos Açores'), O('Madeira Innovation Cluster','Associação Cluster Inovação da Madeira'),
  O('Canary Islands Renewable Energy Cluster','CERCA'), O('Regional Development Agency of the Azores','ARDA'), O('European Commission'),
  O('European Parliament'), O('Council'), O("Committee on Regional Development",'REGI'), O('Conference of Presidents of the Outermost Regions'),
  O('Tenerife Space and Astrophysics Cluster'), O('Açores Agri-Food Cluster','Cluster Agroalimentar dos Açores'), O('Madeira Tourism Technology Cluster'),
  O('Azores Chamber of Commerce and Industry','CCIA')],
 [E('Steering Committee meeting','2037-03-09','2037-03-09','Ponta Delgada','Portugal'), E('Outermost Regions Forum','2036-11-16','2036-11-17','Brussels','Belgium'),
  E('breakfast meeting','2037-04-21','2037-04-21','Brussels','Belgium'),
  E('Conference of Presidents of the Outermost Regions','2037-09','2037-09','Las Palmas de Gran Canaria','Spain')],
 ['2037-03-09','2032','2036/2037','2034','2030/2036','2038','2036-11-16/2036-11-17','2037-04-21','2037-09','2037-04-30'],
 [x.replace('**','').rstrip('.') for x in D], pub='2037-03-09')
