from g import *
N='CP_LogiWal_Awards_2033_EN.txt'
W(N, '''PRESS RELEASE – FOR IMMEDIATE RELEASE

Liège, 27 November 2033

LogiWal Awards 2033: a cold-chain start-up and a rail-freight cooperative take home the trophies

On Saturday evening, 26 November 2033, more than 400 guests from the Walloon logistics sector gathered at the Palais des Congrès de Liège for the 6th LogiWal Awards ceremony, organised by LogiWal – the Logistics Cluster of Wallonia. Six trophies were presented in front of the Walloon Minister for the Economy, Mr Olivier DELCOURT.

The winners

- Innovation Award: FrigoTrace SRL (Herstal), for its reusable temperature loggers for pharmaceutical parcels. Accepted by co-founders Nadia BENSALEM and Quentin MARÉCHAL.
- Sustainable Logistics Award: Coopérative Rail Meuse-Ourthe SC, which moved 11,000 containers from road to rail in 2032.
- Digital Award: Transports Lemaire & Fils SA, for its shared warehouse booking platform.
- Skills Award: the Institut des Métiers de la Meuse, for its dual training programme for warehouse operators.
- Cross-border Award: the Euregio Maas-Rhein freight corridor partnership led by Port de Liège and the Dutch logistics network Limburg Logistiek.
- Jury's Special Prize: Marie-Claire VANDERMEULEN, retired director of the cluster, for twenty years of service (2011–2031).

"These companies show that Wallonia can be Europe's logistics crossroads and a low-carbon one," said Minister Olivier DELCOURT.

"Half of this year's 54 applications came from companies with fewer than 20 employees. That is the real news," added Bernard THIRY, president of LogiWal and CEO of Thiry Logistics SA.

The jury was chaired by Prof. Annelies de Smet-Vercauteren of HEC Liège, with members from the Walloon agency AWEX, Wallonie Entreprendre and the cluster's board.

What's next
The winners will present their projects at the LogiWal Members' Day on 19 March 2034 in Charleroi and will join the cluster delegation to transport logistic 2035 in Munich (May 2035). Applications for the 2034 edition open on 1 June 2034.

About LogiWal
LogiWal – the Logistics Cluster of Wallonia gathers 190 members, from freight forwarders and ports to software firms and training centres. It is part of the Walloon clusters policy and is supported by the Public Service of Wallonia (SPW Économie).

Press contact
Julie Gérard-Lambotte, communication officer
LogiWal ASBL · Rue Lambert-le-Bègue 9, 4000 Liège
press@logiwal.example · +32 4 xxx xx xx

###
''')
G(N, "2033-11-27",
 people=[("Olivier DELCOURT","Walloon Minister for the Economy",None),
  ("Nadia BENSALEM","co-founder","FrigoTrace SRL"),
  ("Quentin MARÉCHAL","co-founder","FrigoTrace SRL"),
  ("Marie-Claire VANDERMEULEN","retired director","LogiWal"),
  ("Bernard THIRY","president","LogiWal"),
  ("Annelies de Smet-Vercauteren",None,"HEC Liège"),
  ("Julie Gérard-Lambotte","communication officer","LogiWal")],
 orgs=[("LogiWal – the Logistics Cluster of Wallonia",None),("FrigoTrace SRL",None),
  ("Coopérative Rail Meuse-Ourthe SC",None),("Transports Lemaire & Fils SA",None),("Institut des Métiers de la Meuse",None),
  ("Port de Liège",None),("Limburg Logistiek",None),("Thiry Logistics SA",None),("HEC Liège",None),("AWEX",None),
  ("Wallonie Entreprendre",None),("Public Service of Wallonia","SPW Économie")],
 events=[("6th LogiWal Awards ceremony","2033-11-26","2033-11-26","Liège","Belgium"),
  ("LogiWal Members' Day","2034-03-19","2034-03-19","Charleroi","Belgium"),
  ("transport logistic 2035","2035-05","2035-05","Munich","Germany")],
 dates=["2033-11-27","2033-11-26","2032","2011/2031","2034-03-19","2035-05","2034-06-01"])
