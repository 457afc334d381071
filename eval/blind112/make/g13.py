from h import *
F = 'g13_gwynedd_cluster_manager_release.txt'
assert wd(2038,5,24)=='Monday' and wd(2038,6,1)=='Tuesday' and wd(2038,6,17)=='Thursday'
T = """NEWS RELEASE
Embargoed until 00:01, Monday 24 May 2038

Menai Marine Energy Cluster appoints Dr Ffion Wyn-Roberts as Cluster Manager

Bangor, Gwynedd – The Menai Marine Energy Cluster (MMEC), the industry-led network of tidal, offshore wind and port businesses in North West Wales, has appointed Dr Ffion Wyn-Roberts as its new Cluster Manager. She will start on Tuesday 1 June 2038 and will be based at M-SParc, the science park on Anglesey, with regular days at the cluster's office in Holyhead.

Dr Wyn-Roberts joins from Bangor University's School of Ocean Sciences in Menai Bridge, where she has led the industry partnerships team since 2033. Before that she worked for six years at the Crown Estate in London on seabed leasing for offshore wind and spent two years as a policy adviser at the European Marine Energy Centre (EMEC) in Orkney. She is a fluent Welsh speaker and a member of the board of Marine Energy Wales.

She replaces Huw Parry-Jones, who has been Cluster Manager since the cluster was founded in 2031 and who becomes Director of Innovation at Ambition North Wales, the regional economic partnership of the six North Wales local authorities.

The appointment was made by the cluster's steering board following an open recruitment process supported by the Welsh Government's Smart Specialisation team and by Gwynedd Council. The post is co-funded by the North Wales Growth Deal until March 2041.

Quotes

Dr Ffion Wyn-Roberts, incoming Cluster Manager: "The waters between Anglesey and the Llŷn peninsula are one of the best tidal resources in Europe, and we have the university, the ports and the companies to use them. My job is to make sure that the small firms in Gwynedd and Anglesey win a real share of the contracts, not only the big developers."

Siân Gwenllian-Hughes, Chair of the MMEC steering board and Managing Director of Morlais Operations Ltd: "Ffion brings exactly the mix we need: she knows the research, she knows the regulators and she knows the people. We also want to thank Huw for seven years of building this cluster from eight founding members to 74."

Councillor Dafydd Meurig Evans, Cabinet Member for Economy at Gwynedd Council: "Marine energy is one of the three priorities in the North Wales smart specialisation framework. A strong cluster manager is the best way to turn that priority into jobs in Caernarfon, Pwllheli and Holyhead."

First engagements

Dr Wyn-Roberts will meet members at the cluster's summer general meeting on Thursday 17 June 2038 at Galeri Caernarfon, followed by a networking barbecue at Caernarfon harbour. In September 2038 she will lead the cluster's delegation to the Ocean Energy Europe conference in Brest, France.

The cluster's priorities for 2038–2040, agreed at the spring board meeting, are:
- a shared supply-chain register for the Morlais tidal scheme and the planned offshore wind ports in Holyhead and Mostyn;
- a skills pathway with Grŵp Llandrillo Menai for marine technicians;
- joint bids with Irish partners under the Ireland–Wales cooperation programme.

About the Menai Marine Energy Cluster
The Menai Marine Energy Cluster was founded in 2031 by eight companies and Bangor University. It now has 74 members, including Stena Line Ports, Minesto UK, Morlais Operations Ltd and the Port of Mostyn. The cluster is part of the Welsh Government's network of smart specialisation clusters and a member of the European Marine Cluster Alliance.

Notes to editors
Photos of Dr Wyn-Roberts are available on request (credit: MMEC / Iolo Penri).
Media contact: Carys Lloyd, Communications Officer, Menai Marine Energy Cluster
carys.lloyd@mmec.example.wales · 01248 000 000 · Welsh and English interviews available

ENDS
"""
write(F, T)
M="Menai Marine Energy Cluster"
gold(F,
 [P("Ffion Wyn-Roberts","Cluster Manager",M),
  P("Huw Parry-Jones","Director of Innovation","Ambition North Wales"),
  P("Siân Gwenllian-Hughes","Chair",M),
  P("Dafydd Meurig Evans","Cabinet Member for Economy","Gwynedd Council"),
  P("Iolo Penri",None,None),
  P("Carys Lloyd","Communications Officer",M)],
 [O(M,"MMEC"), O("M-SParc"), O("Bangor University"), O("School of Ocean Sciences"), O("Crown Estate"),
  O("European Marine Energy Centre","EMEC"), O("Marine Energy Wales"), O("Ambition North Wales"),
  O("Welsh Government"), O("Gwynedd Council"), O("Morlais Operations Ltd"), O("Grŵp Llandrillo Menai"),
  O("Stena Line Ports"), O("Minesto UK"), O("Port of Mostyn"), O("European Marine Cluster Alliance")],
 [E("summer general meeting","2038-06-17",None,"Caernarfon","United Kingdom"),
  E("networking barbecue","2038-06-17",None,"Caernarfon","United Kingdom"),
  E("Ocean Energy Europe conference","2038-09",None,"Brest","France"),
  E("spring board meeting",None,None,None,None)],
 ["2038-05-24","2038-06-01","2033","2031","2041-03","2038-06-17","2038-09","2038/2040"],
 ["a shared supply-chain register for the Morlais tidal scheme and the planned offshore wind ports in Holyhead and Mostyn",
  "a skills pathway with Grŵp Llandrillo Menai for marine technicians",
  "joint bids with Irish partners under the Ireland–Wales cooperation programme"],
 pub="2038-05-24")
