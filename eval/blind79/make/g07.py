from h import *
F = 'g07_bierzo_encuentro_b2b_feria.txt'
T = f"""ENCUENTRO EMPRESARIAL INTERNACIONAL «BIERZO FOOD & WINE MEETINGS 2034»
En el marco de la XII Feria Agroalimentaria del Bierzo (FAB 2034)
Ponferrada (León), {w(2034,11,8,'es')} 8 y {w(2034,11,9,'es')} 9 de noviembre de 2034 – Recinto Ferial La Térmica

Publicado el 12 de septiembre de 2034 | Clúster Agroalimentario del Bierzo | Eventos

¿Qué es?
El Clúster Agroalimentario del Bierzo (CLAB), junto con la Cámara Oficial de Comercio, Industria y Servicios de León y la red Enterprise Europe Network Castilla y León, organiza por tercera vez un encuentro de negocios internacional durante la feria. Se trata de reuniones bilaterales de 25 minutos, programadas con antelación a través de una plataforma en línea, entre empresas productoras del Bierzo y compradores, distribuidores, importadores y socios tecnológicos de otros países.

En la edición de 2033 participaron 118 empresas de 14 países y se celebraron 402 reuniones. Este año se espera la participación de compradores de Francia, Portugal, Bélgica, Alemania, Polonia y Canadá.

Sectores
– Vinos D.O. Bierzo y otras bebidas
– Frutas y hortalizas (pimiento asado del Bierzo, manzana reineta, pera conferencia)
– Cárnicos y embutidos (botillo del Bierzo, cecina)
– Castaña y productos derivados
– Envases, maquinaria y servicios para la industria alimentaria

Fechas clave
– Apertura de la inscripción: 15 de septiembre de 2034
– Fecha límite para registrar el perfil de empresa: 17 de octubre de 2034
– Solicitud de reuniones: del 20 de octubre al 3 de noviembre de 2034
– Envío de las agendas individuales: 6 de noviembre de 2034
– Reuniones bilaterales: 8 de noviembre (10.00–14.00 y 16.00–19.00) y 9 de noviembre (10.00–14.00)

Programa complementario
{w(2034,11,8,'es').capitalize()} 8 de noviembre
09.30 Acreditación en el stand del clúster (pabellón 1, stand 14)
10.00 Inauguración de la feria a cargo de D. Olegario Ramón Fernández, presidente del Consejo Comarcal del Bierzo, y de Dña. Gloria Merayo de la Vega, alcaldesa de Ponferrada
10.30 Inicio de las reuniones B2B
13.30 Cata comentada de vinos del Bierzo para los compradores internacionales, dirigida por Dña. Beatriz Álvarez-Folgueral, enóloga y directora técnica del Consejo Regulador de la D.O. Bierzo
20.30 Cena de bienvenida para compradores y expositores en el Castillo de los Templarios

{w(2034,11,9,'es').capitalize()} 9 de noviembre
10.00 Segunda jornada de reuniones B2B
12.00 Mesa redonda «Exportar desde un territorio pequeño», moderada por D. Iván Carballo Prieto, gerente del CLAB, con Mme. Sophie Lenoir-Dufresne (Groupe Lenoir Distribution, Lyon), Mr. Adam Kowalczyk (Polska Żywność Import Sp. z o.o.) y Dña. Lucía Bello Ovalle (Conservas Bello, S.L.)
16.00 Visita a bodegas y a una planta de asado de pimientos en Cacabelos (plazas limitadas; autobús desde el recinto ferial)

Participación
La participación es gratuita para empresas socias del clúster y para compradores internacionales invitados. Las demás empresas abonarán una cuota de 90 € (IVA no incluido), que incluye la agenda de reuniones, el almuerzo de los dos días y la cena de bienvenida. El Instituto para la Competitividad Empresarial de Castilla y León (ICE) cofinancia el viaje de hasta veinte compradores.

Las empresas deben rellenar su perfil en inglés. La organización se reserva el derecho de rechazar perfiles incompletos o que no correspondan a los sectores del encuentro. Las reuniones se confirman por orden de aceptación; cada empresa puede tener un máximo de 14 reuniones.

Idiomas: español, inglés y francés. Habrá intérpretes de apoyo para portugués y polaco bajo petición antes del 24 de octubre de 2034.

Lugar
Recinto Ferial La Térmica, Av. de la Libertad s/n, 24404 Ponferrada (León). Aparcamiento gratuito para expositores. Alojamiento recomendado: hoteles del centro de Ponferrada, con tarifas especiales hasta el 20 de octubre.

Contacto
Dña. Nerea Valcarce Gómez
Técnica de internacionalización – Enterprise Europe Network Castilla y León
Cámara Oficial de Comercio, Industria y Servicios de León
Tel.: +34 987 00 00 00 – Correo: b2b@clab-bierzo.example.es

D. Iván Carballo Prieto
Gerente – Clúster Agroalimentario del Bierzo
Tel.: +34 987 00 00 01

Compartir: Facebook | X | LinkedIn | WhatsApp
Política de cookies | Aviso legal | © 2034 Clúster Agroalimentario del Bierzo
"""
write(F, T)
gold(F,
 [P("Olegario Ramón Fernández", "presidente", "Consejo Comarcal del Bierzo"),
  P("Gloria Merayo de la Vega", "alcaldesa de Ponferrada", None),
  P("Beatriz Álvarez-Folgueral", "directora técnica", "Consejo Regulador de la D.O. Bierzo"),
  P("Iván Carballo Prieto", "gerente", "CLAB"),
  P("Sophie Lenoir-Dufresne", None, "Groupe Lenoir Distribution"),
  P("Adam Kowalczyk", None, "Polska Żywność Import Sp. z o.o."),
  P("Lucía Bello Ovalle", None, "Conservas Bello, S.L."),
  P("Nerea Valcarce Gómez", "Técnica de internacionalización", "Enterprise Europe Network Castilla y León")],
 [O("Clúster Agroalimentario del Bierzo", "CLAB"), O("Cámara Oficial de Comercio, Industria y Servicios de León"),
  O("Enterprise Europe Network Castilla y León"), O("Consejo Comarcal del Bierzo"), O("Consejo Regulador de la D.O. Bierzo"),
  O("Groupe Lenoir Distribution"), O("Polska Żywność Import Sp. z o.o."), O("Conservas Bello, S.L."),
  O("Instituto para la Competitividad Empresarial de Castilla y León", "ICE")],
 [E("BIERZO FOOD & WINE MEETINGS 2034", "2034-11-08", "2034-11-09", "Ponferrada", "Spain"),
  E("XII Feria Agroalimentaria del Bierzo", "2034-11-08", "2034-11-09", "Ponferrada", "Spain"),
  E("Inauguración de la feria", "2034-11-08", None, "Ponferrada", "Spain"),
  E("Cata comentada de vinos del Bierzo", "2034-11-08", None, "Ponferrada", "Spain"),
  E("Cena de bienvenida", "2034-11-08", None, "Ponferrada", "Spain"),
  E("Mesa redonda «Exportar desde un territorio pequeño»", "2034-11-09", None, "Ponferrada", "Spain"),
  E("Visita a bodegas y a una planta de asado de pimientos", "2034-11-09", None, "Cacabelos", "Spain"),
  ],
 ["2034-11-08/2034-11-09", "2034-09-12", "2033", "2034-09-15", "2034-10-17", "2034-10-20/2034-11-03", "2034-11-06",
  "2034-11-08", "2034-11-09", "2034-10-24", "2034-10-20"],
 [], pub="2034-09-12")
