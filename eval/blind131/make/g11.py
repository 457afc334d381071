from h import *
F = 'g11_eibar_member_news_digest.txt'
assert wd(2041,9,30)=='Monday' and wd(2041,9,24)=='Tuesday' and wd(2041,10,9)=='Wednesday' and wd(2041,10,22)=='Tuesday' and wd(2041,11,6)=='Wednesday'
T = """DEBA VALLEY ADVANCED MANUFACTURING CLUSTER
Member News Digest – week 40 / 2041
Monday 30 September 2041

View online | Forward to a colleague | Update your preferences

----------------------------------------------------------------
1. MEMBER NEWS
----------------------------------------------------------------

>> Orbegozo Mecanizados S.L. wins aerospace contract
Eibar-based Orbegozo Mecanizados S.L. has signed a five-year supply agreement with Airbus Atlantic for titanium brackets. Managing director Itziar Orbegozo-Larrañaga said the contract will create 22 jobs in Eibar and Elgoibar by 2043.
Read more ›

>> New testing lab at the university campus
Mondragon Unibertsitatea (MU) opened its additive manufacturing test lab in Arrasate-Mondragón on 24 September. The lab is open to cluster members at reduced rates. Contact: Dr. Koldo Etxeberria Aranzabal, head of the lab.
Read more ›

>> Appointment
Beñat Urkiola has been appointed Chief Technology Officer of Soraluce Digital S.Coop. He was previously research director at the technology centre IDEKO in Elgoibar (2033–2041).
Read more ›

>> Welcome to new members
Three organisations joined the cluster in September: Tornillería Bergara S.A., the start-up Kalibra Sensors S.L. from Donostia / San Sebastián, and the Debegesa development agency.

----------------------------------------------------------------
2. LOOKING BACK: WEBINAR ON ENERGY COSTS
----------------------------------------------------------------

On Tuesday 24 September 2041, 85 participants followed our webinar "Energy prices and the machine-tool shop floor", moderated by cluster manager Ane Mendizabal Goikoetxea. Speakers were Jean-Baptiste Lacroix (EDF Renewables Iberia), Dr. Mikel Zubizarreta (EVE – Basque Energy Agency) and Marta Vidal i Soler, energy manager at Danobat Group.

Our key takeaways from the webinar:
- Companies that measure consumption per machine save on average 11% in the first year
- Long-term power purchase agreements are now within reach of mid-sized firms if they buy together
- Heat recovery from compressors and hydraulic units is the cheapest first step
- Public support from EVE can cover up to 40% of the audit costs

The recording and slides are available in the members' area. Members interested in setting up a joint energy purchasing group with other firms in the valley should contact the cluster office.

----------------------------------------------------------------
3. COMING UP
----------------------------------------------------------------

* Wednesday 9 October 2041, 09:30–11:30 – Breakfast meeting "Cybersecurity for connected machines", cluster office, Eibar. Speaker: Iñaki Sáenz de Ugarte, BCSC – Basque Cybersecurity Centre.

* 22–24 October 2041 – Trade mission to Querétaro, Mexico, with the Basque Business Development Agency (SPRI) and the Mexican aerospace cluster. Programme: Tuesday 22 October, briefing at the Basque trade office in Mexico City; 23 October, B2B meetings in Querétaro; 24 October, visits to the Safran and Bombardier plants.

* Wednesday 6 November 2041 – General Assembly of the cluster, Armería Eskola, Eibar. Election of the board for 2042–2045. Deadline for candidatures: 23 October.

* BIEMH – Biennial Spanish Machine Tool Exhibition, Bilbao Exhibition Centre, 8–12 June 2042. The cluster will again organise a joint pavilion; expressions of interest by 15 December 2041.

----------------------------------------------------------------
4. CALLS AND OPPORTUNITIES
----------------------------------------------------------------

* Hazitek 2042 (SPRI): R&D support for companies, call expected in January 2042.
* Basque Government "Industria 4.0" vouchers: applications until 31 October 2041.
* Partner search: a Finnish member of the Manufacturing Finland network looks for a Basque partner for a Eurostars project on grinding tools. Contact the cluster office.

----------------------------------------------------------------
Deba Valley Advanced Manufacturing Cluster (Debako Fabrikazio Aurreratuko Klusterra)
Otaola Hiribidea 00, 20600 Eibar, Gipuzkoa
Tel. +34 943 00 00 00 | digest@debacluster.example.eus
Cluster manager: Ane Mendizabal Goikoetxea | Communication: Unai Arregi

You are receiving this digest as a contact of a member organisation. Unsubscribe
"""
write(F, T)
C="Deba Valley Advanced Manufacturing Cluster"
gold(F,
 [P("Itziar Orbegozo-Larrañaga","Managing director","Orbegozo Mecanizados S.L."),
  P("Koldo Etxeberria Aranzabal","head of the lab","Mondragon Unibertsitatea"),
  P("Beñat Urkiola","Chief Technology Officer","Soraluce Digital S.Coop."),
  P("Ane Mendizabal Goikoetxea","cluster manager",C),
  P("Jean-Baptiste Lacroix",None,"EDF Renewables Iberia"),
  P("Mikel Zubizarreta",None,"EVE – Basque Energy Agency"),
  P("Marta Vidal i Soler","energy manager","Danobat Group"),
  P("Iñaki Sáenz de Ugarte",None,"BCSC – Basque Cybersecurity Centre"),
  P("Unai Arregi","Communication",C)],
 [O(C), O("Orbegozo Mecanizados S.L."), O("Airbus Atlantic"), O("Mondragon Unibertsitatea","MU"),
  O("Soraluce Digital S.Coop."), O("IDEKO"), O("Tornillería Bergara S.A."), O("Kalibra Sensors S.L."), O("Debegesa"),
  O("EDF Renewables Iberia"), O("EVE – Basque Energy Agency","EVE"), O("Danobat Group"),
  O("BCSC – Basque Cybersecurity Centre","BCSC"), O("Basque Business Development Agency","SPRI"), O("Safran"),
  O("Bombardier"), O("Basque Government"), O("Manufacturing Finland")],
 [E("Energy prices and the machine-tool shop floor","2041-09-24",None,None,None),
  E("Cybersecurity for connected machines","2041-10-09",None,"Eibar","Spain"),
  E("Trade mission to Querétaro","2041-10-22","2041-10-24","Querétaro","Mexico"),
  E("briefing at the Basque trade office in Mexico City","2041-10-22",None,"Mexico City","Mexico"),
  E("B2B meetings","2041-10-23",None,"Querétaro","Mexico"),
  E("visits to the Safran and Bombardier plants","2041-10-24",None,"Querétaro","Mexico"),
  E("General Assembly","2041-11-06",None,"Eibar","Spain"),
  E("BIEMH – Biennial Spanish Machine Tool Exhibition","2042-06-08","2042-06-12","Bilbao","Spain")],
 ["2041-09-30","2043","2041-09-24","2033/2041","2041-09","2041-10-09","2041-10-22/2041-10-24","2041-10-22","2041-10-23",
  "2041-10-24","2041-11-06","2042/2045","2042-06-08/2042-06-12","2041-12-15","2042-01","2041-10-31"],
 ["Companies that measure consumption per machine save on average 11% in the first year",
  "Long-term power purchase agreements are now within reach of mid-sized firms if they buy together",
  "Heat recovery from compressors and hydraulic units is the cheapest first step",
  "Public support from EVE can cover up to 40% of the audit costs"],
 pub="2041-09-30")
