from h import *
F = 'g10_bierzo_encuentro_clusteres_ponferrada.txt'
assert wd(2039,5,11)=='Wednesday' and wd(2039,5,12)=='Thursday' and wd(2039,5,13)=='Friday'
T = """NOTA DE PRENSA

El IV Encuentro de Clústeres del Noroeste reúne en Ponferrada a 190 profesionales de cuatro comunidades

Ponferrada, 13 de mayo de 2039. – El Museo de la Energía de Ponferrada acogió el miércoles 11 y el jueves 12 de mayo de 2039 el IV Encuentro de Clústeres del Noroeste, organizado por el Clúster de la Energía y la Minería Sostenible del Bierzo (CLEMIBI) con el apoyo del Instituto para la Competitividad Empresarial de Castilla y León (ICE) y del Consejo Comarcal del Bierzo. Durante dos días, 190 representantes de clústeres, empresas, universidades y administraciones de Castilla y León, Galicia, Asturias y el norte de Portugal debatieron sobre la transición industrial de las antiguas cuencas mineras.

La inauguración corrió a cargo de la consejera de Industria, Comercio y Empleo de la Junta de Castilla y León, María José Fernández Arias, y del alcalde de Ponferrada, Óscar Álvarez Rodríguez. El presidente de CLEMIBI, Luis Ángel GARCÍA PRIETO, recordó que el encuentro nació en 2033 "como una reunión de amigos" entre tres clústeres y que hoy reúne a más de veinte.

Ediciones anteriores del Encuentro:
I Encuentro – León, 14 de junio de 2033
II Encuentro – Oviedo, 22 y 23 de mayo de 2035
III Encuentro – Ourense, 17 y 18 de mayo de 2037

Programa
Miércoles 11 de mayo
10:00 Inauguración institucional
10:45 Ponencia marco: «Del carbón al hidrógeno: lo que aprendimos en el Ruhr», a cargo de Dr. Jens Brückner, de la agencia regional Business Metropole Ruhr GmbH (Alemania)
12:00 Mesa redonda: el papel de los clústeres en las zonas de transición justa
16:00 Encuentros B2B entre empresas y centros tecnológicos
20:30 Cena del encuentro en el Castillo de los Templarios

Jueves 12 de mayo
09:30 Talleres temáticos: almacenamiento de energía, materiales para la construcción, turismo industrial
12:30 Presentación del «Mapa de capacidades del Noroeste», elaborado por la Universidad de León
13:30 Clausura, con la directora general del ICE, Beatriz Casado Llamazares

Viernes 13 de mayo
Visitas técnicas opcionales a la central de bombeo de Las Ondinas y a la antigua mina de Fabero, hoy centro de interpretación.

En los encuentros B2B se celebraron 164 reuniones bilaterales. Participaron, entre otros, el Clúster de la Energía de Galicia (Galicia), el Clúster de la Industria del Metal de Asturias (MetaIndustry4) y el Polo das Tecnologias de Produção de Portugal (PRODUTECH, Portugal).

Conclusiones
Los relatores del encuentro, Marta Rodríguez Castro (Universidad de León) y Pedro Alves (PRODUTECH), presentaron en la clausura las siguientes conclusiones:
- Los clústeres deben ser la ventanilla de entrada de las pymes a los fondos de transición justa.
- Hace falta una red estable de clústeres del Noroeste, con una secretaría técnica compartida.
- La formación profesional dual es la herramienta más eficaz para retener a los jóvenes en las comarcas mineras.
- Las empresas piden procedimientos de ayuda más sencillos y plazos de pago más cortos.

Próxima edición
El V Encuentro de Clústeres del Noroeste se celebrará en 2041 en Braga (Portugal). Antes, en octubre de 2039, se celebrará en Santiago de Compostela la asamblea constituyente de la red de clústeres del Noroeste.

Sobre CLEMIBI
El Clúster de la Energía y la Minería Sostenible del Bierzo es una asociación empresarial innovadora fundada en 2029 con sede en Ponferrada. Agrupa a 47 socios: empresas, centros tecnológicos, la Fundación Ciudad de la Energía (CIUDEN) y ayuntamientos de la comarca.

Contacto de prensa: Nuria Blanco Merayo, responsable de comunicación de CLEMIBI · comunicacion@clemibi.example.es · 987 000 000
"""
write(F, T)
C="Clúster de la Energía y la Minería Sostenible del Bierzo"
gold(F,
 [P("María José Fernández Arias","consejera de Industria, Comercio y Empleo","Junta de Castilla y León"),
  P("Óscar Álvarez Rodríguez","alcalde de Ponferrada",None),
  P("Luis Ángel GARCÍA PRIETO","presidente",C),
  P("Jens Brückner",None,"Business Metropole Ruhr GmbH"),
  P("Beatriz Casado Llamazares","directora general","ICE"),
  P("Marta Rodríguez Castro","relator","Universidad de León"),
  P("Pedro Alves","relator","PRODUTECH"),
  P("Nuria Blanco Merayo","responsable de comunicación",C)],
 [O(C,"CLEMIBI"), O("Instituto para la Competitividad Empresarial de Castilla y León","ICE"), O("Consejo Comarcal del Bierzo"),
  O("Junta de Castilla y León"), O("Business Metropole Ruhr GmbH"), O("Universidad de León"), O("Clúster de la Energía de Galicia"),
  O("Clúster de la Industria del Metal de Asturias","MetaIndustry4"), O("Polo das Tecnologias de Produção de Portugal","PRODUTECH"),
  O("Fundación Ciudad de la Energía","CIUDEN"), O("Museo de la Energía de Ponferrada")],
 [E("IV Encuentro de Clústeres del Noroeste","2039-05-11","2039-05-12","Ponferrada","Spain"),
  E("I Encuentro","2033-06-14",None,"León","Spain"),
  E("II Encuentro","2035-05-22","2035-05-23","Oviedo","Spain"),
  E("III Encuentro","2037-05-17","2037-05-18","Ourense","Spain"),
  E("Encuentros B2B","2039-05-11",None,"Ponferrada","Spain"),
  E("Cena del encuentro","2039-05-11",None,"Ponferrada","Spain"),
  E("Talleres temáticos","2039-05-12",None,"Ponferrada","Spain"),
  E("Visitas técnicas","2039-05-13",None,None,"Spain"),
  E("V Encuentro de Clústeres del Noroeste","2041",None,"Braga","Portugal"),
  E("asamblea constituyente de la red de clústeres del Noroeste","2039-10",None,"Santiago de Compostela","Spain")],
 ["2039-05-13","2039-05-11/2039-05-12","2033","2033-06-14","2035-05-22/2035-05-23","2037-05-17/2037-05-18","2039-05-11","2039-05-12","2041","2039-10","2029"],
 ["Los clústeres deben ser la ventanilla de entrada de las pymes a los fondos de transición justa",
  "Hace falta una red estable de clústeres del Noroeste, con una secretaría técnica compartida",
  "La formación profesional dual es la herramienta más eficaz para retener a los jóvenes en las comarcas mineras",
  "Las empresas piden procedimientos de ayuda más sencillos y plazos de pago más cortos"],
 pub="2039-05-13")
