from h import *
F = 'g15_cadiz_naval_cluster_newsletter.txt'
assert wd(2040,5,3)=='Thursday' and wd(2040,5,22)=='Tuesday' and wd(2040,6,19)=='Tuesday' and wd(2040,6,20)=='Wednesday'
T = """==================================================================
  CLUSTER MARÍTIMO-NAVAL DE CÁDIZ – NEWSLETTER (English edition)
  No. 58 · May 2040
==================================================================
If you cannot read this message correctly, open the web version.

TOP STORIES
 > Round table on shipyard skills in Puerto Real
 > Recommendations of the offshore wind supply chain study
 > Agenda: Navalia 2040 and the Atlantic Blue Forum

------------------------------------------------------------------
A ROUND TABLE ON SHIPYARD SKILLS
------------------------------------------------------------------
Puerto Real, 03/05/2040. About fifty representatives of shipyards,
auxiliary industry and vocational schools took part on Thursday in
a round table on the skills gap in the naval sector, held at the
Faculty of Nautical Sciences of the University of Cádiz (UCA).

The session was moderated by the cluster's director, Rocío Aguilar
de los Santos, and opened by the Regional Minister for Employment of
the Junta de Andalucía, Manuel Jesús Gil-Romero. Speakers included
Íñigo Beascoechea (Navantia, San Fernando–Puerto Real shipyard),
Carmen Sánchez-Vizcaíno (Dragados Offshore) and the Norwegian
training expert Sigrid Aasen Holm from Maritime CleanTech.

According to Navantia, the bay's shipyards will need around 1,800
welders, pipefitters and electricians between 2040 and 2045.
Participants agreed that the cluster should map the training places
offered by the vocational schools of the bay and compare them with
the orders expected by the yards. A first version of this map will
be discussed with the schools after the summer.

------------------------------------------------------------------
OFFSHORE WIND: STUDY PRESENTED
------------------------------------------------------------------
On 22/05/2040 the cluster presented the study "The Bay of Cádiz in
the offshore wind supply chain" at a public
presentation in Cádiz. The study was prepared with the consultancy
Atlántica Estudios Económicos S.L. and financed by the Andalusian
Agency for Business Development (IDEA). Lead author Dr. Tomás
Ferreira-Lopes (University of Seville) summarised the findings: the
bay could capture up to 9% of the Spanish market for floating
foundations if port areas are prepared in time.

The study closes with five recommendations:

Recommendations
1. Reserve at least 40 hectares of port land in Cádiz and Puerto
Real for the assembly of floating foundations
2. Create a joint purchasing office for steel among cluster members
3. Launch a vocational programme for offshore welding with the UCA
and the regional employment service
4. Seek a partnership with a Portuguese or French port for
serial production
5. Present a joint candidacy of the bay for the next call of the
Innovation Fund

------------------------------------------------------------------
MEMBER NEWS
------------------------------------------------------------------
* Astilleros del Guadalete S.A. (El Puerto de Santa María) has
  delivered its first hydrogen-powered pilot boat to the Port
  Authority of the Bay of Cádiz.
* New members: Jerez-based Tecnosoldadura Sur S.L. and the
  engineering firm Marinova Ingeniería S.L.
* Marta Lozano Pérez has joined the cluster team as head of
  European projects. She previously worked for the Andalusian
  Delegation in Brussels (2034-2039).

------------------------------------------------------------------
AGENDA
------------------------------------------------------------------
19/06/2040 – 20/06/2040  Atlantic Blue Forum, Cádiz, Palacio de
                         Congresos. 3rd edition, co-organised with
                         the Atlantic cluster network of Galicia
                         and the Algarve. Tue 19/06 at 20:30:
                         networking dinner on board the training
                         ship; Wed 20/06: visits to the Navantia
                         shipyard and to the port of Algeciras.
23/10/2040 – 25/10/2040  Navalia 2040, Vigo. Joint stand of the
                         cluster; booking deadline 30/06/2040.
15/09/2040               Deadline for proposals to the cluster's
                         innovation voucher scheme.

------------------------------------------------------------------
Cluster Marítimo-Naval de Cádiz · Calle Real 00 · 11510 Puerto Real
comunicacion@clustermaritimocadiz.example.es · +34 956 00 00 00
You receive this newsletter as a member or partner. Unsubscribe.
Supported by the Junta de Andalucía.
"""
write(F, T)
C="Cluster Marítimo-Naval de Cádiz"
gold(F,
 [P("Rocío Aguilar de los Santos","director",C),
  P("Manuel Jesús Gil-Romero","Regional Minister for Employment","Junta de Andalucía"),
  P("Íñigo Beascoechea",None,"Navantia"),
  P("Carmen Sánchez-Vizcaíno",None,"Dragados Offshore"),
  P("Sigrid Aasen Holm","training expert","Maritime CleanTech"),
  P("Tomás Ferreira-Lopes","Lead author","University of Seville"),
  P("Marta Lozano Pérez","head of European projects",C)],
 [O(C), O("University of Cádiz","UCA"), O("Junta de Andalucía"), O("Navantia"),
  O("Dragados Offshore"), O("Maritime CleanTech"), O("Atlántica Estudios Económicos S.L."),
  O("Andalusian Agency for Business Development","IDEA"), O("University of Seville"), O("Astilleros del Guadalete S.A."),
  O("Port Authority of the Bay of Cádiz"), O("Tecnosoldadura Sur S.L."), O("Marinova Ingeniería S.L."),
  O("Andalusian Delegation in Brussels")],
 [E("round table on the skills gap in the naval sector","2040-05-03",None,"Puerto Real","Spain"),
  E("public presentation","2040-05-22",None,"Cádiz","Spain"),
  E("Atlantic Blue Forum","2040-06-19","2040-06-20","Cádiz","Spain"),
  E("networking dinner","2040-06-19",None,"Cádiz","Spain"),
  E("visits to the Navantia shipyard and to the port of Algeciras","2040-06-20",None,None,"Spain"),
  E("Navalia 2040","2040-10-23","2040-10-25","Vigo","Spain")],
 ["2040-05","2040-05-03","2040/2045","2040-05-22","2034/2039","2040-06-19/2040-06-20","2040-06-19","2040-06-20",
  "2040-10-23/2040-10-25","2040-06-30","2040-09-15"],
 ["Reserve at least 40 hectares of port land in Cádiz and Puerto Real for the assembly of floating foundations",
  "Create a joint purchasing office for steel among cluster members",
  "Launch a vocational programme for offshore welding with the UCA and the regional employment service",
  "Seek a partnership with a Portuguese or French port for serial production",
  "Present a joint candidacy of the bay for the next call of the Innovation Fund"],
 pub="2040-05")
