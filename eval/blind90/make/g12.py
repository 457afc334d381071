from h import *
F = 'g12_convocatoria_clusters_aragon.txt'
assert wd(2035,2,5)=='Monday' and wd(2035,2,15)=='Thursday' and wd(2035,3,30)=='Friday'
T = """Gobierno de Aragón · Departamento de Industria, Competitividad y Desarrollo Empresarial
Inicio > Ayudas y subvenciones > Convocatorias abiertas

Accesibilidad | Mapa web | Castellano · Aragonés · Català

CONVOCATORIA 2035 DE AYUDAS A CLÚSTERES Y AGRUPACIONES EMPRESARIALES INNOVADORAS DE ARAGÓN

Fecha de publicación: 5 de febrero de 2035
Estado: Abierta
Órgano convocante: Dirección General de Promoción Industrial e Innovación

Objeto
La presente convocatoria tiene por objeto apoyar a los clústeres y agrupaciones empresariales innovadoras (AEI) inscritos en el registro del Ministerio de Industria y Turismo y con sede en Aragón, para la realización de proyectos de cooperación entre sus miembros en los ámbitos de la Estrategia de Especialización Inteligente de Aragón (S3) 2035–2041: agroalimentación, automoción y movilidad, logística, energías renovables, salud y economía circular.

Presupuesto
El crédito total asciende a 3.200.000 euros, financiado en un 60 % por el Fondo Europeo de Desarrollo Regional (FEDER) a través del Programa FEDER Aragón 2035–2041.

Líneas de ayuda
Línea 1 – Funcionamiento y gestión del clúster: hasta 120.000 euros por entidad y año.
Línea 2 – Proyectos de cooperación tecnológica con al menos tres empresas miembro, de las cuales dos pymes: hasta 250.000 euros por proyecto.
Línea 3 – Proyectos de internacionalización y cooperación con clústeres de otras regiones europeas: hasta 80.000 euros por proyecto.

Beneficiarios
Podrán ser beneficiarios los clústeres y AEI que cumplan los siguientes requisitos:
a) tener personalidad jurídica propia y sede social en Aragón;
b) contar con un mínimo de 15 socios, de los cuales al menos el 60 % sean pymes;
c) haber presentado las cuentas del ejercicio 2034.

Plazos
- Presentación de solicitudes: del 15 de febrero de 2035 (jueves) al 30 de marzo de 2035 (viernes), a las 14:00 horas.
- Subsanación de documentación: diez días hábiles desde la notificación.
- Resolución: antes del 31 de julio de 2035.
- Periodo de ejecución de los proyectos: del 1 de enero de 2035 al 30 de junio de 2036.
- Justificación: hasta el 30 de septiembre de 2036.

Jornada informativa
El Departamento organiza una jornada informativa sobre la convocatoria el jueves 22 de febrero de 2035, de 10:00 a 12:30, en el Edificio Pignatelli de Zaragoza, con retransmisión en línea. Intervendrán:
- Pilar Gracia Lafuente, directora general de Promoción Industrial e Innovación;
- Jorge Azcón Ibarz, jefe del Servicio de Competitividad Empresarial;
- Elena Sanjuán, gerente del Clúster de Automoción y Movilidad de Aragón (CAAR), que presentará un proyecto financiado en la convocatoria anterior;
- un representante del Instituto Tecnológico de Aragón (ITAINNOVA), sobre servicios tecnológicos para clústeres.
Inscripción gratuita hasta el 20 de febrero en la sede electrónica.
assert_dummy

Criterios de valoración
1. Calidad técnica y grado de innovación del proyecto: hasta 35 puntos.
2. Número y tamaño de las empresas participantes, con prioridad a las pymes: hasta 20 puntos.
3. Alineación con la Estrategia S3 y con la transición verde y digital: hasta 20 puntos.
4. Cooperación con otros clústeres, centros tecnológicos o universidades, como la Universidad de Zaragoza: hasta 15 puntos.
5. Impacto en el empleo y en el territorio, especialmente en zonas con riesgo de despoblación: hasta 10 puntos.

Presentación
Las solicitudes se presentarán exclusivamente por vía electrónica a través de la sede electrónica del Gobierno de Aragón, con certificado digital de la entidad solicitante.

Resultados de la convocatoria anterior
En la convocatoria 2034 se concedieron 2,9 millones de euros a 17 clústeres y AEI, entre ellos el Clúster de la Alimentación de Aragón, el Clúster Logístico de Aragón (ALIA) y el Clúster Aragonés de Energías Renovables (CLENAR). El 78 % de los proyectos de cooperación contó con al menos una universidad o centro tecnológico.

Contacto
Servicio de Competitividad Empresarial
Plaza de San Pedro Nolasco 7, 50001 Zaragoza
Tel.: 976 00 00 00 · Correo: clusteres@aragon.example.es
Persona de contacto: Raquel Lasheras Gil, técnica de proyectos

Documentos
- Orden de convocatoria (PDF, 412 KB)
- Bases reguladoras (PDF, 298 KB)
- Modelo de memoria técnica (DOCX, 64 KB)
- Preguntas frecuentes (actualizado el 12 de febrero de 2035)

Compartir: Facebook · X · LinkedIn · WhatsApp · Correo
Última actualización: 12/02/2035
Aviso legal · Política de privacidad · Cookies
"""
T = T.replace("assert_dummy\n", "")
assert wd(2035,2,22)=='Thursday'
write(F, T)
D = "Dirección General de Promoción Industrial e Innovación"
gold(F,
 [P("Pilar Gracia Lafuente","directora general","Dirección General de Promoción Industrial e Innovación"),
  P("Jorge Azcón Ibarz","jefe","Servicio de Competitividad Empresarial"),
  P("Elena Sanjuán","gerente","Clúster de Automoción y Movilidad de Aragón"),
  P("Raquel Lasheras Gil","técnica de proyectos","Servicio de Competitividad Empresarial")],
 [O("Gobierno de Aragón"), O("Departamento de Industria, Competitividad y Desarrollo Empresarial"), O(D),
  O("Ministerio de Industria y Turismo"), O("Clúster de Automoción y Movilidad de Aragón","CAAR"),
  O("Instituto Tecnológico de Aragón","ITAINNOVA"), O("Universidad de Zaragoza"), O("Clúster de la Alimentación de Aragón"),
  O("Clúster Logístico de Aragón","ALIA"), O("Clúster Aragonés de Energías Renovables","CLENAR"),
  O("Servicio de Competitividad Empresarial")],
 [E("jornada informativa sobre la convocatoria","2035-02-22",None,"Zaragoza","Spain")],
 ["2035-02-05","2035/2041","2034","2035-02-15/2035-03-30","2035-07-31","2035-01-01/2036-06-30","2036-09-30","2035-02-22",
  "2035-02-20","2035-02-12"],
 [], "2035-02-05")
