from h import *
F = 'g03_lleida_visita_estudio.txt'
assert wd(2039,5,16)=='Monday' and wd(2039,5,17)=='Tuesday' and wd(2039,5,18)=='Wednesday' and wd(2039,5,6)=='Friday'
T = """CATALONIA FOOD CLUSTER – ÀREA D'INTERNACIONALITZACIÓ
Programa definitivo · Visita de estudio de la delegación de la región de Podlasie (Polonia) a Lleida
16–18/05/2039
Versión 3 – actualizada el 06/05/2039

Contexto
La visita se organiza a petición de la Agencia de Desarrollo Regional de Białystok (Białostocka Agencja Rozwoju Regionalnego) y del clúster lácteo polaco Podlaski Klaster Mleczarski, que preparan un programa de apoyo a la transformación digital de las cooperativas agrarias. La delegación está formada por dieciséis personas: responsables de cooperativas, técnicos de la administración regional y dos investigadores de la Universidad Politécnica de Białystok. Jefa de la delegación: Joanna Wiśniewska-Kruk, directora de programas europeos de la agencia.
Por parte catalana coordinan la visita Núria Solé i Farré, gerente del Catalonia Food Cluster, y Aleix Puigvert, técnico de proyectos internacionales. El programa cuenta con el apoyo de ACCIÓ, la agencia para la competitividad de la empresa de la Generalitat de Catalunya, y de la Diputación de Lleida.

LUNES 16 DE MAYO – LLEIDA
09:30  Bienvenida institucional en el Parc Científic i Tecnològic Agroalimentari de Lleida (PCiTAL), a cargo de su director, Jordi Vilanova Segura.
10:00  Presentación: «El ecosistema agroalimentario de Lleida en cifras» – Núria Solé i Farré.
10:45  Pausa café.
11:15  Mesa redonda sobre cooperativismo y digitalización con la Federació de Cooperatives Agràries de Catalunya; modera Aleix Puigvert.
13:30  Almuerzo en el PCiTAL.
15:30  Visita a los laboratorios del IRTA en Lleida, con la Dra. Montserrat Giró, jefa del programa de postcosecha.
20:30  Cena de bienvenida ofrecida por la Diputación de Lleida en el Restaurant La Huerta.

MARTES 17 DE MAYO – MOLLERUSSA Y LES BORGES BLANQUES
08:30  Salida en autocar desde el hotel.
09:30  Visita a la cooperativa Agropecuària de Mollerussa: robots de ordeño y gestión de datos de rebaño. Recibe: Ramon Companys, presidente.
12:00  Visita a la almazara de la Cooperativa del Camp de Les Borges Blanques y cata de aceite DOP Les Garrigues.
14:00  Almuerzo en Les Borges Blanques.
16:00  Encuentros B2B entre empresas polacas y catalanas (30 minutos por reunión, agenda preparada por el clúster).
19:00  Regreso a Lleida. Tarde libre.

MIÉRCOLES 18 DE MAYO – LLEIDA
09:30  Taller de trabajo: lecciones para el programa de Podlasie, con Joanna Wiśniewska-Kruk y el Dr. Tomasz Zieliński (Politechnika Białostocka).
11:30  Conclusiones y próximos pasos.
12:30  Almuerzo de despedida y salida hacia el aeropuerto de Barcelona-El Prat.

Información práctica
Alojamiento: Hotel Catalonia Transit, Lleida (reservado por el clúster para las noches del 15 al 17 de mayo).
Traducción: interpretación simultánea polaco-español en las sesiones de los días 16 y 18; en las visitas a empresas, interpretación consecutiva.
Contacto durante la visita: Aleix Puigvert, +34 600 000 000.

Antecedentes
Esta es la segunda visita entre ambas regiones. En octubre de 2038 una delegación de ocho cooperativas leridanas viajó a Białystok y Suwałki en el marco de la misión organizada por ACCIÓ y la Cámara de Comercio de Lleida. La visita de retorno estaba prevista para marzo, pero se aplazó a mayo a petición de la parte polaca.

Objetivos acordados para la visita
Las dos partes han fijado por escrito lo que esperan obtener de los tres días:
- conocer al menos tres modelos de gestión de datos en cooperativas de distintos tamaños;
- identificar dos o tres empresas catalanas dispuestas a probar sus soluciones en cooperativas de Podlasie;
- preparar una propuesta conjunta para la convocatoria de Interreg Europe de otoño de 2039.

Notas de la organización
El programa puede sufrir cambios de última hora por motivos de agenda de las empresas visitadas. Se ruega puntualidad en las salidas del autocar. Se recomienda calzado cómodo y ropa adecuada para la visita a las explotaciones del martes.

Catalonia Food Cluster · Parc Científic i Tecnològic Agroalimentari de Lleida, Edifici H1 · 25003 Lleida
"""
write(F, T)
C="Catalonia Food Cluster"; B="Białostocka Agencja Rozwoju Regionalnego"
gold(F,
 [P("Joanna Wiśniewska-Kruk","directora de programas europeos","Agencia de Desarrollo Regional de Białystok"),
  P("Núria Solé i Farré","gerente",C),
  P("Aleix Puigvert","técnico de proyectos internacionales",C),
  P("Jordi Vilanova Segura","director","Parc Científic i Tecnològic Agroalimentari de Lleida"),
  P("Montserrat Giró","jefa del programa de postcosecha","IRTA"),
  P("Ramon Companys","presidente","Agropecuària de Mollerussa"),
  P("Tomasz Zieliński",None,"Politechnika Białostocka")],
 [O(C), O("Agencia de Desarrollo Regional de Białystok"), O("Podlaski Klaster Mleczarski"),
  O("Universidad Politécnica de Białystok"), O("ACCIÓ"), O("Generalitat de Catalunya"), O("Diputación de Lleida"),
  O("Parc Científic i Tecnològic Agroalimentari de Lleida","PCiTAL"), O("Federació de Cooperatives Agràries de Catalunya"),
  O("IRTA"), O("Agropecuària de Mollerussa"), O("Cooperativa del Camp de Les Borges Blanques"),
  O("Cámara de Comercio de Lleida")],
 [E("Visita de estudio de la delegación de la región de Podlasie (Polonia) a Lleida","2039-05-16","2039-05-18","Lleida","Spain"),
  E("Bienvenida institucional","2039-05-16",None,"Lleida","Spain"),
  E("Mesa redonda sobre cooperativismo y digitalización","2039-05-16",None,"Lleida","Spain"),
  E("Visita a los laboratorios del IRTA","2039-05-16",None,"Lleida","Spain"),
  E("Cena de bienvenida","2039-05-16",None,"Lleida","Spain"),
  E("Visita a la cooperativa Agropecuària de Mollerussa","2039-05-17",None,"Mollerussa","Spain"),
  E("Visita a la almazara de la Cooperativa del Camp de Les Borges Blanques","2039-05-17",None,"Les Borges Blanques","Spain"),
  E("Encuentros B2B","2039-05-17",None,"Les Borges Blanques","Spain"),
  E("Taller de trabajo","2039-05-18",None,"Lleida","Spain"),
  E("Almuerzo de despedida","2039-05-18",None,"Lleida","Spain"),
  E("misión","2038-10",None,"Białystok, Suwałki","Poland")],
 ["2039-05-16/2039-05-18","2039-05-06","2039-05-16","2039-05-17","2039-05-18","2039-05-15/2039-05-17","2038-10","2039-03","2039-05","2039"],
 [])
