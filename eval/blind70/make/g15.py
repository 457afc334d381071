from h import *
F = 'paderborn-digital-industry-cluster-new-members-press-release.txt'
T = f"""PRESS RELEASE

OWL Digital Industry Cluster welcomes eleven new members – first members from the Netherlands and Lithuania

Paderborn, {wd(2035,1,22)} 22 January 2035 – The OWL Digital Industry Cluster (OWL DIC e.V.), the network of industrial software, automation and electronics companies in East Westphalia-Lippe, has admitted eleven new members. The decision was taken by the Board at its meeting on {wd(2035,1,15)} 15 January 2035 in Paderborn. With the new members the cluster now counts 164 member organisations, of which 128 are companies, 19 are research and education institutions and 17 are public bodies and intermediaries. For the first time, the cluster also has members from outside Germany.

The new members are:

  - Heinz Nixdorf Institute spin-off "Kinemi Robotics GmbH", Paderborn – mobile robots for intralogistics
  - Teutoburger Präzisionsteile GmbH & Co. KG, Detmold – precision machining
  - Lippe Smart Grid eG, Lemgo – cooperative for local energy management
  - Datawerk Bielefeld AG – industrial data platforms
  - Bünder Steuerungsbau Kramer OHG, Bünde – control cabinets
  - Höxter University of Applied Sciences? no – the Weserbergland Campus of the Technische Hochschule OWL in Höxter
  - IHK Lippe zu Detmold – chamber of industry and commerce
  - Kreis Gütersloh, Economic Development Department
  - Twente Automation Hub B.V., Enschede (Netherlands)
  - UAB Baltic Motion Control, Kaunas (Lithuania)
  - Dr. Amelie Strathmann-Yilmaz, independent consultant for functional safety (personal member)

QUOTES

"Eleven new members in one round is a record for us, and the first members from Enschede and Kaunas show that our network is attractive beyond the region," said Dr.-Ing. Carsten Overbeck, chair of the Board of OWL DIC and managing director of Overbeck Antriebe GmbH in Gütersloh. "We will use this to build the cross-border supply chains our members keep asking for."

Cluster manager Sabine Kötter-Nolte added: "Half of our new members are small firms with fewer than fifty employees. They join because they want access to research and to larger customers without building their own sales offices. That is exactly what a cluster is for."

For Twente Automation Hub, its managing director Joost van den Akker-Bos explained the decision to join: "Enschede and Paderborn are two hours apart, and our companies supply the same machine builders. Being members of both clusters makes it easier to set up joint projects, for example under the Interreg Germany-Netherlands programme."

Rūta Kazlauskienė, CEO of UAB Baltic Motion Control, said: "We already work with three OWL companies. Membership gives us a seat at the table when standards and training programmes are discussed."

The Chief Executive of the IHK Lippe zu Detmold, Axel Martens, welcomed the growth of the cluster: "Digital industry is the backbone of our regional economy. The chamber wants to help the cluster reach the many family-owned firms in Lippe that are not yet connected."

ABOUT THE ADMISSION PROCEDURE

New members are admitted by the Board on the recommendation of the cluster office. Companies pay an annual fee according to their size; research institutions and public bodies pay a flat fee. Personal membership is open to independent experts. The next admission round closes on 30 April 2035. The full and current list of members, sorted by sector, is available on the cluster website.

UPCOMING EVENTS FOR MEMBERS

All new members are invited to the New Members' Breakfast on {wd(2035,2,12)} 12 February 2035 at 08:30 at the cluster office in the Zukunftsmeile, Paderborn. The annual OWL Digital Industry Day will take place on {wd(2035,3,26)} 26 March 2035 in the Lokschuppen Bielefeld, with around 500 participants expected and a matchmaking area for members. In April the cluster will organise a joint stand at Hannover Messe (20–24 April 2035) with twelve member companies.

FACTS AND FIGURES 2034

In 2034 the cluster ran 38 events with about 3,100 participants, started nine collaborative projects with a total volume of EUR 14.2 million and placed 47 students from the region's universities in member companies. Its working groups on cybersecurity for machines, on digital twins and on skills for the automation trades met a total of 26 times. The cluster office, with eleven staff, also answered more than 400 requests from companies outside the membership, mostly on funding and on contacts to research partners. Membership grew from 141 to 153 during the year, before the eleven new members of this round.

ABOUT OWL DIC

The OWL Digital Industry Cluster was founded in 2029 as the successor to several regional initiatives on industrial automation in East Westphalia-Lippe. It is a registered association (e.V.) based in Paderborn and works closely with Paderborn University, Bielefeld University of Applied Sciences and the Technische Hochschule OWL. The cluster is supported by the state of North Rhine-Westphalia through the Ministry for Economic Affairs, Industry, Climate Action and Energy (MWIKE). Its Board of nine members was elected in June 2033 for four years; vice-chair is Prof. Dr. Jutta Hallenberg of Paderborn University.

Press contact:
Moritz Schnieder-Hagedorn
Communication and Events
OWL Digital Industry Cluster e.V.
Zukunftsmeile, Paderborn
presse@owl-dic.example.de

-- ends --
"""
T = T.replace('Höxter University of Applied Sciences? no – the Weserbergland Campus', 'Weserbergland Campus')
write(F, T)
C='OWL Digital Industry Cluster e.V.'
gold(F,
 [P('Amelie Strathmann-Yilmaz','independent consultant for functional safety',None), P('Carsten Overbeck','chair of the Board','OWL DIC'),
  P('Sabine Kötter-Nolte','Cluster manager',C), P('Joost van den Akker-Bos','managing director','Twente Automation Hub B.V.'),
  P('Rūta Kazlauskienė','CEO','UAB Baltic Motion Control'), P('Axel Martens','Chief Executive','IHK Lippe zu Detmold'),
  P('Jutta Hallenberg','vice-chair',C), P('Moritz Schnieder-Hagedorn','Communication and Events',C)],
 [O(C,'OWL DIC'), O('Heinz Nixdorf Institute'), O('Kinemi Robotics GmbH'), O('Teutoburger Präzisionsteile GmbH & Co. KG'), O('Lippe Smart Grid eG'),
  O('Datawerk Bielefeld AG'), O('Bünder Steuerungsbau Kramer OHG'), O('Weserbergland Campus'), O('Technische Hochschule OWL'), O('IHK Lippe zu Detmold'),
  O('Kreis Gütersloh'), O('Economic Development Department'), O('Twente Automation Hub B.V.'), O('UAB Baltic Motion Control'), O('Overbeck Antriebe GmbH'),
  O('Paderborn University'), O('Bielefeld University of Applied Sciences'), O('Ministry for Economic Affairs, Industry, Climate Action and Energy','MWIKE')],
 [E('Board meeting','2035-01-15','2035-01-15','Paderborn','Germany'), E("New Members' Breakfast",'2035-02-12','2035-02-12','Paderborn','Germany'),
  E('OWL Digital Industry Day','2035-03-26','2035-03-26','Bielefeld','Germany'), E('Hannover Messe','2035-04-20','2035-04-24','Hannover','Germany')],
 ['2035-01-22','2035-01-15','2035-04-30','2035-02-12','2035-03-26','2035-04-20/2035-04-24','2029','2033-06','2035-04','2034'],
 pub='2035-01-22')
