from common import *
T = """RECIPLAST – Regional Clusters for Circular Plastics in Packaging
Horizon Europe Coordination and Support Action · Grant Agreement No 101190xxx · 1 October 2033 – 30 September 2036

CONSORTIUM & CONTACTS                                        (page last updated 05/03/2034)

RECIPLAST brings together nine cluster organisations, research centres and one regional agency from seven
countries. Each partner names one contact person for the project. For general questions, please contact the
coordinator's project office.

 #  Partner (country)                                                  Role             Contact person
 1  PlastiVal – Cluster des Plastiques de Wallonie ASBL (BE)          Coordinator      Mathilde Verhaegen-Laurent, project coordinator
 2  Polymer-Netzwerk Main-Regnitz e.V. (DE)                            WP2 leader       Dr. Jonas Stiegelmeier, head of circular economy
 3  Klastr Obalových Plastů Morava z.s. (CZ)                          Partner          Ing. Radka Hlaváčová, cluster manager
 4  Kunststoff-Kompetenzzentrum Mühlviertel GmbH – KKM (AT)          WP3 leader       Mag. Stefanie Aigner
 5  Helleniki Syskevasia Cluster (EL)                                  WP4 leader       Dimitra Papadogiannaki, innovation manager
 6  Universidade de Aveiro (PT)                                         Partner          Prof. Rui Vasconcelos Pinto
 7  Fundación Andaluza de Envases, FAE (ES)                            WP5 leader       Alejandro de la Cruz Montes, director
 8  Agentschap Innoveren & Ondernemen (BE)                              Associated       Koen Van Damme, policy advisor clusters
 9  EUROPEN-style packaging platform "PackLoop Europe" AISBL (BE)      WP6 leader       Hélène Dubois-Marchal, secretary general

Project office (coordinator)
Mathilde Verhaegen-Laurent · project coordinator · PlastiVal, Parc Scientifique Crealys, Gembloux, Belgium
+32 81 00 00 00 · reciplast@plastival.example
Financial officer: Thibault Lenoir

Advisory Board
The Advisory Board advises the consortium on the uptake of results. It met for the first time on 24 January 2034
in Brussels, the day after the kick-off meeting (22–23 January 2034, Gembloux). Members:
• Ewa Kaczmarczyk, senior expert, European Commission, DG ENV
• Sander van der Meulen, Director Sustainability, Noordzee Verpakkingen B.V.
• Annika Lindahl, EEN sector group packaging (Business Sweden)

Upcoming project meetings
• 2nd consortium meeting – Zlín, 10–11 September 2034
• Cluster peer-learning visit – Linz, spring 2035
• Final conference – Brussels, June 2036

Project officer at the European Research Executive Agency (REA): Matteo Sorrentino.

This project has received funding from the European Union's Horizon Europe research and innovation programme.
Views and opinions expressed are those of the authors only.
"""
T = T.replace('EUROPEN-style packaging platform "PackLoop Europe" AISBL','PackLoop Europe AISBL')
write("RECIPLAST_consortium-contacts.txt", T,
 [P("Mathilde Verhaegen-Laurent","project coordinator","PlastiVal – Cluster des Plastiques de Wallonie ASBL"),
  P("Jonas Stiegelmeier","head of circular economy","Polymer-Netzwerk Main-Regnitz e.V."),
  P("Radka Hlaváčová","cluster manager","Klastr Obalových Plastů Morava z.s."),
  P("Stefanie Aigner",None,"Kunststoff-Kompetenzzentrum Mühlviertel GmbH"),
  P("Dimitra Papadogiannaki","innovation manager","Helleniki Syskevasia Cluster"),
  P("Rui Vasconcelos Pinto",None,"Universidade de Aveiro"),
  P("Alejandro de la Cruz Montes","director","Fundación Andaluza de Envases"),
  P("Koen Van Damme","policy advisor clusters","Agentschap Innoveren & Ondernemen"),
  P("Hélène Dubois-Marchal","secretary general","PackLoop Europe AISBL"),
  P("Thibault Lenoir","Financial officer","PlastiVal – Cluster des Plastiques de Wallonie ASBL"),
  P("Ewa Kaczmarczyk","senior expert","DG ENV"),
  P("Sander van der Meulen","Director Sustainability","Noordzee Verpakkingen B.V."),
  P("Annika Lindahl",None,"Business Sweden"),
  P("Matteo Sorrentino","Project officer","European Research Executive Agency")],
 [O("PlastiVal – Cluster des Plastiques de Wallonie ASBL","PlastiVal"),O("Polymer-Netzwerk Main-Regnitz e.V."),
  O("Klastr Obalových Plastů Morava z.s."),O("Kunststoff-Kompetenzzentrum Mühlviertel GmbH","KKM"),
  O("Helleniki Syskevasia Cluster"),O("Universidade de Aveiro"),O("Fundación Andaluza de Envases","FAE"),
  O("Agentschap Innoveren & Ondernemen"),O("PackLoop Europe AISBL"),O("European Commission"),O("DG ENV"),
  O("Noordzee Verpakkingen B.V."),O("EEN"),O("Business Sweden"),O("European Research Executive Agency","REA"),
  O("European Union")],
 [E("Advisory Board meeting","2034-01-24","2034-01-24","Brussels","Belgium"),
  E("kick-off meeting","2034-01-22","2034-01-23","Gembloux","Belgium"),
  E("2nd consortium meeting","2034-09-10","2034-09-11","Zlín","Czech Republic"),
  E("Cluster peer-learning visit","2035","2035","Linz","Austria"),
  E("Final conference","2036-06","2036-06","Brussels","Belgium")],
 ["2033-10-01/2036-09-30","2034-03-05","2034-01-24","2034-01-22/2034-01-23","2034-09-10/2034-09-11","2035","2036-06"])
