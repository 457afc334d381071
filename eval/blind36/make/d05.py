from common import *
T = """# "Dairy has to earn its licence again every year" – five questions for Siobhán Ní Bhriain

**Interview · Munster AgriTech Cluster newsletter, Spring 2033**

*Siobhán Ní Bhriain was elected president of the Munster AgriTech Cluster (MAC) in November 2032. A vet by training, she
runs Glanmire Precision Herd Ltd, a Cork company that makes sensor collars for dairy cows. We met her at the
cluster's office in the Tyndall building on 14 February.*

**You took over from Dónal Mac Giolla Phádraig, who built the cluster from twelve members. What changes?**

Dónal gave us a network and a voice. He is still on the board as past president, and I ring him most weeks. What
changes is the pace. Our members are no longer only start-ups: we have co-ops, two of the big processors and the
universities. So the cluster has to be a place where a farmer, a data scientist and a banker can sit at the same
table. We are hiring a second project manager, and Aoife Ó Súilleabháin, our cluster manager, is setting up three
working groups – emissions, animal health and farm data.

**Methane is the elephant in the milking parlour. What can a cluster do?**

Measure, first. You cannot reduce what you cannot count. Our members have the sensors and the models; Teagasc and
University College Cork have the trial herds. In 2032 we ran a pilot on 40 farms in North Cork with Teagasc's
Moorepark centre, and the data are now with Dr Ciarán Mac Carthaigh's team at UCC. The next step is a shared data
platform that farmers trust – owned by them, not by whoever sells them feed.

**Is Europe helping?**

Yes, more than people think. We joined the European Cluster Collaboration Platform in 2031, and that is how we found
our partners for a Euroclusters project with clusters in Brittany and in Friesland. Enterprise Ireland has also been
very supportive. I was in Brussels on 6 March for the Agri-Food Clusters Dialogue organised by DG AGRI and DG GROW,
and the message there was clear: the Commission wants clusters to bring small companies into the green transition,
not just write reports.

**What does the president of a cluster actually do?**

Chairs the board, picks up the phone, and says yes to too many breakfasts. Seriously: I see my role as opening
doors for the team. The day-to-day work is done by Aoife and her colleagues – Rónán Kehoe on projects and Emer
D'Arcy on communications and members.

**What should we put in our diaries?**

The AgriTech Open Day at Moorepark on 22 May, which we co-host with Teagasc, and our Annual Conference in Cork City
Hall on 9 and 10 October 2033. And the Ploughing, of course – we will have a tent there again in September.

*Interview by Niamh Fitzgerald-Healy. Photo: MAC / Brian O'Dwyer.*
"""
C="Munster AgriTech Cluster"
write("MAC-newsletter-spring-2033-interview-president.md", T,
 [P("Siobhán Ní Bhriain","president",C),
  P("Dónal Mac Giolla Phádraig","past president",C),
  P("Aoife Ó Súilleabháin","cluster manager",C),
  P("Ciarán Mac Carthaigh",None,"UCC"),
  P("Rónán Kehoe","projects",C),
  P("Emer D'Arcy","communications and members",C),
  P("Niamh Fitzgerald-Healy",None,None),
  P("Brian O'Dwyer",None,"MAC")],
 [O(C,"MAC"),O("Glanmire Precision Herd Ltd"),O("Teagasc"),O("University College Cork","UCC"),
  O("European Cluster Collaboration Platform"),O("Enterprise Ireland"),O("DG AGRI"),O("DG GROW"),O("Commission")],
 [E("Agri-Food Clusters Dialogue","2033-03-06","2033-03-06","Brussels","Belgium"),
  E("AgriTech Open Day","2033-05-22","2033-05-22",None,None),
  E("Annual Conference","2033-10-09","2033-10-10","Cork","Ireland"),
  E("the Ploughing","2033-09","2033-09",None,None)],
 ["2033","2032-11","2033-02-14","2032","2031","2033-03-06","2033-05-22","2033-10-09/2033-10-10","2033-09"])
