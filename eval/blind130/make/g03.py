from h import *
import docx
F = 'g03_elche_barometro_calzado_encuesta.docx'
assert wd(2038,9,23)=='Thursday' and wd(2038,10,21)=='Thursday' and wd(2038,4,12)=='Monday'
paras = [
("h","Barómetro 2038 de digitalización y sostenibilidad del sector calzado del Vinalopó"),
("p","Resumen ejecutivo de resultados · Documento para la Junta Directiva · Elche, 27 de septiembre de 2038"),
("p","Elaborado por: Asociación Clúster de Calzado y Moda del Vinalopó (CALVIN) con el apoyo técnico de INESCOP y de la Universidad Miguel Hernández de Elche (UMH). Financiado por la Agencia Valenciana de la Innovación (AVI)."),
("h2","1. Presentación"),
("p","Este es el tercer barómetro que publica el clúster; las ediciones anteriores se realizaron en 2034 y 2036. Su objetivo es conocer el grado de digitalización de las empresas del calzado y sus componentes en las comarcas del Vinalopó y el Baix Vinalopó, y sus planes para cumplir las nuevas exigencias europeas de sostenibilidad y pasaporte digital de producto."),
("p","El trabajo de campo se realizó del 12 de abril al 31 de mayo de 2038 mediante un cuestionario en línea y 24 entrevistas en profundidad. Respondieron 163 empresas (tasa de respuesta del 38 %), de las cuales el 81 % tiene menos de 50 empleados. Dirigió el estudio la Dra. Carmen Alcaraz i Ferrer, responsable del área de economía industrial de la UMH, con la colaboración de Pablo Gisbert Maciá, técnico de proyectos de INESCOP."),
("h2","2. Datos principales"),
("t",[["Indicador","2036","2038"],["Empresas con ERP integrado","46 %","61 %"],["Empresas que miden su huella de carbono","12 %","29 %"],["Empresas preparadas para el pasaporte digital","—","17 %"],["Empresas con plan de formación digital","33 %","40 %"]]),
("h2","3. Principales conclusiones"),
("p","• La digitalización avanza, pero de forma desigual: las empresas de componentes van claramente por detrás de las fabricantes de calzado terminado"),
("p","• Solo una de cada seis empresas está preparada para el pasaporte digital de producto, y la mayoría desconoce el calendario de aplicación"),
("p","• La falta de personal cualificado es el principal obstáculo, citado por el 64 % de las empresas, por delante de la financiación"),
("p","• Las empresas que colaboran con el clúster o con INESCOP en proyectos de I+D duplican la probabilidad de medir su huella de carbono"),
("h2","4. Recomendaciones"),
("p","Sobre la base de estos resultados, el equipo investigador propone:"),
("p","1. Crear un servicio compartido de trazabilidad para pymes de componentes, gestionado por el clúster"),
("p","2. Organizar con la UMH un programa de formación dual en datos y sostenibilidad para mandos intermedios"),
("p","3. Solicitar a la AVI una línea específica de ayudas para la adaptación al pasaporte digital antes de 2040"),
("p","4. Repetir el barómetro cada dos años con un panel fijo de empresas para medir la evolución"),
("h2","5. Próximos pasos"),
("p","Los resultados se presentaron a los asociados en la jornada «Calzado 4.0: datos para decidir», celebrada el jueves 23 de septiembre de 2038 en el Centro de Congresos Ciudad de Elche, con la participación de Isabel Ródenas Climent, directora general de Industria de la Generalitat Valenciana, y de Tomás Verdú Amorós, presidente de la Federación de Industrias del Calzado Español (FICE)."),
("p","La Junta Directiva debatirá las recomendaciones en su reunión del jueves 21 de octubre de 2038 en Elda. Los asociados pueden enviar sus comentarios hasta el 15 de octubre."),
("p","«El barómetro nos dice dónde duele; ahora toca actuar», resumió la presidenta del clúster, María José Pérez-Bañón Sempere, consejera delegada de Calzados Sempere S.L."),
("p","Contacto: Andrés Llorca Payá, gerente · CALVIN · Avda. de la Libertad 00, 03206 Elche · gerencia@calvin.example.es"),
("p","Anexos: cuestionario, ficha técnica, tablas por subsector (disponibles en la intranet de asociados)."),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    elif k=="t":
        tb = d.add_table(rows=len(t), cols=3)
        for i,row in enumerate(t):
            for j,c in enumerate(row): tb.cell(i,j).text = c
    else: d.add_paragraph(t)
d.save(path(F))
C = "Asociación Clúster de Calzado y Moda del Vinalopó"
gold(F,
 [P("Carmen Alcaraz i Ferrer", "responsable del área de economía industrial", "UMH"),
  P("Pablo Gisbert Maciá", "técnico de proyectos", "INESCOP"),
  P("Isabel Ródenas Climent", "directora general de Industria", "Generalitat Valenciana"),
  P("Tomás Verdú Amorós", "presidente", "Federación de Industrias del Calzado Español"),
  P("María José Pérez-Bañón Sempere", "presidenta", C),
  P("Andrés Llorca Payá", "gerente", "CALVIN")],
 [O(C, "CALVIN"), O("INESCOP"), O("Universidad Miguel Hernández de Elche", "UMH"), O("Agencia Valenciana de la Innovación", "AVI"),
  O("Generalitat Valenciana"), O("Federación de Industrias del Calzado Español", "FICE"), O("Calzados Sempere S.L.")],
 [E("Calzado 4.0: datos para decidir", "2038-09-23", None, "Elche", "Spain"),
  E("reunión", "2038-10-21", None, "Elda", "Spain")],
 ["2038-09-27", "2034", "2036", "2038-04-12/2038-05-31", "2038-09-23", "2038-10-21", "2038-10-15", "2040", "2038"],
 ["La digitalización avanza, pero de forma desigual: las empresas de componentes van claramente por detrás de las fabricantes de calzado terminado",
  "Solo una de cada seis empresas está preparada para el pasaporte digital de producto, y la mayoría desconoce el calendario de aplicación",
  "La falta de personal cualificado es el principal obstáculo, citado por el 64 % de las empresas, por delante de la financiación",
  "Las empresas que colaboran con el clúster o con INESCOP en proyectos de I+D duplican la probabilidad de medir su huella de carbono",
  "Crear un servicio compartido de trazabilidad para pymes de componentes, gestionado por el clúster",
  "Organizar con la UMH un programa de formación dual en datos y sostenibilidad para mandos intermedios",
  "Solicitar a la AVI una línea específica de ayudas para la adaptación al pasaporte digital antes de 2040",
  "Repetir el barómetro cada dos años con un panel fijo de empresas para medir la evolución"],
 pub="2038-09-27")
