from h import *
F = 'g12_ennis_roundtable_event_note.txt'
assert wd(2036,3,12)=='Wednesday' and wd(2036,4,23)=='Wednesday' and wd(2036,3,27)=='Thursday'
T = """EVENT NOTE (internal)   Ref: CL-IE-2036-014
Event: Round table on cluster support in the Mid-West – "Clusters for Clare"
Date/venue: Wed 12/03/2036, 10:00–13:00, Old Ground Hotel, Ennis, Co. Clare
Attended by: R. Kehoe (note-taker), M. Ní Bhriain
Written: 13/03/2036

1. Context
The round table was convened by Clare County Council's Local Enterprise Office (LEO Clare) together with Enterprise Ireland's Regional Development unit, as part of the consultation for the Mid-West Regional Enterprise Plan 2036–2040. About 35 attended: cluster managers, company owners, the Shannon Chamber, University of Limerick, the Technological University of the Shannon (TUS) and two officials from the Department of Enterprise, Trade and Employment (DETE).

Chair: Siobhán O'Dwyer-Lynch, Head of Enterprise, Clare County Council. Facilitator: Dr. Pádraig Mac Giolla Phádraig (TUS, Department of Business and Management).

2. Who spoke (in order)
- Declan Fitzgibbon, cluster manager, Irish Aviation Services Cluster (Shannon) – 48 members, mostly MRO and leasing
- Aoife Ó Súilleabháin, chairperson of the Burren Food & Drink Network – 27 small producers, no paid staff
- Tomasz Wiśniewski, owner, Atlantic Precision Engineering Ltd, Ennis – spoke for the informal Clare medtech suppliers' group
- Gráinne McNamara, Regional Director Mid-West, Enterprise Ireland
- Fergal Rooney, Assistant Principal Officer, DETE, Enterprise Clusters Unit

3. Main points (my notes, not verbatim)
Fitzgibbon: the aviation cluster depends on Shannon Airport's future; members want the cluster to lead on sustainable aviation fuels and to link with the Toulouse and Hamburg clusters. He mentioned that the cluster took part in the Aerospace Cluster Days in Toulouse on 3–4 December last year (dates in his slides: 3–4/12/2035).
Ó Súilleabháin: volunteer-run networks burn out; a part-time coordinator for two years would make the difference. Asked that food networks be eligible for the national cluster programme, not only "industrial" clusters.
Wiśniewski: small suppliers do not know which cluster to join – "there are four that could claim us".
McNamara: the Regional Technology Clustering Fund call will reopen in the spring; next deadline 27/03/2036. EI will hold an information session in Limerick on 23 April.
Rooney: the Department's National Clustering Policy review will be published in the autumn; the Unit wants examples from the Mid-West.

4. Conclusions read out by the Chair at the end
- A single map of the clusters and networks in Clare should be published by LEO Clare before the summer
- Small networks need multi-annual coordinator funding, not one-off event grants
- The aviation and medtech clusters should explore a joint skills programme with TUS
- Clare should host one of the national cluster forum meetings in 2037

5. Follow-up for us
- Send the note to the team by Friday (done 14/03).
- Add the four Clare networks to the mapping database; check whether the Burren network is registered as a company (CRO).
- R. Kehoe to attend the EI information session on 23/04/2036 in Limerick.
- Ask Fergal Rooney for the draft review's timeline.

6. Remarks
Good attendance for a Wednesday morning. The room was too small; several people stood at the back. Hotel coffee ran out by 11:30. Handouts collected: the LEO Clare directory of local food producers and the EI guidelines for the clustering fund (both scanned to the shared drive). The Chair ended 15 minutes early because the County Council's plenary meeting started at 14:00.

Next related event in our calendar: Mid-West Enterprise Week, 6–10 October 2036 (programme tba).

– RK
"""
write(F, T)
assert wd(2036,3,14)=='Friday'
C = "Clare County Council"
gold(F,
 [P("R. Kehoe","note-taker",None),
  P("M. Ní Bhriain",None,None),
  P("Siobhán O'Dwyer-Lynch","Head of Enterprise",C),
  P("Pádraig Mac Giolla Phádraig","Facilitator","Department of Business and Management"),
  P("Declan Fitzgibbon","cluster manager","Irish Aviation Services Cluster"),
  P("Aoife Ó Súilleabháin","chairperson","Burren Food & Drink Network"),
  P("Tomasz Wiśniewski","owner","Atlantic Precision Engineering Ltd"),
  P("Gráinne McNamara","Regional Director Mid-West","Enterprise Ireland"),
  P("Fergal Rooney","Assistant Principal Officer","Enterprise Clusters Unit")],
 [O(C), O("Local Enterprise Office","LEO Clare"), O("Enterprise Ireland","EI"), O("Regional Development unit"),
  O("Shannon Chamber"), O("University of Limerick"), O("Technological University of the Shannon","TUS"),
  O("Department of Enterprise, Trade and Employment","DETE"), O("Department of Business and Management"),
  O("Irish Aviation Services Cluster"), O("Burren Food & Drink Network"), O("Atlantic Precision Engineering Ltd"),
  O("Enterprise Clusters Unit")],
 [E("Round table on cluster support in the Mid-West","2036-03-12",None,"Ennis","Ireland"),
  E("Aerospace Cluster Days","2035-12-03","2035-12-04","Toulouse","France"),
  E("information session","2036-04-23",None,"Limerick","Ireland"),
  E("plenary meeting","2036-03-12",None,None,None),
  E("Mid-West Enterprise Week","2036-10-06","2036-10-10",None,None)],
 ["2036-03-12","2036-03-13","2036/2040","2035-12-03/2035-12-04","2036-03-27","2036-04-23","2037","2036-03-14","2036-10-06/2036-10-10"],
 ["A single map of the clusters and networks in Clare should be published by LEO Clare before the summer",
  "Small networks need multi-annual coordinator funding, not one-off event grants",
  "The aviation and medtech clusters should explore a joint skills programme with TUS",
  "Clare should host one of the national cluster forum meetings in 2037"],
 pub="2036-03-13")
