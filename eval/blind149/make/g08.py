from h import *
F = 'g08_castellon_jornada_ponentes.txt'
assert wd(2039,2,24)=='Thursday' and wd(2039,2,23)=='Wednesday'
T = """Clúster Cerámico de Castellón
Inicio | Quiénes somos | Socios | Agenda | Noticias | Contacto | Área privada

Agenda > Jornada anual del clúster 2039

XII Jornada Anual del Clúster Cerámico: «Talento y descarbonización»
Jueves, 24 de febrero de 2039 · Escuela Superior de Cerámica de l'Alcora (ESCAL), l'Alcora (Castellón)
Organiza: Asociación Clúster Cerámico de Castellón (ACCC) · Colabora: Instituto de Tecnología Cerámica (ITC-AICE) y Universitat Jaume I

Inscripción gratuita para socios; 60 € para no socios. Plazas limitadas a 180 personas. La jornada reúne cada año a fabricantes de baldosas, esmaltes y maquinaria, centros tecnológicos y centros de formación de la provincia. Fecha límite de inscripción: 17/02/2039.

PROGRAMA

09:00 Acreditación y café de bienvenida
09:30 Apertura institucional
      Lucía Beltrán Monfort, presidenta de la Asociación Clúster Cerámico de Castellón
      Vicent Ferrer i Gual, director general de Industria, Generalitat Valenciana
10:00 Ponencia inaugural: «La cerámica europea ante el precio del carbono»
      Dra. Marianne Vercauteren, directora de Asuntos Públicos, Cerame-Unie (Bruselas)
10:45 Mesa redonda: ¿Dónde está el talento que necesitamos?
      Modera: Jorge Sanz-Agost, gerente del clúster
      Participan: Elena Puig Cortés (Porcelanosa Grupo), Rafael Ortells (Universitat Jaume I), Noelia Gil Badenes (Florida Universitària) y Giovanni Bertolazzi (Confindustria Ceramica, Sassuolo)
12:15 Pausa y exposición de pósteres
12:45 Casos de éxito de socios: hornos de hidrógeno y recuperación de calor
      Pau Llorens, director técnico de Esmaltes Mediterráneo S.L.
      Ana Isabel Ribés, jefa de proyectos del ITC-AICE
13:45 Conclusiones y clausura
      Óscar Cabedo, concejal de Promoción Económica del Ayuntamiento de l'Alcora
14:00 Comida de networking en el restaurante Mas de Sant Vicent
16:00 Visita a la planta piloto de hidrógeno de Keraben Grupo en Nules (plazas limitadas, autobús desde ESCAL)

PONENTES

Lucía Beltrán Monfort
Presidenta del clúster desde marzo de 2037 y consejera delegada de Cerámicas Beltrán S.A., empresa familiar de Onda fundada en 1968. Ingeniera química por la Universitat Jaume I, trabajó ocho años en Italia antes de volver a la empresa familiar en 2026. Fue reelegida por la asamblea general de socios celebrada el 23 de febrero de 2039, la víspera de la jornada.

Dra. Marianne Vercauteren
Belga, doctora en Ciencia de Materiales por la KU Leuven. Entre 2028 y 2035 trabajó en la Dirección General de Mercado Interior, Industria, Emprendimiento y pymes (DG GROW) de la Comisión Europea. Desde 2035 dirige los asuntos públicos de Cerame-Unie, la federación europea de la industria cerámica.

Jorge Sanz-Agost
Gerente del clúster desde 2033. Antes fue técnico de internacionalización en la Cámara de Comercio de Castellón. Coordina la participación del clúster en la alianza europea de clústeres cerámicos.

Elena Puig Cortés
Directora de Personas de Porcelanosa Grupo en Vila-real, responsable de la escuela interna de oficios.

Rafael Ortells
Catedrático de Ingeniería Química y vicerrector de Transferencia de la Universitat Jaume I.

Noelia Gil Badenes
Coordinadora de Formación Profesional Dual en Florida Universitària (Catarroja).

Giovanni Bertolazzi
Responsable de formación de Confindustria Ceramica, la asociación italiana de fabricantes, con sede en Sassuolo (Módena).

Pau Llorens
Director técnico de Esmaltes Mediterráneo S.L. (Almassora), donde dirige el proyecto de horno de hidrógeno.

Ana Isabel Ribés
Jefa de proyectos de descarbonización del Instituto de Tecnología Cerámica.

EDICIONES ANTERIORES
XI Jornada (2038): «Digitalizar la fábrica», Vila-real
X Jornada (2037): «Agua y cerámica», Onda
IX Jornada (2036): «Mercados emergentes», Castellón de la Plana

Información: jornada@clusterceramico.example.es · Tel. 964 00 00 00
Política de privacidad · Aviso legal · Cookies
Compartir: LinkedIn | X | WhatsApp
"""
write(F, T)
C="Asociación Clúster Cerámico de Castellón"
gold(F,
 [P("Lucía Beltrán Monfort","presidenta",C),
  P("Vicent Ferrer i Gual","director general de Industria","Generalitat Valenciana"),
  P("Marianne Vercauteren","directora de Asuntos Públicos","Cerame-Unie"),
  P("Jorge Sanz-Agost","gerente del clúster",C),
  P("Elena Puig Cortés","Directora de Personas","Porcelanosa Grupo"),
  P("Rafael Ortells","vicerrector de Transferencia","Universitat Jaume I"),
  P("Noelia Gil Badenes","Coordinadora de Formación Profesional Dual","Florida Universitària"),
  P("Giovanni Bertolazzi","Responsable de formación","Confindustria Ceramica"),
  P("Pau Llorens","director técnico","Esmaltes Mediterráneo S.L."),
  P("Ana Isabel Ribés","jefa de proyectos","ITC-AICE"),
  P("Óscar Cabedo","concejal de Promoción Económica","Ayuntamiento de l'Alcora")],
 [O(C,"ACCC"), O("Escuela Superior de Cerámica de l'Alcora","ESCAL"), O("Instituto de Tecnología Cerámica","ITC-AICE"),
  O("Universitat Jaume I"), O("Generalitat Valenciana"), O("Cerame-Unie"), O("Porcelanosa Grupo"), O("Florida Universitària"),
  O("Confindustria Ceramica"), O("Esmaltes Mediterráneo S.L."), O("Ayuntamiento de l'Alcora"), O("Keraben Grupo"),
  O("Cerámicas Beltrán S.A."), O("KU Leuven"), O("Dirección General de Mercado Interior, Industria, Emprendimiento y pymes","DG GROW"),
  O("Comisión Europea"), O("Cámara de Comercio de Castellón")],
 [E("XII Jornada Anual del Clúster Cerámico","2039-02-24",None,"l'Alcora","Spain"),
  E("Comida de networking","2039-02-24",None,None,None),
  E("Visita a la planta piloto de hidrógeno de Keraben Grupo","2039-02-24",None,"Nules","Spain"),
  E("asamblea general de socios","2039-02-23",None,None,None),
  E("XI Jornada","2038",None,"Vila-real","Spain"),
  E("X Jornada","2037",None,"Onda","Spain"),
  E("IX Jornada","2036",None,"Castellón de la Plana","Spain")],
 ["2039-02-24","2039-02-17","2037-03","1968","2026","2039-02-23","2028/2035","2035","2033","2038","2037","2036"],
 [], pub=None)
