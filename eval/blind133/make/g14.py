from h import *
F = 'g14_asturias_offshore_mission_scotland.txt'
assert [wd(2036,3,d) for d in (10,11,12,13)]==['Monday','Tuesday','Wednesday','Thursday'] and wd(2036,3,20)=='Thursday' and wd(2036,2,6)=='Wednesday'
T = """PRESS RELEASE
Asturian offshore wind suppliers conclude trade mission to Scotland

Oviedo, 20 March 2036 – Eleven companies from the Asturian metal and offshore wind supply chain returned on Thursday from a four-day trade mission to Aberdeen and Glasgow. The mission, held from 10 to 13 March 2036, was organised by the Asturias Offshore Wind Cluster (AOWC) with the regional development agency IDEPA – Instituto de Desarrollo Económico del Principado de Asturias and the Spanish Chamber of Commerce in Great Britain.

The delegation was led by the cluster's president, Covadonga Fernández-Llana, CEO of the Avilés fabricator Estructuras Marinas del Cantábrico, S.A., and by IDEPA's Director of Internationalisation, Íñigo Suárez de Miranda. Also taking part were the University of Oviedo and the Technology Centre IDONIAL in Gijón.

MISSION PROGRAMME

Monday 10 March – Aberdeen
Briefing at the offices of Opportunity North East with its chief executive, Fiona McAllister-Grant, on the pipeline of floating wind projects in the North Sea. In the evening, a networking reception hosted by the Aberdeen & Grampian Chamber of Commerce.

Tuesday 11 March – Aberdeen
Supplier day with three developers of ScotWind projects, with 48 pre-arranged one-to-one meetings. Afternoon visit to the Port of Aberdeen's new south harbour, guided by Callum Ross, Business Development Director.

Wednesday 12 March – Glasgow
Visit to the Offshore Renewable Energy Catapult's research facilities and meeting with Dr. Aoife Ní Bhriain, head of supply chain development. Round table with Scottish Enterprise on joint ventures between Spanish and Scottish fabricators.

Thursday 13 March – Glasgow
Meeting at the Spanish Consulate General in Edinburgh's trade office in Glasgow with Consul General Alejandro Muñiz Bravo, followed by return flights via London.

RESULTS

- 71 business meetings in total
- 6 requests for quotation for secondary steel and mooring components
- one memorandum of understanding between IDONIAL and the University of Strathclyde on welding research

"Scotland has more projects than it has yards," said Ms Fernández-Llana. "Our companies in Avilés and Gijón can build what the Scottish ports cannot, and ship it up the Atlantic coast in five days."

Mr Suárez de Miranda added that IDEPA would fund half of the travel costs of the participating SMEs under its internationalisation programme and that a second mission, this time to the Port of Esbjerg in Denmark, was being prepared for autumn 2036.

NEXT STEPS

The cluster will present the results to its members at the General Assembly on 23 April 2036 in Oviedo. A reverse mission of Scottish developers to Asturias is planned around the Asturias Offshore Wind Forum in Gijón on 29–30 September 2036. The cluster is also preparing a joint stand at Global Offshore Wind in Manchester in June 2036.

ABOUT THE CLUSTER

The Asturias Offshore Wind Cluster was founded in 2031 and brings together 64 companies, two technology centres and the University of Oviedo. It is a member of the Spanish Wind Energy Association (AEE) and of a European cluster partnership for floating wind. Its members employ around 7,800 people, most of them in the metal industry around the estuary of Avilés and the port of El Musel in Gijón.

Media contact:
Xuan Menéndez Canal, Communication Officer, AOWC
comunicacion@aowc.example.es | +34 985 00 00 00

Photos of the mission can be downloaded from the press area of the cluster's website. Registration for the next mission opened on 6 February 2036 (members only).
###
"""
assert wd(2036,4,23)=='Wednesday' and wd(2036,9,29)=='Monday'
write(F, T)
A="Asturias Offshore Wind Cluster"; I="IDEPA – Instituto de Desarrollo Económico del Principado de Asturias"
gold(F,
 [P("Covadonga Fernández-Llana","president",A),
  P("Íñigo Suárez de Miranda","Director of Internationalisation","IDEPA"),
  P("Fiona McAllister-Grant","chief executive","Opportunity North East"),
  P("Callum Ross","Business Development Director","Port of Aberdeen"),
  P("Aoife Ní Bhriain","head of supply chain development","Offshore Renewable Energy Catapult"),
  P("Alejandro Muñiz Bravo","Consul General","Spanish Consulate General in Edinburgh"),
  P("Xuan Menéndez Canal","Communication Officer","AOWC")],
 [O(A,"AOWC"), O("Instituto de Desarrollo Económico del Principado de Asturias","IDEPA"), O("Spanish Chamber of Commerce in Great Britain"),
  O("Estructuras Marinas del Cantábrico, S.A."), O("University of Oviedo"), O("IDONIAL"), O("Opportunity North East"),
  O("Aberdeen & Grampian Chamber of Commerce"), O("Port of Aberdeen"), O("Offshore Renewable Energy Catapult"),
  O("Scottish Enterprise"), O("Spanish Consulate General in Edinburgh"), O("University of Strathclyde"),
  O("Spanish Wind Energy Association","AEE")],
 [E("trade mission to Scotland","2036-03-10","2036-03-13","Aberdeen, Glasgow","United Kingdom"),
  E("Briefing at the offices of Opportunity North East","2036-03-10",None,"Aberdeen","United Kingdom"),
  E("networking reception","2036-03-10",None,"Aberdeen","United Kingdom"),
  E("Supplier day","2036-03-11",None,"Aberdeen","United Kingdom"),
  E("visit to the Port of Aberdeen's new south harbour","2036-03-11",None,"Aberdeen","United Kingdom"),
  E("Visit to the Offshore Renewable Energy Catapult's research facilities","2036-03-12",None,"Glasgow","United Kingdom"),
  E("Meeting at the Spanish Consulate General in Edinburgh's trade office in Glasgow","2036-03-13",None,"Glasgow","United Kingdom"),
  E("second mission","2036",None,"Esbjerg","Denmark"),
  E("General Assembly","2036-04-23",None,"Oviedo","Spain"),
  E("reverse mission","2036-09",None,None,"Spain"),
  E("Asturias Offshore Wind Forum","2036-09-29","2036-09-30","Gijón","Spain"),
  E("Global Offshore Wind","2036-06",None,"Manchester","United Kingdom")],
 ["2036-03-20","2036-03-10/2036-03-13","2036-03-10","2036-03-11","2036-03-12","2036-03-13","2036","2036-04-23","2036-09-29/2036-09-30","2036-06","2031","2036-02-06"],
 [], pub="2036-03-20")
