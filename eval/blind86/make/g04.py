from h import *
import docx
F = 'g04_merida_cluster_energia_acta_asamblea.docx'
assert wd(2039,6,8)=='Wednesday' and wd(2039,6,22)=='Wednesday' and wd(2039,10,20)=='Thursday'
paras = [
("h","CLÚSTER DE LA ENERGÍA DE EXTREMADURA"),
("p","Asociación Clúster de la Energía de Extremadura (CLENEX) · CIF G00000000 · Avda. de las Comunidades s/n, 06800 Mérida (Badajoz)"),
("h","ACTA DE LA ASAMBLEA GENERAL ORDINARIA Y EXTRAORDINARIA"),
("p","En Mérida, siendo las 10:30 horas del miércoles 8 de junio de 2039, en segunda convocatoria, se reúne en el Salón de Actos del Centro de Investigaciones Científicas y Tecnológicas de Extremadura (CICYTEX) la Asamblea General de la Asociación Clúster de la Energía de Extremadura, con la asistencia de 47 socios presentes y 19 representados, de un total de 93 socios con derecho a voto, por lo que existe quórum suficiente."),
("p","Preside la sesión D. Rafael Gallardo Molina, Presidente del Clúster, en representación de Solaria Vegas del Guadiana, S.L. Actúa como secretaria D.ª Inmaculada Sánchez-Cortés Pino, Secretaria de la Junta Directiva. Asiste como invitado D. Álvaro Díaz-Llanos, Director General de Industria, Energía y Minas de la Junta de Extremadura."),
("h","ORDEN DEL DÍA"),
("p","1. Lectura y aprobación, si procede, del acta de la sesión anterior (Asamblea de 15 de junio de 2038).\n2. Memoria de actividades del ejercicio 2038.\n3. Cuentas anuales 2038 e informe de auditoría.\n4. Presupuesto y plan de actuación 2039.\n5. Elección de la Junta Directiva para el mandato 2039–2043.\n6. Modificación de los artículos 12 y 18 de los Estatutos (sesión extraordinaria).\n7. Ruegos y preguntas."),
("h","DESARROLLO DE LA SESIÓN"),
("p","Punto 1. Se aprueba por unanimidad el acta de la Asamblea celebrada el 15 de junio de 2038, que había sido remitida a los socios junto con la convocatoria."),
("p","Punto 2. La gerente del Clúster, D.ª Marta Rodríguez Cuadrado, presenta la memoria de actividades. Destaca la organización del III Congreso de Autoconsumo Industrial, celebrado en Cáceres los días 9 y 10 de noviembre de 2038 con 420 asistentes, la misión comercial a Oporto en marzo de 2038 junto a Extremadura Avante, S.L.U., y la participación en el proyecto de cooperación transfronteriza SOLARIS-POCTEP con la Agência Regional de Energia do Alentejo (AREANATejo) y la Universidad de Extremadura (UEx). El número de socios ha pasado de 81 a 93 en el ejercicio."),
("p","Punto 3. El tesorero, D. Jesús María Lozano Vera, presenta las cuentas anuales, que cierran con un resultado positivo de 18.420 euros. El informe de la auditora Auditores Asociados del Guadiana, S.L.P. es favorable y sin salvedades."),
("p","Punto 4. Se presenta el presupuesto de 2039, por importe de 612.000 euros, y el plan de actuación, que incluye la puesta en marcha de una oficina técnica de comunidades energéticas y la celebración del IV Congreso de Autoconsumo Industrial los días 20 y 21 de octubre de 2039 en Badajoz."),
("p","Punto 5. Finalizado el mandato de la Junta Directiva elegida en 2035, se presenta una única candidatura, encabezada por D.ª Beatriz Núñez Carrasco (Iberdrola Renovables Extremadura, S.A.). Sometida a votación, resulta elegida con 58 votos a favor, 3 en contra y 5 abstenciones. La nueva Junta Directiva queda compuesta como sigue:"),
("t",[("Cargo","Nombre","Entidad"),
 ("Presidenta","Beatriz Núñez Carrasco","Iberdrola Renovables Extremadura, S.A."),
 ("Vicepresidente","Rafael Gallardo Molina","Solaria Vegas del Guadiana, S.L."),
 ("Secretaria","Inmaculada Sánchez-Cortés Pino","Ingeniería Tajo Energía, S.L."),
 ("Tesorero","Jesús María Lozano Vera","Caja Rural de Extremadura, S.C.C."),
 ("Vocal","Francisco Javier Merino Gil","Universidad de Extremadura"),
 ("Vocal","Lucía Barrantes Olmedo","Cooperativa Eléctrica de Almendralejo"),
 ("Vocal","Pedro Luis Cordero Rubio","Fundación FUNDECYT-PCTEX")]),
("p","La nueva Presidenta agradece a D. Rafael Gallardo Molina los cuatro años al frente del Clúster y anuncia que su prioridad será la formación de instaladores y la reducción de los plazos de conexión a red."),
("p","Punto 6. En sesión extraordinaria, la Asamblea aprueba por 61 votos a favor y 5 abstenciones la modificación del artículo 12 (cuotas de socios) y del artículo 18 (composición de la Junta Directiva, que pasa de siete a nueve miembros a partir de 2040)."),
("p","A continuación, la Asamblea debate sobre la situación de las solicitudes de conexión a red en la provincia de Badajoz. Varios socios señalan que los plazos medios superan ya los veinte meses y solicitan que el Clúster traslade esta preocupación a la Dirección General de Industria, Energía y Minas. La Presidenta electa se compromete a solicitar una reunión antes del verano."),
("h","ACUERDOS ADOPTADOS"),
("p","1. Aprobar el acta de la Asamblea General de 15 de junio de 2038."),
("p","2. Aprobar la memoria de actividades y las cuentas anuales del ejercicio 2038."),
("p","3. Aprobar el presupuesto de 2039 por importe de 612.000 euros y el plan de actuación."),
("p","4. Elegir la Junta Directiva para el mandato 2039–2043 en la composición indicada."),
("p","5. Modificar los artículos 12 y 18 de los Estatutos y facultar a la Presidenta para su inscripción en el Registro de Asociaciones de Extremadura."),
("p","6. Fijar la próxima Asamblea General ordinaria en el primer semestre de 2040."),
("p","Punto 7. D. Manuel Ángel Tena, de Hidroeléctrica del Zújar, S.A., pregunta por el calendario de la oficina técnica; la gerente responde que abrirá antes del 30 de septiembre de 2039. No habiendo más asuntos que tratar, se levanta la sesión a las 13:05 horas."),
("p","V.º B.º La Presidenta: Beatriz Núñez Carrasco          La Secretaria: Inmaculada Sánchez-Cortés Pino"),
("p","Mérida, 22 de junio de 2039 (fecha de firma del acta)"),
]
d = docx.Document()
for k, v in paras:
    if k == "h": d.add_heading(v, level=2)
    elif k == "p": d.add_paragraph(v)
    else:
        t = d.add_table(rows=len(v), cols=3)
        for i, row in enumerate(v):
            for j, c in enumerate(row): t.cell(i, j).text = c
