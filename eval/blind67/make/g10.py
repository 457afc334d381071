from h import *
F='ticino-life-sciences-cluster-evaluation-summary.txt'
S=["The cluster is well anchored in the cantonal innovation system and is seen as the first point of contact for life sciences companies in Ticino",
"Its matchmaking between start-ups and the pharmaceutical companies of the Mendrisiotto works well and has led to 14 contracts in three years",
"The cluster team is small but professional and is praised by members for its responsiveness"]
AI=["The cluster should set measurable targets for each service and report on them every year",
"Cooperation with the clusters in Lombardy and in German-speaking Switzerland remains occasional and should be put on a formal footing",
"The share of members from the medical devices sector has fallen and needs a dedicated offer",
"The board should include at least one representative of the start-ups"]
T=f'''REPUBBLICA E CANTONE TICINO
Dipartimento delle finanze e dell'economia – Divisione dell'economia

EVALUATION OF THE TICINO LIFE SCIENCES CLUSTER 2032–2035
Executive summary (English version)

Bellinzona, {wd(2035,11,14)} 14 November 2035

Evaluator: Pragma Valutazioni SA, Lugano
Team: Dr. Federica Bernasconi-Keller (project lead), Luca Antognini, Dr. Nadia Zürcher
Contracting authority: Divisione dell'economia, Ufficio per lo sviluppo economico (USE)

---------------------------------------------------------------------

1. Purpose and scope

The Canton of Ticino has supported the Ticino Life Sciences Cluster since 2028 under its regional innovation system. The current agreement covers 2032–2035 and a cantonal contribution of CHF 1.8 million. Before deciding on a new agreement for 2036–2039, the Ufficio per lo sviluppo economico asked for an independent evaluation of the cluster's relevance, effectiveness and efficiency.

The evaluation was carried out between May and October 2035. It included a document review, an online survey of the 96 members (response rate 58 per cent), 24 interviews with members, partners and cantonal officials, and a comparison with three clusters of similar size: BioValley Basel, the Lombardy Life Sciences Cluster and Health Valley in western Switzerland. A validation workshop with the cluster board took place on {wd(2035,10,9)} 9 October 2035 in Lugano.

2. The cluster in brief

The cluster association was founded in 2019. It is led by a managing director, Dr. Marco Pedrazzini, and a team of four, with offices at the Tecnopolo Ticino in Manno. Its board is chaired by Cristina Fasola Rigamonti, head of operations at IBSA Institut Biochimique SA. Members include pharmaceutical companies, medical device makers, start-ups, the Università della Svizzera italiana (USI), the University of Applied Sciences and Arts of Southern Switzerland (SUPSI) and the Institute for Research in Biomedicine in Bellinzona.

3. Findings

Strengths

- {S[0]}.
- {S[1]}.
- {S[2]}.

Areas for improvement

- {AI[0]}.
- {AI[1]}.
- {AI[2]}.
- {AI[3]}.

4. Overall assessment

The evaluators conclude that the cluster has met most of the objectives of the 2032–2035 agreement. Its annual Life Sciences Day, held for the tenth time on {wd(2035,6,12)} 12 June 2035 at the Palazzo dei Congressi in Lugano, has become the main meeting point of the sector in southern Switzerland. Members rate the cluster's services 4.1 on a scale of 5. The main weakness is the lack of a monitoring system: the cluster collects many figures but does not use them to steer its work. Interviewees from the start-ups also felt that the cluster speaks mostly to the large companies, while partners in Lombardy said they would welcome a joint programme for the cross-border labour market.

The evaluators recommend that the canton renews its support for 2036–2039, linked to a small set of indicators agreed with the cluster.

5. Next steps

The Divisione dell'economia will present the evaluation to the Council of State together with its proposal for the new agreement. The director of the division, Stefano Rizzi-Molinari, said that the results "confirm the value of the cluster for the canton's economy". A meeting with the members to discuss the results is planned for {wd(2036,1,22)} 22 January 2036 in Manno.

---------------------------------------------------------------------
The full report (in Italian, 86 pages) is available from USE, Viale Franscini 17, Bellinzona.
'''
write(F,T)
C='Ticino Life Sciences Cluster'
gold(F,[P('Federica Bernasconi-Keller','project lead','Pragma Valutazioni SA'),P('Luca Antognini',None,'Pragma Valutazioni SA'),P('Nadia Zürcher',None,'Pragma Valutazioni SA'),
P('Marco Pedrazzini','managing director',C),P('Cristina Fasola Rigamonti','head of operations','IBSA Institut Biochimique SA'),P('Stefano Rizzi-Molinari','director',"Divisione dell'economia")],
[O("Dipartimento delle finanze e dell'economia"),O("Divisione dell'economia"),O('Ufficio per lo sviluppo economico','USE'),O('Pragma Valutazioni SA'),O('Canton of Ticino'),O(C),
O('BioValley Basel'),O('Lombardy Life Sciences Cluster'),O('Health Valley'),O('Tecnopolo Ticino'),O('IBSA Institut Biochimique SA'),O('Università della Svizzera italiana','USI'),
O('University of Applied Sciences and Arts of Southern Switzerland','SUPSI'),O('Institute for Research in Biomedicine'),O('Council of State')],
[E('validation workshop','2035-10-09','2035-10-09','Lugano','Switzerland'),E('Life Sciences Day','2035-06-12','2035-06-12','Lugano','Switzerland'),E('meeting with the members','2036-01-22','2036-01-22','Manno','Switzerland')],
['2032/2035','2035-11-14','2028','2036/2039','2035-05/2035-10','2035-10-09','2019','2035-06-12','2036-01-22'],S+AI,pub='2035-11-14')
