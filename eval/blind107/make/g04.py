from h import *
F = 'g04_navarra_cluster_innovation_call.txt'
assert wd(2036,4,15)=='Tuesday' and wd(2036,5,29)=='Thursday' and wd(2036,3,3)=='Monday'
T = """Gobierno de Navarra – Innovation Agency of Navarre
Home > Funding > Open calls > Cluster Cooperation Projects 2036

Language: ES | EU | EN

Accessibility   Site map   Contact

Cookies: we use our own and third-party cookies for analytics. You can accept them, reject them or configure them.  [Accept] [Reject] [Configure]

Cluster Cooperation Projects 2036 – call for proposals

Status: OPEN
Published: 3 March 2036
Budget: EUR 2,400,000
Managing body: Innovation Agency of Navarre (AIN-Nav)

What is it?
The call supports joint projects led by a cluster organisation registered in the Navarre Register of Innovative Business Clusters. Each project must involve at least three companies from the cluster, at least two of them SMEs, and may involve technology centres and universities as subcontractors. The aim is to move cluster members from talk to shared work: pilot lines, common test beds, joint training and shared market studies in the priorities of the Smart Specialisation Strategy of Navarre 2035–2040 (S4 Navarra).

Who can apply?
• Cluster organisations registered in the Navarre Register of Innovative Business Clusters on the day of submission
• Only one application per cluster as lead; a cluster may be a partner in two further projects

What is funded?
• Staff costs of the cluster organisation (up to 40 % of the budget)
• Subcontracting of technology centres and universities
• Equipment for shared use, depreciation only
• Travel for cooperation with clusters outside Navarre

Funding rate: 70 % for the cluster organisation, 50 % for small companies, 40 % for medium-sized companies. Maximum grant per project: EUR 300,000. Duration: 12 to 24 months, starting not earlier than 1 September 2036.

Key dates
Opening of the submission period: 1 April 2036, 09:00
Online info session: Tuesday 15 April 2036, 10:00–11:30
Deadline for submission: 29 May 2036, 14:00 (CEST)
Evaluation: June–July 2036
Provisional resolution: by 15 September 2036

Online info session
The agency will present the call and answer questions in an online information session on Tuesday 15 April 2036 at 10:00. Speakers: Iñaki Goñi Arregui, Head of the Cluster Policy Service of the Innovation Agency of Navarre, and Marta Ezcurra Lasheras, technician of the same service, who will explain the budget forms. Amaia Zubiri, director of the cluster association CLUSNAV, will share the lessons from the projects funded in 2035. The session will be recorded.
→ Register for the info session

Documents
Call text (PDF, 412 KB)
Order of 26 February 2036 of the Regional Minister of Economic and Business Development approving the call (PDF, 188 KB)
Application form (DOCX)
Budget template (XLSX)
Frequently asked questions (updated 10 March 2036)

How to apply
Applications are submitted only through the electronic register of the Government of Navarre with a digital certificate. Paper applications will not be accepted.

Evaluation criteria
1. Quality and ambition of the project – 30 points
2. Involvement of SMEs and new members – 25 points
3. Fit with S4 Navarra – 20 points
4. Impact on the cluster's strategy – 15 points
5. Cooperation with clusters from other regions – 10 points

Projects funded in 2035
In the first edition of the call, 11 projects received EUR 2.1 million. Among them: the shared battery test bed of the Navarre Automotive Cluster (ACAN), the digital twin for agri-food lines of the Navarre Food Cluster (NAGRIFOOD) and a joint training academy on wind blade repair of the Navarre Wind Energy Cluster.

Contact
Cluster Policy Service
Innovation Agency of Navarre
Avenida Carlos III 36, 31003 Pamplona
clusters@ain-nav.example.es
Tel. +34 848 000 000
Office hours: Monday to Friday, 09:00–14:00

Was this page useful?  Yes  No

Share: Facebook  X  LinkedIn  WhatsApp

Last updated: 10 March 2036

Related calls
› Innovation vouchers for SMEs 2036 – open until 30 June 2036
› Strategic R&D projects 2036 – closed
› Technology centres: structural funding 2036–2037 – closed

Co-financed by the European Regional Development Fund
Legal notice | Privacy | Cookies | Accessibility statement
"""
write(F, T)
A = "Innovation Agency of Navarre"
gold(F,
 [P("Iñaki Goñi Arregui","Head of the Cluster Policy Service",A),
  P("Marta Ezcurra Lasheras","technician","Cluster Policy Service"),
  P("Amaia Zubiri","director","CLUSNAV")],
 [O("Gobierno de Navarra"), O(A,"AIN-Nav"), O("Cluster Policy Service"), O("CLUSNAV"),
  O("Navarre Automotive Cluster","ACAN"), O("Navarre Food Cluster","NAGRIFOOD"),
  O("Navarre Wind Energy Cluster")],
 [E("Online info session","2036-04-15",None,None,None)],
 ["2036-03-03","2035/2040","2036-09-01","2036-04-01","2036-04-15","2036-05-29","2036-06/2036-07","2036-09-15",
  "2035","2036-02-26","2036-03-10","2036-06-30","2036/2037"],
 [], "2036-03-03")
