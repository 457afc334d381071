from common import *
fn = "press-release-general-assembly-kybervychod-2034.txt"
write_txt(fn, """
PRESS RELEASE
For immediate release

Košice, 21 March 2034

KyberVýchod elects Zuzana Hrabovská as President; members thank Martin Olejník for eight years at the helm

The General Assembly of KyberVýchod – East Slovak Cybersecurity Cluster met on 19 March 2034 in the aula of
the Technical University of Košice. Sixty-two of the cluster's 81 member organisations were represented in person or
by proxy, so the quorum required by the statutes was comfortably reached.

The main item on the agenda was the election of the Presidium for the term 2034–2037. Members elected Zuzana
Hrabovská, Chief Information Security Officer of Hornádska energetická sieť a.s., as the new President of the
cluster. She succeeds Martin Olejník, founder and managing partner of the penetration-testing firm Sentinela s.r.o.,
who had led KyberVýchod since its second term in 2026 and did not stand again.

The Assembly also elected:
- Vice-President: Peter Dzurenko, Dean of the Faculty of Electrical Engineering and Informatics, Technical University
  of Košice (TUKE)
- Vice-President: Lenka Šimková-Varga, head of security operations at Tatrabit a.s.
- Treasurer: Ondrej Baláž, CFO, Sentinela s.r.o.
- members of the Presidium: Jozef Kuchár (Košice Self-Governing Region), Alžbeta Némethová (Gemernet s.r.o.) and
  Radovan Ilavský (Slovak Police Academy, cyber forensics unit)

Thanks to the outgoing President
In her first speech as President, Hrabovská thanked her predecessor: "Martin built this cluster from a mailing list
of eleven companies into the place where banks, hospitals, utilities and start-ups in eastern Slovakia actually talk
to each other about incidents. We inherit a community that trusts each other, and that is the hardest thing to
build." The Assembly gave Olejník a standing ovation and named him Honorary President.

Olejník, who will remain active as a member through Sentinela, recalled the first joint incident-response exercise
in 2027 and the opening of the shared Security Operations Centre in 2031. "I am leaving the chair, not the cluster,"
he said.

Reports and decisions
Executive Director Miroslava Kertészová presented the annual report for 2033. The cluster delivered 140 hours of
training to SMEs, ran two regional hackathons and helped 17 members prepare for the obligations of the NIS2
framework. The Assembly approved the financial statements for 2033 and the budget for 2034, and admitted five new
members, among them the municipal hospital operator Nemocnica Myslava-Juh n.o. and the start-up Krypteo s.r.o.

Representatives of the National Security Authority (NBÚ) and of the Slovak Investment and Trade Development Agency
(SARIO) addressed the Assembly as guests. Tomáš Vrabec, director of the Košice regional office of SARIO, presented the
agency's plan to position eastern Slovakia as a location for security-software development centres.

Looking ahead
The new Presidium will hold its constituent meeting on 4 April 2034. Priorities for the first year include a regional
cyber-range for critical-infrastructure operators, closer cooperation with the European Cybersecurity Competence
Centre in Bucharest and a joint stand with partner clusters from Hungary and Poland at the it-sa fair in Nuremberg in
October 2034. The next General Assembly is planned for March 2035 in Prešov.

About KyberVýchod
KyberVýchod – East Slovak Cybersecurity Cluster is an association of companies, public bodies, universities and
training providers from the Košice and Prešov regions, founded in 2022. Its office is based at the Hornád Digital Park
campus.

Media contact:
Daniela Gombošová, communications officer
press@kybervychod.example | +421 55 000 1234

###
""")
gold(fn, "2034-03-21",
 [P("Zuzana Hrabovská","President","KyberVýchod"),
  P("Martin Olejník","Honorary President","KyberVýchod"),
  P("Peter Dzurenko","Vice-President","KyberVýchod"),
  P("Lenka Šimková-Varga","Vice-President","KyberVýchod"),
  P("Ondrej Baláž","Treasurer","KyberVýchod"),
  P("Jozef Kuchár","members of the Presidium","KyberVýchod"),
  P("Alžbeta Némethová","members of the Presidium","KyberVýchod"),
  P("Radovan Ilavský","members of the Presidium","KyberVýchod"),
  P("Miroslava Kertészová","Executive Director","KyberVýchod"),
  P("Tomáš Vrabec","director of the Košice regional office","SARIO"),
  P("Daniela Gombošová","communications officer","KyberVýchod")],
 [O("KyberVýchod – East Slovak Cybersecurity Cluster","KyberVýchod"),
  O("Technical University of Košice","TUKE"),
  O("Faculty of Electrical Engineering and Informatics"),
  O("Hornádska energetická sieť a.s."),
  O("Sentinela s.r.o."), O("Tatrabit a.s."), O("Košice Self-Governing Region"), O("Gemernet s.r.o."),
  O("Slovak Police Academy"), O("Nemocnica Myslava-Juh n.o."), O("Krypteo s.r.o."),
  O("National Security Authority","NBÚ"),
  O("Slovak Investment and Trade Development Agency","SARIO"),
  O("European Cybersecurity Competence Centre")],
 [E("General Assembly","2034-03-19","2034-03-19","Košice","Slovakia"),
  E("constituent meeting","2034-04-04","2034-04-04",None,None),
  E("it-sa","2034-10","2034-10","Nuremberg","Germany"),
  E("General Assembly","2035-03","2035-03","Prešov","Slovakia")],
 ["2034-03-21","2034-03-19","2034-03-19","2034/2037","2026","2027","2031","2033","2034","2034-04-04","2034-10","2035-03","2022"],
 [])
