from h import *
F = 'podkarpackie-aviation-valley-study-visit-toulouse-blog.md'
T = f"""# Three days in Occitanie: what our delegation learned from Toulouse's aerospace cluster

*Blog · Aviation Valley Podkarpackie · 4 November 2034 · by Karolina Dudek-Haas, International Projects Officer*

Tags: study visit, internationalisation, MRO, skills

From {wd(2034,10,23)} 23 to {wd(2034,10,25)} 25 October 2034 a delegation of fourteen people from Aviation Valley Podkarpackie travelled to Toulouse for a study visit to Aerospace Valley, the French competitiveness cluster for aeronautics, space and embedded systems in Occitanie and Nouvelle-Aquitaine. The visit was part of the Interreg Europe project SKY-SKILLS, which our association has led since 2033, and was organised together with the Podkarpackie Regional Development Agency (RARR).

The group included representatives of nine member companies, the Rzeszów University of Technology and the Marshal's Office of the Podkarpackie Voivodeship. Here is what we saw, who we met and what we bring home.

## Day 1: the cluster and its regional partners

We started at the Aerospace Valley offices, where Director General Jean-Baptiste Larrieu presented the cluster's structure: 870 members, a staff of 40 and strategic domains from drones to space applications. "A cluster is not a club of big companies. Our job is to make sure that an SME of twenty people in the Tarn has the same information as a prime contractor," he told us.

In the afternoon, Claire Fabre-Dumont, head of the industry department at AD'OCC, the regional economic development agency of Occitanie, explained how the region combines cluster funding, innovation vouchers and equity. For our companies the most interesting part was the "supplier performance" programme, which helps small suppliers meet aerospace quality standards. "We found that a two-year coaching cycle works better than one-off audits," she said.

## Day 2: companies and training

The second day was spent in the field. At Latécoère in Toulouse we visited the wiring harness line and talked with the plant manager, Sébastien Roux, about the shortage of technicians. At the Lycée Airbus, the apprenticeship school of Airbus, its director, Nathalie Castaing-Bordes, showed us how students work on a real A320 fuselage section.

"What impressed me most is how close schools and factories are. Their apprentices are on the shop floor from the first month," said Wojciech Kaczmarczyk, CEO of Pratt-Tech Rzeszów Sp. z o.o., who joined the delegation. Dr. hab. inż. Magdalena Sroka-Niewiadomska, vice-rector for cooperation of the Rzeszów University of Technology, added: "We will look at their dual model for our new master's programme in aircraft maintenance."

In the evening the delegation met the Polish community working in Toulouse's aerospace industry, at a reception hosted by the Honorary Consul of Poland in Toulouse, Michel Kowalski-Durand.

## Day 3: research and MRO

On the last morning we visited ONERA, the French aerospace research centre, and the Toulouse-Francazal airport, where Tarmac Aerosave showed us how aircraft are dismantled and their parts recycled. Pierre-Henri de La Roche, business development director of Tarmac Aerosave, said the company was looking for partners in Central Europe for the recycling of engine parts. Two of our members will follow up.

Our president, Marek Bartoszewicz, closed the visit with a meeting with Aerospace Valley's president, Françoise Verdier-Klein. They agreed to prepare a cooperation agreement between the two clusters, to be signed at the Paris Air Show in June 2035.

## Costs and organisation

The visit cost about EUR 1,450 per participant, including flights from Rzeszów via Munich, three nights in a hotel near the Capitole and local transport. Project partners paid from the SKY-SKILLS budget; companies paid their own travel and received a 50% refund from the project. The programme was prepared over three months with the international team of Aerospace Valley, and we are grateful for their patience with our many questions. Interpretation was not needed: all meetings were in English, with some French at the Lycée.

## What we take home

After the visit, the delegation met for a debriefing and agreed on these main takeaways:

- Long coaching programmes for SMEs work better than single audits
- Apprenticeships need a common school run together by the companies
- A joint cluster office in Brussels or Toulouse would help Polish SMEs reach prime contractors
- Aircraft recycling is a growing market where our members can offer services

## Next steps

We will present the results of the study visit to all members on {wd(2034,11,20)} 20 November 2034 at the cluster's autumn meeting in Jasionka. A return visit of an Aerospace Valley delegation to Rzeszów is planned for April 2035, during the Aviation Valley Innovation Days. SKY-SKILLS partners from Andalusia and Bavaria will join a third study visit to Seville in the autumn of 2035.

Thanks to all participants, to our hosts in Toulouse and to the project team: Tomasz Pelc (project manager) and Ewelina Rusin (finance).

*Photos: Aviation Valley Podkarpackie / Karolina Dudek-Haas. The project SKY-SKILLS is co-financed by the European Regional Development Fund through Interreg Europe.*

**Share:** LinkedIn · Facebook · X · E-mail

**Comments (2)**

*Jan Wilk, 5 November 2034:* Great summary, thank you! Is the presentation of AD'OCC available?
*Karolina Dudek-Haas, 5 November 2034:* Yes, in the members' area.
"""
write(F, T)
C='Aviation Valley Podkarpackie'; AV='Aerospace Valley'; R='Rzeszów University of Technology'
gold(F,
 [P('Karolina Dudek-Haas','International Projects Officer',C), P('Jean-Baptiste Larrieu','Director General',AV),
  P('Claire Fabre-Dumont','head of the industry department',"AD'OCC"), P('Sébastien Roux','plant manager','Latécoère'),
  P('Nathalie Castaing-Bordes','director','Lycée Airbus'), P('Wojciech Kaczmarczyk','CEO','Pratt-Tech Rzeszów Sp. z o.o.'),
  P('Magdalena Sroka-Niewiadomska','vice-rector for cooperation',R), P('Michel Kowalski-Durand','Honorary Consul of Poland in Toulouse',None),
  P('Pierre-Henri de La Roche','business development director','Tarmac Aerosave'), P('Marek Bartoszewicz','president',C),
  P('Françoise Verdier-Klein','president',AV), P('Tomasz Pelc','project manager',None), P('Ewelina Rusin','finance',None), P('Jan Wilk',None,None)],
 [O(C), O(AV), O('Podkarpackie Regional Development Agency','RARR'), O(R), O("Marshal's Office of the Podkarpackie Voivodeship"),
  O("AD'OCC"), O('Latécoère'), O('Lycée Airbus'), O('Airbus'), O('Pratt-Tech Rzeszów Sp. z o.o.'), O('ONERA'), O('Tarmac Aerosave')],
 [E('study visit to Aerospace Valley','2034-10-23','2034-10-25','Toulouse','France'), E('reception','2034-10-24','2034-10-24','Toulouse','France'),
  E('Paris Air Show','2035-06','2035-06','Paris','France'), E("autumn meeting",'2034-11-20','2034-11-20','Jasionka','Poland'),
  E('Aviation Valley Innovation Days','2035-04','2035-04','Rzeszów','Poland'), E('third study visit','2035','2035','Seville','Spain')],
 ['2034-11-04','2034-10-23/2034-10-25','2033','2035-06','2034-11-20','2035-04','2035','2034-11-05'],
 km=['Long coaching programmes for SMEs work better than single audits','Apprenticeships need a common school run together by the companies',
     'A joint cluster office in Brussels or Toulouse would help Polish SMEs reach prime contractors','Aircraft recycling is a growing market where our members can offer services'],
 pub='2034-11-04')
