from common import *
T = """MEMBER INTERVIEW · Tallinn Cleantech Cluster newsletter, issue 4/2033

"We sell tonnes of CO2 avoided, not boxes" – a conversation with the founders of Karbonit

Karbonit OÜ was founded in 2030 by Kadri Põldmaa and Rasmus Tamm in a shared workshop in Kopli. The start-up turns
oil-shale ash into a binder for precast concrete. In September the company closed a seed round led by the Estonian
fund Läänemere Ventures and signed its first supply contract with the precast maker Kiviprefab AS.

Kadri, you are the CEO and Rasmus the CTO. How do you split the work?
Kadri Põldmaa: I do customers, money and paperwork. Rasmus does chemistry and the plant. We argue about
everything else.
Rasmus Tamm: Mostly about the colour of the product.

How did the cluster help?
Põldmaa: Through TCC we met Professor Jaan Sepp from Tallinn University of Technology (TalTech), whose lab ran our
first durability tests. And the cluster took us to the Nordic Circular Construction Days in Helsinki on 6–7 June
2033, where we met two of our three pilot customers.
Tamm: The EEN adviser at Enterprise Estonia, Liisi Kask, also helped us with the application to the EIC
Accelerator. The cut-off was 4 October 2033, fingers crossed.

What comes next?
Tamm: A pilot line in Narva, running by spring 2034, with 2,000 tonnes a year.
Põldmaa: And hiring. We are eleven people now; we need a plant manager and two process engineers.

Karbonit will pitch at the cluster's Demo Day on 27 November 2033 at the Tallinn Creative Hub (Kultuurikatel).

Interview: Maarja-Liis Ilves, TCC communications
"""
save("TCC_newsletter_4-2033_member-interview-Karbonit.txt", T, None,
 [P("Kadri Põldmaa","CEO","Karbonit OÜ"),P("Rasmus Tamm","CTO","Karbonit OÜ"),
  P("Jaan Sepp",None,"Tallinn University of Technology"),
  P("Liisi Kask","EEN adviser","Enterprise Estonia"),
  P("Maarja-Liis Ilves",None,"TCC")],
 [O("Tallinn Cleantech Cluster","TCC"),O("Karbonit OÜ"),O("Läänemere Ventures"),O("Kiviprefab AS"),
  O("Tallinn University of Technology","TalTech"),O("Enterprise Estonia"),O("EEN")],
 [E("Nordic Circular Construction Days","2033-06-06","2033-06-07","Helsinki","Finland"),
  E("Demo Day","2033-11-27","2033-11-27","Tallinn","Estonia")],
 ["2030","2033-09","2033-06-06/2033-06-07","2033-10-04","2034","2033-11-27"], [])
