from h import *
F = 'g08_girona_foodtech_speakers.md'
assert wd(2038,10,20)=='Wednesday' and wd(2038,10,21)=='Thursday' and wd(2038,10,19)=='Tuesday'
T = """# FoodCircle Pyrenees Conference 2038 – Speakers

**20–21 October 2038 · Palau de Congressos de Girona · Girona (Catalonia, Spain)**
Organised by the Catalan Food Innovation Cluster (CFIC) with the Occitanie agrifood cluster Agri Sud-Ouest Innovation and the Interreg POCTEFA network FoodBridge

[Programme](#) | **Speakers** | [Side events](#) | [Venue & travel](#) | [Register](#) | [Sponsors](#)

> Early-bird registration closes on 15 September 2038. Members of CFIC, AgriSO and partner clusters attend for free.

## Keynote speakers

**Montserrat Puigdemont i Serra** – Director General for Industry, Government of Catalonia (Generalitat de Catalunya), Department of Business and Labour
*Opening keynote, Wednesday 09:30: "Food industry 2045: what the region expects from its clusters"*

**Dr. Jean-Marc Lacombe** – Head of Unit, Food Systems, Directorate-General for Research and Innovation (DG RTD), European Commission
*Keynote, Wednesday 10:00: "From farm to fork to factory: the next research agenda"*

**Aino Lehtovaara** – Chief Executive Officer, Valio Ingredients Oy (Finland)
*Keynote, Thursday 09:15: "Dairy without cows? How a cooperative reinvents itself"*

## Panel 1 – Circular packaging (Wednesday 11:30–13:00)

- **Núria Ferrer-Bosch**, Packaging Sustainability Manager, Nestlé España S.A. (moderator)
- **Pau Casellas**, Co-founder and CTO, Bioplàstics Empordà S.L.
- **Sophie Marty-Dauzat**, R&D Director, Groupe Sabaté Packaging (Perpignan, France)
- **Prof. Jordi Vilaró**, Department of Chemical Engineering, Universitat de Girona
- **Ana Beatriz Souto**, Policy Officer, European Bioplastics e.V.

## Panel 2 – Water and energy in food plants (Wednesday 14:30–16:00)

- **Xavier Roca-Palau**, Plant Manager, Casademont Embotits S.A., Olot
- **Mathilde Cazeneuve**, Energy Engineer, Arterris coopérative (Castelnaudary, France)
- **Dr. Elena Gil Ramos**, Head of the Water Technology Area, Eurecat – Centre Tecnològic de Catalunya
- **Oriol Bassols**, Managing Director, Aigües de Banyoles S.A.
- Moderator: **Laura Sitjà**, Cluster Manager, Catalan Food Innovation Cluster

## Workshop track (Wednesday 16:30–18:00, three parallel rooms)

- *Funding for cross-border projects* – **Irene Arrufat**, Project Officer, POCTEFA Joint Secretariat (Jaca)
- *Alternative proteins: from pilot to plant* – **Dr. Thibault Fourcade**, Innovation Manager, Agri Sud-Ouest Innovation (AgriSO)
- *Hiring and keeping technicians* – **Marta Pujol-Vidal**, HR Director, La Selva Alimentària S.A.

## Panel 3 – Digital traceability (Thursday 10:00–11:30)

- **Guillem Serrat**, CEO, TraceFood Analytics S.L. (moderator)
- **Camille Roques-Bénazet**, Quality Director, Maison Roques Conserverie SAS (Collioure, France)
- **Dr. Pere Ribas**, Senior Researcher, IRTA – Institute of Agrifood Research and Technology
- **Yannick Esteve**, Digital Transformation Lead, Coopérative Catalane des Vergers (Elne, France)

## Panel 3b – Skills for the food factory of 2040 (Thursday 11:30–12:00, short talks)

- **Berta Colomer**, Director, Institut Escola del Treball de Girona – "Dual training with 40 food companies"
- **Luc Bergès**, Head of Training, Lycée agricole de Perpignan-Roussillon – "Cross-border apprenticeships: what worked"
- **Sílvia Planas**, Secretary General, Federació Catalana d'Indústries de la Carn (FECIC) – "Attracting young people to meat processing"

## Chairs of the day

Wednesday sessions are chaired by **Marc Trilla**, journalist at the business daily Diari de Girona; Thursday sessions by **Élise Barthe**, Head of Communication of Agri Sud-Ouest Innovation. Simultaneous interpretation Catalan–Spanish–French–English is provided in the main hall for the keynotes and panels; workshops are held in English.

## Panel 4 – Young founders (Thursday 12:00–13:00)

Pitches by the five finalists of the FoodBridge Start-up Challenge, introduced by **Clàudia Mas**, Start-up Programme Lead, Barcelona Activa. Jury chair: **Henri Lafont-Brial**, Partner, Pyrenees Ventures SAS.

## Closing (Thursday 13:00–13:30)

Conclusions by **Joan Vinyoles**, President of the Catalan Food Innovation Cluster and CEO of Vinyoles Fruits S.L., and **Brigitte Anglade**, President of Agri Sud-Ouest Innovation. The 2039 edition will take place in Toulouse.

## Side events

- **Tuesday 19 October 2038, 19:00** – Welcome dinner for speakers and partners, Restaurant El Celler, Girona (by invitation)
- **Wednesday 20 October 2038, 19:30** – Networking evening at the Mercat del Lleó, hosted by the Girona City Council
- **Thursday 21 October 2038, 14:30–17:30** – Company visits: La Selva Alimentària S.A. (Riudellots de la Selva) or Casademont Embotits S.A. (Olot), buses from the Palau
- **Thursday 21 October 2038, 14:30–18:00** – FoodBridge B2B meetings (pre-booked via the matchmaking platform)

## Practical information for speakers

Speakers are asked to send their slides (16:9, maximum 10 slides for panellists) to the programme team by 13 October 2038. A speakers' briefing takes place in Room Ter at 08:30 on each conference day. Travel and accommodation for keynote speakers are covered by the organisers.

## Past editions

- 2037 – Perpignan (France), 410 participants
- 2036 – Lleida (Spain), 360 participants
- 2035 – Toulouse (France), 290 participants

*Speakers are listed as confirmed on 4 October 2038. The programme may change.*

## Contact

Programme: Laura Sitjà, laura.sitja@cfic.cat, +34 972 41 88 20
Press and accreditation: Arnau Coll, press@cfic.cat

Partners: Generalitat de Catalunya · Région Occitanie · Diputació de Girona · Enterprise Europe Network Catalonia · Eurecat · IRTA
Co-funded by the Interreg VI-A Spain–France–Andorra Programme (POCTEFA)

© 2038 Catalan Food Innovation Cluster · Privacy · Cookies · Legal notice
"""
write(F, T)
C='Catalan Food Innovation Cluster'; A='Agri Sud-Ouest Innovation'
gold(F,
 [P("Montserrat Puigdemont i Serra","Director General for Industry","Government of Catalonia"),
  P("Jean-Marc Lacombe","Head of Unit, Food Systems","Directorate-General for Research and Innovation"),
  P("Aino Lehtovaara","Chief Executive Officer","Valio Ingredients Oy"),
  P("Núria Ferrer-Bosch","Packaging Sustainability Manager","Nestlé España S.A."),
  P("Pau Casellas","Co-founder and CTO","Bioplàstics Empordà S.L."), P("Sophie Marty-Dauzat","R&D Director","Groupe Sabaté Packaging"),
  P("Jordi Vilaró",None,"Universitat de Girona"), P("Ana Beatriz Souto","Policy Officer","European Bioplastics e.V."),
  P("Xavier Roca-Palau","Plant Manager","Casademont Embotits S.A."), P("Mathilde Cazeneuve","Energy Engineer","Arterris coopérative"),
  P("Elena Gil Ramos","Head of the Water Technology Area","Eurecat – Centre Tecnològic de Catalunya"),
  P("Oriol Bassols","Managing Director","Aigües de Banyoles S.A."), P("Laura Sitjà","Cluster Manager",C),
  P("Irene Arrufat","Project Officer","POCTEFA Joint Secretariat"), P("Thibault Fourcade","Innovation Manager",A),
  P("Marta Pujol-Vidal","HR Director","La Selva Alimentària S.A."), P("Guillem Serrat","CEO","TraceFood Analytics S.L."),
  P("Camille Roques-Bénazet","Quality Director","Maison Roques Conserverie SAS"),
  P("Pere Ribas","Senior Researcher","IRTA – Institute of Agrifood Research and Technology"),
  P("Yannick Esteve","Digital Transformation Lead","Coopérative Catalane des Vergers"),
  P("Clàudia Mas","Start-up Programme Lead","Barcelona Activa"), P("Henri Lafont-Brial","Partner","Pyrenees Ventures SAS"),
  P("Joan Vinyoles","President",C), P("Brigitte Anglade","President",A), P("Arnau Coll",None,C), P("Berta Colomer","Director","Institut Escola del Treball de Girona"),
  P("Luc Bergès","Head of Training","Lycée agricole de Perpignan-Roussillon"),
  P("Sílvia Planas","Secretary General","Federació Catalana d'Indústries de la Carn"),
  P("Marc Trilla","journalist","Diari de Girona"), P("Élise Barthe","Head of Communication",A)],
 [O(C,"CFIC"), O(A,"AgriSO"), O("FoodBridge"), O("Government of Catalonia"), O("Department of Business and Labour"),
  O("Directorate-General for Research and Innovation","DG RTD"), O("European Commission"), O("Valio Ingredients Oy"),
  O("Nestlé España S.A."), O("Bioplàstics Empordà S.L."), O("Groupe Sabaté Packaging"), O("Department of Chemical Engineering"),
  O("Universitat de Girona"), O("European Bioplastics e.V."), O("Casademont Embotits S.A."), O("Arterris coopérative"),
  O("Eurecat – Centre Tecnològic de Catalunya"), O("Aigües de Banyoles S.A."), O("POCTEFA Joint Secretariat"),
  O("La Selva Alimentària S.A."), O("TraceFood Analytics S.L."), O("Maison Roques Conserverie SAS"),
  O("IRTA – Institute of Agrifood Research and Technology","IRTA"), O("Coopérative Catalane des Vergers"), O("Barcelona Activa"),
  O("Pyrenees Ventures SAS"), O("Vinyoles Fruits S.L."), O("Girona City Council"), O("Région Occitanie"), O("Diputació de Girona"),
  O("Enterprise Europe Network Catalonia"), O("Institut Escola del Treball de Girona"), O("Lycée agricole de Perpignan-Roussillon"),
  O("Federació Catalana d'Indústries de la Carn","FECIC"), O("Diari de Girona")],
 [E("FoodCircle Pyrenees Conference 2038","2038-10-20","2038-10-21","Girona","Spain"),
  E("Welcome dinner","2038-10-19",None,"Girona","Spain"), E("Networking evening","2038-10-20",None,"Girona","Spain"),
  E("Company visits","2038-10-21",None,"Riudellots de la Selva, Olot","Spain"), E("FoodBridge B2B meetings","2038-10-21",None,None,None),
  E("FoodBridge Start-up Challenge","2038-10-21",None,"Girona","Spain"),
  E("FoodCircle Pyrenees Conference (2039 edition)","2039",None,"Toulouse","France"),
  E("FoodCircle Pyrenees Conference (2037 edition)","2037",None,"Perpignan","France"),
  E("FoodCircle Pyrenees Conference (2036 edition)","2036",None,"Lleida","Spain"),
  E("FoodCircle Pyrenees Conference (2035 edition)","2035",None,"Toulouse","France")],
 ["2038-10-20/2038-10-21","2038-09-15","2038-10-19","2038-10-20","2038-10-21","2037","2036","2035","2038-10-04","2038-10-13"], [], None)
