from g import *
N = "interview-luxembourg-space-cluster.txt"
doc(N, """INTERVIEW | 08/05/2035

"Small countries can build big satellites – if they share the workbench"

Luxembourg's space sector has doubled its workforce since 2028. We met two people who shape it: Claire Wagner-Hoffmann, manager of the Moselle Space Cluster (MSC), and Dr Ruben Fonseca, co-founder and CTO of the satellite-propulsion start-up Orbitan S.à r.l. The conversation took place at the Technoport in Esch-sur-Alzette ahead of the cluster's Space Supply Days on 20–22 May 2035.

Interview by Jeff Kieffer

Q: Ms Wagner-Hoffmann, the cluster now has 81 members. What has changed since you took over in 2031?

Claire Wagner-Hoffmann: Mostly the mix. When I started, half of our members were ground-segment and data companies. Today a third build hardware. With the Luxembourg Space Agency (LSA) and Luxinnovation we created a shared clean room in Foetz that opened last June, and that changed everything for the small firms.

Q: Dr Fonseca, why did Orbitan choose Luxembourg and not a bigger market?

Ruben Fonseca: Speed. We had our first meeting with the agency in January 2030 and a test contract three months later. I came here from the European Space Agency's ESTEC centre in Noordwijk, where I worked on electric thrusters for eight years, so I know what slow looks like.

Q: What do you expect from the cluster?

Ruben Fonseca: Introductions to customers, and people. We hire mostly from the University of Luxembourg and from Portugal, where I studied at Instituto Superior Técnico.

Q: And what comes next for the cluster?

Claire Wagner-Hoffmann: We will launch a supplier-qualification programme with the Chamber of Commerce in September 2035, and in October we lead the space delegation to the European Cluster Conference.

(The interview has been shortened and edited.)
""")
gold(N, "2035-05-08",
 [P("Claire Wagner-Hoffmann","manager","Moselle Space Cluster"), P("Ruben Fonseca","co-founder and CTO","Orbitan S.à r.l."),
  P("Jeff Kieffer")],
 [O("Moselle Space Cluster","MSC"), O("Orbitan S.à r.l."), O("Luxembourg Space Agency","LSA"), O("Luxinnovation"),
  O("European Space Agency"), O("ESTEC"), O("University of Luxembourg"), O("Instituto Superior Técnico"), O("Chamber of Commerce")],
 [E("Space Supply Days","2035-05-20","2035-05-22",None,None), E("European Cluster Conference","2035-10","2035-10",None,None)],
 ["2035-05-08","2028","2035-05-20/2035-05-22","2031","2030-01","2035-09","2035-10"], [])
