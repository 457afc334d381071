from h import *
F = 'g15_malta_aviation_clusters_meeting_recap.md'
for (y,m,d,w) in [(2041,4,24,'Wednesday'),(2041,4,25,'Thursday'),(2041,4,26,'Friday'),(2041,5,6,'Monday'),(2041,11,14,'Thursday')]: assert wd(y,m,d)==w,(y,m,d)
T = """[Malta Aviation Cluster](/) / [News](/news) / Events

# "Small islands, big hangars": what we learned at the European Aviation Clusters Partnership meeting in Malta

**6 May 2041** · by Roberta Camilleri · Photos: Joseph Mifsud / MAC

*Filed under: Events, International, Partnerships* · [Print](#) · [Share on LinkedIn](#)

---

From Wednesday 24 to Friday 26 April 2041, the Malta Aviation Cluster (MAC) hosted the spring meeting of the European Aviation Clusters Partnership (EACP) at the Malta Life Sciences Park in San Ġwann and at the maintenance hangars of Safi Aviation Park. It was the first time the Partnership met on an island. Fifty-two delegates from 19 clusters in 11 countries took part, together with representatives of Transport Malta, Malta Enterprise and the European Commission.

## Day one: the partnership at work

The meeting opened with a closed session of the EACP Steering Committee, chaired by **Dr. Florian Hartmann**, President of the Partnership and Managing Director of Hamburg Aviation. The committee approved the Partnership's work plan for 2041–2043 and admitted two new member clusters, Aerospace Wales and the Czech Aerospace Cluster.

In the afternoon, **Kevin Borg**, Chairman of the Malta Aviation Cluster, welcomed the delegates. He reminded them that aircraft maintenance, repair and overhaul (MRO) employs more than 3,000 people in Malta and that the sector had grown every year since 2035. **Miriam Galea Spiteri**, Chief Executive Officer of Malta Enterprise, presented the support schemes available to foreign companies setting up in Malta.

The day ended with a welcome reception on the terrace of the Malta Maritime Museum in Birgu, hosted by the Ministry for the Economy.

## Day two: conference "MRO in a changing sky"

The open conference on Thursday 25 April drew 180 participants. Speakers included:

- **Capt. Charles Pace**, Director General, Civil Aviation Directorate, Transport Malta – on certification of maintenance organisations
- **Ana Lúcia Ribeiro**, Cluster Manager, Portugal Space and Aeronautics Cluster (PEMAS) – on training partnerships with vocational schools
- **Dr. Stefano Rinaldi**, Head of Innovation, Distretto Aerospaziale della Campania (DAC) – on sustainable aviation fuels in southern Europe
- **Henrik Söderberg**, Senior Adviser, Swedish Aerospace Cluster – on electric aircraft for short regional routes
- **Dr. Claire Vassallo**, Department of Mechanical Engineering, University of Malta – on composite repair research
- **Pierre Duval**, Policy Officer, DG MOVE, European Commission – on the revised EU aviation skills agenda

The panel that followed, moderated by Kevin Borg, turned to a question many delegates had raised over coffee: how can small clusters keep their best engineers when large airlines and manufacturers recruit across borders? Several speakers pointed to apprenticeship contracts with a retention clause, shared training centres and better pay for licensed staff. Others warned that such measures only work if the whole region offers housing and a good quality of life.

Lunch was served in the park's atrium, where 14 cluster members presented their services at table-top stands. In the afternoon, 64 B2B meetings were held between MRO companies and suppliers, organised with Enterprise Europe Network Malta.

At 19:30 the delegates met again for the conference dinner at Palazzo Parisio in Naxxar.

## Day three: hangar visits

On Friday morning two groups visited the hangars of Lufthansa Technik Malta and SR Technics Malta at Safi Aviation Park, as well as the training centre of the Malta College of Arts, Science and Technology (MCAST) Institute of Engineering and Transport. The visits ended with a light lunch at the airport.

## Key conclusions

At the end of the conference, the moderator **Roberta Camilleri**, International Relations Officer of the Malta Aviation Cluster, summed up the main conclusions agreed by the participants:

1. The shortage of licensed aircraft engineers is the biggest risk to Europe's MRO sector and needs a joint European response.
2. Clusters should share training modules so that smaller regions do not have to develop courses alone.
3. Island and peripheral regions can specialise in niche maintenance services if they keep short approval times.
4. Sustainable aviation fuels need shared regional supply chains, which clusters can help to organise.
5. The Partnership should speak with one voice in the consultation on the EU aviation skills agenda.

## What's next

The autumn meeting of the Partnership will take place on 14 November 2041 in Toulouse, hosted by Aerospace Valley. A working group on skills, led by PEMAS and the Malta Aviation Cluster, will present a first draft of shared training modules there.

> "We came to learn about Malta, and we leave with a list of people to call," said one delegate from Bavaria during the closing session.

**Contact:** Roberta Camilleri, International Relations Officer, international@maltaaviation.example.mt

---

*The Malta Aviation Cluster is a non-profit association of 58 companies and institutions in aviation and aircraft maintenance. It is supported by Malta Enterprise.*

Related posts: [MAC Annual General Meeting 2041](#) · [Apprenticeships in MRO: new call open](#) · [Our members](#)

Cookies: this site uses essential and analytics cookies. [Manage preferences](#)
"""
write(F, T)
M='Malta Aviation Cluster'
gold(F,
 [P("Roberta Camilleri","International Relations Officer",M), P("Joseph Mifsud",None,"MAC"),
  P("Florian Hartmann","President","European Aviation Clusters Partnership"),
  P("Kevin Borg","Chairman",M),
  P("Miriam Galea Spiteri","Chief Executive Officer","Malta Enterprise"),
  P("Charles Pace","Director General","Civil Aviation Directorate"),
  P("Ana Lúcia Ribeiro","Cluster Manager","Portugal Space and Aeronautics Cluster"),
  P("Stefano Rinaldi","Head of Innovation","Distretto Aerospaziale della Campania"),
  P("Henrik Söderberg","Senior Adviser","Swedish Aerospace Cluster"),
  P("Claire Vassallo",None,"Department of Mechanical Engineering"),
  P("Pierre Duval","Policy Officer","DG MOVE")],
 [O(M,"MAC"), O("European Aviation Clusters Partnership","EACP"), O("Malta Life Sciences Park"),
  O("Transport Malta"), O("Malta Enterprise"), O("European Commission"), O("EACP Steering Committee"),
  O("Hamburg Aviation"), O("Aerospace Wales"), O("Czech Aerospace Cluster"),
  O("Ministry for the Economy"), O("Civil Aviation Directorate"), O("Portugal Space and Aeronautics Cluster","PEMAS"),
  O("Distretto Aerospaziale della Campania","DAC"), O("Swedish Aerospace Cluster"),
  O("Department of Mechanical Engineering"), O("University of Malta"), O("DG MOVE"),
  O("Enterprise Europe Network Malta"), O("Lufthansa Technik Malta"), O("SR Technics Malta"),
  O("Malta College of Arts, Science and Technology","MCAST"), O("Institute of Engineering and Transport"),
  O("Aerospace Valley"), O("Safi Aviation Park")],
 [E("spring meeting of the European Aviation Clusters Partnership","2041-04-24","2041-04-26","San Ġwann","Malta"),
  E("closed session of the EACP Steering Committee","2041-04-24",None,"San Ġwann","Malta"),
  E("welcome reception","2041-04-24",None,"Birgu","Malta"),
  E("MRO in a changing sky","2041-04-25",None,"San Ġwann","Malta"),
  E("B2B meetings","2041-04-25",None,"San Ġwann","Malta"),
  E("conference dinner","2041-04-25",None,"Naxxar","Malta"),
  E("hangar visits","2041-04-26",None,None,"Malta"),
  E("autumn meeting of the Partnership","2041-11-14",None,"Toulouse","France"),
  E("MAC Annual General Meeting 2041","2041")],
 ["2041-05-06","2041-04-24/2041-04-26","2041/2043","2035","2041-04-25","2041-11-14"],
 ["The shortage of licensed aircraft engineers is the biggest risk to Europe's MRO sector and needs a joint European response",
  "Clusters should share training modules so that smaller regions do not have to develop courses alone",
  "Island and peripheral regions can specialise in niche maintenance services if they keep short approval times",
  "Sustainable aviation fuels need shared regional supply chains, which clusters can help to organise",
  "The Partnership should speak with one voice in the consultation on the EU aviation skills agenda"],
 "2041-05-06")
