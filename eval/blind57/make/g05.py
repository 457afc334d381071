from h import *
F = 'peer-review_humber-water-technology-cluster.txt'
T = f'''PEER REVIEW REPORT
Cluster organisation: Humber Water Technology Cluster (HWTC), Hull, United Kingdom
Review carried out under the Cluster Peer Learning Scheme of the North Sea Clusters Network (NSCN)
Site visit: {wd('2035-05-22')} 22 – {wd('2035-05-23')} 23 May 2035 | Report version 1.1 of 18 June 2035

Review team
- Dr. Ingrid Solheim-Aasen, Director, Water Cluster Norway, Bergen (team leader)
- Pieter-Jan De Clercq, Cluster Manager, Flux50 Water & Energy, Ghent
- Dr. Henrike zu Putlitz, Head of Strategy, Wasser Netzwerk Bremen, Bremen
- Søren Kjærgaard, Senior Adviser, Danish Water Technology Alliance, Aarhus
Rapporteur: Femke Hoekstra, NSCN secretariat

1. Purpose and scope

The review was requested by the board of HWTC in October 2034, ahead of the cluster's new strategy
period 2036–2040. The board asked the team to look at three questions: whether the cluster's
services match the needs of its 128 members; whether the governance is fit for a cluster that has
doubled its membership since 2029; and how the cluster should position itself towards the European
Water Resilience partnership and the national water technology programme.

The team studied the self-assessment report, the strategy 2031–2035, the member survey of January
2035 and the financial statements of the last three years. During the site visit in Hull it
interviewed 27 people: the managing director Jelle van der Meulen and five staff members; the
chair of the board, Rebecca Ashworth-Nkemelu (CEO of Aquaflow Systems Ltd), and three other board
members; eleven member companies of different sizes; researchers of the University of Hull, Energy and Environment Institute, and of Hull College;
and representatives of Hull City Council, the East Riding of Yorkshire Council and the Humber
Combined Authority (HCA). A working dinner with young companies of the Aura Innovation Centre
incubator took place on the evening of 22 May.

2. Observations

Services. Members value the cluster most for access to the Aura Innovation Centre test facilities, for
introductions to water utilities in the United Kingdom and abroad, and for help with consortium
building. Trade missions are appreciated but small companies find them expensive. The cluster's
training offer is little known: only 19% of survey respondents had used it.

Governance. The board of nine members is dominated by large companies and research organisations;
only one board seat is held by a company with fewer than 50 employees. Decision-making is fast,
but several members said they do not know how priorities are set. The advisory council created in
2030 has not met since 2033.

Finances. Membership fees cover 31% of the budget; the rest comes from projects and provincial
support. Project income fluctuates strongly from year to year and the cluster has no reserve
policy.

International position. HWTC is well known in Brussels and in the North Sea region, and has led
two international projects. Its participation in European cluster partnerships has depended on a
single staff member, Gillian Pickering, who will retire in 2036.

3. Conclusions of the review team

Having weighed the evidence, the review team concludes that (1) the cluster delivers high value to
its members and is one of the strongest water technology clusters in the North Sea region, (2) its
service portfolio should be narrowed to fewer, better-known services with a clear offer for
companies under 50 employees, (3) the board should reserve at least two seats for small companies
and publish how annual priorities are set, (4) the advisory council should either be revived with
a clear mandate or dissolved, (5) the cluster needs a reserve policy that covers at least six
months of core costs by 2038, and (6) international work should be carried by a team of at least
two people, with a succession plan for the European partnerships before 2036.

The team discussed these conclusions with the board at the closing meeting on 23 May 2035. The
board accepted conclusions 1 to 4 and 6 and asked for a further discussion of conclusion 5 with
the Humber Combined Authority.

Members' voice. In the interviews, companies described the cluster as "our door to the water
utilities" and "the place where competitors can talk". Start-ups asked for more help with pilot
sites and with the first customer reference; established companies asked for more selective
events and for a stronger voice towards the national government. Three interviewees from
outside Hull said that the cluster is seen as too focused on the city and should be more
present in Grimsby, Scunthorpe and Goole.

4. Good practices worth sharing

The team identified two practices that other NSCN members could adopt: the "utility bridge" in
which water utilities present their procurement plans to members twice a year, and the joint
student projects with Hull College, which have led to 14 hires in member companies since 2032.

5. Follow-up

HWTC will present an action plan at the NSCN annual meeting in Hamburg on {wd('2035-11-06')} 6 November 2035. A follow-up
visit by two members of the review team is foreseen for spring 2037.

Signed on behalf of the review team:
Ingrid Solheim-Aasen, team leader, Bergen, 18 June 2035
'''
write(F, T)
KM = ["the cluster delivers high value to its members and is one of the strongest water technology clusters in the North Sea region",
"its service portfolio should be narrowed to fewer, better-known services with a clear offer for companies under 50 employees",
"the board should reserve at least two seats for small companies and publish how annual priorities are set",
"the advisory council should either be revived with a clear mandate or dissolved",
"the cluster needs a reserve policy that covers at least six months of core costs by 2038",
"international work should be carried by a team of at least two people, with a succession plan for the European partnerships before 2036"]
gold(F, [
 P("Ingrid Solheim-Aasen", "Director", "Water Cluster Norway"),
 P("Pieter-Jan De Clercq", "Cluster Manager", "Flux50 Water & Energy"),
 P("Henrike zu Putlitz", "Head of Strategy", "Wasser Netzwerk Bremen"),
 P("Søren Kjærgaard", "Senior Adviser", "Danish Water Technology Alliance"),
 P("Femke Hoekstra", "Rapporteur", "NSCN"),
 P("Jelle van der Meulen", "managing director", "Humber Water Technology Cluster"),
 P("Rebecca Ashworth-Nkemelu", "chair of the board", "Humber Water Technology Cluster"),
 P("Gillian Pickering", None, "Humber Water Technology Cluster"),
], [
 O("Humber Water Technology Cluster", "HWTC"), O("North Sea Clusters Network", "NSCN"), O("Water Cluster Norway"),
 O("Flux50 Water & Energy"), O("Wasser Netzwerk Bremen"), O("Danish Water Technology Alliance"),
 O("Aquaflow Systems Ltd"), O("University of Hull"), O("Energy and Environment Institute"),
 O("Hull College"), O("Hull City Council"), O("East Riding of Yorkshire Council"),
 O("Humber Combined Authority", "HCA"), O("Aura Innovation Centre"),
], [
 E("Site visit", "2035-05-22", "2035-05-23", "Hull", "United Kingdom"),
 E("working dinner", "2035-05-22", "2035-05-22", None, None),
 E("closing meeting", "2035-05-23", "2035-05-23", None, None),
 E("NSCN annual meeting", "2035-11-06", "2035-11-06", "Hamburg", "Germany"),
 E("follow-up visit", "2037", "2037", None, None),
], ["2035-05-22/2035-05-23", "2035-06-18", "2034-10", "2036/2040", "2029", "2031/2035", "2035-01", "2035-05-22", "2030", "2033",
    "2036", "2038", "2035-05-23", "2032", "2035-11-06", "2037"], KM, pub="2035-06-18")
