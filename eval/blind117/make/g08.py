from h import *
F = 'g08_vigo_cluster_movilidad_jornada.md'
assert wd(2035,11,20)=='Tuesday' and wd(2035,12,4)=='Tuesday'
T = """Inicio > Actualidad > Noticias

# La movilidad eléctrica une a Galicia y el Norte de Portugal en Vigo

**Vigo, 27 de noviembre de 2035.** – Más de 130 profesionales de empresas, centros tecnológicos y administraciones de ambos lados del Miño participaron el martes 20 de noviembre en la *III Jornada Transfronteriza de Movilidad Sostenible*, organizada por el Clúster Gallego de Movilidad Sostenible (CGMS) y la asociación portuguesa mobiNORTE – Cluster da Mobilidade do Norte en la sede del Centro Tecnológico de Automoción de Galicia (CTAG), en O Porriño.

La jornada forma parte de las acciones conjuntas de la Agrupación Europea de Cooperación Territorial Galicia-Norte de Portugal (AECT GNP) y del proyecto Interreg VI-A España-Portugal (POCTEP) «ELECTROMIÑO».

## Programa

- **09:30** Acreditación y café
- **10:00** Inauguración, a cargo de María José Outeiriño Seoane, conselleira de Economía, Industria e Innovación de la Xunta de Galicia, y de António Cunha Vasconcelos, presidente de la Comissão de Coordenação e Desenvolvimento Regional do Norte
- **10:30** Ponencia: «Baterías de segunda vida en el transporte urbano», por la Dra. Lucía Fernández-Iglesias (Universidade de Vigo)
- **11:30** Mesa redonda: «¿Qué necesita la cadena de suministro para electrificar la flota pesada?», moderada por Xoán Lorenzo Barreiro, director gerente del CGMS
- **13:30** Almuerzo de networking
- **15:00** Reuniones bilaterales entre empresas (formato B2B, 20 minutos)
- **17:30** Visita a las instalaciones de ensayo de baterías del CTAG

En las reuniones bilaterales de la tarde se celebraron 74 encuentros entre 52 empresas, la mitad de ellas portuguesas. Según la encuesta de satisfacción, el 81 % de los participantes calificó la jornada como «muy útil» y casi un tercio ya había acordado una segunda reunión antes de salir del CTAG.

## Un caso de éxito: Talleres Moaña y su socio de Braga

El ejemplo más citado del día fue la colaboración entre Talleres Moaña S.L., fabricante de carrocerías para autobuses urbanos, y la empresa bracarense Voltcar Sistemas Lda., especialista en la integración de baterías. Ambas se conocieron en la primera edición de la jornada, celebrada en Braga en 2033, y hoy suministran conjuntamente autobuses eléctricos a los municipios de Pontevedra y Viana do Castelo. «Sin el clúster nunca habríamos cruzado la frontera para buscar un socio tecnológico: nuestros clientes estaban en Madrid», explicó Ramón Estévez, consejero delegado de Talleres Moaña.

## Conclusiones

Al cierre de la jornada, las dos organizaciones presentaron las siguientes conclusiones:

1. La eurorregión debe contar con una red común de puntos de recarga para vehículos pesados antes de 2038
2. Los clústeres de ambos lados coordinarán su presencia en ferias internacionales bajo una única marca eurorregional
3. Es necesario un programa conjunto de formación profesional en alta tensión, con prácticas en empresas gallegas y portuguesas
4. Las pymes reclaman convocatorias de ayudas con plazos y requisitos armonizados en Galicia y el Norte

## Ediciones anteriores

- I Jornada: Braga, 17 de octubre de 2033
- II Jornada: Guimarães, 9 de octubre de 2034

La IV Jornada se celebrará en Viana do Castelo en otoño de 2036. Antes, el CGMS y mobiNORTE encabezarán una misión comercial conjunta a la feria *Busworld Europe* en Bruselas, del 4 al 9 de diciembre de 2035. Las empresas interesadas pueden inscribirse hasta el 30 de noviembre.

**Contacto de prensa:** Noelia Vázquez Rial, comunicación CGMS – prensa@clustermovilidad.example.gal

---

*Compartir:* [LinkedIn](#) | [X](#) | [Correo](#)

*Noticias relacionadas:* [El CGMS se incorpora a la European Automotive Clusters Network](#) · [Nueva junta directiva 2035–2039](#)

© Clúster Gallego de Movilidad Sostenible · Aviso legal · Política de cookies
"""
write(F, T)
C="Clúster Gallego de Movilidad Sostenible"; M="mobiNORTE – Cluster da Mobilidade do Norte"
assert wd(2033,10,17)=='Monday' and wd(2034,10,9)=='Monday'
gold(F,
 [P("María José Outeiriño Seoane","conselleira de Economía, Industria e Innovación","Xunta de Galicia"),
  P("António Cunha Vasconcelos","presidente","Comissão de Coordenação e Desenvolvimento Regional do Norte"),
  P("Lucía Fernández-Iglesias",None,"Universidade de Vigo"),
  P("Xoán Lorenzo Barreiro","director gerente","CGMS"),
  P("Ramón Estévez","consejero delegado","Talleres Moaña S.L."),
  P("Noelia Vázquez Rial","comunicación","CGMS")],
 [O(C,"CGMS"), O(M), O("Centro Tecnológico de Automoción de Galicia","CTAG"),
  O("Agrupación Europea de Cooperación Territorial Galicia-Norte de Portugal","AECT GNP"),
  O("Xunta de Galicia"), O("Comissão de Coordenação e Desenvolvimento Regional do Norte"), O("Universidade de Vigo"),
  O("Talleres Moaña S.L."), O("Voltcar Sistemas Lda."), O("European Automotive Clusters Network")],
 [E("III Jornada Transfronteriza de Movilidad Sostenible","2035-11-20",None,"O Porriño","Spain"),
  E("Almuerzo de networking","2035-11-20",None,"O Porriño","Spain"),
  E("Reuniones bilaterales entre empresas","2035-11-20",None,"O Porriño","Spain"),
  E("Visita a las instalaciones de ensayo de baterías del CTAG","2035-11-20",None,"O Porriño","Spain"),
  E("I Jornada","2033-10-17",None,"Braga","Portugal"),
  E("II Jornada","2034-10-09",None,"Guimarães","Portugal"),
  E("IV Jornada","2036",None,"Viana do Castelo","Portugal"),
  E("misión comercial conjunta","2035-12-04","2035-12-09","Bruselas","Belgium"),
  E("Busworld Europe","2035-12-04","2035-12-09","Bruselas","Belgium")],
 ["2035-11-27","2035-11-20","2033","2038","2033-10-17","2034-10-09","2036","2035-12-04/2035-12-09","2035-11-30","2035/2039"],
 ["La eurorregión debe contar con una red común de puntos de recarga para vehículos pesados antes de 2038",
  "Los clústeres de ambos lados coordinarán su presencia en ferias internacionales bajo una única marca eurorregional",
  "Es necesario un programa conjunto de formación profesional en alta tensión, con prácticas en empresas gallegas y portuguesas",
  "Las pymes reclaman convocatorias de ayudas con plazos y requisitos armonizados en Galicia y el Norte"],
 pub="2035-11-27")