d.save(path(F))
ppl = [P("Rafael Gallardo Molina","Presidente del Clúster","Clúster de la Energía de Extremadura"),
  P("Inmaculada Sánchez-Cortés Pino","Secretaria de la Junta Directiva","Clúster de la Energía de Extremadura"),
  P("Álvaro Díaz-Llanos","Director General de Industria, Energía y Minas","Junta de Extremadura"),
  P("Marta Rodríguez Cuadrado","gerente del Clúster","Clúster de la Energía de Extremadura"),
  P("Jesús María Lozano Vera","tesorero","Clúster de la Energía de Extremadura"),
  P("Beatriz Núñez Carrasco","Presidenta","Clúster de la Energía de Extremadura"),
  P("Francisco Javier Merino Gil","Vocal","Clúster de la Energía de Extremadura"),
  P("Lucía Barrantes Olmedo","Vocal","Clúster de la Energía de Extremadura"),
  P("Pedro Luis Cordero Rubio","Vocal","Clúster de la Energía de Extremadura"),
  P("Manuel Ángel Tena",None,"Hidroeléctrica del Zújar, S.A.")]
gold(F, ppl,
 [O("Asociación Clúster de la Energía de Extremadura","CLENEX"),
  O("Centro de Investigaciones Científicas y Tecnológicas de Extremadura","CICYTEX"),
  O("Solaria Vegas del Guadiana, S.L."), O("Junta de Extremadura"), O("Dirección General de Industria, Energía y Minas"), O("Extremadura Avante, S.L.U."),
  O("Agência Regional de Energia do Alentejo","AREANATejo"), O("Universidad de Extremadura","UEx"),
  O("Auditores Asociados del Guadiana, S.L.P."), O("Iberdrola Renovables Extremadura, S.A."),
  O("Ingeniería Tajo Energía, S.L."), O("Caja Rural de Extremadura, S.C.C."),
  O("Cooperativa Eléctrica de Almendralejo"), O("Fundación FUNDECYT-PCTEX"),
  O("Registro de Asociaciones de Extremadura"), O("Hidroeléctrica del Zújar, S.A.")],
 [E("Asamblea General Ordinaria y Extraordinaria","2039-06-08",None,"Mérida","Spain"),
  E("Asamblea General","2038-06-15",None,None,None),
  E("III Congreso de Autoconsumo Industrial","2038-11-09","2038-11-10","Cáceres","Spain"),
  E("misión comercial a Oporto","2038-03",None,"Oporto","Portugal"),
  E("IV Congreso de Autoconsumo Industrial","2039-10-20","2039-10-21","Badajoz","Spain"),
  E("próxima Asamblea General ordinaria","2040",None,None,None)],
 ["2039-06-08","2038-06-15","2038","2039","2039/2043","2038-11-09/2038-11-10","2038-03","2039-10-20/2039-10-21","2035","2040","2039-09-30","2039-06-22"],
 ["Aprobar el acta de la Asamblea General de 15 de junio de 2038",
  "Aprobar la memoria de actividades y las cuentas anuales del ejercicio 2038",
  "Aprobar el presupuesto de 2039 por importe de 612.000 euros y el plan de actuación",
  "Elegir la Junta Directiva para el mandato 2039–2043 en la composición indicada",
  "Modificar los artículos 12 y 18 de los Estatutos y facultar a la Presidenta para su inscripción en el Registro de Asociaciones de Extremadura",
  "Fijar la próxima Asamblea General ordinaria en el primer semestre de 2040"],
 "2039-06-22")
