from h import *
F = 'g08_rioja_agroalimentario_ponentes.txt'
assert wd(2039,10,19)=='Wednesday' and wd(2039,10,20)=='Thursday'
T = """Ir al contenido
Congreso AgroDigital Rioja 2039
Inicio  Programa  Ponentes  Inscripción  Sede  Patrocinadores  Prensa  Contacto
Utilizamos cookies propias y de terceros para analizar el uso de la web. Aceptar  Rechazar  Configurar

Inicio > Ponentes

Ponentes
19 y 20 de octubre de 2039 · Riojaforum, Logroño

El III Congreso AgroDigital Rioja reúne durante dos días a productores, cooperativas, bodegas, empresas tecnológicas y centros de investigación para debatir cómo la digitalización puede mejorar la rentabilidad del sector agroalimentario riojano. El congreso está organizado por el Clúster de la Alimentación de La Rioja (CLAR) con el apoyo de la Agencia de Desarrollo Económico de La Rioja (ADER) y la Universidad de La Rioja.

Inauguración – miércoles 19 de octubre, 9:30 h
María Luisa Garrido Ortiz
Consejera de Desarrollo Autonómico, Gobierno de La Rioja

Íñigo Sáenz de Cabezón
Presidente del Clúster de la Alimentación de La Rioja (CLAR)

Conferencia inaugural – 10:00 h
Dra. Beatriz Almansa Ruiz
Directora del Área de Agricultura Digital, Instituto de Ciencias de la Vid y del Vino (ICVV)
"Del dato al viñedo: diez años de sensores en La Rioja"

Mesa redonda 1: Trazabilidad y cadena de valor – 11:30 h
Modera: Alberto Marrodán, periodista, La Rioja Económica
- Carmen Lasanta Echeverría, directora general, Conservas El Cidacos S.A.
- Jorge Ibarrola, responsable de calidad, Bodegas Valdemar del Najerilla
- Nuria Peciña, CEO, Trazafood Tech S.L.
- Xavier Puigdollers, director de innovación, Cooperativa Agrícola de Calahorra

Taller práctico – 15:30 h
Ainhoa Uriarte, ingeniera agrónoma, AZTI (País Vasco)
"Cómo aplicar visión artificial en la clasificación de hortalizas"

Cena del congreso – 20:30 h, Bodegas Franco-Españolas, Logroño

Segunda jornada – jueves 20 de octubre

Conferencia internacional – 9:30 h
Pierre-Yves Lemoine
Director, Pôle de compétitivité Vitagora (Dijon, Francia)
"Clusters agroalimentarios europeos: lecciones de la Borgoña"

Mesa redonda 2: Financiación e inversión – 11:00 h
Modera: Elena Zubiri, gerente del CLAR
- Rubén Alesanco Tejada, jefe de servicio de innovación, ADER
- Sofía Martín-Oar, analista de inversiones, Caja Rural de Navarra
- Gonzalo Herreros, socio fundador, AgroVentures Ebro

Visitas técnicas – 15:00 h
Visita a la Finca Experimental La Grajera y a la planta de Conservas El Cidacos en Autol

Clausura – 17:30 h
Íñigo Sáenz de Cabezón y Prof. Dr. Juan Carlos Yangüela, Rector de la Universidad de La Rioja

Conclusiones de la edición 2038
En la edición anterior, celebrada el 26 y 27 de octubre de 2038, los participantes acordaron:
1. Crear un grupo de trabajo permanente sobre datos compartidos entre bodegas y cooperativas
2. Impulsar un programa de formación digital para agricultores mayores de 50 años
3. Solicitar a la administración regional una línea específica de ayudas a la trazabilidad

Descarga el documento de conclusiones 2038 (PDF)

Inscripción
Cuota general: 120 € · Socios del CLAR: 60 € · Estudiantes: gratuita
Plazo de inscripción hasta el 10 de octubre de 2039.
Inscríbete aquí

¿Quieres ser ponente en 2040? Escríbenos a congreso@clar.example.es

Compartir: Facebook | X | LinkedIn | WhatsApp

Patrocinan: Caja Rural de Navarra · Trazafood Tech · Ayuntamiento de Logroño
Colaboran: Cámara de Comercio de La Rioja · Federación de Empresas de La Rioja (FER)

Clúster de la Alimentación de La Rioja · C/ Portales 1 · 26001 Logroño · Tel. 941 00 00 00
Aviso legal · Política de privacidad · Política de cookies
© 2039 CLAR. Todos los derechos reservados.
"""
write(F, T)
C = "Clúster de la Alimentación de La Rioja"
gold(F,
 [P("María Luisa Garrido Ortiz","Consejera de Desarrollo Autonómico","Gobierno de La Rioja"),
  P("Íñigo Sáenz de Cabezón","Presidente",C),
  P("Beatriz Almansa Ruiz","Directora del Área de Agricultura Digital","Instituto de Ciencias de la Vid y del Vino"),
  P("Alberto Marrodán","periodista","La Rioja Económica"),
  P("Carmen Lasanta Echeverría","directora general","Conservas El Cidacos S.A."),
  P("Jorge Ibarrola","responsable de calidad","Bodegas Valdemar del Najerilla"),
  P("Nuria Peciña","CEO","Trazafood Tech S.L."),
  P("Xavier Puigdollers","director de innovación","Cooperativa Agrícola de Calahorra"),
  P("Ainhoa Uriarte","ingeniera agrónoma","AZTI"),
  P("Pierre-Yves Lemoine","Director","Pôle de compétitivité Vitagora"),
  P("Elena Zubiri","gerente","CLAR"),
  P("Rubén Alesanco Tejada","jefe de servicio de innovación","ADER"),
  P("Sofía Martín-Oar","analista de inversiones","Caja Rural de Navarra"),
  P("Gonzalo Herreros","socio fundador","AgroVentures Ebro"),
  P("Juan Carlos Yangüela","Rector","Universidad de La Rioja")],
 [O(C,"CLAR"), O("Agencia de Desarrollo Económico de La Rioja","ADER"), O("Universidad de La Rioja"), O("Gobierno de La Rioja"),
  O("Instituto de Ciencias de la Vid y del Vino","ICVV"), O("La Rioja Económica"), O("Conservas El Cidacos S.A."),
  O("Bodegas Valdemar del Najerilla"), O("Trazafood Tech S.L."), O("Cooperativa Agrícola de Calahorra"), O("AZTI"),
  O("Pôle de compétitivité Vitagora"), O("Caja Rural de Navarra"), O("AgroVentures Ebro"), O("Bodegas Franco-Españolas"),
  O("Ayuntamiento de Logroño"), O("Cámara de Comercio de La Rioja"), O("Federación de Empresas de La Rioja","FER")],
 [E("III Congreso AgroDigital Rioja","2039-10-19","2039-10-20","Logroño","Spain"),
  E("Cena del congreso","2039-10-19",None,"Logroño","Spain"),
  E("Visitas técnicas","2039-10-20",None,None,None),
  E("Congreso AgroDigital Rioja (edición 2038)","2038-10-26","2038-10-27",None,None)],
 ["2039-10-19/2039-10-20","2039-10-19","2039-10-20","2038-10-26/2038-10-27","2039-10-10","2040"],
 ["Crear un grupo de trabajo permanente sobre datos compartidos entre bodegas y cooperativas",
  "Impulsar un programa de formación digital para agricultores mayores de 50 años",
  "Solicitar a la administración regional una línea específica de ayudas a la trazabilidad"], None)
