from h import *
F = 'g04_extremadura_corcho_asamblea.txt'
assert wd(2039,3,24)=='Thursday' and wd(2039,5,12)=='Thursday'
T = """Clúster del Corcho y la Dehesa de Extremadura
Inicio | Quiénes somos | Socios | Proyectos | Actualidad | Agenda | Contacto
Actualidad > Noticias del clúster

LA ASAMBLEA GENERAL RENUEVA LA JUNTA DIRECTIVA Y ELIGE A MERCEDES GALLARDO COMO PRESIDENTA

San Vicente de Alcántara (Badajoz), 25 de marzo de 2039

La Asamblea General ordinaria del Clúster del Corcho y la Dehesa de Extremadura (CLUCODEX) se celebró el jueves 24 de marzo de 2039 en el salón de actos del Instituto del Corcho, la Madera y el Carbón Vegetal (ICMC) en Mérida, con la asistencia de 58 de los 83 socios, presentes o representados. Tras aprobar las cuentas y la memoria de actividades, la Asamblea eligió por unanimidad la nueva Junta Directiva para el periodo 2039–2043.

Mercedes Gallardo Cuesta, directora general de Corchos Gallardo S.L., sustituye en la presidencia a Juan Antonio Sanabria, que ha presidido el clúster durante dos mandatos y que seguirá vinculado como presidente de honor.

Composición de la nueva Junta Directiva:

Presidenta: Mercedes Gallardo Cuesta (Corchos Gallardo S.L.)
Vicepresidente primero: Fernando Durán Pizarro (Tapones del Suroeste S.A.)
Vicepresidenta segunda: Ana Belén Rubio (Cooperativa Dehesa Viva, S. Coop.)
Secretario: Luis Miguel Carrasco (Universidad de Extremadura)
Tesorera: Pilar Mateos Rangel (Mateos Transformados del Corcho S.L.)
Vocales: Ricardo Bermejo (Asociación de Propietarios de Dehesas de Extremadura), Elena Sayago (Centro Tecnológico Agroalimentario CTAEX), Javier Cordero (Corcheras de Alburquerque S.L.) y Manuel Pajuelo (Ayuntamiento de San Vicente de Alcántara).

Gerente: Beatriz Chamorro, que continúa al frente del equipo técnico.

En su primera intervención, la nueva presidenta afirmó que "la dehesa necesita relevo generacional y el corcho necesita mercados nuevos; el clúster tiene que trabajar en las dos cosas a la vez". Gallardo agradeció el trabajo de Sanabria, "que supo unir a los industriales de San Vicente con los propietarios de la dehesa cuando nadie lo había conseguido".

Cerró el acto el consejero de Economía, Empresa e Innovación de la Junta de Extremadura, Alberto Nieto Galán, que anunció una línea de ayudas a la certificación forestal y recordó que la Estrategia de Especialización Inteligente de Extremadura 2035–2041 sitúa la bioeconomía de la dehesa entre sus prioridades. También intervino Teresa Cabello, directora del ICMC, que presentó el nuevo laboratorio de análisis sensorial de tapones.

Acuerdos de la Asamblea

- Aprobar las cuentas anuales del ejercicio 2038 y la memoria de actividades.
- Aprobar el plan de actuación y el presupuesto para 2039, con 412.000 euros de gasto.
- Incorporar como nuevos socios a Vinícola Guadiana S.L., a la Fundación Cajalmendralejo y a la empresa portuguesa Corticeira do Alentejo, Lda.
- Crear una comisión de sostenibilidad presidida por Ana Belén Rubio.
- Celebrar la Feria Internacional del Corcho de San Vicente de Alcántara del 10 al 12 de junio de 2039.

Próxima cita

La Junta Directiva se reunirá por primera vez el jueves 12 de mayo de 2039 en la sede del clúster. Ese mismo día, a las 18:00, el clúster organiza una jornada abierta sobre "Corcho y construcción sostenible" con la Escuela de Ingenierías Agrarias de Badajoz.

Más información: Beatriz Chamorro, gerencia@clucodex.example.es, tel. 924 000 000

Foto: Miembros de la nueva Junta Directiva tras la Asamblea. Autor: Rafael Sierra / CLUCODEX.

Compartir: Facebook | X | LinkedIn | WhatsApp | Imprimir

Noticias relacionadas:
· 02/03/2039 Abierta la convocatoria de la Asamblea General
· 14/02/2039 El clúster participa en la misión comercial a Burdeos
· 30/01/2039 Balance 2038: 41 proyectos y 9 nuevos socios

Aviso legal | Política de privacidad | Política de cookies | Accesibilidad
Proyecto cofinanciado por el Fondo Europeo de Desarrollo Regional (FEDER). Una manera de hacer Europa.
"""
write(F, T)
CL='Clúster del Corcho y la Dehesa de Extremadura'
gold(F,
 [P('Mercedes Gallardo Cuesta','Presidenta',CL), P('Juan Antonio Sanabria','presidente de honor',CL),
  P('Fernando Durán Pizarro','Vicepresidente primero','Clúster del Corcho y la Dehesa de Extremadura'),
  P('Ana Belén Rubio','Vicepresidenta segunda','Clúster del Corcho y la Dehesa de Extremadura'),
  P('Luis Miguel Carrasco','Secretario','Clúster del Corcho y la Dehesa de Extremadura'),
  P('Pilar Mateos Rangel','Tesorera','Clúster del Corcho y la Dehesa de Extremadura'),
  P('Ricardo Bermejo','Vocal','Clúster del Corcho y la Dehesa de Extremadura'),
  P('Elena Sayago','Vocal','Clúster del Corcho y la Dehesa de Extremadura'),
  P('Javier Cordero','Vocal','Clúster del Corcho y la Dehesa de Extremadura'),
  P('Manuel Pajuelo','Vocal','Clúster del Corcho y la Dehesa de Extremadura'),
  P('Beatriz Chamorro','Gerente',CL),
  P('Alberto Nieto Galán','consejero de Economía, Empresa e Innovación','Junta de Extremadura'),
  P('Teresa Cabello','directora','ICMC'), P('Rafael Sierra',None,'CLUCODEX')],
 [O(CL,'CLUCODEX'), O('Instituto del Corcho, la Madera y el Carbón Vegetal','ICMC'), O('Corchos Gallardo S.L.'),
  O('Tapones del Suroeste S.A.'), O('Cooperativa Dehesa Viva, S. Coop.'), O('Universidad de Extremadura'),
  O('Mateos Transformados del Corcho S.L.'), O('Asociación de Propietarios de Dehesas de Extremadura'),
  O('Centro Tecnológico Agroalimentario','CTAEX'), O('Corcheras de Alburquerque S.L.'),
  O('Ayuntamiento de San Vicente de Alcántara'), O('Junta de Extremadura'), O('Vinícola Guadiana S.L.'),
  O('Fundación Cajalmendralejo'), O('Corticeira do Alentejo, Lda.'), O('Escuela de Ingenierías Agrarias de Badajoz')],
 [E('Asamblea General ordinaria','2039-03-24',None,'Mérida','Spain'),
  E('Feria Internacional del Corcho de San Vicente de Alcántara','2039-06-10','2039-06-12','San Vicente de Alcántara','Spain'),
  E('reunión de la Junta Directiva','2039-05-12',None,None,None),
  E('Corcho y construcción sostenible','2039-05-12',None,None,None),
  E('misión comercial a Burdeos',None,None,'Burdeos','France')],
 ['2039-03-25','2039-03-24','2039/2043','2035/2041','2038','2039','2039-06-10/2039-06-12','2039-05-12',
  '2039-03-02','2039-02-14','2039-01-30'],
 ['Aprobar las cuentas anuales del ejercicio 2038 y la memoria de actividades',
  'Aprobar el plan de actuación y el presupuesto para 2039, con 412.000 euros de gasto',
  'Incorporar como nuevos socios a Vinícola Guadiana S.L., a la Fundación Cajalmendralejo y a la empresa portuguesa Corticeira do Alentejo, Lda',
  'Crear una comisión de sostenibilidad presidida por Ana Belén Rubio',
  'Celebrar la Feria Internacional del Corcho de San Vicente de Alcántara del 10 al 12 de junio de 2039'], pub='2039-03-25')
