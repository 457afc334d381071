from h import *
F='dubrovnik-nautical-cluster-new-members.txt'
T=f'''PRESS RELEASE
For immediate release

Dubrovnik Nautical and Maritime Tourism Cluster welcomes five new members

Dubrovnik, {wd(2035,2,13)} 13 February 2035 – The Dubrovnik Nautical and Maritime Tourism Cluster (DNMT Cluster) has accepted five new members at the meeting of its Management Board on 11 February 2035. With the new companies the cluster now counts 58 members from Dubrovnik-Neretva County, the Pelješac peninsula and the islands of Korčula, Mljet and Lastovo. The new members cover yacht charter, marina services, electric boat propulsion, marine biology consulting and maritime training.

"Each of the five brings something we were missing," said Nikolina Bošković Radić, the cluster's manager. "Two years ago we had almost no members working on electric propulsion or on the protection of the sea bed. Now our members can build projects with partners who are based twenty minutes away instead of in Split or Rijeka."

The five new members are:

1. Jadran Yacht Charter d.o.o., Gruž, Dubrovnik – a charter company with a fleet of 34 sailing yachts and catamarans, founded in 2016. Managing director Ivo Kristović said: "Our guests ask more and more about anchoring without damaging the Posidonia meadows. Through the cluster we want to train our skippers together with the marinas and the national park."

2. Marina Ston j.d.o.o., Ston – a small marina with 120 berths on the Pelješac peninsula, opened in 2031. "We are a young company run by three people, and alone we cannot be heard in Zagreb or in Brussels," said its director, Petra Lučić-Vuletić. "The cluster gives us a voice and a network of colleagues."

3. E-Propel Adriatic d.o.o., Metković – a start-up that converts small passenger boats and taxi boats to electric drive. Its co-founder and CEO, Dr. sc. Marko Šimunović, said: "Dubrovnik has hundreds of taxi boats in the old harbour. If only a third of them go electric by 2040, the air and the noise in the harbour will change completely. We joined to find pilot customers among the members."

4. Morska Ekologija – obrt za savjetovanje, Korčula – a consulting business run by marine biologist Antonia Farac, who surveys sea grass meadows and advises marinas on environmental permits. "I have worked for many of the cluster's members as a subcontractor; now I want to take part in shaping the projects from the start," Farac said.

5. Pomorska škola Dubrovnik Training Centre, Dubrovnik – the adult education centre of the maritime school, which offers courses for skippers, marina staff and boat mechanics. Head of the centre Kapetan Zoran Pavlović: "Companies tell us every season that they cannot find trained staff. With the cluster we want to plan the courses together with the employers, not after them."

The Management Board elected in 2033 is chaired by Stjepan Kaboga of Dubrovnik Marinas d.d.; its other members are Mirjana Sorkočević (Dubrovnik Tourist Board), Ante Matić (University of Dubrovnik) and Dino Glavić (Glavić Boats d.o.o.). The board welcomed the new members and asked the office to organise a first meeting with each of them by the end of March.

"The cluster grows because members recommend us to their partners," said board chair Stjepan Kaboga. "We did not run a campaign. Four of the five companies came through an existing member."

The new members will be introduced to the whole membership at the cluster's annual assembly on {wd(2035,3,27)} 27 March 2035 in the Revelin fortress in Dubrovnik. The assembly will vote on the work plan for 2035–2036, which includes a joint training programme for skippers, a pilot of electric taxi boats in the old harbour and a study on the capacity of anchorages around the Elaphiti islands. On the following day, 28 March, members are invited to a study visit to the marina in Ston and to the E-Propel Adriatic workshop in Metković.

The cluster also announced that it will take part in the Croatian Boat Show in Split from 14 to 19 April 2035 with a joint stand for six members, and that it will co-organise the Adriatic Blue Economy Forum with the City of Dubrovnik in October 2035.

Why the cluster is growing
Nautical tourism is the fastest-growing part of the county's economy. In 2034 the marinas of the county recorded more than 41,000 berth nights, and the number of charter boats based in the area has doubled in ten years. At the same time the pressure on the sea, on anchorages and on the old harbour has grown. The cluster's members want to show that growth and protection can go together, and the five new members strengthen exactly this side of the work.

About the cluster
The Dubrovnik Nautical and Maritime Tourism Cluster is a non-profit association founded in 2027 by twelve companies and the University of Dubrovnik. It supports its members in joint projects, training, promotion and access to EU funds. It is supported by Dubrovnik-Neretva County and the Ministry of Tourism and Sport of the Republic of Croatia and is a member of the Croatian Cluster Association.

Media contact:
Lucija Mratović, communications officer
DNMT Cluster, Ulica branitelja Dubrovnika 41, 20000 Dubrovnik
+385 20 555 314 · press@dnmt-cluster.hr

###
'''
write(F,T)
C='Dubrovnik Nautical and Maritime Tourism Cluster'
gold(F,[P('Nikolina Bošković Radić',"cluster's manager",C),P('Ivo Kristović','Managing director','Jadran Yacht Charter d.o.o.'),
 P('Petra Lučić-Vuletić','director','Marina Ston j.d.o.o.'),P('Marko Šimunović','co-founder and CEO','E-Propel Adriatic d.o.o.'),
 P('Antonia Farac','marine biologist','Morska Ekologija – obrt za savjetovanje'),P('Zoran Pavlović','Head of the centre','Pomorska škola Dubrovnik Training Centre'),
 P('Stjepan Kaboga','board chair','Dubrovnik Nautical and Maritime Tourism Cluster'),P('Mirjana Sorkočević',None,'Dubrovnik Tourist Board'),P('Ante Matić',None,'University of Dubrovnik'),
 P('Dino Glavić',None,'Glavić Boats d.o.o.'),P('Lucija Mratović','communications officer',C)],
 [O(C,'DNMT Cluster'),O('Jadran Yacht Charter d.o.o.'),O('Marina Ston j.d.o.o.'),O('E-Propel Adriatic d.o.o.'),O('Morska Ekologija – obrt za savjetovanje'),
  O('Pomorska škola Dubrovnik Training Centre'),O('Dubrovnik Marinas d.d.'),O('Dubrovnik Tourist Board'),O('University of Dubrovnik'),O('Glavić Boats d.o.o.'),
  O('City of Dubrovnik'),O('Dubrovnik-Neretva County'),O('Ministry of Tourism and Sport of the Republic of Croatia'),O('Croatian Cluster Association')],
 [E('meeting of its Management Board','2035-02-11','2035-02-11',None,None),E('annual assembly','2035-03-27','2035-03-27','Dubrovnik','Croatia'),
  E('study visit','2035-03-28','2035-03-28','Ston, Metković','Croatia'),E('Croatian Boat Show','2035-04-14','2035-04-19','Split','Croatia'),
  E('Adriatic Blue Economy Forum','2035-10','2035-10',None,None)],
 ['2035-02-13','2034','2035-02-11','2016','2031','2040','2033','2035-03','2035-03-27','2035/2036','2035-03-28','2035-04-14/2035-04-19','2035-10','2027'],pub='2035-02-13')
