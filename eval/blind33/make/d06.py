from g import *
N='mission-report-Montreal-2035.txt'
W(N, '''Weser Aerospace Network e.V. – Member information

CLUSTER MISSION TO MONTRÉAL (QUÉBEC, CANADA), 4–8 JUNE 2035
Summary for members

Posted on 19 June 2035 by Henrike Ohlendorf

Eleven member companies and two research institutes travelled with Weser Aerospace Network (WAN) to Montréal for a five-day mission focused on cabin interiors, MRO and sustainable aviation fuels. The mission was co-organised with the Montréal aerospace cluster Aéro-Ville Québec and supported by the German Chamber of Commerce in Canada (AHK Kanada). Below is a day-by-day summary.

Monday, 4 June – Arrival and briefing
The delegation met in the evening at the hotel in Old Montréal for a briefing by the German Consulate General. Lena Brockhaus, WAN's head of international affairs, presented the programme and the 38 pre-arranged B2B meetings.

Tuesday, 5 June – Cluster-to-cluster day
At the offices of Aéro-Ville Québec, the two cluster managers, Dirk Meyer-Ellerbrock (WAN) and Geneviève Thibodeau-Roy (Aéro-Ville Québec), signed a memorandum of understanding on joint supplier-development actions in 2035–2037. In the afternoon, 19 B2B meetings took place. Evening reception hosted by the Consul General, Dr. Annette Vollmer.

Wednesday, 6 June – Company visits
Morning: visit to the cabin-interior plant of Lumière Cabines Inc. in Mirabel, guided by the plant manager, Samuel Okafor. Afternoon: engine MRO workshop of Boréal Propulsion Services at Saint-Hubert, where WAN members Fasertechnik Vegesack GmbH and Hanse Composites GmbH & Co. KG discussed repair of composite fan cases.

Thursday, 7 June – Sustainable aviation fuels
Visit to the SAF demonstration unit of Carburants Verts Laurentides in Varennes and a round table at Polytechnique Montréal with Prof. Marc-André Lévesque. In the evening the delegation attended the opening of the Québec Aerospace Supply Chain Days (7–8 June 2035).

Friday, 8 June – Supply Chain Days and return
Members exhibited at a shared table at the Supply Chain Days in the Palais des congrès and held 19 further B2B meetings. Return flights in the evening.

Results in brief
– 38 B2B meetings, 9 follow-up visits agreed
– one MoU signed (WAN – Aéro-Ville Québec)
– two members preparing a joint offer for a cabin retrofit programme
– a return visit of a Québec delegation to Bremen is planned for March 2036, during the Aerospace Days Bremen (17–19 March 2036)

Participants included: Fasertechnik Vegesack GmbH, Hanse Composites GmbH & Co. KG, Nordluft Engineering GmbH, ZARM (University of Bremen), the German Aerospace Center (DLR) Institute of Composite Structures and Adaptive Systems, and six further SMEs.

Next WAN mission: Toulouse, autumn 2035 (call for participants in July).

Contact: Lena Brockhaus, international@wan-bremen.example
''')
G(N, "2035-06-19",
 people=[("Henrike Ohlendorf",None,None),
  ("Lena Brockhaus","head of international affairs","Weser Aerospace Network e.V."),
  ("Dirk Meyer-Ellerbrock","cluster manager","WAN"),
  ("Geneviève Thibodeau-Roy","cluster manager","Aéro-Ville Québec"),
  ("Annette Vollmer","Consul General",None),
  ("Samuel Okafor","plant manager","Lumière Cabines Inc."),
  ("Marc-André Lévesque",None,"Polytechnique Montréal")],
 orgs=[("Weser Aerospace Network e.V.","WAN"),("Aéro-Ville Québec",None),
  ("German Chamber of Commerce in Canada","AHK Kanada"),("German Consulate General",None),
  ("Lumière Cabines Inc.",None),("Boréal Propulsion Services",None),("Fasertechnik Vegesack GmbH",None),
  ("Hanse Composites GmbH & Co. KG",None),("Carburants Verts Laurentides",None),("Polytechnique Montréal",None),
  ("Nordluft Engineering GmbH",None),("ZARM",None),("University of Bremen",None),
  ("German Aerospace Center","DLR"),("Institute of Composite Structures and Adaptive Systems",None)],
 events=[("Cluster mission to Montréal","2035-06-04","2035-06-08","Montréal","Canada"),
  ("Québec Aerospace Supply Chain Days","2035-06-07","2035-06-08","Montréal","Canada"),
  ("Aerospace Days Bremen","2036-03-17","2036-03-19","Bremen","Germany"),
  ("Next WAN mission","2035","2035","Toulouse","France")],
 dates=["2035-06-04/2035-06-08","2035-06-19","2035-06-04","2035-06-05","2035/2037","2035-06-06","2035-06-07",
  "2035-06-07/2035-06-08","2035-06-08","2036-03","2036-03-17/2036-03-19","2035","2035-07"])
