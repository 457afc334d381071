from h import *
F = 'policy-dialogue-summary_StaraZagora_just-transition-clusters.txt'
T = '''
SUMMARY REPORT
Regional Policy Dialogue "Clusters for a Just Transition in Stara Zagora"
Stara Zagora, Bulgaria – 11 June 2031
Organised by the Stara Zagora Regional Economic Development Agency (SZREDA) with the support of the European Commission's Just Transition Platform
Rapporteur: Dr Velislava Hristova-Marinova, independent expert
Version: final, 2 July 2031

1. Context and purpose

The Stara Zagora region, home of the Maritsa East coal-mining and power complex, faces the gradual phase-out of lignite power generation set out in Bulgaria's Territorial Just Transition Plan. Around 11,000 people work directly in the complex, and several thousand more in supplier companies. The dialogue brought together 64 participants – cluster organisations, municipalities, trade unions, companies, the University of Stara Zagora (Trakia University) and national and EU officials – to discuss one question: what can clusters do to help companies and workers move into new activities, and what do clusters need from policy to do it?

The dialogue was held under the Chatham House Rule for the discussion part; speakers of the opening session agreed to be named.

2. Opening session

Opening remarks were given by Stoyan Dimitrov Kolev, Regional Governor of Stara Zagora; by Radostina Georgieva, Executive Director of SZREDA; and by Martin Vanderstraeten, Policy Officer in the Just Transition Fund team, Directorate-General for Regional and Urban Policy (DG REGIO), European Commission. Mr Vanderstraeten recalled that the region is one of the largest recipients of the Just Transition Fund in the EU and that the fund can support the diversification of SMEs, re-skilling and innovation infrastructure, but not the continuation of fossil activities.

Three cluster organisations presented their plans:
– Thracian Energy Cluster (TEC), presented by its chairman Ivaylo Petrov: solar and storage projects on former mining land;
– the Stara Zagora Mechatronics Cluster, presented by cluster manager Desislava Kostadinova: reorienting maintenance companies of the mines towards the automotive and machinery sectors;
– the Rose Valley Agri-Food Cluster from Kazanlak, presented by Hristo Enchev, board member: food processing and essential-oil value chains as new employers for women leaving the complex.

Trade-union views were presented by Nadezhda Zheleva, regional secretary of Podkrepa Confederation of Labour, who stressed that "transition" means nothing to a miner unless there is a concrete job offer with comparable pay.

3. Discussion in three groups

Group 1 (Skills) concluded that the region has a strong base of electricians, welders and mechanics whose skills are in demand in renewable energy and manufacturing, but that certification and short re-training courses are missing.

Group 2 (New business) found that the biggest barrier for small suppliers of the mines is not access to grants but the lack of time and know-how to develop a new product and find the first customer outside the complex.

Group 3 (Infrastructure and land) discussed the reuse of mining land and buildings; participants were concerned about the slow transfer of land ownership from the state mining company to municipalities and investors.

4. Conclusions and next steps

Conclusions

The participants agreed on the following conclusions, which the rapporteur presents to the regional and national authorities:

1. Clusters are the most practical channel to reach the hundreds of small suppliers of the Maritsa East complex, and should be formally recognised as intermediaries in the Just Transition Fund calls.
2. Re-skilling offers must be built around real job offers from companies, with clusters matching workers and employers.
3. Support for new products and markets (prototyping, certification, export advice) is more urgently needed than further investment grants.
4. Former mining land should be made available faster and at transparent prices, with priority for industrial and energy projects that create local jobs.
5. Cooperation between energy, mechatronics and agri-food clusters of the region should be organised through a joint platform rather than parallel projects.

Next steps

– SZREDA will send this summary to the Ministry of Innovation and Growth and to the Managing Authority of the Programme for Development of the Regions by 15 July 2031.
– The three clusters will prepare a joint proposal for a "Transition Cluster Platform Stara Zagora" by the end of September 2031.
– A follow-up dialogue with the same participants is planned for November 2031 in Radnevo, close to the mines, to review progress.
– The results will be presented at the Just Transition Platform Conference in Brussels in the spring of 2032.

Annex: Participating organisations (extract)
Stara Zagora Regional Economic Development Agency; Regional Administration Stara Zagora; Municipality of Stara Zagora; Municipality of Radnevo; Municipality of Galabovo; Trakia University; Thracian Energy Cluster; Stara Zagora Mechatronics Cluster; Rose Valley Agri-Food Cluster; Podkrepa Confederation of Labour; Confederation of Independent Trade Unions in Bulgaria (CITUB); Bulgarian Chamber of Commerce and Industry; Bulgarian Small and Medium Enterprises Promotion Agency (BSMEPA); EEN Bulgaria; European Commission, DG REGIO.

Contact: Stara Zagora Regional Economic Development Agency, 107 Tsar Simeon Veliki Blvd., 6000 Stara Zagora – office@szreda.example
'''
write_text(F, T)
S='Stara Zagora Regional Economic Development Agency'
gold(F, None,
 [P('Velislava Hristova-Marinova','independent expert',None),P('Stoyan Dimitrov Kolev','Regional Governor of Stara Zagora',None),
  P('Radostina Georgieva','Executive Director',S),P('Martin Vanderstraeten','Policy Officer','Directorate-General for Regional and Urban Policy'),
  P('Ivaylo Petrov','chairman','Thracian Energy Cluster'),P('Desislava Kostadinova','cluster manager','Stara Zagora Mechatronics Cluster'),
  P('Hristo Enchev','board member','Rose Valley Agri-Food Cluster'),P('Nadezhda Zheleva','regional secretary','Podkrepa Confederation of Labour')],
 [O(S,'SZREDA'),O('European Commission'),O('Just Transition Platform'),O('Trakia University','University of Stara Zagora'),O('Directorate-General for Regional and Urban Policy','DG REGIO'),
  O('Thracian Energy Cluster','TEC'),O('Stara Zagora Mechatronics Cluster'),O('Rose Valley Agri-Food Cluster'),O('Podkrepa Confederation of Labour'),
  O('Ministry of Innovation and Growth'),O('Managing Authority of the Programme for Development of the Regions'),O('Regional Administration Stara Zagora'),
  O('Municipality of Stara Zagora'),O('Municipality of Radnevo'),O('Municipality of Galabovo'),O('Confederation of Independent Trade Unions in Bulgaria','CITUB'),
  O('Bulgarian Chamber of Commerce and Industry'),O('Bulgarian Small and Medium Enterprises Promotion Agency','BSMEPA'),O('EEN Bulgaria')],
 [E('Clusters for a Just Transition in Stara Zagora','2031-06-11',None,'Stara Zagora','Bulgaria'),
  E('follow-up dialogue','2031-11',None,'Radnevo','Bulgaria'),
  E('Just Transition Platform Conference','2032',None,'Brussels','Belgium')],
 ['2031-06-11','2031-07-02','2031-07-15','2031-09','2031-11','2032'],
 ['Clusters are the most practical channel to reach the hundreds of small suppliers of the Maritsa East complex, and should be formally recognised as intermediaries in the Just Transition Fund calls',
  'Re-skilling offers must be built around real job offers from companies, with clusters matching workers and employers',
  'Support for new products and markets (prototyping, certification, export advice) is more urgently needed than further investment grants',
  'Former mining land should be made available faster and at transparent prices, with priority for industrial and energy projects that create local jobs',
  'Cooperation between energy, mechatronics and agri-food clusters of the region should be organised through a joint platform rather than parallel projects'])
