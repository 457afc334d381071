from h import *
F = 'g14_aveiro_new_members_newsletter.txt'
assert wd(2039,6,16)=='Thursday' and wd(2039,7,4)=='Monday' and wd(2039,10,3)=='Monday' and wd(2039,6,30)=='Thursday'
T = """SEA ECONOMY CLUSTER AVEIRO – MEMBERS' NEWSLETTER No. 23
June 2039

View this e-mail in your browser | Unsubscribe

IN THIS ISSUE
1. Welcome to our new members
2. Who is who: the new Executive Board
3. Partner meeting in Tromsø
4. What we heard from members
5. Dates for your diary

---------------------------------------------
1. WELCOME TO OUR NEW MEMBERS

The Executive Board approved seven new memberships at its board meeting on Thursday 16 June 2039. All seven joined after taking part in at least one cluster activity as guests. Please join us in welcoming:
* Ria Aquaculture Lda (Ílhavo) – oyster and seaweed farming
* NautiSense S.A. – underwater sensors, a spin-off of the University of Aveiro
* Estaleiros Navais de Peniche, S.A. – shipyard
* Oceanlab Bio (Lisbon) – marine biotechnology
* the Municipality of Murtosa
* Escola Profissional de Aveiro – vocational school
* Blue Finance Partners – impact investment
The cluster now counts 104 members. A full member directory is available in the members' area.

---------------------------------------------
2. WHO IS WHO: THE NEW EXECUTIVE BOARD

Since the General Assembly of 27 May the cluster has a new Executive Board for 2039–2042. Chair: Prof. Teresa Magalhães Vaz (University of Aveiro). Vice-chairs: João Pedro dos Santos Cunha, CEO of Docapesca Aveiro, and Marianne Lefebvre-Sousa, head of R&D at Navalria. Treasurer: Rui Brandão (Caixa de Crédito Agrícola da Bairrada e Aguieira). Ordinary board members: Sérgio Figueiredo (Ria Aquaculture Lda) and Dr. Amira Haddad (CIIMAR – Interdisciplinary Centre of Marine and Environmental Research).

In the cluster office, Inês Cardoso continues as cluster manager, while Tiago Nogueira joined on 1 June as project officer for international cooperation. He comes from the Portuguese Trade and Investment Agency (AICEP), where he worked in the Oslo office for four years.

---------------------------------------------
3. PARTNER MEETING IN TROMSØ

From 4 to 6 July 2039 (Monday to Wednesday) Inês Cardoso and Tiago Nogueira will represent the cluster at the partner meeting of the BLUE-SKILLS project in Tromsø, hosted by the Norwegian cluster Arctic Cluster Team (NCE Aquaculture). The eight partners will review the pilot training courses for fish farm technicians that ran in Aveiro, Tromsø, Galway and Split this spring.

Previous partner meetings took place in Galway (November 2038) and Aveiro (February 2039).

---------------------------------------------
4. WHAT WE HEARD FROM MEMBERS

In May we asked members what the cluster should do better. 61 members answered. The Executive Board drew the following conclusions:
- Members want fewer newsletters and more small meetings on single topics
- Start-ups need introductions to investors more than training
- Vocational schools should be involved in every project on skills
- The cluster should speak for the sea economy in the regional smart specialisation strategy

A short report with all results is available on request from Inês Cardoso.

---------------------------------------------
5. DATES FOR YOUR DIARY

30 June 2039 (Thursday) – deadline for nominations for the Blue Innovation Award
4–6 July 2039 – BLUE-SKILLS partner meeting, Tromsø
3 October 2039 (Monday) – Sea Economy Day 2039 and Blue Innovation Award ceremony, Aveiro
Autumn 2039 – study visit to the port of Vigo (date to be confirmed)

---------------------------------------------
Sea Economy Cluster Aveiro – Associação para a Economia do Mar de Aveiro
Edifício da Capitania, Cais da Fonte Nova, 3810-200 Aveiro, Portugal
You receive this newsletter because you are a member or partner of the cluster.
"""
write(F, T)
C="Sea Economy Cluster Aveiro"
gold(F,
 [P("Teresa Magalhães Vaz","Chair",C),
  P("João Pedro dos Santos Cunha","Vice-chair",C),
  P("Marianne Lefebvre-Sousa","Vice-chair",C),
  P("Rui Brandão","Treasurer",C),
  P("Sérgio Figueiredo","Ordinary board member",C),
  P("Amira Haddad","Ordinary board member",C),
  P("Inês Cardoso","cluster manager",C),
  P("Tiago Nogueira","project officer for international cooperation",C)],
 [O(C), O("Ria Aquaculture Lda"), O("NautiSense S.A."), O("University of Aveiro"), O("Estaleiros Navais de Peniche, S.A."),
  O("Oceanlab Bio"), O("Municipality of Murtosa"), O("Escola Profissional de Aveiro"), O("Blue Finance Partners"),
  O("Docapesca Aveiro"), O("Navalria"), O("Caixa de Crédito Agrícola da Bairrada e Aguieira"),
  O("CIIMAR – Interdisciplinary Centre of Marine and Environmental Research","CIIMAR"),
  O("Portuguese Trade and Investment Agency","AICEP"), O("Arctic Cluster Team","NCE Aquaculture")],
 [E("board meeting","2039-06-16",None,None,None),
  E("General Assembly","2039-05-27",None,None,None),
  E("partner meeting","2039-07-04","2039-07-06","Tromsø","Norway"),
  E("partner meetings","2038-11",None,"Galway","Ireland"),
  E("partner meetings","2039-02",None,"Aveiro","Portugal"),
  E("Sea Economy Day 2039","2039-10-03",None,"Aveiro","Portugal"),
  E("Blue Innovation Award ceremony","2039-10-03",None,"Aveiro","Portugal"),
  E("study visit","2039",None,"Vigo","Spain")],
 ["2039-06","2039-06-16","2039-05-27","2039/2042","2039-06-01","2039-07-04/2039-07-06","2038-11","2039-02","2039-05","2039-06-30","2039-10-03","2039"],
 ["Members want fewer newsletters and more small meetings on single topics",
  "Start-ups need introductions to investors more than training",
  "Vocational schools should be involved in every project on skills",
  "The cluster should speak for the sea economy in the regional smart specialisation strategy"], pub=None)
