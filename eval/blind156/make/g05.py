from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g05_drama_stone_cluster_digest.eml'
assert wd(2040,1,20)=='Friday' and wd(2040,2,13)=='Monday' and wd(2040,2,14)=='Tuesday' and wd(2040,2,27)=='Monday' and wd(2040,3,6)=='Tuesday' and wd(2040,1,9)=='Monday'
body = """Dear members,

here is the January digest of the East Macedonia Stone Cluster. Five short items this time; the full texts are on the members' area of the website.

------------------------------------------------------------
1) MARMOMAC DELEGATION – REGISTER BY 5 FEBRUARY
------------------------------------------------------------
We are putting together a joint delegation to the stone fair in Verona next autumn. The Region of Eastern Macedonia and Thrace will cover half of the stand costs for up to ten companies. Please tell us by Sunday 5 February 2040 whether you want to join; the final list goes to the Region on 15 February.

------------------------------------------------------------
2) WORKSHOP: WATER RECYCLING IN QUARRIES AND CUTTING PLANTS
------------------------------------------------------------
On Monday 13 February 2040, 10:00–14:00, at the Chamber of Drama, with Dr Eleni Karamanli (International Hellenic University, Kavala campus) and engineer Stavros Papadimitriou of Thassos Marble Works. The workshop is free for members. A visit to the filter-press installation of Nestos Stone SA in Prosotsani follows on Tuesday 14 February for those who register.

------------------------------------------------------------
3) EXPORT WEBINAR WITH ENTERPRISE GREECE
------------------------------------------------------------
"Selling natural stone to the Gulf: what changed in 2039" – online, Monday 27 February 2040, 16:00. Speakers: Maria Triantafyllou, trade adviser at Enterprise Greece, and Konstantinos Vafeiadis, export manager, Pangaion Granite.

------------------------------------------------------------
4) CALL FOR NOMINATIONS – BOARD ELECTIONS
------------------------------------------------------------
Our General Assembly will be held on Tuesday 6 March 2040 in Kavala, at the Imaret conference hall. Three board seats are up for election: the vice-president, the treasurer and one ordinary member. Nominations must reach the secretariat by Friday 20 January 2040 (see the message from the election committee below). The outgoing treasurer, Nikos Theodoridis of Kavala Quarries, will not run again after two terms (2034–2040).

------------------------------------------------------------
5) NEW PUBLICATION
------------------------------------------------------------
The study "Stone waste as a resource", commissioned by the cluster and written by the Hellenic Survey of Geology and Mineral Exploration (HSGME), is now online. It estimates that 1.4 million tonnes of marble waste are piled up in the Drama and Kavala area.

Key takeaways of the study:
- Most of the waste can be turned into calcium carbonate powder for paint, paper and animal feed
- A shared processing plant would pay off only if at least eight quarries supply it
- Permits for reusing waste take twice as long as permits for new quarries

------------------------------------------------------------
6) WELCOME
------------------------------------------------------------
Two companies joined the cluster in December: Doxato Stone Design, a small workshop making kitchen tops and sinks from local white marble, and Falakro Logistics, which runs the container depot next to the Drama railway station. The cluster now counts 41 members. If you know a company that should be with us, put them in touch with the secretariat.

Kind regards,

Despoina Chatzigeorgiou
Cluster Coordinator
East Macedonia Stone Cluster (EMSC)
c/o Chamber of Drama, Lampsa 2, 66100 Drama, Greece
+30 25210 00000

---------- Forwarded message ----------
From: Election Committee EMSC <elections@emsc.example.gr>
Date: Mon, 9 Jan 2040 at 11:02
Subject: General Assembly 2040 – nominations
To: Despoina Chatzigeorgiou <info@emsc.example.gr>

Despoina,

please include the following in the next digest.

Under Article 14 of the statutes, any full member in good standing may nominate one candidate per seat. The nomination form, signed by the legal representative of the member company, has to be received by 20 January. The committee will publish the list of candidates on 27 January.

The committee this year is made up of Georgios Lazaridis (chair), Anna Sotiriou and Vasilis Kyriakidis.

Best,
Georgios Lazaridis
Chair of the Election Committee
"""
m = EmailMessage()
m['From'] = 'East Macedonia Stone Cluster <info@emsc.example.gr>'
m['To'] = 'members@emsc.example.gr'
m['Subject'] = 'EMSC digest – January 2040: Marmomac, water workshop, board elections'
m['Date'] = format_datetime(datetime.datetime(2040,1,11,9,30,0,tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
C = "East Macedonia Stone Cluster"
gold(F,
 [P("Eleni Karamanli", None, "International Hellenic University"),
  P("Stavros Papadimitriou", "engineer", "Thassos Marble Works"),
  P("Maria Triantafyllou", "trade adviser", "Enterprise Greece"),
  P("Konstantinos Vafeiadis", "export manager", "Pangaion Granite"),
  P("Nikos Theodoridis", "treasurer", C),
  P("Despoina Chatzigeorgiou", "Cluster Coordinator", C),
  P("Georgios Lazaridis", "Chair of the Election Committee", C),
  P("Anna Sotiriou", None, None),
  P("Vasilis Kyriakidis", None, None)],
 [O(C, "EMSC"), O("Region of Eastern Macedonia and Thrace"), O("Chamber of Drama"), O("International Hellenic University"),
  O("Thassos Marble Works"), O("Nestos Stone SA"), O("Enterprise Greece"), O("Pangaion Granite"), O("Kavala Quarries"),
  O("Hellenic Survey of Geology and Mineral Exploration", "HSGME"), O("Doxato Stone Design"), O("Falakro Logistics")],
 [E("Marmomac", None, None, "Verona", "Italy"),
  E("WORKSHOP: WATER RECYCLING IN QUARRIES AND CUTTING PLANTS", "2040-02-13", None, "Drama", "Greece"),
  E("visit to the filter-press installation of Nestos Stone SA", "2040-02-14", None, "Prosotsani", "Greece"),
  E("Selling natural stone to the Gulf: what changed in 2039", "2040-02-27", None, None, None),
  E("General Assembly", "2040-03-06", None, "Kavala", "Greece")],
 ["2040-02-05", "2040-02-15", "2040-02-13", "2040-02-14", "2039", "2040-02-27", "2040-03-06", "2040-01-20",
  "2034/2040", "2040-01-09", "2040-01-27", "2040-01", "2040-01-11", "2039-12"],
 ["Most of the waste can be turned into calcium carbonate powder for paint, paper and animal feed",
  "A shared processing plant would pay off only if at least eight quarries supply it",
  "Permits for reusing waste take twice as long as permits for new quarries"], pub="2040-01-11")
