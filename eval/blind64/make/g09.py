from h import *
F = 'interview-founder-corsica-blue-economy-cluster.md'
T = f"""Home > Magazine > Interviews

# "We started with six boats and a whiteboard": an interview with founder Marie-Ange Santoni-Casanova

*Cluster Voices · Interview by Tomás Ó Laoire · published {wd(2034,9,21)} 21 September 2034*

**Marie-Ange Santoni-Casanova founded the Corsica Blue Economy Cluster (Cluster Économie Bleue de Corse, CEBC) in Bastia in 2026 and chaired it until June 2034, when she handed over to Jean-Baptiste Orsini. A marine biologist by training and the owner of an aquaculture company, she now sits on the board of the French national cluster network. We met her in the port of Bastia a week after the cluster's Blue Days.**

**Q: How did the cluster start?**

A: With a problem, like most clusters. In 2025 the fish farms around Ajaccio and the mussel growers on the east coast were all losing money because of warmer water and higher feed prices, and nobody talked to anyone. I ran a small farm, Aquacorsa SARL, and I invited six producers to a meeting in the back room of a restaurant in Bastia on 14 November 2025. We had a whiteboard and a lot of coffee. By the spring we had twelve members and a name.

**Q: Who were the founders?**

A: Formally, the association was registered on 3 March 2026 by Aquacorsa SARL, Ostréiculture de Diana SAS, Corsica Marine Services SARL, the University of Corsica Pasquale Paoli, the Chamber of Commerce and Industry of Upper Corsica and the Stella Mare research platform. Professor Antoine Luciani from the university was our scientific conscience from day one. And I must mention Paul-Henri Vincentelli of Corsica Marine Services, who wrote our first statutes on a ferry crossing to Marseille.

**Q: What was the hardest moment?**

A: 2028. We had our first big European project, with partners in Sardinia and Tuscany, and our first cluster manager, Lucie Ferrandi, left after eight months for a job with the Corsican Environment Office. We had money and no one to spend it. I did the job myself for half a year, unpaid, which I do not recommend. Then we hired Dominique Paoli-Marchetti, who stayed as cluster manager from 2029 to 2033 and really built the organisation.

**Q: And today?**

A: Today the cluster has 94 members: fish and shellfish farmers, boat builders, port operators, two shipping companies, diving schools, researchers. The manager since January 2034 is Sébastien Mattei, who came from the Sud region's maritime cluster in Toulon. The office has five people. And since 2031 we run a test site for low-carbon boats in the port of Saint-Florent together with the Collectivity of Corsica.

**Q: What role did public bodies play?**

A: A decisive one, but not at the beginning. The Collectivity of Corsica and the Corsican Development Agency (ADEC) started funding us in 2027, after we had proven that companies would pay fees. That order matters. The Agency's director at the time, Xavier Bartoli, told me: "Show me fifty paying members and I will find you a budget." We had fifty-two by the end of 2027.

**Q: You also worked across the sea. Why?**

A: Because an island is too small. Our closest partners are the Sardinian Blue Growth Cluster in Olbia and the Tuscan Maritime Technology District in La Spezia. With them we run the Tyrrhenian Blue Exchange, where young employees spend two weeks in a company on the other island. Since 2030 about 140 people have done it. Giovanna Pinna, who manages the Sardinian cluster, is a friend now.

**Q: Why did you step down?**

A: Eight years is enough. A founder can become a brake. At the general assembly on {wd(2034,6,12)} 12 June 2034 the members elected Jean-Baptiste Orsini, the managing director of Orsini Chantier Naval SAS in Ajaccio, as president. He is 38 and builds electric boats. That is the future of the cluster, not me.

**Q: What are you doing now?**

A: I am back on my farm, and since July 2034 I represent the island clusters on the board of France Clusters. I also chair the jury of the Mediterranean Aquaculture Prize, whose next ceremony will be in Sète on 4 December 2034.

**Q: What would you tell someone who wants to found a cluster?**

A: Three things. Start with a real problem that companies feel in their accounts. Let the members pay from the first year, even a little. And find a good manager early, because a board of volunteers cannot run an organisation. Everything else comes with time.

**Q: Last question: the Blue Days?**

A: The fifth Corsica Blue Days took place in Bastia from 11 to 13 September 2034, with 600 visitors and a new session on women in the maritime professions. I did not give a speech this time. I just listened. It was wonderful.

---

*About the interviewer: Tomás Ó Laoire is editor of Cluster Voices, the magazine of the Mediterranean Cluster Forum.*

Share this interview: LinkedIn · Facebook · E-mail · Print

Related: [Jean-Baptiste Orsini elected president of CEBC](/news/orsini) · [Tyrrhenian Blue Exchange: call 2035](/news/exchange-2035)
"""
write(F, T)
C='Corsica Blue Economy Cluster'
gold(F,
 [P('Marie-Ange Santoni-Casanova','founder',C), P('Tomás Ó Laoire','editor of Cluster Voices','Mediterranean Cluster Forum'),
  P('Jean-Baptiste Orsini','president',C), P('Antoine Luciani',None,'University of Corsica Pasquale Paoli'),
  P('Paul-Henri Vincentelli',None,'Corsica Marine Services SARL'), P('Lucie Ferrandi','cluster manager',C),
  P('Dominique Paoli-Marchetti','cluster manager',C), P('Sébastien Mattei','manager',C),
  P('Xavier Bartoli','director','Corsican Development Agency'), P('Giovanna Pinna',None,'Sardinian Blue Growth Cluster')],
 [O(C,'CEBC'), O('Aquacorsa SARL'), O('Ostréiculture de Diana SAS'), O('Corsica Marine Services SARL'), O('University of Corsica Pasquale Paoli'),
  O('Chamber of Commerce and Industry of Upper Corsica'), O('Stella Mare'), O('Corsican Environment Office'), O('Collectivity of Corsica'),
  O('Corsican Development Agency','ADEC'), O('Sardinian Blue Growth Cluster'), O('Tuscan Maritime Technology District'), O('Orsini Chantier Naval SAS'),
  O('France Clusters'), O('Mediterranean Cluster Forum')],
 [E('Corsica Blue Days','2034-09-11','2034-09-13','Bastia','France'), E('meeting','2025-11-14','2025-11-14','Bastia','France'),
  E('general assembly','2034-06-12','2034-06-12',None,None), E('Mediterranean Aquaculture Prize ceremony','2034-12-04','2034-12-04','Sète','France')],
 ['2034-09-21','2026','2034-06','2025','2025-11-14','2026-03-03','2028','2029/2033','2034-01','2031','2027','2030','2034-06-12','2034-07','2034-12-04','2034-09-11/2034-09-13'],
 pub='2034-09-21')
