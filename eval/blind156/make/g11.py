from h import *
F = 'g11_almeria_agrotec_boletin.txt'
assert wd(2036,2,26)=='Tuesday' and wd(2036,3,5)=='Wednesday' and wd(2036,3,24)=='Monday' and wd(2036,4,15)=='Tuesday' and wd(2036,4,16)=='Wednesday' and wd(2036,4,30)=='Wednesday'
T = """BOLETÍN INFORMATIVO · CLÚSTER AGROTECNOLÓGICO DE ALMERÍA
Nº 63 · marzo de 2036

Estimados socios y socias:

Os enviamos el boletín de marzo con las novedades del clúster. Recordad que la convocatoria de ayudas de la Junta cierra el 30 de abril y que todavía quedan plazas para la misión a los Países Bajos.

Un saludo,
Rocío Cazorla Martínez
Gerente

----------------------------------------------------------------

1. LA ASAMBLEA GENERAL RENUEVA LA JUNTA DIRECTIVA

La Asamblea General Ordinaria del Clúster Agrotecnológico de Almería (CLAGRO) se celebró el martes 26 de febrero de 2036 en el salón de actos de la Fundación Tecnova, en el Parque Científico-Tecnológico de Almería (PITA). Asistieron 47 de los 62 socios. Se aprobaron las cuentas de 2035 y el plan de acción 2036-2039, y se eligió a la nueva Junta Directiva:

Presidente: José Antonio Góngora Sáez (Semillas del Poniente, S.L.)
Vicepresidenta: María Dolores Fernández de la Torre (Universidad de Almería)
Secretario: Juan Carlos Úbeda, de Agroplast Níjar
Tesorera: Encarnación Berenguel (Cajamar Caja Rural)
Vocales: Antonio Manzano (Biosol Control), Lucía Martín-Puertas (Invernaderos Campo de Dalías) y Pedro Sánchez Rueda (COEXPHAL)

El presidente saliente, Francisco Ruiz Amat, que dirigió el clúster entre 2029 y 2036, recibió la insignia de oro de la asociación.

2. CONVOCATORIA DE AYUDAS A CLÚSTERES DE INNOVACIÓN: PLAZO HASTA EL 30 DE ABRIL

La Consejería de Universidad, Investigación e Innovación de la Junta de Andalucía ha publicado la convocatoria 2036 de subvenciones para el crecimiento y la consolidación de clústeres de innovación. CLAGRO presentará un proyecto común sobre sensores de riego y quiere sumar a empresas socias como colaboradoras. Las empresas interesadas deben enviar su ficha de participación antes del lunes 24 de marzo; el plazo oficial de la convocatoria termina el miércoles 30 de abril de 2036.

Para resolver dudas, el clúster organiza una jornada informativa el miércoles 5 de marzo a las 10:00 en el PITA, con la participación de Elena Rodríguez Bermejo, jefa de servicio de la Agencia de Innovación y Desarrollo de Andalucía (Agencia IDEA).

3. MISIÓN TÉCNICA A WESTLAND

Del 15 al 16 de abril de 2036, una delegación de doce empresas viajará a la región de Westland (Países Bajos) para conocer los invernaderos de alta tecnología. El programa incluye una visita al centro de demostración World Horti Center en Naaldwijk, encuentros B2B con proveedores neerlandeses el martes por la tarde y, el miércoles, una visita a la Universidad de Wageningen (Wageningen University & Research) en Bleiswijk. La misión cuenta con el apoyo de Extenda – Andalucía Exportación e Inversión Extranjera y de la red Enterprise Europe Network Andalucía.

4. CONCLUSIONES DEL FORO DEL AGUA

El Foro del Agua y la Agricultura, celebrado en El Ejido en enero de 2036 con más de 200 asistentes, cerró con las siguientes conclusiones:

– La desalación será imprescindible en el Poniente almeriense, pero su coste debe repartirse entre regantes y administraciones.
– Los sensores de humedad y las plataformas de riego inteligente ya permiten ahorrar hasta un 25 % de agua en invernadero.
– Las comunidades de regantes necesitan personal técnico formado en digitalización.
– Es urgente simplificar los trámites para reutilizar aguas depuradas.

El informe completo se puede descargar en el área de socios.

5. BREVES

· Damos la bienvenida a tres nuevos socios: Hortinnova Vícar, Drones del Sureste y la Cooperativa Agrícola San Isidro de Adra.
· El técnico de proyectos Álvaro Lirola representará al clúster en la reunión de la plataforma europea de clústeres agroalimentarios en Bruselas en marzo.
· Ya se conoce la fecha de Expo AgroAlmería 2036: del 11 al 13 de noviembre en el Palacio de Exposiciones y Congresos de Aguadulce.

----------------------------------------------------------------
Clúster Agrotecnológico de Almería · PITA, Edificio Pitágoras, Ctra. de Sacramento s/n, 04120 Almería
info@clagro.example.es · Tel. 950 000 000
Si no desea recibir este boletín, responda a este correo con la palabra BAJA.
"""
write(F, T)
C = "Clúster Agrotecnológico de Almería"
gold(F,
 [P("Rocío Cazorla Martínez", "Gerente", C),
  P("José Antonio Góngora Sáez", "Presidente", C),
  P("María Dolores Fernández de la Torre", "Vicepresidenta", C),
  P("Juan Carlos Úbeda", "Secretario", C),
  P("Encarnación Berenguel", "Tesorera", C),
  P("Antonio Manzano", "Vocal", C),
  P("Lucía Martín-Puertas", "Vocal", C),
  P("Pedro Sánchez Rueda", "Vocal", C),
  P("Francisco Ruiz Amat", "presidente", C),
  P("Elena Rodríguez Bermejo", "jefa de servicio", "Agencia de Innovación y Desarrollo de Andalucía"),
  P("Álvaro Lirola", "técnico de proyectos", C)],
 [O(C, "CLAGRO"), O("Fundación Tecnova"), O("Parque Científico-Tecnológico de Almería", "PITA"), O("Semillas del Poniente, S.L."),
  O("Universidad de Almería"), O("Agroplast Níjar"), O("Cajamar Caja Rural"), O("Biosol Control"),
  O("Invernaderos Campo de Dalías"), O("COEXPHAL"), O("Consejería de Universidad, Investigación e Innovación"),
  O("Junta de Andalucía"), O("Agencia de Innovación y Desarrollo de Andalucía", "Agencia IDEA"), O("World Horti Center"),
  O("Wageningen University & Research"), O("Extenda – Andalucía Exportación e Inversión Extranjera"),
  O("Enterprise Europe Network Andalucía"), O("Hortinnova Vícar"), O("Drones del Sureste"),
  O("Cooperativa Agrícola San Isidro de Adra")],
 [E("Asamblea General Ordinaria", "2036-02-26", None, "Almería", "Spain"),
  E("jornada informativa", "2036-03-05", None, "Almería", "Spain"),
  E("MISIÓN TÉCNICA A WESTLAND", "2036-04-15", "2036-04-16", "Naaldwijk, Bleiswijk", "Netherlands"),
  E("encuentros B2B", "2036-04-15", None, None, "Netherlands"),
  E("visita a la Universidad de Wageningen", "2036-04-16", None, "Bleiswijk", "Netherlands"),
  E("Foro del Agua y la Agricultura", "2036-01", None, "El Ejido", "Spain"),
  E("reunión de la plataforma europea de clústeres agroalimentarios", "2036-03", None, "Bruselas", "Belgium"),
  E("Expo AgroAlmería 2036", "2036-11-11", "2036-11-13", "Aguadulce", "Spain")],
 ["2036-03", "2036-04-30", "2036-02-26", "2035", "2036/2039", "2029/2036", "2036-03-24", "2036-03-05",
  "2036-04-15/2036-04-16", "2036-01", "2036-11-11/2036-11-13"],
 ["La desalación será imprescindible en el Poniente almeriense, pero su coste debe repartirse entre regantes y administraciones",
  "Los sensores de humedad y las plataformas de riego inteligente ya permiten ahorrar hasta un 25 % de agua en invernadero",
  "Las comunidades de regantes necesitan personal técnico formado en digitalización",
  "Es urgente simplificar los trámites para reutilizar aguas depuradas"])
