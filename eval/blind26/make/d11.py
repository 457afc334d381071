from mk import save
T = '''# "We stopped counting programmers and started counting products"

**Interview with Zuzana Kováčiková, president of the Hornád Digital Cluster**

*By Martina Ďurčová | 21 February 2035 | Clusters in focus*

The Hornád Digital Cluster (HDC) in Košice brings together 112 software companies, two
universities and the city's IT high schools. Its president, Zuzana Kováčiková, co-founded the
data-engineering firm Datalyne s.r.o. in 2019 and was elected to lead the cluster in November
2033. We met her at the cluster's new office in the former tobacco factory.

**You have been president for a little over a year. What has changed?**

When I came in, our main indicator was the number of programmers in the region. It was a good
story for investors, but it said nothing about what we build. Since January 2034 we ask our
members how many of their own products they sell abroad. The number was 41 last year. I want it
to reach 100 by 2037.

**Košice is known for outsourcing centres of large foreign companies. Is that a problem?**

Not a problem, a starting point. Those centres trained half of the people who now run our
start-ups. My predecessor, Peter Hudák, worked hard to bring them into the cluster, and I am
grateful for that. What we add now is a path from an employee to a founder.

**What does that path look like in practice?**

Three things. A pre-incubation programme with the Technical University of Košice, which
started in October with 18 teams. A small fund of angel investors, Hornád Angels, that invested
in its first four companies in December. And a mentor from a member company for every team.

**You also work across the border.**

Yes, with Hungarian and Polish clusters. In the Interreg project CODE-CARPATHIA we run joint
hackathons with the Sajó Valley ICT Cluster and the Wisłok Software Cluster. The next one is in
Miskolc on 11–12 April. And in June we take 15 companies to the VivaTech fair in Paris together
with SARIO, the Slovak Investment and Trade Development Agency.

**What do you expect from Bratislava and Brussels?**

From the Ministry of Investments, Regional Development and Informatization, faster decisions
on the recovery funds for digital skills. From Brussels, less paperwork for small clusters.
We spend one full-time post only on reporting.

**Finally, what is the date every member should keep free?**

Košice Digital Days, 20–21 May 2035, at Kulturpark. It is our tenth edition. We expect 1,500
people and, for the first time, a day only for founders.

*The interview has been shortened and edited for clarity.*
'''
save('interview-hdc-president-zuzana-kovacikova.md', T, '2035-02-21',
 [("Zuzana Kováčiková","president","Hornád Digital Cluster"),
  ("Martina Ďurčová",None,None),
  ("Peter Hudák","president","Hornád Digital Cluster")],
 [("Hornád Digital Cluster","HDC"),("Datalyne s.r.o.",None),("Technical University of Košice",None),("Hornád Angels",None),
  ("Sajó Valley ICT Cluster",None),("Wisłok Software Cluster",None),("Slovak Investment and Trade Development Agency","SARIO"),
  ("Ministry of Investments, Regional Development and Informatization",None)],
 [("CODE-CARPATHIA hackathon","2035-04-11","2035-04-12","Miskolc","Hungary"),
  ("VivaTech","2035-06","2035-06","Paris","France"),
  ("Košice Digital Days","2035-05-20","2035-05-21","Košice","Slovakia")],
 ["2035-02-21","2019","2033-11","2034-01","2037","2034-10","2034-12","2035-04-11/2035-04-12","2035-06","2035-05-20/2035-05-21"],
 [])
