from common import *
T = """Clusters Meet Regions – National Contact Points (NCPs) by country
Updated list, status 01/10/2033

The Clusters Meet Regions initiative of the European Cluster Collaboration Platform (ECCP) works with one contact point per
participating country. The national contact points help regions and cluster organisations prepare their applications, find
partners and join the regional events. The list below was provided by the national authorities; changes should be
reported to the ECCP helpdesk.

AUSTRIA
Mag. Verena Hofbauer, cluster policy officer, Austrian Federal Ministry of Labour and Economy (BMAW)
verena.hofbauer@ncp-at.example

BELGIUM (Wallonia)
Frédéric Lambotte, Public Service of Wallonia – Economy, Employment and Research (SPW EER)

BULGARIA
Vacant – until a new NCP is named, please contact the ECCP helpdesk.

CROATIA
Ivana Kovačević Šimić, head of sector for clusters, Ministry of Economy (Croatia)

CYPRUS
Andreas Georgiou, Research and Innovation Foundation (RIF)

ESTONIA
Kadri Rätsep, Enterprise and Innovation Foundation (EIS)

IRELAND
Seán Ó Broin, senior executive, Enterprise Ireland

ITALY
Dr.ssa Valentina Dell'Orto, Ministero delle Imprese e del Made in Italy (MIMIT) – Direzione generale per la politica industriale
Deputy: Lorenzo Mancuso

LATVIA
Ilze Bērziņa-Kalniņa, Investment and Development Agency of Latvia (LIAA)

NETHERLANDS
drs. Wouter van 't Hoff, Netherlands Enterprise Agency (RVO)

POLAND
Joanna Przybylska, expert, Polish Agency for Enterprise Development (PARP)

PORTUGAL
Tiago Menezes, IAPMEI – Agency for Competitiveness and Innovation

SLOVENIA
Maja Kranjc Zupančič, SPIRIT Slovenia

SPAIN
Dña. Pilar Echeverría Goñi, subdirectora de Apoyo a la PYME, Ministerio de Industria y Turismo

NORWAY (associated)
Håkon Brekke-Solberg, Innovation Norway

Upcoming NCP activities
- NCP coordination meeting (online): 14 November 2033, 10:00–12:00 CET
- Clusters Meet Regions – Regional event in Porto: 6–7 February 2034 (registration closes 20 January 2034)
- NCP training day, Brussels: 27 February 2034

Last year's NCP meeting took place in Brussels on 15 November 2032 with 24 countries.

This list is published by the ECCP on behalf of the European Commission, DG GROW, and the European Innovation Council and
SMEs Executive Agency (EISMEA).
"""
write("CMR_national-contact-points_by-country_2033.txt", T,
 [P("Verena Hofbauer","cluster policy officer","Austrian Federal Ministry of Labour and Economy"),
  P("Frédéric Lambotte",None,"Public Service of Wallonia – Economy, Employment and Research"),
  P("Ivana Kovačević Šimić","head of sector for clusters","Ministry of Economy"),
  P("Andreas Georgiou",None,"Research and Innovation Foundation"),
  P("Kadri Rätsep",None,"Enterprise and Innovation Foundation"),
  P("Seán Ó Broin","senior executive","Enterprise Ireland"),
  P("Valentina Dell'Orto",None,"Ministero delle Imprese e del Made in Italy"),
  P("Lorenzo Mancuso","Deputy",None),
  P("Ilze Bērziņa-Kalniņa",None,"Investment and Development Agency of Latvia"),
  P("Wouter van 't Hoff",None,"Netherlands Enterprise Agency"),
  P("Joanna Przybylska","expert","Polish Agency for Enterprise Development"),
  P("Tiago Menezes",None,"IAPMEI – Agency for Competitiveness and Innovation"),
  P("Maja Kranjc Zupančič",None,"SPIRIT Slovenia"),
  P("Pilar Echeverría Goñi","subdirectora de Apoyo a la PYME","Ministerio de Industria y Turismo"),
  P("Håkon Brekke-Solberg",None,"Innovation Norway")],
 [O("European Cluster Collaboration Platform","ECCP"),O("Austrian Federal Ministry of Labour and Economy","BMAW"),
  O("Public Service of Wallonia – Economy, Employment and Research","SPW EER"),O("Ministry of Economy"),
  O("Research and Innovation Foundation","RIF"),O("Enterprise and Innovation Foundation","EIS"),O("Enterprise Ireland"),
  O("Ministero delle Imprese e del Made in Italy","MIMIT"),O("Direzione generale per la politica industriale"),
  O("Investment and Development Agency of Latvia","LIAA"),O("Netherlands Enterprise Agency","RVO"),
  O("Polish Agency for Enterprise Development","PARP"),O("IAPMEI – Agency for Competitiveness and Innovation","IAPMEI"),
  O("SPIRIT Slovenia"),O("Ministerio de Industria y Turismo"),O("Innovation Norway"),O("European Commission"),O("DG GROW"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA")],
 [E("NCP coordination meeting","2033-11-14","2033-11-14",None,None),
  E("Clusters Meet Regions – Regional event in Porto","2034-02-06","2034-02-07","Porto","Portugal"),
  E("NCP training day","2034-02-27","2034-02-27","Brussels","Belgium"),
  E("NCP meeting","2032-11-15","2032-11-15","Brussels","Belgium")],
 ["2033-10-01","2033-11-14","2034-02-06/2034-02-07","2034-01-20","2034-02-27","2032-11-15"])
