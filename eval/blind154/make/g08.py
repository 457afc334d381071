from h import *
F = 'g08_bistrita_furniture_cluster_in_memoriam.txt'
assert wd(2040,2,4)=='Saturday' and wd(2040,2,9)=='Thursday' and wd(2040,3,21)=='Wednesday'
T = """Bistrița Wood & Furniture Cluster | News | In memoriam
Home > News > Cluster life

IN MEMORIAM
Ioan POP-BÂRGĂUANU (1961–2040)
Founder and honorary president of the cluster

Posted on 6 February 2040 by the cluster secretariat

It is with deep sadness that we inform our members and partners that Ioan Pop-Bârgăuanu, founder and honorary president of the Bistrița Wood & Furniture Cluster (Clusterul Lemn-Mobilă Bistrița), died peacefully at home in Prundu Bârgăului on Saturday 4 February 2040, surrounded by his family. He was 78.

Ioan – "nea Ionică" to half the valley – was born in Prundu Bârgăului in 1961, the son of a forester. He studied wood engineering at the Transilvania University of Brașov and, from 1986 to 1999, worked as an engineer and later as production manager at the state furniture factory in Bistrița. When the factory closed, he did what few people dared at the time: he rented two of its halls, hired forty of its workers and founded Mobila Bârgău SRL, which today employs 230 people and exports solid-wood furniture to eleven countries.

In 2014 he brought together fourteen furniture makers, two sawmills, the county council and the local vocational school and persuaded them to form a cluster. "We compete for customers, not for sawdust," he liked to say, and he meant it: the cluster's first project was a shared drying kiln, its second a common stand at the furniture fair in Cologne. He served as President from 2014 to 2032 and remained on the board as honorary president until his death. Under his presidency the cluster grew to 61 members, obtained the silver label for cluster management excellence, and was among the founders of the national cluster association CLUSTERO.

Ioan never liked speeches, but he gave one that many of us still remember, at the tenth anniversary of the cluster in 2024: the forest, he said, does not belong to us; we only borrow it from our grandchildren, so we had better make beautiful things with it.

Tributes

Dana MUREȘAN, President of the cluster and managing director of Lemnart SRL: "Ioan taught us that a cluster is not an office, it is a habit of calling each other before calling the bank. Every one of us has a story of a Sunday afternoon when he turned up with a thermos of coffee and a solution."

Horia Rus-Pop, director general of the North-West Regional Development Agency (ADR Nord-Vest): "He was one of the first entrepreneurs in our region to understand smart specialisation before it had a name. The wood and furniture priority in our regional strategy carries his fingerprints."

Prof. Elena Câmpean, dean of the Faculty of Furniture Design and Wood Engineering, Transilvania University of Brașov: "Dozens of our graduates started their careers in his workshops. He sent us students, and we sent him engineers; it was a fair trade."

Funeral and remembrance

The funeral service will be held on Thursday 9 February 2040 at 12:00 in the Orthodox church of Prundu Bârgăului, followed by burial in the village cemetery. The family has asked that, instead of flowers, donations be made to the vocational school Școala Profesională Bârgăuana, where Ioan funded a carpentry workshop.

The board of the cluster has decided to name the cluster's apprenticeship award the "Ioan Pop-Bârgăuanu Prize". It will be presented for the first time at the members' meeting on Wednesday 21 March 2040 in Bistrița, which will open with a moment of remembrance. A book of condolences is open at the cluster office, Str. Industriei 7, Bistrița, from Monday to Friday between 9:00 and 17:00, and online on this page.

Our thoughts are with his wife Maria, his children Andrei and Ileana, who run the family company, and his five grandchildren.

Odihnească-se în pace.

Bistrița Wood & Furniture Cluster
Str. Industriei 7, 420000 Bistrița, Romania · office@lemnmobila.example.ro

Share: Facebook | LinkedIn | WhatsApp | Print
Comments (23) – Add a message to the book of condolences
"""
write(F, T)
C = "Bistrița Wood & Furniture Cluster"
gold(F,
 [P("Ioan Pop-Bârgăuanu","honorary president",C),
  P("Dana MUREȘAN","President",C),
  P("Horia Rus-Pop","director general","North-West Regional Development Agency"),
  P("Elena Câmpean","dean","Faculty of Furniture Design and Wood Engineering")],
 [O(C,None), O("Transilvania University of Brașov"), O("Mobila Bârgău SRL"), O("CLUSTERO"), O("Lemnart SRL"),
  O("North-West Regional Development Agency","ADR Nord-Vest"), O("Faculty of Furniture Design and Wood Engineering"),
  O("Școala Profesională Bârgăuana")],
 [E("tenth anniversary of the cluster","2024",None,None,None),
  E("funeral service","2040-02-09",None,"Prundu Bârgăului","Romania"),
  E("members' meeting","2040-03-21",None,"Bistrița","Romania")],
 ["1961/2040","2040-02-06","2040-02-04","1961","1986/1999","2014","2014/2032","2024","2040-02-09","2040-03-21"],
 [], pub="2040-02-06")
