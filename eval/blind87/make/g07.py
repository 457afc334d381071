from h import *
F = 'g07_lleida_jornada_agroalimentaria_programa.txt'
assert wd(2041,3,21)=='Thursday' and wd(2041,3,22)=='Friday' and wd(2041,3,14)=='Thursday'
T = """Clúster Agroalimentario de Ponent
Inicio  Quiénes somos  Socios  Proyectos  Agenda  Noticias  Contacto   CA | ES | EN
Utilizamos cookies propias y de terceros. Aceptar  Rechazar  Configurar

Agenda › Jornada Técnica 2041

JORNADA TÉCNICA DEL CLÚSTER AGROALIMENTARIO DE PONENT
«Agua, energía y fruta dulce: la transición en el campo de Lleida»
Jueves, 21 de marzo de 2041 · Parc Científic i Tecnològic Agroalimentari de Lleida (PCiTAL), Edificio H1, Auditorio
Viernes, 22 de marzo de 2041 · Visitas técnicas (plazas limitadas)

Sobre la jornada: tras dos veranos de restricciones de riego en el Segrià y el Pla d'Urgell, la jornada técnica de este año reúne a productores, cooperativas, centrales frutícolas y empresas de energía para compartir soluciones que ya funcionan en la zona. Se presentarán casos reales de riego deficitario controlado, de placas solares sobre balsas y de cámaras frigoríficas con almacenamiento térmico.

Inscripción gratuita para socios. No socios: 60 €. Plazo de inscripción hasta el jueves 14 de marzo de 2041.
[Inscribirse]   [Descargar programa en PDF]   [Añadir al calendario]

PROGRAMA
Jueves, 21 de marzo

09:00  Acreditación y café de bienvenida

09:30  Inauguración
Jordi Balcells i Farré, presidente del Clúster Agroalimentario de Ponent
Montserrat Gené Roig, directora general de Agricultura y Ganadería, Departamento de Acción Climática, Alimentación y Agenda Rural de la Generalitat de Catalunya
Félix Larrosa, alcalde de Lleida

10:00  Conferencia inaugural: «El regadío en un clima más seco»
Dra. Inmaculada Sastre Peña, investigadora del Instituto de Investigación y Tecnología Agroalimentarias (IRTA)

10:45  Mesa redonda 1: Eficiencia hídrica en fruta dulce
Modera: Pau Castellví, gerente del clúster
- Ramon Bové, director técnico, Fruits de Ponent SCCL
- Laura Segarra, responsable de innovación, Nufri SAT
- Dr. Miquel Àngel Pons, Universitat de Lleida (UdL), Escuela Técnica Superior de Ingeniería Agraria
- Teresa Ribalta, Comunidad General de Regantes del Canal de Urgell

12:00  Pausa café y networking

12:30  Mesa redonda 2: Autoconsumo solar y almacenamiento en frío
Modera: Anna Solé i Vilanova, técnica de proyectos del clúster
- Xavier Profitós, director de operaciones, Frigoríficos del Segrià SL
- Lucía Martín-Arroyo, Instituto para la Diversificación y Ahorro de la Energía (IDAE)
- Joan Esteve, consejero delegado, Solàrium Agro SL

13:45  Presentación del proyecto europeo AGRIWATT (Interreg SUDOE)
Dra. Hélène Cazaubon, coordinadora, Chambre d'agriculture de Lot-et-Garonne

14:15  Almuerzo de trabajo en el PCiTAL

15:30  Talleres paralelos
A) Ayudas del PERTE agroalimentario: cómo preparar la solicitud — ACCIÓ, Agencia para la Competitividad de la Empresa
B) Sensores y riego de precisión: demostración en parcela experimental — Fundació Mas Badia

17:00  Conclusiones y clausura
Pau Castellví, gerente del Clúster Agroalimentario de Ponent

Viernes, 22 de marzo — Visitas técnicas
08:30  Salida en autobús desde el PCiTAL
09:30  Visita a la central hortofrutícola de Fruits de Ponent en Alcarràs
11:30  Visita a la planta fotovoltaica flotante de la balsa de riego de Torres de Segre
13:30  Regreso a Lleida

Información práctica
Lugar: PCiTAL, Campus de Gardeny, 25003 Lleida. Aparcamiento gratuito.
Idiomas: catalán y castellano, con traducción simultánea al inglés en el auditorio.
La jornada se enmarca en la Semana Europea de los Clústeres 2041.

Organiza: Clúster Agroalimentario de Ponent
Colaboran: Diputación de Lleida, Cámara de Comercio de Lleida, Universitat de Lleida
Con el apoyo de: Generalitat de Catalunya – Catalonia Clusters

Contacto
Anna Solé i Vilanova
Técnica de proyectos
jornada@clusterponent.example.es · 973 00 00 00

Compartir: Facebook · LinkedIn · WhatsApp · Correo

Aviso legal · Política de privacidad · Política de cookies
© 2041 Clúster Agroalimentario de Ponent
"""
write(F, T)
gold(F,
 [P("Jordi Balcells i Farré","presidente","Clúster Agroalimentario de Ponent"),
  P("Montserrat Gené Roig","directora general de Agricultura y Ganadería","Departamento de Acción Climática, Alimentación y Agenda Rural de la Generalitat de Catalunya"),
  P("Félix Larrosa","alcalde de Lleida",None),
  P("Inmaculada Sastre Peña","investigadora","Instituto de Investigación y Tecnología Agroalimentarias"),
  P("Pau Castellví","gerente","Clúster Agroalimentario de Ponent"),
  P("Ramon Bové","director técnico","Fruits de Ponent SCCL"),
  P("Laura Segarra","responsable de innovación","Nufri SAT"),
  P("Miquel Àngel Pons",None,"Universitat de Lleida"),
  P("Teresa Ribalta",None,"Comunidad General de Regantes del Canal de Urgell"),
  P("Anna Solé i Vilanova","técnica de proyectos","Clúster Agroalimentario de Ponent"),
  P("Xavier Profitós","director de operaciones","Frigoríficos del Segrià SL"),
  P("Lucía Martín-Arroyo",None,"Instituto para la Diversificación y Ahorro de la Energía"),
  P("Joan Esteve","consejero delegado","Solàrium Agro SL"),
  P("Hélène Cazaubon","coordinadora","Chambre d'agriculture de Lot-et-Garonne")],
 [O("Clúster Agroalimentario de Ponent"), O("Parc Científic i Tecnològic Agroalimentari de Lleida","PCiTAL"),
  O("Departamento de Acción Climática, Alimentación y Agenda Rural"), O("Generalitat de Catalunya"),
  O("Instituto de Investigación y Tecnología Agroalimentarias","IRTA"), O("Fruits de Ponent SCCL"), O("Nufri SAT"),
  O("Universitat de Lleida","UdL"), O("Escuela Técnica Superior de Ingeniería Agraria"),
  O("Comunidad General de Regantes del Canal de Urgell"), O("Frigoríficos del Segrià SL"),
  O("Instituto para la Diversificación y Ahorro de la Energía","IDAE"), O("Solàrium Agro SL"),
  O("Chambre d'agriculture de Lot-et-Garonne"), O("ACCIÓ, Agencia para la Competitividad de la Empresa","ACCIÓ"),
  O("Fundació Mas Badia"), O("Diputación de Lleida"), O("Cámara de Comercio de Lleida"), O("Catalonia Clusters")],
 [E("Jornada Técnica del Clúster Agroalimentario de Ponent","2041-03-21","2041-03-22","Lleida","Spain"),
  E("Visitas técnicas","2041-03-22",None,None,"Spain"),
  E("Visita a la central hortofrutícola de Fruits de Ponent","2041-03-22",None,"Alcarràs","Spain"),
  E("Visita a la planta fotovoltaica flotante de la balsa de riego de Torres de Segre","2041-03-22",None,"Torres de Segre","Spain"),
  E("Almuerzo de trabajo","2041-03-21",None,"Lleida","Spain"),
  E("Talleres paralelos","2041-03-21",None,"Lleida","Spain"),
  E("Semana Europea de los Clústeres 2041","2041",None,None,None)],
 ["2041-03-21","2041-03-22","2041-03-14"], [], pub=None)
