from h import *
F = 'g04_jaen_mision_comercial_grecia.txt'
assert [wd(2041,5,d) for d in (13,14,15,16)]==['Monday','Tuesday','Wednesday','Thursday'] and wd(2041,5,30)=='Thursday'
T = """CLÚSTER OLEÍCOLA DE JAÉN – OLIVATEC
Informe final de la misión comercial a Grecia
Kalamata y Atenas, del 13 al 16 de mayo de 2041

Fecha del informe: 30/05/2041
Elaborado por: Departamento de Internacionalización
Distribución: socios participantes, Junta Directiva, Extenda

1. Antecedentes

La misión se enmarca en el plan de internacionalización 2040-2042 del Clúster Oleícola de Jaén (OLIVATEC), aprobado por la Asamblea General de socios en diciembre de 2039. Su objetivo era abrir el mercado griego a los fabricantes jiennenses de maquinaria de almazara, sistemas de filtrado y software de trazabilidad, aprovechando la renovación de equipos que muchas cooperativas del Peloponeso están llevando a cabo con fondos del plan nacional de recuperación.

La misión fue organizada con la colaboración de Extenda – Andalucía Exporta e Invierte, la Oficina Económica y Comercial de España en Atenas y la Cámara de Comercio de Jaén. En Grecia actuó como socio local la asociación de cooperativas SEDIK, con sede en Atenas.

2. Participantes

Viajaron nueve empresas y tres técnicos del clúster. Encabezó la delegación el presidente de OLIVATEC, Rafael Moral Cantero, acompañado por la gerente del clúster, María Dolores Expósito Ruiz. Las empresas participantes fueron:
– Talleres Hermanos Jódar, S.L. (Martos)
– Molinos del Guadalquivir, S.A. (Andújar)
– Filtrex Andalucía, S.L. (Jaén)
– Trazaoliva Software, S.L.U. (Linares)
– Ingeniería Agroindustrial Úbeda, S.Coop.And. (Úbeda)
– y otras cuatro pymes del sector de envasado y control de calidad.

3. Programa desarrollado

Lunes 13 de mayo – Llegada a Kalamata. A las 18:00, sesión informativa sobre el mercado griego del aceite a cargo de Eleni Papadopoulou-Vrettou, analista de la Oficina Económica y Comercial de España en Atenas. Cena de trabajo con la dirección de la Unión de Cooperativas de Mesenia.

Martes 14 de mayo – Visitas a tres almazaras cooperativas en Mesenia (Pylos, Messini y Koroni). En la almazara de Messini, su director técnico, Giorgos Antonakos, explicó el plan de sustitución de decantadores previsto para 2042.

Miércoles 15 de mayo – Jornada de encuentros B2B en el Centro de Congresos de Kalamata, organizada con la Cámara de Comercio de Mesenia. Por la tarde, visita a la Universidad del Peloponeso, departamento de tecnología de alimentos, con el profesor Nikos Karamanlis-Vlachos.

Jueves 16 de mayo – Traslado a Atenas. Reunión en la sede de SEDIK con su secretario general, Dimitris Stavrou, y recepción en la residencia del embajador de España ofrecida por la Consejera Económica y Comercial, Inmaculada de la Fuente Salvatierra. Regreso a Málaga por la noche.

4. Resultados

– 58 reuniones bilaterales mantenidas entre las empresas andaluzas y compradores griegos
– 11 solicitudes de oferta recibidas; dos de ellas ya presupuestadas
– un acuerdo de distribución en negociación para los sistemas de filtrado de Filtrex Andalucía

5. Valoración de las empresas

La encuesta de satisfacción (8 respuestas de 9) da una nota media de 8,4 sobre 10. Las empresas valoraron muy positivamente la selección previa de compradores y la presencia institucional en Atenas, y de forma más crítica el calendario, demasiado concentrado en la zona de Mesenia.

6. Conclusiones y recomendaciones

El equipo de internacionalización propone lo siguiente para próximas misiones:
1. Repetir la misión en otoño de 2042, coincidiendo con el inicio de la campaña, e incluir Creta
2. Preparar fichas técnicas traducidas al griego antes del viaje
3. Invitar a las cooperativas griegas a la feria Expoliva de Jaén en mayo de 2042, con agenda de visitas a las empresas socias

Persona de contacto: Lucía Barranco Ortega, técnica de internacionalización, OLIVATEC, internacional@olivatec.example.es, +34 953 00 00 00

Anexos: listado de compradores, fotografías, encuesta completa.
Página 1 de 1 – Documento interno
"""
write(F, T)
C="Clúster Oleícola de Jaén"
gold(F,
 [P("Rafael Moral Cantero","presidente","OLIVATEC"), P("María Dolores Expósito Ruiz","gerente","OLIVATEC"),
  P("Eleni Papadopoulou-Vrettou","analista","Oficina Económica y Comercial de España en Atenas"),
  P("Giorgos Antonakos","director técnico",None),
  P("Nikos Karamanlis-Vlachos","profesor","Universidad del Peloponeso"),
  P("Dimitris Stavrou","secretario general","SEDIK"),
  P("Inmaculada de la Fuente Salvatierra","Consejera Económica y Comercial",None),
  P("Lucía Barranco Ortega","técnica de internacionalización","OLIVATEC")],
 [O(C,"OLIVATEC"), O("Extenda – Andalucía Exporta e Invierte"), O("Oficina Económica y Comercial de España en Atenas"),
  O("Cámara de Comercio de Jaén"), O("SEDIK"), O("Talleres Hermanos Jódar, S.L."), O("Molinos del Guadalquivir, S.A."),
  O("Filtrex Andalucía, S.L."), O("Trazaoliva Software, S.L.U."), O("Ingeniería Agroindustrial Úbeda, S.Coop.And."),
  O("Unión de Cooperativas de Mesenia"), O("Cámara de Comercio de Mesenia"), O("Universidad del Peloponeso")],
 [E("misión comercial a Grecia","2041-05-13","2041-05-16","Kalamata, Atenas","Greece"),
  E("Asamblea General de socios","2039-12",None,None,None),
  E("sesión informativa sobre el mercado griego del aceite","2041-05-13",None,"Kalamata","Greece"),
  E("Cena de trabajo","2041-05-13",None,"Kalamata","Greece"),
  E("Visitas a tres almazaras cooperativas en Mesenia","2041-05-14",None,"Pylos, Messini, Koroni","Greece"),
  E("Jornada de encuentros B2B","2041-05-15",None,"Kalamata","Greece"),
  E("visita a la Universidad del Peloponeso","2041-05-15",None,None,"Greece"),
  E("Reunión en la sede de SEDIK","2041-05-16",None,"Atenas","Greece"),
  E("recepción en la residencia del embajador de España","2041-05-16",None,"Atenas","Greece"),
  E("Expoliva","2042-05",None,"Jaén","Spain")],
 ["2041-05-13/2041-05-16","2041-05-30","2040/2042","2039-12","2041-05-13","2041-05-14","2042","2041-05-15","2041-05-16","2042-05"],
 ["Repetir la misión en otoño de 2042, coincidiendo con el inicio de la campaña, e incluir Creta",
  "Preparar fichas técnicas traducidas al griego antes del viaje",
  "Invitar a las cooperativas griegas a la feria Expoliva de Jaén en mayo de 2042, con agenda de visitas a las empresas socias"],
 pub="2041-05-30")
