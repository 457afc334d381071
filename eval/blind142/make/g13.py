from h import *
F = 'g13_turin_clusters_meet_regions_release.txt'
assert wd(2037,10,20)=='Tuesday' and wd(2037,10,21)=='Wednesday' and wd(2037,9,28)=='Monday'
T = """PRESS RELEASE

Turin, 28 September 2037

"Clusters meet Regions" comes to Piedmont: aerospace and mobility clusters to meet regional policymakers in Turin on 20-21 October

Embargoed until Monday 28 September 2037, 10:00 CET

The European Cluster Collaboration Platform (ECCP) and the Piedmont Region will hold a "Clusters meet Regions" workshop in Turin on Tuesday 20 and Wednesday 21 October 2037. The two-day event, hosted by the Torino Wireless Foundation and the Piedmont Aerospace District (Distretto Aerospaziale Piemonte, DAP), will bring together around 150 cluster managers, companies and policymakers from across Europe to discuss how clusters can help regions carry out their smart specialisation strategies in aerospace and sustainable mobility.

"Piedmont has more than 400 companies in the aerospace supply chain, most of them small. Clusters are the bridge between them and the big programmes," said Andrea Tonello Gallo, Regional Councillor for Economic Development, Research and Innovation of the Piedmont Region.

PROGRAMME

Tuesday 20 October 2037 – Centro Congressi Lingotto
09:00 Registration and welcome coffee
09:30 Opening: Andrea Tonello Gallo (Piedmont Region); Valérie Dumont-Achard, Policy Officer, Unit "Industrial Forum, Alliances, Clusters", DG GROW, European Commission
10:15 Keynote: "Clusters and the new EU space economy" – Prof. Elisa Rinaldi-Boero, Politecnico di Torino
11:00 Panel: what regions expect from clusters, with Jörg Wendelin Schmitz (bavAIRia e.V.), Sophie Van den Bossche (Flanders Make) and Kristina Novak (Slovenian Automotive Cluster)
12:30 Lunch
14:00 Three parallel working groups: space downstream services; hydrogen in aviation; skills for mobility
16:30 Reporting back and conclusions of day 1
19:30 Networking dinner at the Reggia di Venaria

Wednesday 21 October 2037 – site visits
09:00 Visit to the Thales Alenia Space integration halls in Turin
11:30 Visit to the Environment Park technology park
13:00 Closing lunch

WHY TURIN
Piedmont revised its smart specialisation strategy in 2036 and made aerospace and sustainable mobility two of its five priority areas. The region co-funds a voucher scheme that lets small suppliers buy testing and certification services from the Politecnico di Torino and from the district's members. The workshop is expected to give the region feedback on how the scheme can be opened to companies from partner regions, and to help clusters find partners for the next calls of the Single Market Programme.

WHO SHOULD ATTEND
Cluster managers, regional authorities, managing authorities of ERDF programmes and SMEs from the aerospace, automotive and mobility ecosystems. Participation is free of charge, but places are limited. Registration closes on 9 October 2037. Travel support for up to 20 cluster managers from less-developed regions is available through the ECCP.

PREVIOUS EDITIONS
The "Clusters meet Regions" series started in 2022. Earlier workshops in the current cycle took place in Tallinn (12-13 May 2037, digital and ICT), Porto (8-9 June 2037, textiles) and Timișoara (15-16 September 2037, agri-food). The next one is planned in Aarhus in February 2038.

ABOUT THE ORGANISERS
The European Cluster Collaboration Platform is the EU's online hub for cluster organisations, run on behalf of the European Commission. The Torino Wireless Foundation manages the ICT innovation cluster of Piedmont. The Piedmont Aerospace District groups more than 90 companies, universities and research centres.

"We want our companies to leave Turin with partners, not just with business cards," said Federico Marchisio, President of DAP. Gianluca Ferrero-Vinci, Director General of the Torino Wireless Foundation, added that the workshop will also prepare joint proposals for the next Interreg Europe call.

Media contacts:
Silvia Bonino, Press Officer, Piedmont Region – ufficio.stampa@regione.example.it
Mateusz Lewandowski, Communication, European Cluster Collaboration Platform – press@eccp.example.eu

###
"""
assert wd(2037,5,12)=='Tuesday' and wd(2037,6,8)=='Monday' and wd(2037,9,15)=='Tuesday'
write(F, T)
PR="Piedmont Region"; TW="Torino Wireless Foundation"; E_="European Cluster Collaboration Platform"
gold(F,
 [P("Andrea Tonello Gallo","Regional Councillor for Economic Development, Research and Innovation",PR),
  P("Valérie Dumont-Achard","Policy Officer","DG GROW"),
  P("Elisa Rinaldi-Boero",None,"Politecnico di Torino"),
  P("Jörg Wendelin Schmitz",None,"bavAIRia e.V."),
  P("Sophie Van den Bossche",None,"Flanders Make"),
  P("Kristina Novak",None,"Slovenian Automotive Cluster"),
  P("Federico Marchisio","President","DAP"),
  P("Gianluca Ferrero-Vinci","Director General",TW),
  P("Silvia Bonino","Press Officer",PR),
  P("Mateusz Lewandowski","Communication",E_)],
 [O(E_,"ECCP"), O(PR), O(TW), O("Piedmont Aerospace District","DAP"),
  O("Industrial Forum, Alliances, Clusters"), O("DG GROW"), O("European Commission"), O("Politecnico di Torino"),
  O("bavAIRia e.V."), O("Flanders Make"), O("Slovenian Automotive Cluster"), O("Thales Alenia Space")],
 [E("\"Clusters meet Regions\" workshop","2037-10-20","2037-10-21","Turin","Italy"),
  E("Networking dinner","2037-10-20",None,None,"Italy"),
  E("Visit to the Thales Alenia Space integration halls","2037-10-21",None,"Turin","Italy"),
  E("Visit to the Environment Park technology park","2037-10-21",None,"Turin","Italy"),
  E("Clusters meet Regions (Tallinn)","2037-05-12","2037-05-13","Tallinn","Estonia"),
  E("Clusters meet Regions (Porto)","2037-06-08","2037-06-09","Porto","Portugal"),
  E("Clusters meet Regions (Timișoara)","2037-09-15","2037-09-16","Timișoara","Romania"),
  E("Clusters meet Regions (Aarhus)","2038-02",None,"Aarhus","Denmark")],
 ["2037-09-28","2037-10-20/2037-10-21","2037-10-20","2037-10-21","2037-10-09","2022","2036","2037-05-12/2037-05-13",
  "2037-06-08/2037-06-09","2037-09-15/2037-09-16","2038-02"],
 [], pub="2037-09-28")
