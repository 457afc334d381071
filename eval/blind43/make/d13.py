from common import *
T = """Western Medtech Network – News

Galway and Lombardy medtech clusters sign cooperation agreement at MEDICA

Düsseldorf / Galway, 18 November 2033 – Two of Europe's medical technology regions have agreed to work together more closely. On Wednesday, 16 November, at the Enterprise Ireland stand in Hall 16 of MEDICA 2033 in Düsseldorf, the Western Medtech Network (WMN) from Galway and the Lombardy life science cluster Polo Biomedicale Lombardo (PBL) signed a three-year memorandum of understanding.

The agreement was signed by Dr. Siobhán Ní Fhlatharta, CEO of WMN, and Ing. Alessandro Brambilla, President of PBL, in the presence of Brendan Mac Giolla Phádraig, Ireland's Ambassador to Germany, and Francesca Moroni, Deputy Consul General of Italy in Düsseldorf.

Under the agreement, the two clusters will:
- organise reciprocal visits of SME delegations, starting with a Lombard mission to Galway in spring 2034 and an Irish mission to Milan around the MedTech Forum Lombardia in October 2034;
- set up a joint working group on the new EU rules for medical device software, led by Dr. Niamh Kearney of WMN and Paola Galbiati of PBL;
- prepare at least one joint application under Horizon Europe or the Single Market Programme by the end of 2034;
- share access to testing facilities, including the orthopaedic implant test lab of the University of Galway and the sterilisation validation centre of Politecnico di Milano;
- exchange staff for short placements of two to four weeks.

"Galway and Lombardy have the same strengths – cardiovascular and orthopaedic devices – and the same problem: too few regulatory experts for too many small companies," said Dr. Ní Fhlatharta after the signing. "Sharing what we know is the fastest way to help both."

Alessandro Brambilla added: "Our members have been exporting to Ireland for years, but mostly through distributors. We want them to meet Irish manufacturers directly and build products together."

The memorandum is not legally binding and does not involve a transfer of funds between the two organisations. Each cluster will cover its own costs, and joint activities will be financed through projects or through the members taking part. A review of the cooperation is foreseen after eighteen months, and the two boards will decide at the end of the third year whether to extend it.

The signing was followed by a short reception on the stand, attended by around sixty representatives of Irish and Italian companies. Several of them used the occasion to arrange first meetings for the spring.

Why at MEDICA?

Both clusters had brought delegations to the world's largest medical trade fair, which ran from 14 to 17 November 2033. WMN coordinated eleven Irish companies on the Enterprise Ireland pavilion, among them Corrib Catheters Ltd, Atlantic Ortho Devices DAC and the start-up Claddagh Sense. PBL took part with nine members, including Brianza Stent S.p.A. and Valtellina Medical Software S.r.l.

The idea of a formal partnership goes back to the ECCP matchmaking event "Clusters for Health" in Brussels on 9 May 2033, where the two cluster managers, Ciarán Ó Briain (WMN) and Giulia Sala (PBL), first discussed joint projects.

Next steps

A first meeting of the joint steering committee will take place online on 24 January 2034. The Lombard delegation to Galway is planned for 22–25 April 2034 and will include a visit to the CÚRAM research centre and the MedTech Galway Summit on 23 April. Companies interested in joining either mission can contact their cluster office. Places on the Galway programme are limited to fifteen Lombard companies, and priority will be given to firms that already have a concrete cooperation idea with an Irish partner.

About Western Medtech Network
WMN is the medical technology cluster of the West of Ireland, with 86 member companies and research organisations in Galway, Mayo and Clare. It is supported by Enterprise Ireland and the Western Development Commission.

About Polo Biomedicale Lombardo
PBL brings together 140 companies, hospitals and universities in the Milan, Monza-Brianza and Bergamo area. It was founded in 2016 and is recognised as a regional technology cluster by Regione Lombardia.

Media contacts:
Aoibheann Keane, Communications Manager, Western Medtech Network – media@wmn.example
Matteo Cattaneo, Ufficio Stampa, Polo Biomedicale Lombardo – stampa@pbl.example
"""
gold("WMN_news_cooperation-agreement-PBL-MEDICA-2033.txt", "2033-11-18",
 [P("Siobhán Ní Fhlatharta","CEO","WMN"),
  P("Alessandro Brambilla","President","PBL"),
  P("Brendan Mac Giolla Phádraig","Ambassador to Germany",None),
  P("Francesca Moroni","Deputy Consul General of Italy in Düsseldorf",None),
  P("Niamh Kearney",None,"WMN"),
  P("Paola Galbiati",None,"PBL"),
  P("Ciarán Ó Briain","cluster manager","WMN"),
  P("Giulia Sala","cluster manager","PBL"),
  P("Aoibheann Keane","Communications Manager","Western Medtech Network"),
  P("Matteo Cattaneo","Ufficio Stampa","Polo Biomedicale Lombardo")],
 [O("Western Medtech Network","WMN"), O("Polo Biomedicale Lombardo","PBL"), O("Enterprise Ireland"),
  O("University of Galway"), O("Politecnico di Milano"), O("Corrib Catheters Ltd"), O("Atlantic Ortho Devices DAC"),
  O("Claddagh Sense"), O("Brianza Stent S.p.A."), O("Valtellina Medical Software S.r.l."), O("ECCP"),
  O("CÚRAM"), O("Western Development Commission"), O("Regione Lombardia")],
 [E("MEDICA 2033","2033-11-14","2033-11-17","Düsseldorf","Germany"),
  E("signing of the memorandum of understanding","2033-11-16",None,"Düsseldorf","Germany"),
  E("Lombard mission to Galway","2034-04-22","2034-04-25","Galway","Ireland"),
  E("Irish mission to Milan","2034-10",None,"Milan","Italy"),
  E("MedTech Forum Lombardia","2034-10",None,None,None),
  E("Clusters for Health","2033-05-09",None,"Brussels","Belgium"),
  E("first meeting of the joint steering committee","2034-01-24",None,None,None),
  E("MedTech Galway Summit","2034-04-23",None,"Galway","Ireland")],
 ["2033-11-18","2033-11-16","2034","2034-10","2033-11-14/2033-11-17","2033-05-09","2034-01-24","2034-04-22/2034-04-25","2034-04-23","2016"],
 [], T)
