from common import save
T = """PRESS RELEASE
For immediate release

Someș Digital Cluster turns ten: anniversary conference "Decade of Code" on 17–18 September 2036 in Cluj-Napoca

Cluj-Napoca, 2 June 2036 – Someș Digital Cluster (SDC), the association of software and IT service companies in north-western Romania, will celebrate its tenth anniversary with a two-day conference at the BT Arena and the Faculty of Automation and Computer Science of the Universitatea Tehnică din Cluj-Napoca. About 600 participants are expected, among them delegations from partner clusters in Moldova, Hungary and Portugal.

"Ten years ago, fourteen companies met in a co-working space and decided that competing for the same developers was not a strategy," says Ioana Mureșan-Pop, President of SDC and CEO of Codetrail SRL. "Today we are 132 members, and we train more people than we poach."

A DECADE IN MILESTONES
- 2026: SDC is founded on 14 March 2026 by 14 companies; first cluster manager is Radu Vlaicu.
- 2028: the cluster receives the Bronze Label of the European Cluster Excellence Initiative (ECEI) and organises the first "Someș Dev Days".
- 2030: launch of the SDC Academy with the Universitatea Babeș-Bolyai; 400 graduates in its first two years.
- 2032: SDC coordinates the Interreg project DIGI-BRIDGE with clusters from Debrecen and Chişinău.
- 2033: Gold Label; Andrei Fekete becomes Executive Director.
- 2035: the cluster co-founds the Romanian Cluster Association for Digital Industries (RoCDI) and hosts the Digital Clusters Meet-up of the ECCP in Cluj-Napoca on 9 October 2035.

THE PROGRAMME
Day 1 (17 September) opens with speeches by Ioana Mureșan-Pop and the Mayor of Cluj-Napoca, followed by a keynote by Teresa Albuquerque, Director, Lusodigital Cluster, on "Clusters after AI". Afternoon panels will discuss skills, public procurement of software and the role of clusters in the EU's Digital Decade. Day 2 (18 September) is dedicated to a hackathon with students and a B2B session run with the Enterprise Europe Network, and ends with a gala evening and the award "SDC Member of the Decade".

The conference is supported by the Agenția pentru Dezvoltare Regională Nord-Vest (ADR Nord-Vest) and the Ministry of Research, Innovation and Digitalisation.

Registration opens on the cluster's website at the end of June. Participation is free for members and for students of partner universities; the gala evening requires a separate ticket. The organisers also invite former employees of member companies and alumni of the cluster's training programmes to take part, as the anniversary is meant to be "a meeting of everyone who built the ecosystem".

About Someș Digital Cluster
SDC is a non-profit association founded in 2026 in Cluj-Napoca. It brings together software companies, IT service providers, universities and public bodies. Board: Ioana Mureșan-Pop (President), Levente Szabó (Vice-President, Transylvania Cloud SRL), Carmen Dobre (Treasurer).

Media contact
Bianca Rus, Communication Manager
press@somesdigital.example | +40 264 000 000

###
"""
save('PR_SDC-10th-anniversary-conference_2036.txt', T,
 [("Ioana Mureșan-Pop","President","SDC"),("Radu Vlaicu","cluster manager","SDC"),
  ("Andrei Fekete","Executive Director","SDC"),("Teresa Albuquerque","Director","Lusodigital Cluster"),
  ("Levente Szabó","Vice-President","SDC"),("Carmen Dobre","Treasurer","SDC"),("Bianca Rus","Communication Manager",None)],
 [("Someș Digital Cluster","SDC"),("Faculty of Automation and Computer Science",None),("Universitatea Tehnică din Cluj-Napoca",None),
  ("Codetrail SRL",None),("European Cluster Excellence Initiative","ECEI"),("Universitatea Babeș-Bolyai",None),
  ("Romanian Cluster Association for Digital Industries","RoCDI"),("ECCP",None),("Lusodigital Cluster",None),
  ("Enterprise Europe Network",None),("Agenția pentru Dezvoltare Regională Nord-Vest","ADR Nord-Vest"),
  ("Ministry of Research, Innovation and Digitalisation",None),("Transylvania Cloud SRL",None)],
 [("Decade of Code","2036-09-17","2036-09-18","Cluj-Napoca","Romania"),
  ("Someș Dev Days","2028","2028",None,None),
  ("Digital Clusters Meet-up","2035-10-09","2035-10-09","Cluj-Napoca","Romania"),
  ("gala evening","2036-09-18","2036-09-18","Cluj-Napoca","Romania")],
 ["2036-09-17/2036-09-18","2036-06-02","2026","2026-03-14","2028","2030","2032","2033","2035","2035-10-09","2036-09-17","2036-09-18","2036-06"],
 pub="2036-06-02")
