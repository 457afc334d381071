from h import *
F = 'g11_plasencia_cluster_gerente_entrevista.txt'
assert wd(2037,5,28)=='Thursday' and wd(2037,6,16)=='Tuesday' and wd(2037,4,6)=='Monday'
T = """BOLETÍN CANEX · Nº 41 · MAYO 2037
Actualidad del Clúster Agroalimentario del Norte de Extremadura

ENTREVISTA

Lucía Jiménez Hurtado, nueva gerente del clúster: «La cereza nos ha dado nombre; ahora necesitamos oficio»

Por Álvaro Sánchez Marcos | Plasencia, 12 de mayo de 2037

La Junta Directiva del Clúster Agroalimentario del Norte de Extremadura (CANEX) nombró el pasado lunes 6 de abril a Lucía Jiménez Hurtado (Cabezuela del Valle, 1996) como gerente de la asociación. Sustituye a Tomás Iglesias Pizarro, que ha dirigido el clúster entre 2030 y 2037 y que se incorpora a Extremadura Avante como responsable de internacionalización. Ingeniera agrónoma por la Universidad de Extremadura, su trayectoria resume bien la del propio sector:

2020-2024: técnica de calidad en la Agrupación de Cooperativas del Valle del Jerte
2024-2031: responsable de exportación de Frutas Tornavacas S.L.
2031-2037: directora comercial de Conservas La Vera S.A., en Jaraíz de la Vera

Nos recibe en la sede del clúster, en el vivero de empresas de Plasencia, con la agenda todavía a medio llenar.

—¿Qué se encuentra al llegar?

—Un clúster con 87 socios que funciona, y eso no es poco. Tomás ha dejado las cuentas saneadas, un equipo de cuatro personas muy bueno y una relación fluida con la Junta de Extremadura y con la Diputación de Cáceres. Lo que no hay todavía es una estrategia común para la mano de obra. En la campaña de la cereza faltan personas todos los años, y los socios compiten entre ellos por los mismos temporeros.

—¿Cuál será su primera decisión?

—Sentarme con cada socio, uno por uno, antes del verano. Luego llevaremos a la Asamblea General un plan de empleo compartido: una bolsa de trabajo común, formación en poda y manejo de cámaras frigoríficas con el Centro de Investigaciones Científicas y Tecnológicas de Extremadura (CICYTEX) y vivienda temporal digna, que es lo que más nos piden los trabajadores.

—El clúster nació con la cereza, pero hoy hay socios del pimentón, del queso, del aceite...

—Y del tabaco reconvertido, y de la castaña. Esa diversidad es nuestra fuerza. La Vera, el Ambroz, el Jerte, Las Hurdes y el Valle del Alagón tienen productos distintos, pero los mismos problemas: logística, relevo generacional y agua. El presidente del clúster, Francisco Javier Moreno Vinagre, lo dice siempre: aquí nadie es demasiado grande para necesitar ayuda ni demasiado pequeño para darla.

—¿Y fuera de Extremadura?

—Portugal está a una hora. Tenemos un acuerdo con la Associação Empresarial da Beira Baixa, de Castelo Branco, y queremos ampliarlo a la logística de frío. También trabajaremos con la Cámara de Comercio de Cáceres en la misión comercial a Hamburgo, del 8 al 10 de septiembre, con ocho empresas.

—¿Cómo se ve dentro de cinco años?

—Me conformo con que un joven de Piornal pueda elegir quedarse y trabajar en el valle sin sentir que renuncia a algo. Si el clúster contribuye a eso, habremos hecho nuestro trabajo.

AGENDA DEL CLÚSTER

Jueves 28 de mayo de 2037, 10:00 h – Jornada técnica «Cereza y clima: variedades para un valle más cálido», CICYTEX, Finca La Orden (Guadajira). Intervienen Dra. Rocío Paniagua Sancho (CICYTEX) y Pedro Luis Gil Marcos (Agrupación de Cooperativas del Valle del Jerte).

Martes 16 de junio de 2037, 17:30 h – Asamblea General ordinaria, salón de actos del Ayuntamiento de Navaconcejo. Orden del día: cuentas 2036, presentación del plan de empleo, ruegos y preguntas.

8-10 de septiembre de 2037 – Misión comercial a Hamburgo (Alemania), con la Cámara de Comercio de Cáceres.

EQUIPO

Lucía Jiménez Hurtado, gerente · Marta Calle Domínguez, técnica de proyectos · Sergio Bermejo Cano, comunicación · Elena Rubio, administración

CANEX · Vivero de Empresas, Avda. de la Hispanidad s/n, 10600 Plasencia (Cáceres) · info@canex.example.es · Si no desea recibir este boletín, responda con «BAJA».
"""
write(F, T)
C = "Clúster Agroalimentario del Norte de Extremadura"
gold(F,
 [P("Álvaro Sánchez Marcos",None,None),
  P("Lucía Jiménez Hurtado","gerente",C),
  P("Tomás Iglesias Pizarro","responsable de internacionalización","Extremadura Avante"),
  P("Francisco Javier Moreno Vinagre","presidente del clúster",C),
  P("Rocío Paniagua Sancho",None,"CICYTEX"),
  P("Pedro Luis Gil Marcos",None,"Agrupación de Cooperativas del Valle del Jerte"),
  P("Marta Calle Domínguez","técnica de proyectos",C),
  P("Sergio Bermejo Cano","comunicación",C),
  P("Elena Rubio","administración",C)],
 [O(C,"CANEX"), O("Extremadura Avante"), O("Universidad de Extremadura"), O("Agrupación de Cooperativas del Valle del Jerte"),
  O("Frutas Tornavacas S.L."), O("Conservas La Vera S.A."), O("Junta de Extremadura"), O("Diputación de Cáceres"),
  O("Centro de Investigaciones Científicas y Tecnológicas de Extremadura","CICYTEX"),
  O("Associação Empresarial da Beira Baixa"), O("Cámara de Comercio de Cáceres")],
 [E("Jornada técnica «Cereza y clima: variedades para un valle más cálido»","2037-05-28",None,"Guadajira","Spain"),
  E("Asamblea General ordinaria","2037-06-16",None,"Navaconcejo","Spain"),
  E("Misión comercial a Hamburgo","2037-09-08","2037-09-10","Hamburgo","Germany")],
 ["2037-05","2037-05-12","2037-04-06","1996","2030/2037","2020/2024","2024/2031","2031/2037","2037-09-08/2037-09-10",
  "2037-05-28","2037-06-16","2036"],
 [], pub="2037-05-12")
