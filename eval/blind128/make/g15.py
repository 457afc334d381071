from h import *
F = 'g15_eccp_events_digest.txt'
assert wd(2037,11,24)=='Tuesday' and wd(2037,12,2)=='Wednesday' and wd(2037,12,10)=='Thursday' and wd(2038,1,19)=='Tuesday' and wd(2038,2,3)=='Wednesday' and wd(2037,11,16)=='Monday'
T = """European Cluster Collaboration Platform
EVENTS DIGEST – late November 2037 to February 2038
Issue 21/2037 · sent on Monday 16 November 2037

View this e-mail in your browser | Forward to a colleague | Unsubscribe

Dear cluster community,

Below you will find the events that cluster organisations, regional agencies and EU initiatives have registered on the platform for the coming weeks. Dates and venues are as provided by the organisers; please check their websites before you travel. To add your own event, log in and use the "Submit an event" form at least four weeks in advance.

---------------------------------------------------------------
EU-LEVEL EVENTS
---------------------------------------------------------------

>> Webinar: Preparing your cluster for the next Joint Cluster Initiatives call
Tuesday 24 November 2037, 10:00–11:30 CET, online
Organised by the European Innovation Council and SMEs Executive Agency (EISMEA) with the ECCP team. Speakers: Ioana Stănescu-Vlad, Programme Officer at EISMEA, and Pieter-Jan Verhaeghe, ECCP cluster expert.

>> Panel debate "Clusters and the defence industrial base: a new role?"
Wednesday 2 December 2037, 16:00–18:00, Brussels
A stand-alone debate hosted by the Committee of the Regions, with Members of the European Parliament and cluster managers from Slovakia, France and Poland. Moderator: Hélène Marchetti-Dufour, journalist at Euractiv. Limited seats; registration closes on 26 November.

---------------------------------------------------------------
REGIONAL AND CLUSTER EVENTS
---------------------------------------------------------------

>> Aerospace Valley Pyrenees Supplier Convention
10 December 2037, Parc des expositions, Tarbes (France)
Annual convention of the aerospace supplier network of the Hautes-Pyrénées, organised by Aerospace Valley and the Agence de Développement Économique Tarbes-Lourdes-Pyrénées (ADE-TLP). Programme: 09:30 opening by Anne-Sophie Lagarde, Vice-President of Aerospace Valley; 11:00–17:00 B2B meetings with Airbus and Safran buyers; 14:00 site visit to the Daher plant at Tarbes-Lourdes airport.

>> Surf & Outdoor Industry Meetings
14–15 January 2038, Bayonne and Anglet (France)
Organised by the cluster Eurosima. Two days of conferences and meetings on circular materials for boards and wetsuits. Keynote by Iñaki Etxeberria Goikoetxea, director of the Basque cluster GAIA.

>> Lučenec Wood & Furniture Matchmaking
Tuesday 19 January 2038, Lučenec (Slovakia)
Matchmaking day of the Novohradský drevársky klaster with buyers from Hungary and Austria, organised with the Banská Bystrica Self-Governing Region. Contact: Marek Hudec.

>> General Assembly of the European Dairy Clusters Alliance
Wednesday 3 February 2038, Aurillac (France)
Hosted by the Cantal cheese cluster Fromages d'Auvergne Innovation. Members will elect a new President; the outgoing President is Dr Bernadette Roumégous-Fabre. Non-members may attend the afternoon study visit to three cooperative dairies.

>> Kalisz Aviation Days 2038
24–25 February 2038, Kalisz (Poland)
Conference and B2B event of the Wielkopolski Klaster Lotniczy. The third edition focuses on maintenance, repair and overhaul of regional aircraft and on training of technicians; delegations from clusters in Lower Saxony and Moravia have confirmed. Registration for B2B by 10 February 2038.

---------------------------------------------------------------
PAST EVENTS – REPORTS NOW ONLINE
---------------------------------------------------------------
- European Cluster Conference 2037, Ravenna, 6–8 October 2037: presentations and photo gallery
- Flanders Food Cluster Day, Aalst, 22 October 2037: summary report
- EU-Japan cluster matchmaking webinar, 5 November 2037: recording

---------------------------------------------------------------
DEADLINES
---------------------------------------------------------------
- Cluster Excellence Awards 2038: nominations until 15 January 2038
- Call for hosts of the European Cluster Conference 2039: expressions of interest until 31 March 2038

You receive this digest because you are registered on the European Cluster Collaboration Platform (ECCP). The platform is an initiative of the European Commission, managed on its behalf by EISMEA. Editor of this issue: Kasia Domańska-Ortiz, ECCP Communications.
Privacy statement | Contact the helpdesk | Manage your subscription
"""
write(F, T)
gold(F,
 [P("Ioana Stănescu-Vlad","Programme Officer","EISMEA"),
  P("Pieter-Jan Verhaeghe","cluster expert","ECCP"),
  P("Hélène Marchetti-Dufour","journalist","Euractiv"),
  P("Anne-Sophie Lagarde","Vice-President","Aerospace Valley"),
  P("Iñaki Etxeberria Goikoetxea","director","GAIA"),
  P("Marek Hudec",None,None),
  P("Bernadette Roumégous-Fabre","President","European Dairy Clusters Alliance"),
  P("Kasia Domańska-Ortiz","Editor","ECCP")],
 [O("European Cluster Collaboration Platform","ECCP"), O("European Innovation Council and SMEs Executive Agency","EISMEA"),
  O("Committee of the Regions"), O("European Parliament"), O("Euractiv"), O("Aerospace Valley"),
  O("Agence de Développement Économique Tarbes-Lourdes-Pyrénées","ADE-TLP"), O("Airbus"), O("Safran"), O("Daher"),
  O("Eurosima"), O("GAIA"), O("Novohradský drevársky klaster"), O("Banská Bystrica Self-Governing Region"),
  O("European Dairy Clusters Alliance"), O("Fromages d'Auvergne Innovation"), O("Wielkopolski Klaster Lotniczy"),
  O("European Commission")],
 [E("Webinar: Preparing your cluster for the next Joint Cluster Initiatives call","2037-11-24",None,None,None),
  E("Panel debate \"Clusters and the defence industrial base: a new role?\"","2037-12-02",None,"Brussels","Belgium"),
  E("Aerospace Valley Pyrenees Supplier Convention","2037-12-10",None,"Tarbes","France"),
  E("B2B meetings","2037-12-10",None,"Tarbes","France"),
  E("site visit to the Daher plant","2037-12-10",None,"Tarbes","France"),
  E("Surf & Outdoor Industry Meetings","2038-01-14","2038-01-15","Bayonne, Anglet","France"),
  E("Lučenec Wood & Furniture Matchmaking","2038-01-19",None,"Lučenec","Slovakia"),
  E("General Assembly of the European Dairy Clusters Alliance","2038-02-03",None,"Aurillac","France"),
  E("study visit to three cooperative dairies","2038-02-03",None,None,"France"),
  E("Kalisz Aviation Days 2038","2038-02-24","2038-02-25","Kalisz","Poland"),
  E("European Cluster Conference 2037","2037-10-06","2037-10-08","Ravenna","Italy"),
  E("Flanders Food Cluster Day","2037-10-22",None,"Aalst","Belgium"),
  E("EU-Japan cluster matchmaking webinar","2037-11-05",None,None,None),
  E("European Cluster Conference 2039","2039",None,None,None)],
 ["2037-11/2038-02","2037-11-16","2037-11-24","2037-12-02","2037-11-26","2037-12-10","2038-01-14/2038-01-15","2038-01-19","2038-02-03",
  "2038-02-24/2038-02-25","2038-02-10","2037-10-06/2037-10-08","2037-10-22","2037-11-05","2038-01-15","2038-03-31"],
 [], pub="2037-11-16")
