from h import *
F = 'g05_lapland_arctic_testing_workshop_report.txt'
T = """ARCTIC TESTING CLUSTER LAPLAND
Workshop report

"Who pays for the cold?" – Shared test infrastructure for vehicle and equipment testing in Lapland
Rovaniemi, Lapland University of Applied Sciences, 20 February 2035

Report prepared by: Aino Kettunen-Larsen, Cluster Coordinator, Arctic Testing Cluster Lapland
Date of report: 2 March 2035

Participants
31 participants: 14 test-track operators and service companies, 6 vehicle and tyre manufacturers, 4 municipalities, the Regional Council of Lapland, Business Finland, Lapland University of Applied Sciences (Lapland UAS), the University of Oulu and two guests from the Norrbotten test industry. Moderation: Dr. Pieter-Jan van der Heijden, Senior Consultant, Nordregio Advisory Ltd.

1. Background

Around 40 companies in Lapland earn their living from winter testing of cars, trucks, tyres and electronics, mainly around Rovaniemi, Ivalo and Muonio. The season is getting shorter and less reliable: in the 2033–2034 winter, tracks on lake ice could be used for 71 days, compared with 98 days on average in the 2010s. Customers are asking for indoor cold chambers and artificial ice surfaces, which no single company can pay for. The cluster therefore invited its members and the public partners to discuss whether test infrastructure should be shared, and how.

2. Programme

09:30 Welcome by Markku Alatalo, Chair of the Board of Arctic Testing Cluster Lapland
09:45 The market for cold-climate testing to 2040 – Hanna-Riikka Peltonen, Business Finland
10:30 Experience from Arvidsjaur: a shared climate chamber – Lars-Erik Nyström, CEO, Arjeplog Test Services AB
11:15 Group work in three tables
13:00 Lunch
14:00 Report from the tables and plenary discussion
15:30 Close

3. Discussion

Before the group work, the moderator summarised a short survey sent to members in January: 22 of 26 responding companies expect customers to ask for guaranteed test days within five years, and 17 would use a shared indoor facility at least four weeks a year. Only five would be ready to invest their own money before a customer contract is signed.

The morning speakers agreed that demand for testing in the Arctic will keep growing, especially for batteries, driver-assistance sensors and autonomous machines, but that customers will not accept the risk of a lost season. Lars-Erik Nyström explained how eight companies in Norrbotten formed a joint company to build and run a climate chamber, with a municipality holding a minority share.

At the tables, participants discussed ownership, financing and the use of test data. Several companies were worried about confidentiality: customers do not want competitors to see their vehicles. Municipalities were ready to provide land and grid connections, but not to take on operating costs. Business Finland reminded participants that public support for research infrastructure requires open access on equal terms.

4. Results

The participants agreed on three points: (1) the cluster will commission a feasibility study for a shared indoor cold-test hall in the Rovaniemi area, to be ready by autumn 2035; (2) any shared infrastructure will be owned by a joint company in which no single member holds more than a quarter of the shares; (3) the cluster will draft common rules for data confidentiality and access, which all members using shared facilities must sign.

Open questions remain on the role of the universities and on whether the hall should also serve training. These will be taken up by a working group chaired by Dr. Elina Saarenpää-Holm of the University of Oulu.

5. Next steps

- Terms of reference for the feasibility study: Board meeting of 19 March 2035
- Working group on data rules: first meeting in April 2035
- Results presented at the cluster's summer seminar in Ivalo on 11 June 2035

Contact: aino.kettunen-larsen@arctictesting.example.fi, tel. +358 40 000 0000

Arctic Testing Cluster Lapland is coordinated by Lapland UAS together with the Regional Council of Lapland. Jokiväylä 11, 96300 Rovaniemi.
"""
write(F, T)
gold(F,
 [P("Aino Kettunen-Larsen","Cluster Coordinator","Arctic Testing Cluster Lapland"),
  P("Pieter-Jan van der Heijden","Senior Consultant","Nordregio Advisory Ltd"),
  P("Markku Alatalo","Chair of the Board","Arctic Testing Cluster Lapland"),
  P("Hanna-Riikka Peltonen",None,"Business Finland"),
  P("Lars-Erik Nyström","CEO","Arjeplog Test Services AB"),
  P("Elina Saarenpää-Holm",None,"University of Oulu")],
 [O("Arctic Testing Cluster Lapland"), O("Lapland University of Applied Sciences","Lapland UAS"), O("Regional Council of Lapland"),
  O("Business Finland"), O("University of Oulu"), O("Nordregio Advisory Ltd"), O("Arjeplog Test Services AB")],
 [E("Who pays for the cold?","2035-02-20",None,"Rovaniemi","Finland"), E("Board meeting","2035-03-19"),
  E("working group on data rules: first meeting","2035-04"), E("summer seminar","2035-06-11",None,"Ivalo","Finland")],
 ["2035-02-20","2035-03-02","2033/2034","2040","2035","2035-03-19","2035-04","2035-06-11"],
 ["the cluster will commission a feasibility study for a shared indoor cold-test hall in the Rovaniemi area, to be ready by autumn 2035",
  "any shared infrastructure will be owned by a joint company in which no single member holds more than a quarter of the shares",
  "the cluster will draft common rules for data confidentiality and access, which all members using shared facilities must sign"],
 pub="2035-03-02")
