from h import *
F = 'g05_soria_convocatoria_asamblea.txt'
assert wd(2037,4,22)=='Wednesday' and wd(2037,4,17)=='Friday' and wd(2037,3,30)=='Monday' and wd(2037,5,13)=='Wednesday'
T = """CLÚSTER AGROALIMENTARIO DE SORIA Y LA RAYA (CASORA)
Área de socios > Circulares > 2037 > Circular 07/2037

Soria, 30 de marzo de 2037

CONVOCATORIA DE ASAMBLEA GENERAL ORDINARIA

Estimado/a socio/a:

Por acuerdo de la Junta Directiva adoptado en su reunión del 19 de marzo de 2037, y de conformidad con los artículos 14 y 15 de los Estatutos, se convoca a todos los socios del Clúster Agroalimentario de Soria y La Raya a la Asamblea General Ordinaria, que se celebrará el miércoles 22 de abril de 2037 en el Salón de Actos del Campus Duques de Soria de la Universidad de Valladolid (calle Universidad s/n, Soria), a las 10:30 horas en primera convocatoria y a las 11:00 horas en segunda convocatoria, con arreglo al siguiente

ORDEN DEL DÍA

1. Lectura y aprobación, si procede, del acta de la sesión anterior (Asamblea de 28 de abril de 2036).
2. Informe de la Presidencia sobre las actividades del ejercicio 2036.
3. Examen y aprobación, si procede, de las cuentas anuales del ejercicio 2036 e informe de la auditora, Ana Belén Lafuente.
4. Aprobación del Plan de Actuación 2037–2039 y del presupuesto para 2037.
5. Fijación de las cuotas de socio para 2038.
6. Ratificación de las altas de nuevos socios: Trufas del Moncayo S.L., Quesería Sierra de Urbión S.Coop. y el Centro Tecnológico Agrario y Agroalimentario ITAGRA.
7. Renovación parcial de la Junta Directiva: elección de la Vicepresidencia y de dos vocalías.
8. Ruegos y preguntas.

A continuación de la Asamblea, a las 13:00 horas, tendrá lugar una jornada abierta sobre "Relevo generacional en la industria alimentaria rural", con la intervención de Marta Gil Ayllón, Directora General de Industrias Agrarias de la Junta de Castilla y León, y de Rui Pinto Carvalho, gerente de la Associação Empresarial de Bragança. Al finalizar se ofrecerá un vino de honor con productos de los socios.

DOCUMENTACIÓN
Las cuentas anuales, el informe de auditoría y la propuesta de Plan de Actuación estarán a disposición de los socios en el área privada de la web y en la sede del clúster a partir del 8 de abril de 2037.

REPRESENTACIÓN Y DELEGACIÓN DE VOTO
Los socios que no puedan asistir podrán delegar su voto en otro socio mediante el formulario adjunto, firmado por el representante legal. Las delegaciones deberán obrar en poder de la Secretaría antes de las 14:00 horas del viernes 17 de abril de 2037 (por correo electrónico a secretaria@casora.example.es o en la sede). Ningún socio podrá ostentar más de tres delegaciones.

CANDIDATURAS
Las candidaturas para la Vicepresidencia y las vocalías se presentarán por escrito hasta el 10 de abril de 2037. La Secretaría publicará la lista de candidaturas el 13 de abril.

Para confirmar asistencia, rogamos respondan antes del 15 de abril de 2037.

Sin otro particular, reciba un cordial saludo.

Fdo.: Luis Miguel Barrios Sanz                 Vº Bº: Pilar Romero Ortega
Secretario                                       Presidenta

--------------------------------------------------------------------
ANEXO – MODELO DE DELEGACIÓN DE VOTO

D./Dña. ........................................, con DNI ................., en representación de la entidad ........................................, socio del Clúster Agroalimentario de Soria y La Raya, delega su voto para la Asamblea General Ordinaria del 22 de abril de 2037 en D./Dña. ........................................, representante de la entidad ........................................

En ............., a ..... de ............. de 2037.

Firma y sello

--------------------------------------------------------------------
CASORA · Polígono Industrial Las Casas, calle C, parcela 12 · 42005 Soria · Tel. 975 00 00 00
Entidad inscrita en el Registro de Agrupaciones Empresariales Innovadoras (AEI) del Ministerio de Industria y Turismo.
Próximos eventos: Misión comercial a Oporto (13 de mayo de 2037) · Feria Alimentos de Soria (septiembre de 2037)
Este mensaje y sus anexos son confidenciales. Política de privacidad | Darse de baja
"""
write(F, T)
C = "Clúster Agroalimentario de Soria y La Raya"
gold(F,
 [P("Ana Belén Lafuente","auditora",None),
  P("Marta Gil Ayllón","Directora General de Industrias Agrarias","Junta de Castilla y León"),
  P("Rui Pinto Carvalho","gerente","Associação Empresarial de Bragança"),
  P("Luis Miguel Barrios Sanz","Secretario",C),
  P("Pilar Romero Ortega","Presidenta",C)],
 [O(C,"CASORA"), O("Universidad de Valladolid"), O("Trufas del Moncayo S.L."), O("Quesería Sierra de Urbión S.Coop."),
  O("Centro Tecnológico Agrario y Agroalimentario ITAGRA"), O("Junta de Castilla y León"),
  O("Associação Empresarial de Bragança"), O("Ministerio de Industria y Turismo")],
 [E("Asamblea General Ordinaria","2037-04-22",None,"Soria","Spain"),
  E("Asamblea","2036-04-28"),
  E("Relevo generacional en la industria alimentaria rural","2037-04-22",None,"Soria","Spain"),
  E("vino de honor","2037-04-22",None,"Soria","Spain"),
  E("reunión de la Junta Directiva","2037-03-19"),
  E("Misión comercial a Oporto","2037-05-13",None,"Oporto","Portugal"),
  E("Feria Alimentos de Soria","2037-09",None,"Soria","Spain")],
 ["2037-03-30","2037-03-19","2037-04-22","2036-04-28","2036","2037/2039","2037","2038","2037-04-08","2037-04-17","2037-04-10",
  "2037-04-13","2037-04-15","2037-05-13","2037-09"],
 [], pub="2037-03-30")
print(F, words(T))
