from h import *
F = 'g06_ibi_encuesta_juguete.txt'
assert wd(2040,10,15)=='Monday' and wd(2040,11,22)=='Thursday'
T = """Asociación Clúster del Juguete y Ocio Infantil de la Foia de Castalla (CLUJOI)
Nota de prensa · Ibi (Alicante), 22 de octubre de 2040

La mitad de las empresas jugueteras de la Foia de Castalla prevé contratar en 2041, pero siete de cada diez no encuentran perfiles técnicos

Resumen de resultados de la Encuesta de Competitividad del Sector Juguetero 2040

El Clúster del Juguete y Ocio Infantil de la Foia de Castalla (CLUJOI) ha presentado este lunes, 15 de octubre, en la sede de AIJU Instituto Tecnológico de Producto Infantil y Ocio en Ibi, los resultados de su cuarta encuesta anual a empresas del sector. El estudio, realizado entre el 3 de junio y el 12 de julio de 2040, recoge las respuestas de 142 empresas de Ibi, Onil, Castalla y Tibi, que en conjunto emplean a unas 4.100 personas.

La presentación corrió a cargo de la presidenta del clúster, Remedios Sanchis Mollá, y del director del estudio, el economista Vicent Guillem i Bernabeu, profesor de la Universidad de Alicante. También intervino Jorge Albero Pérez, director general de Industria de la Generalitat Valenciana, que anunció una nueva línea de ayudas para la digitalización de pymes industriales.

Perfil de las empresas participantes

- 61 % fabricantes de juguetes y artículos de ocio infantil
- 24 % proveedores de moldes, plásticos y componentes
- 15 % servicios (diseño, logística, ensayos y certificación)
- Tamaño medio: 29 trabajadores; solo nueve empresas superan los 250

Principales conclusiones

1. El 52 % de las empresas prevé aumentar su plantilla en 2041, sobre todo en diseño, ingeniería de producto y comercio electrónico
2. El 71 % declara dificultades para cubrir puestos técnicos, especialmente matriceros y técnicos de inyección
3. La sostenibilidad ya es un criterio de compra: el 44 % de los clientes europeos exige información sobre el contenido reciclado de los productos
4. Solo el 18 % de las empresas utiliza herramientas de diseño asistido por inteligencia artificial
5. La dependencia de componentes electrónicos asiáticos sigue siendo el principal riesgo para la cadena de suministro

«Tenemos empresas con cien años de historia que están rediseñando toda su gama para cumplir el nuevo reglamento europeo de seguridad de los juguetes», explicó Sanchis Mollá. «El reto ya no es vender, es encontrar a las personas que sepan hacerlo».

Propuestas del clúster

A partir de los resultados, la junta directiva del CLUJOI aprobó en su reunión del 18 de octubre de 2040 las siguientes propuestas:
- Un programa de formación dual en matricería con el IES La Foia de Ibi a partir del curso 2041-2042
- Un servicio compartido de cálculo de huella de carbono para las pymes asociadas
- Una misión comercial a la feria Spielwarenmesse de Núremberg del 27 al 31 de enero de 2041
- La participación en la alianza europea de clústeres del juguete junto con Toy Industries of Europe (TIE)

Próximos pasos

Los resultados completos se debatirán en la jornada «Juguete 2050: Talento y sostenibilidad», que se celebrará el jueves 22 de noviembre de 2040 en el Museo Valenciano del Juguete de Ibi, con la participación de la Cámara de Comercio de Alicante y del Instituto Valenciano de Competitividad Empresarial (IVACE). La encuesta de 2039, cuyos resultados se presentaron en Onil en octubre de 2039, ya había detectado la falta de perfiles técnicos, pero entonces solo el 54 % de las empresas lo consideraba un problema grave.

Sobre el CLUJOI
El Clúster del Juguete y Ocio Infantil de la Foia de Castalla es una asociación sin ánimo de lucro creada en 2034. Agrupa a 118 empresas y entidades y forma parte de la red de clústeres reconocidos como Agrupaciones Empresariales Innovadoras (AEI) por el Ministerio de Industria y Turismo.

Contacto de prensa: Marta Verdú Colomina, responsable de comunicación · prensa@clujoi.example.es · 965 00 00 00

---
Clúster del Juguete y Ocio Infantil de la Foia de Castalla · Av. de la Industria 00, 03440 Ibi · Aviso legal · Política de privacidad
"""
write(F, T)
C="Asociación Clúster del Juguete y Ocio Infantil de la Foia de Castalla"
gold(F,
 [P("Remedios Sanchis Mollá","presidenta",C),
  P("Vicent Guillem i Bernabeu","profesor","Universidad de Alicante"),
  P("Jorge Albero Pérez","director general de Industria","Generalitat Valenciana"),
  P("Marta Verdú Colomina","responsable de comunicación",C)],
 [O(C,"CLUJOI"), O("Instituto Tecnológico de Producto Infantil y Ocio","AIJU"), O("Universidad de Alicante"),
  O("Generalitat Valenciana"), O("IES La Foia"), O("Toy Industries of Europe","TIE"), O("Cámara de Comercio de Alicante"),
  O("Instituto Valenciano de Competitividad Empresarial","IVACE"), O("Ministerio de Industria y Turismo")],
 [E("presentación","2040-10-15",None,"Ibi","Spain"),
  E("reunión","2040-10-18",None,None,None),
  E("misión comercial a la feria Spielwarenmesse","2041-01-27","2041-01-31","Núremberg","Germany"),
  E("Juguete 2050: Talento y sostenibilidad","2040-11-22",None,"Ibi","Spain")],
 ["2040-10-22","2041","2040-10-15","2040-06-03/2040-07-12","2040-10-18","2041/2042","2041-01-27/2041-01-31","2040-11-22","2039","2039-10","2034"],
 ["El 52 % de las empresas prevé aumentar su plantilla en 2041, sobre todo en diseño, ingeniería de producto y comercio electrónico",
  "El 71 % declara dificultades para cubrir puestos técnicos, especialmente matriceros y técnicos de inyección",
  "La sostenibilidad ya es un criterio de compra: el 44 % de los clientes europeos exige información sobre el contenido reciclado de los productos",
  "Solo el 18 % de las empresas utiliza herramientas de diseño asistido por inteligencia artificial",
  "La dependencia de componentes electrónicos asiáticos sigue siendo el principal riesgo para la cadena de suministro",
  "Un programa de formación dual en matricería con el IES La Foia de Ibi a partir del curso 2041-2042",
  "Un servicio compartido de cálculo de huella de carbono para las pymes asociadas",
  "Una misión comercial a la feria Spielwarenmesse de Núremberg del 27 al 31 de enero de 2041",
  "La participación en la alianza europea de clústeres del juguete junto con Toy Industries of Europe (TIE)"],
 pub="2040-10-22")
