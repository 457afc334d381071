from h import *
F = 'g03_castellon_asamblea_acta-pdf.txt'
assert wd(2036,6,11)=='Wednesday' and wd(2036,6,12)=='Thursday'
T = """CLÚSTER CERÁMICO DE CASTELLÓN – ACTA DE LA ASAMBLEA GENERAL ORDINARIA 2036
Página 1 de 3

ACTA DE LA ASAMBLEA GENERAL ORDINARIA DE LA ASOCIA-
CIÓN CLÚSTER CERÁMICO DE CASTELLÓN (CCC)

Lugar: Salón de actos del Instituto de Tecnología Cerámica (ITC),
Campus de Riu Sec, Castellón de la Plana
Fecha: miércoles, 11 de junio de 2036
Hora: 10:00 en segunda convocatoria

Asistentes: 47 socios presentes y 12 representados, sobre un total de 83
socios con derecho a voto.

Preside la sesión D.ª Amparo Safont Beltrán, presidenta de la Asociación
y directora general de Azulejos del Maestrazgo, S.A. Actúa como secre-
tario D. Vicent Climent i Roig, secretario de la Junta Directiva. Asiste
también el gerente del clúster, D. Jordi Albiol Querol.

ORDEN DEL DÍA
1. Lectura y aprobación del acta de la sesión anterior (12 de junio
de 2035).
2. Informe de la presidenta y memoria de actividades 2035.
3. Cuentas anuales 2035 y presupuesto 2036.
4. Renovación parcial de la Junta Directiva.
5. Intervención invitada.
6. Ruegos y preguntas.

DESARROLLO DE LA SESIÓN

1. Se aprueba por unanimidad el acta de la Asamblea General celebrada
el 12 de junio de 2035 en Vila-real.

2. La presidenta resume el año: el clúster ha incorporado nueve em-
presas, ha participado en la feria Cevisama de Valencia (24–28 de fe-
brero de 2036) con un pabellón conjunto de catorce socios y ha orga-
nizado, junto con la Universitat Jaume I (UJI), la jornada «Hidrógeno
en los hornos cerámicos», celebrada el 19 de marzo de 2036 en Onda.

CLÚSTER CERÁMICO DE CASTELLÓN – ACTA DE LA ASAMBLEA GENERAL ORDINARIA 2036
Página 2 de 3

Destaca la misión a Sassuolo (Italia) del 6 al 8 de mayo, en la que
veinte empresas visitaron el distrito cerámico de Emilia-Romaña y se
reunieron con Confindustria Ceramica.

3. El tesorero, D. Pascual Gil-Monferrer, presenta las cuentas anuales,
que cierran con un superávit de 18.400 euros, y el presupuesto para
2036. Ambos se aprueban con dos abstenciones.

4. Renovación parcial de la Junta Directiva. Finaliza su mandato la
mitad de los vocales. Se presenta una única candidatura, que resulta
elegida por asentimiento para el periodo 2036–2040:
– Vicepresidenta: D.ª Nerea Arrieta Goikoetxea (Esmaltes Levante,
S.L.)
– Vocal: D. Hugo van der Linde (Keramik Solutions Iberia)
– Vocal: D.ª Rosa María Segarra Bou (Cámara de Comercio de Castellón)
– Vocal: D. Mihai Popescu (Pigmentos del Mediterráneo, S.A.)

La presidenta agradece su dedicación a los vocales salientes, D. Ximo
Tena Llorens y D.ª Carmen Beltrán Forés.

5. Intervención invitada. D.ª Ioana Stănescu, jefa de equipo de la
Agencia Valenciana de la Innovación (AVI), presenta la nueva convo-
catoria de proyectos estratégicos en cooperación, cuyo plazo de soli-
citud termina el 15 de septiembre de 2036, y anima a los socios a pre-
sentar propuestas conjuntas con los institutos tecnológicos.

6. No se formulan ruegos ni preguntas.

ACUERDOS
La Asamblea General adopta los siguientes acuerdos:
a) Aprobar el acta de la sesión anterior.
b) Aprobar las cuentas anuales 2035 y el presupuesto 2036.
c) Elegir a los cuatro miembros de la Junta Directiva propuestos en la
candidatura única.
d) Encargar a la gerencia un plan de descarbonización compartido para
las pymes del clúster antes de finalizar el año.

CLÚSTER CERÁMICO DE CASTELLÓN – ACTA DE LA ASAMBLEA GENERAL ORDINARIA 2036
Página 3 de 3

PRÓXIMAS CITAS
– Reunión de la Junta Directiva: jueves, 12 de junio de 2036, 9:30,
sede del clúster.
– Jornada de puertas abiertas en el ITC: octubre de 2036.

Y sin más asuntos que tratar, se levanta la sesión a las 12:40 horas,
de lo que como secretario doy fe, con el visto bueno de la presidenta.

El secretario                              V.º B.º La presidenta
Vicent Climent i Roig                       Amparo Safont Beltrán

Asociación Clúster Cerámico de Castellón · Av. del Mar 24, 12003 Castellón
"""
write(F, T)
C="Asociación Clúster Cerámico de Castellón"
gold(F,
 [P("Amparo Safont Beltrán","presidenta",C),
  P("Vicent Climent i Roig","secretario de la Junta Directiva",C),
  P("Jordi Albiol Querol","gerente del clúster",C),
  P("Pascual Gil-Monferrer","tesorero",C),
  P("Nerea Arrieta Goikoetxea","Vicepresidenta",C),
  P("Hugo van der Linde","Vocal",C),
  P("Rosa María Segarra Bou","Vocal",C),
  P("Mihai Popescu","Vocal",C),
  P("Ximo Tena Llorens","Vocal",C),
  P("Carmen Beltrán Forés","Vocal",C),
  P("Ioana Stănescu","jefa de equipo","Agencia Valenciana de la Innovación")],
 [O(C,"CCC"), O("Instituto de Tecnología Cerámica","ITC"), O("Azulejos del Maestrazgo, S.A."), O("Universitat Jaume I","UJI"),
  O("Confindustria Ceramica"), O("Esmaltes Levante, S.L."), O("Keramik Solutions Iberia"), O("Cámara de Comercio de Castellón"),
  O("Pigmentos del Mediterráneo, S.A."), O("Agencia Valenciana de la Innovación","AVI")],
 [E("Asamblea General Ordinaria","2036-06-11",None,"Castellón de la Plana","Spain"),
  E("Asamblea General","2035-06-12",None,"Vila-real","Spain"),
  E("Cevisama","2036-02-24","2036-02-28","Valencia","Spain"),
  E("Hidrógeno en los hornos cerámicos","2036-03-19",None,"Onda","Spain"),
  E("misión a Sassuolo","2036-05-06","2036-05-08","Sassuolo","Italy"),
  E("Reunión de la Junta Directiva","2036-06-12",None,None,None),
  E("Jornada de puertas abiertas","2036-10",None,None,None)],
 ["2036-06-11","2035-06-12","2036","2036-02-24/2036-02-28","2036-03-19","2036-05-06/2036-05-08","2036/2040","2036-09-15","2036-06-12","2036-10"],
 ["Aprobar el acta de la sesión anterior",
  "Aprobar las cuentas anuales 2035 y el presupuesto 2036",
  "Elegir a los cuatro miembros de la Junta Directiva propuestos en la candidatura única",
  "Encargar a la gerencia un plan de descarbonización compartido para las pymes del clúster antes de finalizar el año"])
