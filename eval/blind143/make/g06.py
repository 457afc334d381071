from h import *
import docx
F = 'g06_alcoi_visita_estudio_flandes.docx'
assert [wd(2040,4,d) for d in (16,17,18)]==['Monday','Tuesday','Wednesday'] and wd(2040,5,4)=='Friday' and wd(2040,6,14)=='Thursday'
paras = [
("h","Informe de la visita de estudio a Flandes"),
("p","Clúster Textil de l'Alcoià i el Comtat (CTAC) · Kortrijk y Gante, 16–18 de abril de 2040 · Redactado por: Departamento de Proyectos Europeos · Fecha del informe: 4 de mayo de 2040"),
("p","Distribución: Junta Directiva, empresas participantes, Agència Valenciana de la Innovació (AVI)"),
("h2","1. Antecedentes y objetivos"),
("p","La visita se organizó en el marco del plan de acción 2039–2041 del clúster, que prevé reforzar la cooperación con regiones europeas que han reconvertido su industria textil hacia los textiles técnicos. Flandes Occidental fue elegida por la densidad de su tejido de empresas de tejidos técnicos y por la experiencia de su centro tecnológico. Los objetivos eran conocer el modelo de colaboración entre empresas y centros de investigación, identificar socios para futuros proyectos europeos y explorar oportunidades comerciales en el sector de los textiles para automoción y construcción."),
("p","Participaron once personas: siete empresas asociadas, dos técnicos del clúster, una representante de AITEX (Instituto Tecnológico Textil) y Vicent Llorens i Ferrándiz, concejal de Promoción Económica del Ayuntamiento de Alcoy. La delegación estuvo encabezada por la presidenta del clúster, Mª Amparo Sanchis-Doménech, directora general de Hilaturas del Serpis, S.L."),
("h2","2. Programa"),
("h3","Lunes, 16 de abril de 2040 – Kortrijk"),
("p","Llegada por la mañana al aeropuerto de Bruselas y traslado en autocar. A las 14.00 h, recepción en la sede de Fedustria, la federación belga del textil, la madera y el mueble, con una presentación de su director de asuntos europeos, Pieter-Jan Vandeputte, sobre la evolución del empleo en el textil flamenco desde 2000. A las 16.30 h, visita a la planta de Leiedal Weaving NV en Harelbeke, fabricante de tejidos de fibra de vidrio para la construcción. A las 20.00 h, cena de trabajo con empresarios de la zona en Kortrijk."),
("h3","Martes, 17 de abril de 2040 – Gante"),
("p","Jornada en Centexbel, el centro científico y técnico de la industria textil belga, en Zwijnaarde (Gante). La Dra. Katrien De Smedt-Oyelowo, responsable de innovación abierta, explicó el funcionamiento de sus laboratorios compartidos y el programa de pilotos para pymes. Por la tarde, taller conjunto con el clúster flamenco de textiles técnicos, moderado por Jonas Verhaeghe, gestor del clúster, en el que cada empresa valenciana presentó su perfil en cinco minutos. Se celebraron 22 reuniones bilaterales."),
("h3","Miércoles, 18 de abril de 2040 – Gante"),
("p","Visita al departamento de Materiales, Textiles e Ingeniería Química de la Universiteit Gent, con el profesor Bart Van Langenhove, y a la incubadora Textile Lab Ghent. Regreso a Valencia por la tarde."),
("h2","3. Resultados"),
("p","• 22 reuniones bilaterales con empresas y centros flamencos"),
("p","• dos empresas asociadas (Hilaturas del Serpis y Tejidos Técnicos Barxell) recibieron ofertas para ensayos conjuntos en Centexbel"),
("p","• acuerdo de principio para presentar un proyecto conjunto a la convocatoria de Interreg Europe que se abrirá en otoño de 2040"),
("h2","4. Lecciones aprendidas"),
("p","Tras la reunión de evaluación del 26 de abril, el equipo del clúster resume así las lecciones de la visita:"),
("p","1. Los laboratorios compartidos de Centexbel funcionan porque las pymes pagan una cuota baja y fija, no por ensayo; el clúster debería negociar un modelo similar con AITEX"),
("p","2. El diálogo entre empresas y universidad en Flandes se apoya en doctorados industriales; en la Comunitat Valenciana esta figura apenas se utiliza en el textil"),
("p","3. Las empresas valencianas deben preparar mejor su presentación en inglés y llevar muestras físicas, que fueron lo que más interés despertó"),
("p","4. Un programa de tres días es suficiente si las visitas se limitan a una ciudad por jornada"),
("h2","5. Próximos pasos"),
("p","Se propone devolver la visita con una delegación flamenca en la feria Home Textiles Premium by Textilhogar de Valencia en septiembre de 2040, y organizar un seminario sobre doctorados industriales con la Universitat Politècnica de València (Campus d'Alcoi) el jueves 14 de junio de 2040."),
("p","Contacto: Laia Bernabeu Gisbert, técnica de proyectos europeos, CTAC · proyectos@ctac.example.es · Plaça d'Espanya 1, 03801 Alcoy"),
("p","Anexos: lista de participantes, presentaciones, fotografías (© CTAC)"),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    elif k=="h3": d.add_heading(t,2)
    else: d.add_paragraph(t)
d.save(path(F))
C="Clúster Textil de l'Alcoià i el Comtat"
gold(F,
 [P("Vicent Llorens i Ferrándiz","concejal de Promoción Económica","Ayuntamiento de Alcoy"),
  P("Mª Amparo Sanchis-Doménech","presidenta",C),
  P("Pieter-Jan Vandeputte","director de asuntos europeos","Fedustria"),
  P("Katrien De Smedt-Oyelowo","responsable de innovación abierta","Centexbel"),
  P("Jonas Verhaeghe","gestor del clúster",None),
  P("Bart Van Langenhove","profesor","Universiteit Gent"),
  P("Laia Bernabeu Gisbert","técnica de proyectos europeos","CTAC")],
 [O(C,"CTAC"), O("Agència Valenciana de la Innovació","AVI"), O("Instituto Tecnológico Textil","AITEX"),
  O("Ayuntamiento de Alcoy"), O("Hilaturas del Serpis, S.L."), O("Fedustria"), O("Leiedal Weaving NV"), O("Centexbel"),
  O("Universiteit Gent"), O("Textile Lab Ghent"), O("Tejidos Técnicos Barxell"),
  O("Universitat Politècnica de València")],
 [E("visita de estudio a Flandes","2040-04-16","2040-04-18","Kortrijk, Gante","Belgium"),
  E("recepción en la sede de Fedustria","2040-04-16",None,"Kortrijk","Belgium"),
  E("visita a la planta de Leiedal Weaving NV","2040-04-16",None,"Harelbeke","Belgium"),
  E("cena de trabajo","2040-04-16",None,"Kortrijk","Belgium"),
  E("taller conjunto con el clúster flamenco de textiles técnicos","2040-04-17",None,"Gante","Belgium"),
  E("Visita al departamento de Materiales, Textiles e Ingeniería Química de la Universiteit Gent","2040-04-18",None,"Gante","Belgium"),
  E("reunión de evaluación","2040-04-26",None,None,None),
  E("Home Textiles Premium by Textilhogar","2040-09",None,"Valencia","Spain"),
  E("seminario sobre doctorados industriales","2040-06-14",None,None,None)],
 ["2040-04-16/2040-04-18","2040-05-04","2039/2041","2040-04-16","2000","2040-04-17","2040-04-18","2040","2040-04-26","2040-09","2040-06-14"],
 ["Los laboratorios compartidos de Centexbel funcionan porque las pymes pagan una cuota baja y fija, no por ensayo; el clúster debería negociar un modelo similar con AITEX",
  "El diálogo entre empresas y universidad en Flandes se apoya en doctorados industriales; en la Comunitat Valenciana esta figura apenas se utiliza en el textil",
  "Las empresas valencianas deben preparar mejor su presentación en inglés y llevar muestras físicas, que fueron lo que más interés despertó",
  "Un programa de tres días es suficiente si las visitas se limitan a una ciudad por jornada"],
 pub="2040-05-04")
