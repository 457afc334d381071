from h import *
F = 'limassol-blue-economy-cluster-forum-2035-conclusions.txt'
C = ["Cluster organisations in small island states need long-term core funding; project-by-project financing does not allow them to keep skilled staff",
 "Shipping, ports and marine technology firms should plan decarbonisation together; no single company in Cyprus can build the bunkering infrastructure for green fuels alone",
 "The Eastern Mediterranean needs a permanent network of blue economy clusters, with a joint secretariat rotating every two years",
 "Universities and maritime academies should offer short, modular courses co-designed with cluster members, recognised in all participating countries",
 "Public authorities should use clusters as partners when preparing maritime spatial plans and port investment programmes",
 "Women remain under-represented in maritime technology; clusters should set and publish targets for their boards and events"]
T = f"""LIMASSOL BLUE ECONOMY CLUSTER FORUM 2035
Conclusions of the Forum
Limassol, Cyprus · {wd(2035,10,3)} 3 – {wd(2035,10,4)} 4 October 2035 · Parklane Conference Centre

Organised by the Cyprus Marine and Maritime Cluster (CMMC) with the Cyprus Shipping Chamber, the Deputy Ministry of Shipping of the Republic of Cyprus and the Cyprus University of Technology (CUT), under the auspices of the European Cluster Collaboration Platform.

------------------------------------------------------------------

1. ABOUT THE FORUM

The third Limassol Blue Economy Cluster Forum brought together 286 participants from 19 countries: cluster managers, shipowners, port operators, researchers and public officials from the Eastern Mediterranean, the Black Sea and the Gulf. The first two editions took place in Larnaca in 2031 and in Limassol in 2033. Over two days the Forum held four plenary sessions, six thematic workshops and 112 pre-arranged B2B meetings. On the evening of 3 October, participants attended the Forum dinner at the Limassol Marina, where the Blue Cluster Awards 2035 were presented.

The Forum was opened by the Deputy Minister of Shipping, Andreas Christodoulides-Pavlou, and by the President of the CMMC, Dr. Eleni Hadjipetrou-Moore. Keynote speeches were given by Kristina Bergqvist-Lund, Head of Unit for Maritime Innovation and Blue Economy at the European Commission's Directorate-General for Maritime Affairs and Fisheries (DG MARE), and by Captain Yiannis Efstathiou, Chief Executive of the Limassol Port Authority.

2. PROGRAMME HIGHLIGHTS

Day 1 – Friday 3 October: "Green ports and green fuels" (chair: Prof. Marios Kyriakides, CUT), "Clusters as partners in maritime spatial planning" (chair: Dr. Ayşe Demirel-Kaya, Mersin Marine Industry Cluster), "Financing blue start-ups" with the Cyprus Development Bank and three venture funds.

Day 2 – Saturday 4 October: "Skills for the maritime transition" (chair: Hélène Marchetti, Pôle Mer Méditerranée, Toulon), "Women in maritime technology" (chair: Nicoletta Zammit, Malta Maritime Forum), and a closing panel of cluster presidents from Cyprus, Greece, Israel, Malta and Egypt.

In the afternoon of Day 2, site visits took place to the Vassiliko energy terminal and to the Limassol Maritime Academy's simulator centre.

3. CONCLUSIONS

The participants of the Forum agreed on the following conclusions, which were read out by the CMMC's cluster manager, Stavros Ioannou, at the closing session:

{chr(10).join(f'{i+1}) {c}.' for i, c in enumerate(C))}

The Blue Cluster Award 2035 for the best cooperation project went to the Haifa-based Blue Tech Israel cluster and its partners for a shared test bed for underwater drones; the award for the best young entrepreneur went to Marina Charalambous, founder of the Paphos start-up SeaSense Analytics Ltd. The jury chair was Prof. Kostas Mavromichalis of the University of Piraeus.

4. FOLLOW-UP

The CMMC will send the conclusions to the European Commission, the Union for the Mediterranean and the governments of the participating countries. A working group led by the Mersin Marine Industry Cluster and Pôle Mer Méditerranée will prepare a proposal for the Eastern Mediterranean cluster network and present it at a webinar on {wd(2036,2,12)} 12 February 2036.

The next Limassol Blue Economy Cluster Forum will take place on 7–8 October 2037. The CMMC thanks its sponsors, Hellenic Bank, Columbia Shipmanagement and Bureau Veritas Cyprus, and the volunteers of the CUT Students' Maritime Society.

Contact: Stavros Ioannou, Cluster Manager, CMMC · forum@cmmc.org.cy · +357 25 002 481

Limassol, {wd(2035,10,10)} 10 October 2035
"""
write(F, T)
gold(F, [P('Andreas Christodoulides-Pavlou','Deputy Minister of Shipping','Deputy Ministry of Shipping of the Republic of Cyprus'), P('Eleni Hadjipetrou-Moore','President','Cyprus Marine and Maritime Cluster'),
 P('Kristina Bergqvist-Lund','Head of Unit for Maritime Innovation and Blue Economy','DG MARE'), P('Yiannis Efstathiou','Chief Executive','Limassol Port Authority'),
 P('Marios Kyriakides','chair','Cyprus University of Technology'), P('Ayşe Demirel-Kaya','chair','Mersin Marine Industry Cluster'),
 P('Hélène Marchetti','chair','Pôle Mer Méditerranée'), P('Nicoletta Zammit','chair','Malta Maritime Forum'), P('Marina Charalambous','founder','SeaSense Analytics Ltd'), P('Kostas Mavromichalis','jury chair','University of Piraeus'), P('Stavros Ioannou','Cluster Manager','Cyprus Marine and Maritime Cluster')],
 [O('Cyprus Marine and Maritime Cluster','CMMC'), O('Cyprus Shipping Chamber'), O('Deputy Ministry of Shipping of the Republic of Cyprus'), O('Cyprus University of Technology','CUT'),
  O('European Cluster Collaboration Platform'), O('European Commission'), O("Directorate-General for Maritime Affairs and Fisheries",'DG MARE'), O('Limassol Port Authority'),
  O('Mersin Marine Industry Cluster'), O('Cyprus Development Bank'), O('Pôle Mer Méditerranée'), O('Malta Maritime Forum'), O("Limassol Maritime Academy"),
  O('Union for the Mediterranean'), O('Blue Tech Israel'), O('SeaSense Analytics Ltd'), O('University of Piraeus'), O('Hellenic Bank'), O('Columbia Shipmanagement'), O('Bureau Veritas Cyprus'), O("CUT Students' Maritime Society")],
 [E('Limassol Blue Economy Cluster Forum 2035','2035-10-03','2035-10-04','Limassol','Cyprus'), E('B2B meetings','2035-10-03','2035-10-04','Limassol','Cyprus'),
  E('Forum dinner','2035-10-03','2035-10-03','Limassol','Cyprus'), E('Blue Cluster Awards 2035','2035-10-03','2035-10-03','Limassol','Cyprus'),
  E('site visits','2035-10-04','2035-10-04',None,'Cyprus'), E('webinar','2036-02-12','2036-02-12',None,None),
  E('Limassol Blue Economy Cluster Forum','2037-10-07','2037-10-08',None,None), E('Limassol Blue Economy Cluster Forum','2031','2031','Larnaca','Cyprus'), E('Limassol Blue Economy Cluster Forum','2033','2033','Limassol','Cyprus')],
 ['2035-10-03/2035-10-04','2031','2033','2035-10-03','2035-10-04','2036-02-12','2037-10-07/2037-10-08','2035-10-10'], km=C, pub='2035-10-10')
