from h import *
F = 'g16_donegal_cluster_annual_report_governance.txt'
T = """Atlantic Seafood & Marine Cluster Donegal CLG – Annual Report 2035
Chapter 4: Governance, Board and Team

4.1 Legal form and purpose

The Atlantic Seafood & Marine Cluster Donegal CLG (ASMC) is a company limited by guarantee, registered in Ireland and based at the Letterkenny Institute Innovation Park, Port Road, Letterkenny, Co. Donegal. The company was incorporated on 3 June 2029 and has charitable status for its training activities. Its objects are to strengthen the competitiveness of seafood, aquaculture and marine technology enterprises in the north-west of Ireland, to promote cooperation between enterprises, research and public bodies, and to represent the sector in regional, national and European policy.

At 31 December 2035 the cluster had 87 members: 54 enterprises (of which 41 SMEs), 9 producer organisations and cooperatives, 6 research and education bodies and 18 associate members. The largest members by employment are Killybegs Fishermen's Organisation Ltd, Ocean Harvest Killybegs Teoranta and Mara Tech Donegal DAC.

4.2 General meeting

The Annual General Meeting (AGM) of the members took place on Tuesday 15 May 2035 at the Harbour Centre in Killybegs, with 52 members present or represented. The AGM approved the financial statements for 2034, re-appointed Ní Bhriain & Partners, Chartered Accountants, as auditors, and elected three new directors. An extraordinary general meeting was held online on 20 November 2035 to amend the constitution so that associate members may nominate one director.

4.3 Board of Directors

The Board met eight times in 2035. Average attendance was 86%. At 31 December 2035 the Board comprised the following directors:

- Seán Ó Domhnaill, Chairperson (since 2033), Managing Director, Ocean Harvest Killybegs Teoranta
- Dr. Gráinne Nic Giolla Bhríde, Vice-Chairperson, Head of the School of Science, Atlantic Technological University (ATU)
- Maeve Gallagher-Doherty, Treasurer, Financial Controller, Killybegs Fishermen's Organisation Ltd
- Pádraig Mac Suibhne, Director, CEO, Mara Tech Donegal DAC
- Aoife McGettigan, Director, Regional Manager North-West, Bord Iascaigh Mhara (BIM)
- Lars-Erik Fjellstad, Director, Managing Director, Fjellstad Aquaculture Ireland Ltd (appointed 15 May 2035)
- Michelle O'Donnell-Boyle, Director, Head of Enterprise, Local Enterprise Office Donegal (appointed 15 May 2035)
- Ciarán Ó Gallchóir, Director, Manager, Comharchumann Iascairí Thoraí Teoranta (appointed 15 May 2035)

Retiring directors: Brendan Doherty, who served as Chairperson from 2029 to 2033 and as a director until May 2035, and Niamh de Búrca of Údarás na Gaeltachta, who completed her term (2029–2035). The Board thanks them for their service since the foundation of the cluster.

Company Secretary: Róisín Ní Fhearraigh.

4.4 Board committees

The Audit and Risk Committee (chair: Maeve Gallagher-Doherty) met four times. It reviewed the internal controls, the risk register and the report of the external auditors. The Membership and Nominations Committee (chair: Dr. Gráinne Nic Giolla Bhríde) met three times and prepared the election of new directors. A Strategy Working Group chaired by Seán Ó Domhnaill prepared the cluster strategy 2036–2040, which will be submitted to the AGM in May 2036.

4.5 Cluster office

The cluster office is responsible for day-to-day operations, member services and projects. At 31 December 2035 the team consisted of six people (5.4 full-time equivalents):

- Dr. Orla Breslin, Cluster Manager (since 2031)
- Declan McFadden, Project Manager, Innovation and EU Projects
- Katarzyna Nowak-Kelly, Project Officer, Skills and Training
- Eunan Sweeney, Communications and Events Officer
- Sinéad Bonner, Office and Finance Administrator (part-time)
- Tomás Ó Fearraigh, Data Analyst (joined 1 September 2035)

In 2035 the cluster also hosted two interns from the Atlantic Technological University and a seconded expert from the Norwegian Seafood Council, Ingvild Haugland, for three months.

4.6 Funding

Total income in 2035 was €1.12 million (2034: €0.98 million). Membership fees accounted for 18%, service income for 14%, national funding from Enterprise Ireland through the Regional Technology Clustering Fund for 37%, and EU-funded projects for 31%. The cluster ended the year with a small surplus of €23,400. Detailed financial statements are presented in Chapter 6.

4.7 Partnerships

The cluster is a member of the Irish cluster network Cluster Ireland and of the European Aquaculture Technology and Innovation Platform (EATiP). It holds a partnership agreement with the Marine Institute and memoranda of understanding with the Shetland Seafood Cluster and with Sjømatklyngen Vest in Norway. During 2035 the cluster took part in the Seafood Expo Global in Barcelona on 24–26 April 2035 and hosted the North-West Marine Innovation Day in Letterkenny on 9 October 2035.

4.8 Code of conduct

All directors signed the cluster's code of conduct and declared their interests at the first Board meeting of the year. No conflicts requiring a director to withdraw from a decision arose in 2035. The Board carried out a self-evaluation in November 2035, which found that the Board works well but would benefit from more members with experience in digital technologies and international markets.

Letterkenny, 26 March 2036
Seán Ó Domhnaill, Chairperson          Dr. Orla Breslin, Cluster Manager
"""
write(F, T)
gold(F,
 [P("Seán Ó Domhnaill", "Chairperson", "Atlantic Seafood & Marine Cluster Donegal CLG"),
  P("Gráinne Nic Giolla Bhríde", "Vice-Chairperson", "Atlantic Seafood & Marine Cluster Donegal CLG"),
  P("Maeve Gallagher-Doherty", "Treasurer", "Atlantic Seafood & Marine Cluster Donegal CLG"),
  P("Pádraig Mac Suibhne", "CEO", "Mara Tech Donegal DAC"),
  P("Aoife McGettigan", "Regional Manager North-West", "Bord Iascaigh Mhara"),
  P("Lars-Erik Fjellstad", "Managing Director", "Fjellstad Aquaculture Ireland Ltd"),
  P("Michelle O'Donnell-Boyle", "Head of Enterprise", "Local Enterprise Office Donegal"),
  P("Ciarán Ó Gallchóir", "Manager", "Comharchumann Iascairí Thoraí Teoranta"),
  P("Brendan Doherty", "Chairperson", "Atlantic Seafood & Marine Cluster Donegal CLG"),
  P("Niamh de Búrca", None, "Údarás na Gaeltachta"),
  P("Róisín Ní Fhearraigh", "Company Secretary", "Atlantic Seafood & Marine Cluster Donegal CLG"),
  P("Orla Breslin", "Cluster Manager", "Atlantic Seafood & Marine Cluster Donegal CLG"),
  P("Declan McFadden", "Project Manager, Innovation and EU Projects", "Atlantic Seafood & Marine Cluster Donegal CLG"),
  P("Katarzyna Nowak-Kelly", "Project Officer, Skills and Training", "Atlantic Seafood & Marine Cluster Donegal CLG"),
  P("Eunan Sweeney", "Communications and Events Officer", "Atlantic Seafood & Marine Cluster Donegal CLG"),
  P("Sinéad Bonner", "Office and Finance Administrator", "Atlantic Seafood & Marine Cluster Donegal CLG"),
  P("Tomás Ó Fearraigh", "Data Analyst", "Atlantic Seafood & Marine Cluster Donegal CLG"),
  P("Ingvild Haugland", "seconded expert", "Norwegian Seafood Council")],
 [O("Atlantic Seafood & Marine Cluster Donegal CLG", "ASMC"), O("Killybegs Fishermen's Organisation Ltd"),
  O("Ocean Harvest Killybegs Teoranta"), O("Mara Tech Donegal DAC"), O("Ní Bhriain & Partners"),
  O("Atlantic Technological University", "ATU"), O("Bord Iascaigh Mhara", "BIM"), O("Fjellstad Aquaculture Ireland Ltd"),
  O("Local Enterprise Office Donegal"), O("Comharchumann Iascairí Thoraí Teoranta"), O("Údarás na Gaeltachta"),
  O("Norwegian Seafood Council"), O("Enterprise Ireland"), O("Cluster Ireland"),
  O("European Aquaculture Technology and Innovation Platform", "EATiP"), O("Marine Institute"),
  O("Shetland Seafood Cluster"), O("Sjømatklyngen Vest")],
 [E("Annual General Meeting", "2035-05-15", None, "Killybegs", "Ireland"),
  E("extraordinary general meeting", "2035-11-20", None, None, None),
  E("AGM", "2036-05", None, None, None),
  E("Seafood Expo Global", "2035-04-24", "2035-04-26", "Barcelona", "Spain"),
  E("North-West Marine Innovation Day", "2035-10-09", None, "Letterkenny", "Ireland")],
 ["2029-06-03", "2035-12-31", "2035-05-15", "2034", "2035-11-20", "2035", "2033", "2029/2033", "2035-05", "2029/2035", "2036/2040", "2036-05", "2031", "2035-09-01", "2035-04-24/2035-04-26", "2035-10-09", "2035-11", "2036-03-26"],
 [], pub="2036-03-26")
