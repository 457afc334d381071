from h import *
F = 'g15_algarve_blue_economy_newsletter_fwd.txt'
assert wd(2039,4,1)=='Friday' and wd(2039,4,14)=='Thursday' and wd(2039,5,5)=='Thursday' and wd(2039,3,23)=='Wednesday' and wd(2039,4,4)=='Monday'
T = """From: Rui Palma Guerreiro <rui.guerreiro@portimao-nautica.example.pt>
Sent: Monday, 4 April 2039 09:12
To: Operations team
Subject: FW: Algarve Blue Economy Cluster – Newsletter April 2039

Team – see the events section, I would like two of us at the Portimão workshop. Sofia, can you register?
Rui

-----Original Message-----
From: Algarve Blue Economy Cluster <newsletter@algarveblue.example.pt>
Sent: Friday, 1 April 2039 16:40
Subject: Algarve Blue Economy Cluster – Newsletter April 2039

ALGARVE BLUE ECONOMY CLUSTER
Newsletter | April 2039 | English edition

Trouble reading this e-mail? Open the web version. | Versão em português

---------------------------------------------
EDITORIAL – THE SEA IS NOT ONLY FOR SUMMER
---------------------------------------------
Dear members,

Every spring we hear the same worry: the Algarve lives for four months and sleeps for eight. Our members prove
otherwise. Boatyards in Portimão and Olhão now work all year for clients in northern Europe, seaweed farms in the Ria
Formosa harvest in winter, and marine technology start-ups in Faro employ engineers who once had to leave for Lisbon.
This year the cluster will publish the first Algarve Blue Economy Barometer, so that we can show these facts to
decision-makers in figures and not only in anecdotes. I thank the University of the Algarve for its partnership, and
all members who answered our questionnaire in February.

Catarina Sousa Mendes
President of the Executive Board

---------------------------------------------
MEMBER NEWS
---------------------------------------------
New members
- Olhão Seaweed Farms, Lda. (Olhão)
- Portimão Náutica – Reparação Naval, S.A. (Portimão)
- MarSensor Technologies, Unipessoal Lda. (Faro)
- Escola de Hotelaria e Turismo do Algarve (Faro), as training partner

Anniversary
The fish canning company Conserveira do Sotavento, S.A. in Vila Real de Santo António turns 80: it was founded in 1959
and still produces tuna and sardines for 22 countries.

Investment
Portimão Náutica – Reparação Naval, S.A. is investing EUR 11 million in a new 800-tonne ship lift, due in 2040. The
project is co-financed by the Algarve Regional Programme.

---------------------------------------------
PEOPLE ON THE MOVE
---------------------------------------------
- João Pedro Vieira has been appointed executive director of the cluster from 1 April 2039. He was previously head of
  the marine sciences office at the University of the Algarve (UAlg).
- Helena Cabrita, executive director since 2031, becomes the cluster's international relations adviser.
- The General Assembly of 23 March 2039 elected Miguel Duarte Reis, CEO of MarSensor Technologies, as vice-president,
  and Dr Inês Faria, of the Centre of Marine Sciences (CCMAR), as board member.
- Rui Palma Guerreiro, managing director of Portimão Náutica, chairs the new working group on nautical skills.

---------------------------------------------
EVENTS
---------------------------------------------
* Thursday 14 April 2039, 14:30–18:00 – Workshop "Electric propulsion for tourist boats"
  Portimão Marina, Portimão. Speakers: Pieter van Houten (Dutch Maritime Cluster / Netherlands Maritime Technology),
  Ana Lúcia Brito (Portuguese Maritime Authority). Registration by 11 April.

* Thursday 5 May 2039, 10:00–17:00 – Blue Economy Investors' Day
  Faro. Ten start-ups will pitch to 25 investors. Applications for pitch slots are closed.
  Programme: 10:00 opening by the President of the Algarve Regional Coordination and Development Commission (CCDR
  Algarve), José Apolinário Teixeira; 10:30 pitches; 13:00 networking lunch; 14:30 one-to-one investor meetings;
  17:00 close.

* 1–4 June 2039 – Seawork, Southampton (United Kingdom): cluster stand with four members.

Looking back: the General Assembly on Wednesday 23 March 2039 in Loulé approved the 2038 accounts and the activity plan
for 2039. 57 of the 88 members took part; the membership fee remains unchanged.

---------------------------------------------
FROM BRUSSELS
---------------------------------------------
The European Commission presented the European Ocean Pact review on 15 March 2039. The Director-General of DG MARE,
Klaus Hendriksen-Pauly, told the European Maritime Day preparatory meeting that blue economy clusters will be asked to
co-design the next Atlantic Action Plan. Our cluster has joined the Atlantic Maritime Clusters Network, a group of 14
clusters from Portugal, Spain, France and Ireland.

---------------------------------------------
SURVEY: BLUE ECONOMY BAROMETER – FIRST RESULTS
---------------------------------------------
Questionnaire answered by 64 members in February 2039, analysed with the University of the Algarve. Main findings:
1. 71% of members employ staff all year, not only in the tourist season
2. Housing costs are the main reason why qualified staff leave the region
3. One member in three exports more than half of its turnover
4. Members expect port capacity in Portimão to limit growth before 2045

The full barometer will be presented at the Investors' Day.

---------------------------------------------
JOBS AND CALLS
---------------------------------------------
- MarSensor Technologies is recruiting two embedded software engineers (Faro). Contact: jobs@marsensor.example.pt
- Call "Blue Start-up Algarve" of the Municipality of Faro: applications until 30 April 2039.

---------------------------------------------
MEMBER QUOTE
---------------------------------------------
"The cluster put us in touch with a Dutch shipyard, and we now build hulls for them in the winter."
– Rui Palma Guerreiro, Portimão Náutica

Algarve Blue Economy Cluster – Associação para a Economia Azul do Algarve
Campus de Gambelas, 8005-139 Faro · NIPC 000 000 000
To unsubscribe, click here. Privacy policy.

This e-mail and any attachments are confidential and intended only for the named recipient...
"""
write(F, T)
AB="Algarve Blue Economy Cluster"
gold(F,
 [P("Rui Palma Guerreiro","managing director","Portimão Náutica"),
  P("Catarina Sousa Mendes","President of the Executive Board",AB),
  P("João Pedro Vieira","executive director",AB),
  P("Helena Cabrita","international relations adviser",AB),
  P("Miguel Duarte Reis","vice-president",AB),
  P("Inês Faria","board member",AB),
  P("Pieter van Houten",None,"Netherlands Maritime Technology"),
  P("Ana Lúcia Brito",None,"Portuguese Maritime Authority"),
  P("José Apolinário Teixeira","President","Algarve Regional Coordination and Development Commission"),
  P("Klaus Hendriksen-Pauly","Director-General","DG MARE")],
 [O(AB), O("Portimão Náutica – Reparação Naval, S.A."), O("University of the Algarve","UAlg"),
  O("Olhão Seaweed Farms, Lda."), O("MarSensor Technologies, Unipessoal Lda."),
  O("Escola de Hotelaria e Turismo do Algarve"), O("Conserveira do Sotavento, S.A."),
  O("Centre of Marine Sciences","CCMAR"), O("Dutch Maritime Cluster"), O("Netherlands Maritime Technology"),
  O("Portuguese Maritime Authority"), O("Algarve Regional Coordination and Development Commission","CCDR Algarve"),
  O("European Commission"), O("DG MARE"), O("Atlantic Maritime Clusters Network"), O("Municipality of Faro")],
 [E('Workshop "Electric propulsion for tourist boats"',"2039-04-14",None,"Portimão","Portugal"),
  E("Blue Economy Investors' Day","2039-05-05",None,"Faro","Portugal"),
  E("networking lunch","2039-05-05",None,"Faro","Portugal"),
  E("one-to-one investor meetings","2039-05-05",None,"Faro","Portugal"),
  E("Seawork","2039-06-01","2039-06-04","Southampton","United Kingdom"),
  E("General Assembly","2039-03-23",None,"Loulé","Portugal"),
  E("European Maritime Day preparatory meeting",None,None,None,None)],
 ["2039-04-04","2039-04-01","2039-04","2039-02","1959","2040","2031","2039-03-23","2039-04-14","2039-04-11",
  "2039-05-05","2039-06-01/2039-06-04","2039","2039-03-15","2045","2039-04-30"],
 ["71% of members employ staff all year, not only in the tourist season",
  "Housing costs are the main reason why qualified staff leave the region",
  "One member in three exports more than half of its turnover",
  "Members expect port capacity in Portimão to limit growth before 2045"], "2039-04-01")
