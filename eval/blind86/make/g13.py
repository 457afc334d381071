from h import *
F = 'g13_shannon_estuary_study_visit_den_helder.txt'
assert wd(2035,6,4)=='Monday' and wd(2035,6,5)=='Tuesday' and wd(2035,6,6)=='Wednesday' and wd(2035,6,20)=='Wednesday' and wd(2035,9,18)=='Tuesday'
T = """SHANNON ESTUARY OFFSHORE CLUSTER
Members' Briefing No. 11/2035 – 20 June 2035

REPORT OF THE STUDY VISIT TO DEN HELDER AND IJMUIDEN, NETHERLANDS
4–6 June 2035

Prepared by: Orla Fitzgerald-Moran, Cluster Development Executive
Distribution: cluster members, Board, funding partners

1. Purpose

From Monday 4 to Wednesday 6 June 2035, a delegation of sixteen people from the Shannon Estuary Offshore Cluster (SEOC) visited the ports of Den Helder and IJmuiden in North Holland to learn how a mature offshore energy supply chain organises port services, skills and operations and maintenance (O&M) for floating and fixed wind. The visit was part of the cluster's work programme for 2035 and was co-funded by Enterprise Ireland and the Shannon Foynes Port Company.

2. Delegation

The delegation was led by cluster chair Declan O'Halloran, managing director of Estuary Marine Engineering Ltd, Askeaton. It included representatives of nine member companies, Dr Aoife Keating of the University of Limerick (UL), Brendan Mulqueen of the Limerick and Clare Education and Training Board (LCETB), and Ciara Noonan, senior planner at Clare County Council. Mark Fennelly of the Irish Embassy in The Hague joined the group in Den Helder.

3. Programme

Monday 4 June – Den Helder
09:30 Welcome at Port of Den Helder by harbour master Wim Koopmans-Tromp
10:30 Presentation of the Energy & Maritime Cluster Noord-Holland by its director, Saskia van Wijngaarden
13:00 Site visit to the O&M base of Noordkaap Offshore Services B.V.
16:00 Meeting with the Maritime Academy Holland on the training of wind technicians
19:30 Networking dinner hosted by the Municipality of Den Helder

Tuesday 5 June – IJmuiden and Amsterdam
09:00 Visit to the IJmuiden Ver service harbour with IJmuiden Offshore Port Association
14:00 Round table at TNO Energy & Materials Transition, Petten, on floating wind research
17:00 Reception at the residence of the Ambassador of Ireland to the Netherlands

Wednesday 6 June – Amsterdam
09:30 B2B meetings with Dutch suppliers, organised by Enterprise Europe Network Netherlands
12:30 Debrief and return flight from Schiphol

4. What we learned

The Dutch ports have shown that a small port can play a large role if it specialises. Den Helder has focused entirely on O&M and helicopter logistics and now hosts the bases of five offshore operators. Several points stood out for the delegation:

- Port, municipality and province in Den Helder share a single investment plan and speak with one voice to developers.
- Training is organised jointly: the Maritime Academy Holland trains around 300 wind technicians a year on behalf of the whole port community.
- Small Dutch suppliers enter the market by teaming up in consortia rather than bidding alone.
- Early agreements with fishermen on access to wind farm areas have reduced conflicts considerably.

5. Recommendations for the Shannon Estuary

Based on the visit, the delegation recommends that:

1. SEOC proposes to Clare County Council, Limerick City and County Council and Shannon Foynes Port Company a joint port investment plan for the estuary.
2. The cluster, UL and LCETB design a shared technician training programme, using the Maritime Academy Holland as a model.
3. The cluster sets up two supplier consortia, one for marine services and one for electrical works, by the end of 2035.
4. A follow-up visit by Dutch companies to the Shannon Estuary is organised in the autumn.

6. Follow-up

The results of the visit will be presented at the members' meeting in Foynes on Tuesday 18 September 2035. Saskia van Wijngaarden has accepted an invitation to speak at the Shannon Estuary Offshore Wind Conference in Limerick on 9 October 2035. Members interested in the supplier consortia should contact the cluster office by 31 July 2035.

Acknowledgements: we thank the Netherlands Enterprise Agency (RVO) and the Embassy of Ireland in The Hague for their help in preparing the programme.

Contact: Orla Fitzgerald-Moran | SEOC | Foynes, Co. Limerick | ofm@seoc.example.ie

----
Forwarded from the SEOC members' mailing list. To unsubscribe, reply with "unsubscribe".
"""
write(F, T)
gold(F,
 [P("Orla Fitzgerald-Moran","Cluster Development Executive","Shannon Estuary Offshore Cluster"),
  P("Declan O'Halloran","cluster chair","Shannon Estuary Offshore Cluster"),
  P("Aoife Keating",None,"University of Limerick"),
  P("Brendan Mulqueen",None,"Limerick and Clare Education and Training Board"),
  P("Ciara Noonan","senior planner","Clare County Council"),
  P("Mark Fennelly",None,"Irish Embassy in The Hague"),
  P("Wim Koopmans-Tromp","harbour master","Port of Den Helder"),
  P("Saskia van Wijngaarden","director","Energy & Maritime Cluster Noord-Holland")],
 [O("Shannon Estuary Offshore Cluster","SEOC"), O("Enterprise Ireland"), O("Shannon Foynes Port Company"),
  O("Estuary Marine Engineering Ltd"), O("University of Limerick","UL"),
  O("Limerick and Clare Education and Training Board","LCETB"), O("Clare County Council"),
  O("Port of Den Helder"), O("Energy & Maritime Cluster Noord-Holland"),
  O("Noordkaap Offshore Services B.V."), O("Maritime Academy Holland"), O("Municipality of Den Helder"),
  O("IJmuiden Offshore Port Association"), O("TNO Energy & Materials Transition"),
  O("Enterprise Europe Network Netherlands"), O("Limerick City and County Council"),
  O("Netherlands Enterprise Agency","RVO"), O("Embassy of Ireland in The Hague")],
 [E("study visit to Den Helder and IJmuiden","2035-06-04","2035-06-06","Den Helder, IJmuiden","Netherlands"),
  E("Welcome at Port of Den Helder","2035-06-04",None,"Den Helder","Netherlands"),
  E("Presentation of the Energy & Maritime Cluster Noord-Holland","2035-06-04",None,"Den Helder","Netherlands"),
  E("Meeting with the Maritime Academy Holland","2035-06-04",None,"Den Helder","Netherlands"),
  E("Site visit to the O&M base of Noordkaap Offshore Services B.V.","2035-06-04",None,"Den Helder","Netherlands"),
  E("Networking dinner","2035-06-04",None,"Den Helder","Netherlands"),
  E("Visit to the IJmuiden Ver service harbour","2035-06-05",None,"IJmuiden","Netherlands"),
  E("Round table at TNO Energy & Materials Transition","2035-06-05",None,"Petten","Netherlands"),
  E("Reception at the residence of the Ambassador of Ireland to the Netherlands","2035-06-05",None,None,"Netherlands"),
  E("B2B meetings","2035-06-06",None,"Amsterdam","Netherlands"),
  E("members' meeting","2035-09-18",None,"Foynes","Ireland"),
  E("Shannon Estuary Offshore Wind Conference","2035-10-09",None,"Limerick","Ireland")],
 ["2035-06-20","2035-06-04/2035-06-06","2035","2035-06-04","2035-06-05","2035-06-06","2035-09-18","2035-10-09","2035-07-31"],
 ["Port, municipality and province in Den Helder share a single investment plan and speak with one voice to developers",
  "Training is organised jointly: the Maritime Academy Holland trains around 300 wind technicians a year on behalf of the whole port community",
  "Small Dutch suppliers enter the market by teaming up in consortia rather than bidding alone",
  "Early agreements with fishermen on access to wind farm areas have reduced conflicts considerably",
  "SEOC proposes to Clare County Council, Limerick City and County Council and Shannon Foynes Port Company a joint port investment plan for the estuary",
  "The cluster, UL and LCETB design a shared technician training programme, using the Maritime Academy Holland as a model",
  "The cluster sets up two supplier consortia, one for marine services and one for electrical works, by the end of 2035",
  "A follow-up visit by Dutch companies to the Shannon Estuary is organised in the autumn"],
 "2035-06-20")
