from common import *
t = """# "We ship antennas, but we sell trust" – five questions to Saana Kivelä, founder of Pintaradio

*Member interview series · PohjoisRadio Cluster ry newsletter, issue 4/2033 (November)*

Pintaradio Oy was founded in Oulu in 2030 by **Saana Kivelä** (CEO) and **Eetu Hyvönen** (CTO), two former researchers of the University of Oulu's 6G research programme. The company designs reconfigurable intelligent surfaces – thin panels that steer radio signals around buildings – and employs 23 people. It joined PohjoisRadio Cluster in 2031. Our communication officer **Iida Mäenpää** met Saana at the company's new lab in Linnanmaa.

**Iida: Pintaradio is three years old. What has surprised you most?**

Saana: How slow trust is and how fast technology is. We had a working prototype after eight months. Our first paying customer, the port of Oulu, signed only in March 2032. Operators want field data from someone else before they try, so the first reference is worth ten trade fairs.

**What did the cluster change for you?**

Through the cluster's pilot programme we got access to the test network at VTT and, more importantly, met Pekka Rautio, who was then head of network planning at Pohjolan Verkko Oyj. He became our first industrial mentor. The cluster also took us to the Mobile World Congress in Barcelona in February 2033 on its joint stand; we came home with two letters of intent from Spain and one from Japan.

**You also sit in the cluster's Start-up Council. What does it do?**

We are six founders who advise the board on what young companies need. This year we asked for shared legal help on export control, and the cluster manager **Jussi Tervonen** turned it into a service within two months. The Council is chaired by Minna Lähteenmäki from Arktinen Sensori Oy.

**Financing: did you take venture capital?**

We closed a seed round of 3.2 million euros in June 2032, led by Boreal Deep Tech Ventures with Business Finland co-funding. We are preparing the next round for the second half of 2034, and we are applying to the EIC Accelerator cut-off of 4 March 2034.

**What is hard about growing a deep-tech company in the north?**

Recruiting is easier than people think – the university and the big network companies have trained thousands of radio engineers here. What is hard is sales. Our customers are in Central Europe, Spain, Japan; every meeting is a flight. We now have a part-time sales partner in Munich and we share a small office there with two other cluster members. That idea, by the way, also came out of the Start-up Council.

**And manufacturing?**

We design and test in Oulu, but the panels are produced by a contract manufacturer in Estonia. We would prefer to keep production in Finland, and we are talking with two cluster members about a regional pilot line. It will depend on volumes.

**Your advice to a founder joining a cluster?**

Go to the boring meetings. The best contact I ever made was at a standardisation workshop in Espoo that I almost skipped. And give back – answer when a newer start-up asks you something.

---

*Pintaradio will present its outdoor panel at the cluster's Northern Radio Day on 5 December 2033 in Oulu (Tellus Arena). Registration is open until 28 November 2033.*

*Interview: Iida Mäenpää. Photo: Pintaradio.*
"""
save("PohjoisRadio_newsletter-4-2033_interview-Pintaradio-founder.md", t, "2033-11",
 people=[P("Saana Kivelä","CEO","Pintaradio Oy"),P("Eetu Hyvönen","CTO","Pintaradio Oy"),
  P("Iida Mäenpää","communication officer","PohjoisRadio Cluster ry"),
  P("Pekka Rautio","head of network planning","Pohjolan Verkko Oyj"),
  P("Jussi Tervonen","cluster manager","PohjoisRadio Cluster ry"),
  P("Minna Lähteenmäki",None,"Arktinen Sensori Oy")],
 orgs=[O("Pintaradio Oy","Pintaradio"),O("PohjoisRadio Cluster ry","PohjoisRadio Cluster"),O("University of Oulu"),
  O("VTT"),O("Pohjolan Verkko Oyj"),O("Arktinen Sensori Oy"),O("Boreal Deep Tech Ventures"),O("Business Finland")],
 events=[E("Mobile World Congress","2033-02",None,"Barcelona","Spain"),
  E("standardisation workshop",None,None,"Espoo","Finland"),
  E("Northern Radio Day","2033-12-05",None,"Oulu","Finland")],
 dates=["2033-11","2030","2031","2032-03","2033-02","2032-06","2034","2034-03-04","2033-12-05","2033-11-28"])
