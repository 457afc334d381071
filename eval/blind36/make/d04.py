from common import *
T = """CLÚSTER CERÁMICO DE CASTELLÓ · Sala de prensa

Castelló de la Plana, 18/11/2034

NUEVA JUNTA DIRECTIVA DE CERAMICLUSTER: ELENA BOIX GIMENO, NUEVA PRESIDENTA

La Asamblea General Extraordinaria de CERAMICLUSTER – Asociación Clúster Cerámico de Castelló celebrada
el pasado 14 de noviembre en la sede del Instituto de Tecnología Cerámica (ITC) eligió por unanimidad a la nueva
Junta Directiva para el periodo 2034-2038. La asociación reúne a 74 fabricantes de baldosas, empresas de
fritas y esmaltes, fabricantes de maquinaria y centros de investigación de la provincia.

Elena BOIX GIMENO, Chief Executive Officer de Azulejos Boix, S.L. (Onda), sustituye en la presidencia a
Vicente MONFORT LLOPIS, que ha presidido el clúster desde 2026. Monfort, CEO de Esmaltes del Mijares, S.A.,
seguirá en la Junta como vocal y past president.

La nueva Junta Directiva queda compuesta por:

  Presidenta: Elena BOIX GIMENO – Azulejos Boix, S.L.
  Vicepresidente: Javier Ortells Safont, Chief Operating Officer – Frita Levante, S.A.
  Secretaria: Laura Gil de la Torre, Legal Counsel – Cerámicas Vilarreal, S.L.U.
  Tesorero: Andrés Beltrán Nebot, CFO – Macer Tecnic, S.L.
  Vocales:
   – Vicente MONFORT LLOPIS, past president – Esmaltes del Mijares, S.A.
   – Marta Ribés Aparici, Head of Sustainability – Porcelanatos del Grao, S.A.
   – Dr. Sergi Puig i Ferrer, Research Director – Instituto de Tecnología Cerámica (ITC)
   – Núria Escrig, Managing Director – DigiGlaze Solutions, S.L.

La Junta ha confirmado además a Pablo Sanchis Roig como Cluster Manager y ha nombrado a Lucía Ferrando
nueva Innovation Manager, con responsabilidad sobre el Digital Innovation Hub del sector y los proyectos
europeos.

En su primera intervención como presidenta, Boix destacó tres prioridades para el mandato: la
descarbonización de los hornos con hidrógeno verde y electrificación, la formación de técnicos en
automatización y la defensa del sector ante el mecanismo de ajuste en frontera por carbono. "Tenemos que
demostrar que la baldosa de Castelló puede ser la más limpia del mundo", afirmó.

La presidenta agradeció a Vicente Monfort "ocho años de trabajo generoso" y recordó la organización del
primer Hydrogen Kiln Summit en Vila-real en junio de 2031, que reunió a 300 participantes de doce países.

Próximas citas
• Reunión constitutiva de la Junta: 2 de diciembre de 2034, Castelló de la Plana.
• CEVISAMA, Valencia, 23-27 de febrero de 2035: stand colectivo del clúster.
• Jornada "Ceramic Decarbonisation Day", Onda, 19 de marzo de 2035.

Contacto de prensa: Rosa Mateu, Communications Officer · prensa@ceramicluster.example · +34 964 000 321

Acerca de CERAMICLUSTER
Fundado en 2017 con el apoyo de la Generalitat Valenciana y la Agencia Valenciana de la Innovación (AVI),
CERAMICLUSTER forma parte del registro de Agrupaciones Empresariales Innovadoras (AEI) del Ministerio de
Industria y Turismo.
"""
C="CERAMICLUSTER – Asociación Clúster Cerámico de Castelló"
write("np-ceramicluster-nueva-junta-directiva-2034.txt", T,
 [P("Elena BOIX GIMENO","Presidenta",C),
  P("Vicente MONFORT LLOPIS","past president",C),
  P("Javier Ortells Safont","Vicepresidente",C),
  P("Laura Gil de la Torre","Secretaria",C),
  P("Andrés Beltrán Nebot","Tesorero",C),
  P("Marta Ribés Aparici","Head of Sustainability","Porcelanatos del Grao, S.A."),
  P("Sergi Puig i Ferrer","Research Director","Instituto de Tecnología Cerámica"),
  P("Núria Escrig","Managing Director","DigiGlaze Solutions, S.L."),
  P("Pablo Sanchis Roig","Cluster Manager",C),
  P("Lucía Ferrando","Innovation Manager",C),
  P("Rosa Mateu","Communications Officer",C)],
 [O(C,"CERAMICLUSTER"),O("Instituto de Tecnología Cerámica","ITC"),O("Azulejos Boix, S.L."),O("Esmaltes del Mijares, S.A."),
  O("Frita Levante, S.A."),O("Cerámicas Vilarreal, S.L.U."),O("Macer Tecnic, S.L."),O("Porcelanatos del Grao, S.A."),
  O("DigiGlaze Solutions, S.L."),O("Generalitat Valenciana"),O("Agencia Valenciana de la Innovación","AVI"),
  O("Ministerio de Industria y Turismo")],
 [E("Asamblea General Extraordinaria","2034-11-14","2034-11-14",None,None),
  E("Hydrogen Kiln Summit","2031-06","2031-06","Vila-real","Spain"),
  E("Reunión constitutiva de la Junta","2034-12-02","2034-12-02","Castelló de la Plana","Spain"),
  E("CEVISAMA","2035-02-23","2035-02-27","Valencia","Spain"),
  E("Ceramic Decarbonisation Day","2035-03-19","2035-03-19","Onda","Spain")],
 ["2034-11-18","2034-11-14","2034/2038","2026","2031-06","2034-12-02","2035-02-23/2035-02-27","2035-03-19","2017"],
 pub="2034-11-18")
