from h import *
F = 'g16_dornbirn_data_sharing_workshop_report.txt'
assert wd(2035,5,22)=='Tuesday' and wd(2035,11,13)=='Tuesday'
T = """Smart Production Cluster Vorarlberg
Workshop report

Sharing production data along the supply chain – what works, what doesn't
Dornbirn, Tuesday, 22 May 2035, 13:00–17:30
Venue: FH Vorarlberg University of Applied Sciences, Campus V, Dornbirn
Report by: Mag. Lea Fitz-Grabher, Smart Production Cluster Vorarlberg
Date of report: 4 June 2035

Background

Manufacturers in Vorarlberg, eastern Switzerland and Liechtenstein increasingly receive requests from their customers to share machine, quality and energy data – for carbon footprints, for the Digital Product Passport and for predictive maintenance. At the same time, many small suppliers fear losing control of their know-how. The Smart Production Cluster Vorarlberg, run by the Vorarlberg economic development agency WISTO, invited its members to compare experiences. 46 people from 31 organisations took part, including 22 manufacturing SMEs.

Programme and speakers

Welcome: DI Dr. Markus Dietrich-Lenz, cluster manager, Smart Production Cluster Vorarlberg, and Prof. (FH) Dr. Sabine Hämmerle, Head of the Research Centre for Digital Factory Vorarlberg at FH Vorarlberg.

Input 1 – "Our first data space project: six months, three partners, one dashboard": Ing. Stefan Mätzler, Head of Digitalisation, Alpla Werke Alwin Lehner GmbH & Co KG, Hard.

Input 2 – "Why we said no (at first)": Corinne Büchel-Ospelt, CEO of the precision turning company Büchel Präzision AG, Schaan (Liechtenstein).

Input 3 – "Contracts for data: model clauses for suppliers": Dr. Tobias Kessler-Wohlgenannt, lawyer, Kessler & Partner Rechtsanwälte, Feldkirch.

Input 4 – "Manufacturing-X and Gaia-X: what a small firm needs to know": Dr. Nina Oberholzer, project manager, Switzerland Innovation Park Ost, St. Gallen.

The inputs were followed by three table discussions (contracts, technology, business value) moderated by cluster staff, and a closing round. The day ended with a tour of the Digital Factory lab.

Summary of the discussion

Stefan Mätzler described how his company connected the injection moulding machines of two suppliers to a shared dashboard to reduce rejects. The technical part took six weeks; agreeing who owns which data took four months. Corinne Büchel-Ospelt explained that her company first refused a large customer's request for live machine data because the contract allowed the customer to use the data to benchmark suppliers against each other. A revised contract, limited to quality data and with a clear deletion clause, was signed in early 2035.

Dr. Kessler-Wohlgenannt presented model clauses developed with the Austrian Federal Economic Chamber (WKÖ). He stressed that most disputes arise not from the data itself but from unclear purposes. Dr. Oberholzer gave an overview of the European data space initiatives and warned that small firms should not wait for perfect standards before starting.

In the table discussions, participants named costs for connectors and interfaces, a lack of in-house IT staff and legal uncertainty as the main barriers. Several SMEs said they would share energy data with customers much more readily than process parameters.

Key takeaways

- Start with one use case that brings value to both sides, such as reject reduction or energy reporting, not with a platform
- Agree on data ownership, purpose and deletion in writing before any data flows
- Small suppliers gain bargaining power when they negotiate data clauses together through the cluster
- Energy and carbon data are the easiest entry point; process know-how needs stronger protection
- Existing standards such as OPC UA are good enough to begin; waiting for a complete data space is a mistake
- Companies need a named person responsible for data sharing, even in a firm of twenty people

Recommendations to the cluster

First, the cluster should publish a short guide with the WKÖ model clauses, adapted to the typical supplier relationships in the region. Second, the cluster should set up a pilot group of five to eight SMEs that share energy data with two large customers, with support from FH Vorarlberg. Finally, the cluster should offer a training day on data contracts for managing directors in autumn 2035.

Next steps

- The guide on data clauses will be drafted by the cluster team with Dr. Kessler-Wohlgenannt by the end of September 2035.
- Companies interested in the pilot group can register with the cluster office until 30 June 2035.
- The topic will be taken up at the Vorarlberg Industry 4.0 Day on 13 November 2035 in the Kulturhaus Dornbirn.
- A joint session with the Swiss cluster Ostschweizer Digitalisierungsnetzwerk is planned for spring 2036 in St. Gallen.

Feedback

29 participants answered the feedback form. The average rating was 4.4 out of 5. The input from Büchel Präzision AG was rated most useful. Several participants asked for more practical examples from micro-companies and for a follow-up with customers in the room.

Thanks

We thank FH Vorarlberg for hosting the workshop, the speakers for their openness and the Vorarlberg Chamber of Commerce (Wirtschaftskammer Vorarlberg) for its support. Photos: Darko Todorović, WISTO.

Contact: Mag. Lea Fitz-Grabher, project manager, Smart Production Cluster Vorarlberg, WISTO – Wirtschafts-Standort Vorarlberg GmbH, Hintere Achmühlerstraße 1, 6850 Dornbirn, lea.fitz-grabher@wisto.example.at
"""
write(F, T)
S = "Smart Production Cluster Vorarlberg"
gold(F,
 [P("Lea Fitz-Grabher","project manager",S),
  P("Markus Dietrich-Lenz","cluster manager",S),
  P("Sabine Hämmerle","Head of the Research Centre for Digital Factory Vorarlberg","FH Vorarlberg"),
  P("Stefan Mätzler","Head of Digitalisation","Alpla Werke Alwin Lehner GmbH & Co KG"),
  P("Corinne Büchel-Ospelt","CEO","Büchel Präzision AG"),
  P("Tobias Kessler-Wohlgenannt","lawyer","Kessler & Partner Rechtsanwälte"),
  P("Nina Oberholzer","project manager","Switzerland Innovation Park Ost"),
  P("Darko Todorović",None,"WISTO")],
 [O(S), O("FH Vorarlberg University of Applied Sciences"), O("WISTO – Wirtschafts-Standort Vorarlberg GmbH","WISTO"),
  O("Research Centre for Digital Factory Vorarlberg"), O("Alpla Werke Alwin Lehner GmbH & Co KG"), O("Büchel Präzision AG"),
  O("Kessler & Partner Rechtsanwälte"), O("Switzerland Innovation Park Ost"), O("Austrian Federal Economic Chamber","WKÖ"),
  O("Ostschweizer Digitalisierungsnetzwerk"), O("Vorarlberg Chamber of Commerce")],
 [E("Sharing production data along the supply chain – what works, what doesn't","2035-05-22",None,"Dornbirn","Austria"),
  E("tour of the Digital Factory lab","2035-05-22",None,"Dornbirn","Austria"),
  E("Vorarlberg Industry 4.0 Day","2035-11-13",None,"Dornbirn","Austria"),
  E("joint session with the Swiss cluster Ostschweizer Digitalisierungsnetzwerk","2036",None,"St. Gallen","Switzerland")],
 ["2035-05-22","2035-06-04","2035","2035-09","2035-06-30","2035-11-13","2036"],
 ["Start with one use case that brings value to both sides, such as reject reduction or energy reporting, not with a platform",
  "Agree on data ownership, purpose and deletion in writing before any data flows",
  "Small suppliers gain bargaining power when they negotiate data clauses together through the cluster",
  "Energy and carbon data are the easiest entry point; process know-how needs stronger protection",
  "Existing standards such as OPC UA are good enough to begin; waiting for a complete data space is a mistake",
  "Companies need a named person responsible for data sharing, even in a firm of twenty people",
  "the cluster should publish a short guide with the WKÖ model clauses, adapted to the typical supplier relationships in the region",
  "the cluster should set up a pilot group of five to eight SMEs that share energy data with two large customers, with support from FH Vorarlberg",
  "the cluster should offer a training day on data contracts for managing directors in autumn 2035"], "2035-06-04")
