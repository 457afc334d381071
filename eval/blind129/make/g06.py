from h import *
import docx
F = 'g06_alcoy_acta_asamblea_textil.docx'
assert wd(2035,3,29)=='Thursday' and wd(2035,4,12)=='Thursday' and wd(2035,5,31)=='Thursday'
paras = [
("h","Acta de la Asamblea General Ordinaria y Electoral"),
("p","Asociación Clúster Textil Técnico de l'Alcoià y el Comtat (CLUTEX)"),
("p","Fecha: jueves, 29 de marzo de 2035 · Hora: 17:00 en segunda convocatoria · Lugar: salón de actos del Instituto Tecnológico Textil (AITEX), Alcoy (Alicante)"),
("p","Asistentes: 41 socios presentes y 12 representados, de un total de 76 socios con derecho a voto. Preside la sesión el presidente saliente, D. Vicente Sempere Llorens; actúa como secretaria Dña. Amparo Gisbert Moltó."),
("h2","Orden del día"),
("p","1. Lectura y aprobación, si procede, del acta de la sesión anterior (30 de marzo de 2034)."),
("p","2. Informe de gestión del ejercicio 2034 y presentación de cuentas."),
("p","3. Presupuesto y plan de actuación para 2035."),
("p","4. Elección de la nueva Junta Directiva para el mandato 2035-2039."),
("p","5. Ruegos y preguntas."),
("h2","Desarrollo de la sesión"),
("p","El presidente da la bienvenida a los asistentes y agradece a AITEX la cesión del salón. Recuerda que 2034 ha sido el año en que el clúster superó los setenta socios y participó por primera vez como socio en un proyecto europeo de la convocatoria Interreg Euro-MED, junto con el clúster portugués CITEVE y la asociación italiana Tessile Biellese Innovazione."),
("p","La gerente del clúster, Dña. Noelia Ferrándiz Calatayud, presenta el informe de gestión. Destaca las catorce jornadas técnicas organizadas en el año, la misión comercial a Oporto del 6 al 8 de noviembre de 2034 con nueve empresas y la firma de un convenio con la Universitat Politècnica de València (UPV), campus d'Alcoi, para prácticas de estudiantes de ingeniería textil. El tesorero, D. Jordi Pascual Vilaplana, presenta las cuentas, que cierran con un superávit de 18.400 euros."),
("p","A continuación, el director del Instituto Valenciano de Competitividad Empresarial (IVACE), D. Rafael Orts Benavent, invitado a la asamblea, expone las líneas de apoyo a clústeres previstas en la Estrategia de Especialización Inteligente de la Comunitat Valenciana 2035-2041."),
("h2","Elección de la Junta Directiva"),
("p","Se presentó una única candidatura dentro del plazo, que finalizó el 15 de marzo de 2035. Sometida a votación, la candidatura obtiene 49 votos a favor, ninguno en contra y 4 abstenciones. La nueva Junta Directiva queda compuesta como sigue:"),
("t",[("Cargo","Nombre","Empresa o entidad"),
      ("Presidenta","Dña. Mireia Botella Cantó","Textiles Serpis, S.L."),
      ("Vicepresidente","D. Francesc Miró i Sanchis","Hilaturas del Comtat, S.A."),
      ("Secretaria","Dña. Amparo Gisbert Moltó","Gisbert Abogados"),
      ("Tesorero","D. Jordi Pascual Vilaplana","Acabados Pascual, S.L."),
      ("Vocal","D. Kenji Morales Tanaka","NanoFibra Alcoi, S.L."),
      ("Vocal","Dña. Laura Vañó Pérez","Confecciones Vañó, S.A."),
      ("Vocal","D. Pau Ribes Domènech","AITEX")]),
("p","La nueva presidenta agradece la confianza de los socios y el trabajo de D. Vicente Sempere Llorens, que ha presidido el clúster durante dos mandatos (2027-2035). Anuncia que la primera reunión de la Junta Directiva se celebrará el jueves 12 de abril de 2035."),
("h2","Acuerdos adoptados"),
("p","1. Aprobar por unanimidad el acta de la sesión anterior"),
("p","2. Aprobar las cuentas del ejercicio 2034 y el presupuesto de 2035, que asciende a 412.000 euros"),
("p","3. Elegir la Junta Directiva propuesta para el mandato 2035-2039"),
("p","4. Crear una comisión de sostenibilidad y economía circular, coordinada por la vocal Dña. Laura Vañó Pérez"),
("p","5. Nombrar socio de honor a D. Vicente Sempere Llorens"),
("h2","Ruegos y preguntas"),
("p","Un socio pregunta por la feria Techtextil de Fráncfort. La gerente informa de que el clúster tendrá un estand agrupado en la edición de 2035, del 22 al 25 de mayo. Se recuerda también que la jornada «Textil circular: de la fibra al residuo» tendrá lugar el jueves 31 de mayo de 2035 en Ontinyent; el programa definitivo se comunicará por correo."),
("p","Sin más asuntos que tratar, se levanta la sesión a las 19:25 horas, de lo que como secretaria doy fe con el visto bueno de la presidenta."),
("p","Vº Bº La Presidenta: Mireia Botella Cantó          La Secretaria: Amparo Gisbert Moltó"),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    elif k=="t":
        tb=d.add_table(rows=len(t), cols=3)
        for i,row in enumerate(t):
            for j,c in enumerate(row): tb.cell(i,j).text=c
    else: d.add_paragraph(t)
d.save(path(F))
C="Asociación Clúster Textil Técnico de l'Alcoià y el Comtat"
gold(F,
 [P("Vicente Sempere Llorens","presidente",C),
  P("Amparo Gisbert Moltó","Secretaria",C),
  P("Noelia Ferrándiz Calatayud","gerente",C),
  P("Jordi Pascual Vilaplana","Tesorero",C),
  P("Rafael Orts Benavent","director","Instituto Valenciano de Competitividad Empresarial"),
  P("Mireia Botella Cantó","Presidenta",C),
  P("Francesc Miró i Sanchis","Vicepresidente",C),
  P("Kenji Morales Tanaka","Vocal",C),
  P("Laura Vañó Pérez","Vocal",C),
  P("Pau Ribes Domènech","Vocal",C)],
 [O(C,"CLUTEX"), O("Instituto Tecnológico Textil","AITEX"), O("CITEVE"), O("Tessile Biellese Innovazione"),
  O("Universitat Politècnica de València","UPV"), O("Instituto Valenciano de Competitividad Empresarial","IVACE"),
  O("Textiles Serpis, S.L."), O("Hilaturas del Comtat, S.A."), O("Gisbert Abogados"), O("Acabados Pascual, S.L."),
  O("NanoFibra Alcoi, S.L."), O("Confecciones Vañó, S.A.")],
 [E("Asamblea General Ordinaria y Electoral","2035-03-29",None,"Alcoy","Spain"),
  E("sesión anterior","2034-03-30",None,None,None),
  E("misión comercial a Oporto","2034-11-06","2034-11-08","Oporto","Portugal"),
  E("reunión de la Junta Directiva","2035-04-12",None,None,None),
  E("Techtextil","2035-05-22","2035-05-25","Fráncfort","Germany"),
  E("Textil circular: de la fibra al residuo","2035-05-31",None,"Ontinyent","Spain")],
 ["2035-03-29","2034-03-30","2034","2035","2035/2039","2034-11-06/2034-11-08","2035/2041","2035-03-15","2027/2035","2035-04-12","2035-05-22/2035-05-25","2035-05-31"],
 ["Aprobar por unanimidad el acta de la sesión anterior",
  "Aprobar las cuentas del ejercicio 2034 y el presupuesto de 2035, que asciende a 412.000 euros",
  "Elegir la Junta Directiva propuesta para el mandato 2035-2039",
  "Crear una comisión de sostenibilidad y economía circular, coordinada por la vocal Dña. Laura Vañó Pérez",
  "Nombrar socio de honor a D. Vicente Sempere Llorens"], pub=None)
