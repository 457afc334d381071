from mk import *
doc = "cmtg-noticia-seafood-expo-global-barcelona-2033.txt"
text(doc, """
Inicio > Actualidad > Noticias

El clúster gallego del mar transformado llevará 14 empresas a Seafood Expo Global en Barcelona

Publicado el 3 de marzo de 2033 | Comunicación CMTG

Vigo. El Clúster do Mar Transformado de Galicia (CMTG) participará por tercer año consecutivo en Seafood
Expo Global, la mayor feria mundial de productos del mar, que se celebrará del 21 al 23 de abril de 2033 en
el recinto de Fira Barcelona Gran Via. Bajo el paraguas del "Galicia Seafood Pavilion", un espacio de 420 m²
en el pabellón 3, catorce empresas asociadas presentarán conservas, congelados, platos preparados y nuevas
proteínas de origen marino.

Entre los expositores figuran Rías Frozen Foods S.L., Conservas Areal, S.A., la joven marca Ocean Bites y la
cooperativa Mexilla Sociedad Cooperativa Galega, que presentará su mejillón con huella de carbono verificada.

La gerente del clúster, Uxía Fernández Outeiral, explicó que la feria "es el lugar donde se cierran los
contratos del año con los grandes compradores del norte de Europa". Por eso el CMTG organiza, junto con el
Instituto Galego de Promoción Económica (IGAPE), una agenda de reuniones con importadores de Dinamarca,
Países Bajos y Polonia.

Actividades en la feria

- 21 de abril, 11:00: presentación del informe "Blue Protein Outlook 2033" en el Seafood Conference Theatre,
  con Dr. Pieter van der Kraan, analista de Nordzee Insights B.V.
- 21 de abril, 18:30: "Galician Seafood Night", recepción para compradores en el stand.
- 22 de abril: Buyers' Breakfast con la importadora danesa Nordic Catch ApS (solo con invitación).
- 23 de abril: entrega de los Seafood Excellence Global Awards; el CMTG presenta dos candidaturas.

Además, el 14 de abril el clúster celebrará en Vigo una sesión preparatoria para los expositores, con
consejos de comunicación en inglés a cargo de Marta Lois Seoane, consultora de exportación.

El año pasado el pabellón gallego recibió más de 1.900 visitas profesionales y las empresas declararon
acuerdos por valor de 6,8 millones de euros en los seis meses siguientes. Para 2034 el
clúster estudia ampliar el espacio a 600 m².

Más información: Antón Rivas Lamas, técnico de internacionalización (internacional@cmtg.example)

Compartir: Facebook | LinkedIn | X | Correo
Noticias relacionadas: "El CMTG firma un acuerdo con la Universidade de Vigo" · "Jornada de envases sostenibles, 9 de febrero"
""")
gold(doc, "2033-03-03",
 [P("Uxía Fernández Outeiral", "gerente", "CMTG"), P("Pieter van der Kraan", "analista", "Nordzee Insights B.V."),
  P("Marta Lois Seoane", "consultora de exportación", None), P("Antón Rivas Lamas", "técnico de internacionalización", "CMTG")],
 [O("Clúster do Mar Transformado de Galicia", "CMTG"), O("Rías Frozen Foods S.L."),
  O("Conservas Areal, S.A."), O("Ocean Bites"), O("Mexilla Sociedad Cooperativa Galega"),
  O("Instituto Galego de Promoción Económica", "IGAPE"), O("Nordzee Insights B.V."), O("Nordic Catch ApS"),
  O("Universidade de Vigo")],
 [E("Seafood Expo Global", "2033-04-21", "2033-04-23", "Barcelona", "Spain"),
  E("Galician Seafood Night", "2033-04-21", "2033-04-21", "Barcelona", "Spain"),
  E("presentación del informe \"Blue Protein Outlook 2033\"", "2033-04-21", "2033-04-21", "Barcelona", "Spain"),
  E("Buyers' Breakfast", "2033-04-22", "2033-04-22", "Barcelona", "Spain"),
  E("Seafood Excellence Global Awards", "2033-04-23", "2033-04-23", "Barcelona", "Spain"),
  E("sesión preparatoria para los expositores", "2033-04-14", "2033-04-14", "Vigo", "Spain"),
  E("Jornada de envases sostenibles", "2033-02-09", "2033-02-09", None, None)],
 ["2033-03-03", "2033-04-21/2033-04-23", "2033-04-21", "2033-04-22", "2033-04-23", "2033-04-14", "2034", "2033-02-09"])
